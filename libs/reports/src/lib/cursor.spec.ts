import { AppError } from '@rapor/db';
import { decodeCursor, encodeCursor } from './cursor';

const fitsTwo = (keys: string[]) => keys.length === 2;

describe('scores cursors', () => {
  it('round-trips the keys of an ordering, opaque (base64url)', () => {
    const cursor = encodeCursor({ ordering: 'VALUE:DESC', keys: ['false', '81.75'] });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'VALUE:DESC', fitsTwo)).toEqual(['false', '81.75']);
  });

  it.each([
    ['another ordering', encodeCursor({ ordering: 'YEAR:DESC', keys: ['a', 'b'] }), /ordering YEAR:DESC, not VALUE:DESC/],
    ['keys that do not fit', encodeCursor({ ordering: 'VALUE:DESC', keys: ['a'] }), /keys do not fit/],
    ['garbage', 'not a cursor', /unreadable/],
    ['JSON of another shape', Buffer.from('{"o":"VALUE:DESC","k":[1,2]}').toString('base64url'), /unreadable/],
  ])('refuses %s with BAD_USER_INPUT on after', (_what, cursor, message) => {
    let error: unknown;
    try {
      decodeCursor(cursor, 'VALUE:DESC', fitsTwo);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'], message: expect.stringMatching(message) });
  });
});
