import { formulaRestored, formulaSafe } from './spreadsheet-text';

describe('text cells of a CSV export', () => {
  it.each(['=1+2', '+62 812', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","klik")'])('defuses %j and reads it back as written', (text) => {
    expect(formulaSafe(text)).toBe(`'${text}`);
    expect(formulaRestored(formulaSafe(text))).toBe(text);
  });

  it.each(['Kota Pangkal Pinang', "'quoted", '19.71', '', 'a=b'])('leaves %j as it is, both ways', (text) => {
    expect(formulaSafe(text)).toBe(text);
    expect(formulaRestored(text)).toBe(text);
  });
});
