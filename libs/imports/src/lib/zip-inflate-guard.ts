import { inflateRawSync } from 'node:zlib';

/** What inflating every entry of a ZIP (up to a cap) found. */
export type InflatedSize =
  | { ok: true; bytes: number }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'malformed' };

// Inflation works in chunks of this size; output is counted chunk by chunk.
const CHUNK = 64 * 1024;

/**
 * Inflates every entry of a ZIP archive as a reader of it would (the central directory's
 * entries, each at its local header, the central directory's compressed size), counting the
 * bytes actually produced, and stops as soon as the total passes `maxBytes`: the sizes a ZIP
 * declares in its headers are the attacker's to choose, the inflated bytes are not. Memory
 * stays within the cap and time within what inflating the cap takes. Nothing is kept.
 */
export function inflatedSizeWithin(bytes: Uint8Array, maxBytes: number): InflatedSize {
  const directory = centralDirectory(bytes);
  if (!directory) return { ok: false, reason: 'malformed' };
  const { view, entries } = directory;
  let { at } = directory;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { ok: false, reason: 'malformed' };
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return { ok: false, reason: 'malformed' };
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > bytes.length) return { ok: false, reason: 'malformed' };
    const data = bytes.subarray(start, start + compressedSize);
    const remaining = maxBytes - total;
    if (method === 0) {
      total += compressedSize;
    } else if (method === 8) {
      try {
        // Throws ERR_BUFFER_TOO_LARGE as soon as the output passes the remaining allowance.
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, remaining + 1), chunkSize: CHUNK }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large', bytes: maxBytes + 1 };
        return { ok: false, reason: 'malformed' };
      }
    } else {
      // Workbooks use deflate or no compression; other methods cannot be read anyway.
      return { ok: false, reason: 'malformed' };
    }
    if (total > maxBytes) return { ok: false, reason: 'too-large', bytes: total };
  }
  return { ok: true, bytes: total };
}

/**
 * A ZIP's central directory from its end record (searched backwards past a comment of up to
 * 64 KiB): where its first entry starts and how many it lists; null when there is no end record.
 */
export function centralDirectory(bytes: Uint8Array): { view: DataView; entries: number; at: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  return { view, entries: view.getUint16(end + 10, true), at: view.getUint32(end + 16, true) };
}
