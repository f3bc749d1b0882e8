import { comparability } from './comparability';

describe('comparability', () => {
  it('compares results of one framework version', () => {
    expect(comparability({ code: 'RB', version: '2020' }, { code: 'RB', version: '2020' })).toEqual({
      comparable: true,
      reasons: [],
    });
  });

  it.each<[string, string, string, string, string]>([
    ['RB 2022 vs RB 2023', 'RB', '2023', 'RB', 'DIFFERENT_VERSION'],
    ['Ombudsman zones vs grades', 'OMBUDSMAN', 'zona', 'OMBUDSMAN', 'DIFFERENT_VERSION'],
    ['RB vs SAKIP', 'SAKIP', '2020', 'RB', 'DIFFERENT_FRAMEWORK'],
  ])('flags %s as not comparable', (_what, codeA, versionA, codeB, reason) => {
    const result = comparability({ code: codeA, version: versionA }, { code: codeB, version: '2020' });
    expect(result.comparable).toBe(false);
    expect(result.reasons).toEqual([{ code: reason, message: expect.stringContaining(codeA) }]);
  });
});
