import { decodeUtf8, sniff } from './file-encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('recognising an uploaded file', () => {
  it.each([
    [bytes(0x50, 0x4b, 0x03, 0x04, 0), 'zip'],
    [bytes(0xd0, 0xcf, 0x11, 0xe0, 0), 'ole'],
    [Buffer.from('%PDF-1.4'), 'pdf'],
    [bytes(0x1f, 0x8b, 8), 'gzip'],
    [Buffer.from('kode;nilai\n'), null],
  ])('%j is %s', (input, kind) => {
    expect(sniff(input)).toBe(kind);
  });
});

describe('decoding text', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFKabupaten Batanghéri'))).toBe('Kabupaten Batanghéri');
  });

  it('says which UTF-16 a file is, with or without a byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('kode\tnilai\n', 'utf16le'))).toMatchObject({ code: 'WRONG_ENCODING', details: { encoding: 'utf-16le' } });
    expect(decodeUtf8(Buffer.concat([bytes(0xfe, 0xff), Buffer.from('kode', 'utf16le').swap16()]))).toMatchObject({ details: { encoding: 'utf-16be' } });
  });

  it('names the line and the byte of Windows-1252 text', () => {
    const result = decodeUtf8(Buffer.concat([Buffer.from('kode;nama\n19.71;Batangh'), bytes(0xe9), Buffer.from('ri\n')]));
    expect(result).toMatchObject({ status: 400, code: 'WRONG_ENCODING', details: { encoding: 'windows-1252', line: 2 } });
    expect(typeof result !== 'string' && result.message).toMatch(/Line 2 has the byte 0xE9 \("é" in Windows-1252\)/);
  });
});
