import { AppError } from '@rapor/db';

/**
 * Opaque keyset cursors of the `scores` connection: the sort keys of the last row seen and
 * the ordering they belong to, as base64url JSON. A cursor of another ordering is refused
 * rather than silently skipping or repeating rows.
 */
export interface CursorPayload {
  /** The ordering the keys belong to, e.g. "YEAR:DESC,REGION:ASC". */
  ordering: string;
  /** The row's sort keys (then its unique tiebreakers), as text. */
  keys: string[];
}

/** Encodes a cursor. */
export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify({ o: payload.ordering, k: payload.keys }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` for `ordering` whose keys fit it (`keysFit`: count and types);
 * BAD_USER_INPUT on the `after` field otherwise.
 */
export function decodeCursor(cursor: string, ordering: string, keysFit: (keys: string[]) => boolean): string[] {
  const invalid = (why: string) => new AppError('BAD_USER_INPUT', `after is not a cursor of this connection (${why})`, ['after']);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('unreadable');
  }
  const { o, k } = (parsed ?? {}) as { o?: unknown; k?: unknown };
  if (typeof o !== 'string' || !Array.isArray(k) || !k.every((v) => typeof v === 'string')) throw invalid('unreadable');
  if (o !== ordering) throw invalid(`it was made for the ordering ${o}, not ${ordering}`);
  if (!keysFit(k as string[])) throw invalid('its keys do not fit');
  return k as string[];
}
