import { fail, type OfficialFileError } from './official-file-problems';

// How an uploaded file's bytes are recognised (by their signature) and decoded (UTF-8 only,
// with a message that says how to save the file when it is UTF-16 or Windows-1252).

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Recognises a file by its first bytes; null for what may be text. */
export function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (startsWith(bytes, 0x1f, 0x8b)) return 'gzip';
  return null;
}

/** UTF-16 without a byte-order mark shows as a zero byte in every other position of ASCII text. */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (startsWith(bytes, 0xff, 0xfe)) return 'LE';
  if (startsWith(bytes, 0xfe, 0xff)) return 'BE';
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (pairs >= 2 && odd >= pairs * 0.3 && even === 0) return 'LE';
  if (pairs >= 2 && even >= pairs * 0.3 && odd === 0) return 'BE';
  return null;
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i];
    const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array): string | OfficialFileError {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return fail(400, 'WRONG_ENCODING', `The file is UTF-16 (${utf16 === 'LE' ? 'little' : 'big'}-endian), as Excel saves "Unicode Text": save it as "CSV UTF-8" and upload it again`, {
      encoding: `utf-16${utf16.toLowerCase()}`,
    });
  }
  if (bytes.includes(0)) return fail(415, 'UNSUPPORTED_FILE_TYPE', 'This is a binary file, not a CSV: upload a .csv or .xlsx file', { detected: 'binary' });
  try {
    // A UTF-8 byte-order mark is dropped here.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    const line = at < 0 ? null : bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const byte = at < 0 ? null : bytes[at];
    const where = line === null || byte === null ? '' : ` Line ${line} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} ("${new TextDecoder('windows-1252').decode(Uint8Array.of(byte))}" in Windows-1252).`;
    return fail(
      400,
      'WRONG_ENCODING',
      `The file is not UTF-8: it looks like Windows-1252 (ANSI), as Excel saves "CSV (Comma delimited)".${where} In Excel choose "CSV UTF-8 (Comma delimited)", or upload the .xlsx itself.`,
      { encoding: 'windows-1252', line },
    );
  }
}
