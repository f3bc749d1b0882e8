import { deflateRawSync } from 'node:zlib';
import { OFFICIAL_FILE_LIMITS, readOfficialResultsFile } from './official-results-file';
import { inflatedSizeWithin } from './zip-inflate-guard';

/**
 * A raw deflate stream of `length` zero bytes, written directly (fixed Huffman codes: one
 * literal, then copies of 258 bytes at distance 1), in milliseconds and without ever holding
 * the inflated bytes: 13 bits per 258 bytes, so 600 MB fit in about 3.8 MB.
 */
function zeroBomb(length: number): Buffer {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (value: number, n: number) => {
    acc |= value << bits;
    bits += n;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, n: number) => {
    let reversed = 0;
    for (let i = 0; i < n; i++) reversed |= ((value >> i) & 1) << (n - 1 - i);
    put(reversed, n);
  };
  put(1, 1); // final block
  put(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let left = length - 1; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  if (bits > 0) out.push(acc & 0xff);
  return Buffer.from(out);
}

interface Entry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  /** What the headers claim the entry unpacks to. */
  declaredSize: number;
}

/** A ZIP archive whose headers say what `declaredSize` says, whatever the data inflates to. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const stored = (name: string, text: string): Entry => ({ name, data: Buffer.from(text), method: 0, declaredSize: text.length });

describe('the inflated size of a ZIP', () => {
  it('counts what the entries really inflate to, stored and deflated', () => {
    const text = 'kode,nilai\n'.repeat(1000);
    const archive = zip([stored('a.txt', 'hello'), { name: 'b.txt', data: deflateRawSync(text), method: 8, declaredSize: 1 }]);
    expect(inflatedSizeWithin(archive, 1_000_000)).toEqual({ ok: true, bytes: 5 + text.length });
    expect(inflatedSizeWithin(archive, text.length)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports data that is not a deflate stream, and entries outside the file, as malformed', () => {
    expect(inflatedSizeWithin(zip([{ name: 'x', data: Buffer.from([0xff, 0xff, 0xff]), method: 8, declaredSize: 3 }]), 1000)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const archive = zip([stored('a.txt', 'hello')]);
    archive.writeUInt32LE(0x7fffffff, archive.length - 22 - 46 - 5 + 20); // the compressed size
    expect(inflatedSizeWithin(archive, 1000)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('a workbook whose ZIP headers under-state its unpacked size', () => {
  // 600 MB of zeros in a 3.8 MB workbook that claims its sheet unpacks to 1 KB: the headers
  // pass the 25 MB check; the inflated bytes are counted and inflation stops at the cap.
  it('answers 413 at once, within the cap in memory and in well under a second or two', async () => {
    const bomb = zeroBomb(600 * 1024 * 1024);
    const workbook = zip([
      stored('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
      stored('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, declaredSize: 1024 },
    ]);
    expect(workbook.length).toBeLessThan(OFFICIAL_FILE_LIMITS.maxBytes);
    global.gc?.();
    const before = process.memoryUsage();
    const started = process.hrtime.bigint();
    const result = await readOfficialResultsFile({ bytes: workbook, filename: 'hasil.xlsx' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const grown = process.memoryUsage().rss - before.rss;
    expect(result).toMatchObject({ ok: false, status: 413, code: 'FILE_TOO_LARGE', details: { maxUnzippedBytes: OFFICIAL_FILE_LIMITS.maxUnzippedBytes } });
    expect(ms).toBeLessThan(5000);
    expect(grown).toBeLessThan(3 * OFFICIAL_FILE_LIMITS.maxUnzippedBytes);
  });
});
