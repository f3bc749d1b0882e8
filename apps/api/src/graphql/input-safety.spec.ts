import { parse } from 'graphql';
import { isUnsafeText, unsafeInputFields } from './input-safety';

describe('unsafe text in GraphQL inputs', () => {
  it('refuses control characters and lone surrogates, keeps tabs, new lines and paired surrogates', () => {
    for (const bad of ['\u0000', 'a\u0001', '\u001b[0m', '\u007f', '\u0085', '\ud800', 'x\udc00', '\udbff\u0041']) expect(isUnsafeText(bad)).toBe(true);
    for (const good of ['', 'Kota Pangkal Pinang', 'line\nnext\r\n\tindented', 'emoji \ud83d\ude00', 'ĳ é 漢字']) expect(isUnsafeText(good)).toBe(false);
  });

  it('names the argument path of a variable and of a literal', () => {
    const document = parse(`mutation($rows: [Row!]!, $note: String) {
      a: saveValues(input: { regionCode: "19.71", rows: $rows }) { __typename }
      b: setTarget(note: $note, code: "x\\u0000") { __typename }
    }`);
    expect(unsafeInputFields(document, { rows: [{ evidence: 'ok' }, { evidence: 'bad\u0000' }], note: 'fine' })).toEqual([
      'code',
      'input.rows.1.evidence',
    ]);
    expect(unsafeInputFields(document, { rows: [], note: 'fine' })).toEqual(['code']);
  });

  it('walks deeply nested variables without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unsafeInputFields(parse('query($v: [String]) { f(v: $v) }'), { v: deep })).toHaveLength(1);
  });
});
