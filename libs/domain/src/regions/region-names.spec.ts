import { closestNames, editDistance, regionNameKey } from './region-names';

const JAMBI = [
  'Kabupaten Kerinci',
  'Kabupaten Merangin',
  'Kabupaten Sarolangun',
  'Kabupaten Batanghari',
  'Kabupaten Muaro Jambi',
  'Kabupaten Tanjung Jabung Barat',
  'Kabupaten Tanjung Jabung Timur',
  'Kabupaten Bungo',
  'Kabupaten Tebo',
  'Kota Jambi',
  'Kota Sungai Penuh',
];
const BABEL = ['Kabupaten Bangka', 'Kabupaten Belitung', 'Kabupaten Bangka Selatan', 'Kabupaten Bangka Tengah', 'Kabupaten Bangka Barat', 'Kabupaten Belitung Timur', 'Kota Pangkal Pinang'];

describe('regionNameKey', () => {
  it.each([
    ['Kabupaten Batanghari', 'kabupaten batanghari'],
    ['KAB. BATANGHÉRI', 'kabupaten batangheri'],
    ['Kab.Bangka', 'kabupaten bangka'],
    ['  Kota  Pangkal-Pinang ', 'kota pangkal pinang'],
  ])('%p → %p', (name, key) => expect(regionNameKey(name)).toBe(key));
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['batangheri', 'batanghari', 1],
    ['kitten', 'sitting', 3],
  ])('%p ~ %p = %p', (a, b, d) => expect(editDistance(a as string, b as string)).toBe(d));
});

describe('closestNames', () => {
  it.each<[string, readonly string[], string[]]>([
    ['Batanghéri', JAMBI, ['Kabupaten Batanghari']],
    ['BATANG HARI', JAMBI, ['Kabupaten Batanghari']],
    ['Kab. Muara Jambi', JAMBI, ['Kabupaten Muaro Jambi']],
    ['Sungaipenuh', JAMBI, ['Kota Sungai Penuh']],
    ['Pangkalpinang', BABEL, ['Kota Pangkal Pinang']],
    // "Kota Bangka" does not exist: the kabupaten is suggested.
    ['Kota Bangka', BABEL, ['Kabupaten Bangka']],
    ['Belitung Tmur', BABEL, ['Kabupaten Belitung Timur']],
    ['Bangka Timur', BABEL, []],
    ['Belitong', BABEL, ['Kabupaten Belitung']],
    ['Surabaya', JAMBI, []],
    ['', JAMBI, []],
  ])('%p', (query, names, expected) => expect(closestNames(query, names)).toEqual(expected));

  it('keeps at most `limit`, closest first', () => {
    expect(closestNames('Bangka', BABEL, 1)).toEqual(['Kabupaten Bangka']);
  });
});
