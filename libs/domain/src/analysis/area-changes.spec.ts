import { shippedDefinition } from '../frameworks/definitions';
import { leafCodes } from '../frameworks/tree';
import { composite, LeafValues } from '../scoring/composite';
import { spreadAreaChanges } from './area-changes';

// SAKIP 2021 (weighted sums of points): Pengukuran Kinerja is 30 points = pemenuhan 6 + kualitas 9 + pemanfaatan 15.
const sakip = shippedDefinition('SAKIP', '2021');
const weights: Record<string, number> = Object.fromEntries(
  sakip.nodes.flatMap((area) => (area.children ?? []).map((leaf) => [leaf.code, leaf.weight])),
);
const at = (share: number): LeafValues => Object.fromEntries(leafCodes(sakip).map((code) => [code, weights[code] * share]));
const area = (values: LeafValues, code: string) => composite(sakip, values).nodes.find((n) => n.code === code)!.value;

describe('spreadAreaChanges', () => {
  it.each([
    // change, expected leaf values: each leaf closes the same share of its room (up) or of its distance to 0 (down)
    ['raise Pengukuran by 3 (a third of its 9 points of room)', 3, { PENGUKURAN_PEMENUHAN: 4.8, PENGUKURAN_KUALITAS: 7.2, PENGUKURAN_PEMANFAATAN: 12 }, 24],
    ['raise it by all its room', 9, { PENGUKURAN_PEMENUHAN: 6, PENGUKURAN_KUALITAS: 9, PENGUKURAN_PEMANFAATAN: 15 }, 30],
    ['lower it by 3 (a seventh of its 21 points)', -3, { PENGUKURAN_PEMENUHAN: 3.6, PENGUKURAN_KUALITAS: 5.4, PENGUKURAN_PEMANFAATAN: 9 }, 18],
    ['raise it by 0.01: each leaf rounds up to its precision, so at least 0.01', 0.01, { PENGUKURAN_PEMENUHAN: 4.21, PENGUKURAN_KUALITAS: 6.31, PENGUKURAN_PEMANFAATAN: 10.51 }, 21.03],
  ])('%s', (_name, delta, leaves, areaValue) => {
    const values = at(0.7);
    const changed = spreadAreaChanges(sakip, values, [{ nodeCode: 'PENGUKURAN', delta }]);
    expect(changed).toEqual(leaves);
    expect(area({ ...values, ...changed }, 'PENGUKURAN')).toBeCloseTo(areaValue, 9);
    expect(area({ ...values, ...changed }, 'PERENCANAAN')).toBe(21);
  });

  it('takes more from leaves with more room', () => {
    const values = { ...at(0.7), PENGUKURAN_PEMENUHAN: 6, PENGUKURAN_KUALITAS: 0 }; // rooms 0, 9 and 4.5
    expect(spreadAreaChanges(sakip, values, [{ nodeCode: 'PENGUKURAN', delta: 4.5 }])).toEqual({ PENGUKURAN_KUALITAS: 3, PENGUKURAN_PEMANFAATAN: 12 });
  });

  it('applies several changes in order, and a leaf change as it is', () => {
    const changed = spreadAreaChanges(sakip, at(0.7), [
      { nodeCode: 'PENGUKURAN', delta: 3 },
      { nodeCode: 'PENGUKURAN_PEMANFAATAN', delta: 1 },
    ]);
    expect(changed).toMatchObject({ PENGUKURAN_PEMENUHAN: 4.8, PENGUKURAN_PEMANFAATAN: 13 });
    expect(spreadAreaChanges(sakip, at(0.7), [{ nodeCode: 'PENGUKURAN', delta: 0 }])).toEqual({});
  });

  it.each([
    ['more than the room', { nodeCode: 'PENGUKURAN', delta: 9.5 }, at(0.7), 'NOT_ENOUGH_ROOM', /at most 9 points up/],
    ['below the scale', { nodeCode: 'PENGUKURAN', delta: -22 }, at(0.7), 'NOT_ENOUGH_ROOM', /at most 21 points down/],
    ['a leaf without a value', { nodeCode: 'PENGUKURAN', delta: 1 }, { ...at(0.7), PENGUKURAN_KUALITAS: null }, 'INCOMPLETE_VALUES', /PENGUKURAN_KUALITAS/],
    ['an unknown node', { nodeCode: 'NOPE', delta: 1 }, at(0.7), 'UNKNOWN_NODE', /NOPE/],
    ['a non-finite change', { nodeCode: 'PENGUKURAN', delta: Number.NaN }, at(0.7), 'INVALID_INPUT', /finite/],
  ])('refuses %s', (_name, change, values, code, message) => {
    expect(() => spreadAreaChanges(sakip, values, [change])).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });
});
