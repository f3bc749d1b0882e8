import { FRAMEWORK_DEFINITIONS, shippedDefinition } from './definitions';
import { definitionForYear, schemeForYear } from './select';

describe('definitionForYear', () => {
  it.each<[string, number, string]>([
    ['RB', 2022, '2020'],
    ['RB', 2023, '2023'],
    ['SAKIP', 2017, '2015'],
    ['SAKIP', 2022, '2021'],
  ])('%s in %i is version %s', (code, year, version) => {
    expect(definitionForYear(FRAMEWORK_DEFINITIONS, code, year).version).toBe(version);
  });

  it.each<[string, number]>([
    ['RB', 2019],
    ['IPP', 2021],
    ['NO_SUCH', 2023],
  ])('throws NO_DEFINITION_FOR_YEAR for %s in %i', (code, year) => {
    expect(() => definitionForYear(FRAMEWORK_DEFINITIONS, code, year)).toThrow(
      expect.objectContaining({ code: 'NO_DEFINITION_FOR_YEAR', message: expect.stringContaining(String(year)) }),
    );
  });
});

describe('schemeForYear', () => {
  it('throws YEAR_NOT_COVERED outside the definition years', () => {
    expect(() => schemeForYear(shippedDefinition('RB', '2020'), 2023)).toThrow(
      expect.objectContaining({ code: 'YEAR_NOT_COVERED' }),
    );
  });

  it('returns null for a definition without schemes', () => {
    expect(schemeForYear({ ...shippedDefinition('SPBE', '1'), schemes: [] }, 2023)).toBeNull();
  });
});
