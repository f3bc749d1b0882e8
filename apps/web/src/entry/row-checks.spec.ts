import { describe, expect, it } from '@jest/globals';
import { fieldOfApiPath, parseNumber, rowProblems, type DraftRow } from './row-checks';

const row = (over: Partial<DraftRow>): DraftRow => ({ value: '', url: '', note: '', reference: '', ...over });
const codes = (r: DraftRow, scale = { min: 0, max: 4.5 }) => rowProblems(r, scale).map((p) => `${p.field}:${p.code}`);

describe('parseNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 4 ', 4],
    ['1.234,5', 1234.5],
    ['-0,25', -0.25],
    [',5', 0.5],
    ['', undefined],
    ['   ', undefined],
    ['abc', null],
    ['1,2,3', null],
    ['12,5%', null],
    ['1e3', null],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('rowProblems (the API checks of saveValues, repeated in the browser)', () => {
  it('has none for an empty row (it is not sent) or a valid one', () => {
    expect(codes(row({}))).toEqual([]);
    expect(codes(row({ value: '4,5', url: 'https://surabaya.go.id/lke.pdf', note: 'LKE', reference: 'No. 12/2024' }))).toEqual(
      [],
    );
    expect(codes(row({ value: '0' }))).toEqual([]);
  });

  it('reports every problem of a row at once, each on its field', () => {
    expect(codes(row({ url: 'surabaya.go.id', reference: 'x'.repeat(501) }))).toEqual([
      'value:VALUE_REQUIRED',
      'url:INVALID_URL',
      'reference:TOO_LONG',
    ]);
    expect(codes(row({ value: 'lima' }))).toEqual(['value:NOT_A_NUMBER']);
  });

  it('keeps values on the scale, both ends included', () => {
    expect(codes(row({ value: '4,51' }))).toEqual(['value:VALUE_OUT_OF_SCALE']);
    expect(codes(row({ value: '-0,01' }))).toEqual(['value:VALUE_OUT_OF_SCALE']);
    expect(rowProblems(row({ value: '5' }), { min: 0, max: 4.5 })[0].params).toEqual({ min: 0, max: 4.5 });
  });

  it('takes only http(s) links, and texts within the API limits', () => {
    expect(codes(row({ value: '1', url: 'ftp://surabaya.go.id/a' }))).toEqual(['url:INVALID_URL']);
    expect(codes(row({ value: '1', url: 'javascript:alert(1)' }))).toEqual(['url:INVALID_URL']);
    expect(codes(row({ value: '1', note: 'x'.repeat(4000) }))).toEqual([]);
    expect(codes(row({ value: '1', note: 'x'.repeat(4001) }))).toEqual(['note:TOO_LONG']);
  });
});

describe('fieldOfApiPath', () => {
  it('maps the API row paths to the form fields', () => {
    expect(fieldOfApiPath('rows.3.evidenceUrl')).toEqual({ index: 3, field: 'url' });
    expect(fieldOfApiPath('rows.0.value')).toEqual({ index: 0, field: 'value' });
    expect(fieldOfApiPath('rows.12.evidenceRef')).toEqual({ index: 12, field: 'reference' });
    expect(fieldOfApiPath('rows.1.nodeCode')).toEqual({ index: 1, field: 'value' });
    expect(fieldOfApiPath('periodId')).toBeNull();
    expect(fieldOfApiPath('rows.1.somethingElse')).toBeNull();
  });
});
