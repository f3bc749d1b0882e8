import { rollUpUnits, unitSetComparability } from './units';

describe('rollUpUnits', () => {
  it('takes the mean of the evaluated units and records which were evaluated', () => {
    const rollUp = rollUpUnits([
      { unitCode: 'DMPTSP', value: 4.16 },
      { unitCode: 'DISDUKCAPIL', value: 4.04 },
      { unitCode: 'DINSOS', value: null },
    ]);
    expect(rollUp.value).toBeCloseTo(4.1, 12);
    expect(rollUp.evaluatedUnits).toEqual(['DISDUKCAPIL', 'DMPTSP']);
    expect(rollUp.unevaluatedUnits).toEqual(['DINSOS']);
  });

  it('has no value when no unit was evaluated — not zero', () => {
    expect(rollUpUnits([{ unitCode: 'RSUD', value: null }])).toEqual({
      value: null,
      evaluatedUnits: [],
      unevaluatedUnits: ['RSUD'],
    });
    expect(rollUpUnits([]).value).toBeNull();
  });

  it('rejects a unit listed twice', () => {
    expect(() =>
      rollUpUnits([
        { unitCode: 'RSUD', value: 3 },
        { unitCode: 'RSUD', value: 4 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('RSUD') }));
  });

  it('rejects a value that is not a number', () => {
    expect(() => rollUpUnits([{ unitCode: 'RSUD', value: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('unitSetComparability', () => {
  const y2022 = rollUpUnits([
    { unitCode: 'DINSOS', value: 3.9 },
    { unitCode: 'RSUD', value: 4.2 },
  ]);

  it('finds the same units comparable, whatever their values and order', () => {
    const y2023 = rollUpUnits([
      { unitCode: 'RSUD', value: 3.1 },
      { unitCode: 'DINSOS', value: 3.4 },
    ]);
    expect(unitSetComparability(y2023, y2022)).toEqual({ comparable: true, reasons: [] });
  });

  it('flags a changed lokus (Kutai Kartanegara 2023), naming the units', () => {
    const y2023 = rollUpUnits([
      { unitCode: 'DISDUKCAPIL', value: 3.1 },
      { unitCode: 'DINSOS', value: 3.4 },
      { unitCode: 'RSUD', value: null },
    ]);
    expect(unitSetComparability(y2023, y2022)).toEqual({
      comparable: false,
      reasons: [
        {
          code: 'DIFFERENT_UNITS',
          message: 'Evaluated units differ: only now DISDUKCAPIL; only before RSUD',
          unitsAdded: ['DISDUKCAPIL'],
          unitsDropped: ['RSUD'],
        },
      ],
    });
  });
});
