import { tableOf } from './report-table';

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
    });
  });

  it('makes a list of scalars one column, and a result without lists an empty table', () => {
    expect(tableOf({ compare: { years: [2022, 2023] } })).toEqual({
      listPath: ['compare', 'years'],
      columns: ['value'],
      rows: [[2022], [2023]],
    });
    expect(tableOf({ region: { name: 'Kota Batu' } })).toEqual({ listPath: [], columns: [], rows: [] });
    expect(tableOf(null)).toEqual({ listPath: [], columns: [], rows: [] });
  });
});
