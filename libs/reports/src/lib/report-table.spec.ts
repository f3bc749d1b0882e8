import { marksDemo, tableOf, withDemoLabel } from './report-table';

describe('a report result as a table', () => {
  it('flattens a connection’s edges: node fields without their prefix, nested objects dotted, lists as JSON', () => {
    const data = {
      scores: {
        totalCount: 2,
        edges: [
          { cursor: 'c1', node: { regionCode: '35.78', value: 81.75, region: { name: 'Kota Surabaya' }, tags: ['a', 'b'] } },
          { cursor: 'c2', node: { regionCode: '35.27', value: null, region: { name: 'Kabupaten Sampang' }, tags: [] } },
        ],
      },
    };
    expect(tableOf(data)).toEqual({
      listPath: ['scores', 'edges'],
      columns: ['cursor', 'regionCode', 'value', 'region.name', 'tags'],
      rows: [
        ['c1', '35.78', 81.75, 'Kota Surabaya', '["a","b"]'],
        ['c2', '35.27', null, 'Kabupaten Sampang', '[]'],
      ],
      demoData: [],
    });
  });

  it('takes the first list in the document’s field order, and unions the columns of its items', () => {
    const data = { province: { name: 'Jawa Timur' }, a: [{ x: 1 }, { y: true }], b: [{ z: 3 }] };
    expect(tableOf(data)).toEqual({
      listPath: ['a'],
      columns: ['x', 'y'],
      rows: [
        [1, null],
        [null, true],
      ],
      demoData: [],
    });
  });

  it('makes a list of scalars one column, and a result without lists an empty table', () => {
    expect(tableOf({ compare: { years: [2022, 2023] } })).toEqual({
      listPath: ['compare', 'years'],
      columns: ['value'],
      rows: [[2022], [2023]],
      demoData: [],
    });
    expect(tableOf({ region: { name: 'Kota Batu' } })).toEqual({ listPath: [], columns: [], rows: [], demoData: [] });
    expect(tableOf(null)).toEqual({ listPath: [], columns: [], rows: [], demoData: [] });
  });

  it('finds rows that say they are demo data, at any depth', () => {
    expect(marksDemo({ scores: { edges: [{ node: { value: 1, demo: false } }, { node: { value: 2, demo: true } }] } })).toBe(true);
    expect(marksDemo({ periods: [{ isDemo: true }] })).toBe(true);
    expect(marksDemo({ scores: { edges: [{ node: { value: 1, demo: false } }] } })).toBe(false);
    expect(marksDemo(null)).toBe(false);
  });

  it('labels every row of a demo table, reusing a selected demoData column', () => {
    const table = { listPath: ['a'], columns: ['x', 'demoData'], rows: [[1, null]], demoData: [] };
    expect(withDemoLabel(table, ['RB 2024, province 35', 'RB 2024, province 35'])).toEqual({
      listPath: ['a'],
      columns: ['x', 'demoData'],
      rows: [[1, 'GENERATED DEMO DATA, not real evaluation results (RB 2024, province 35)']],
      demoData: ['RB 2024, province 35'],
    });
  });
});
