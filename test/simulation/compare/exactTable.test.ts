/**
 * The Erlang cache's table (compare/exactTable.ts) answers like nested Maps keyed by the same
 * numbers: SameValueZero (0 and −0 one key, NaN one key), every other pair of numbers apart,
 * through growth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactTable } from '../../../src/simulation/compare/exactTable';

const ask = <V>(t: ExactTable<V>, xs: readonly number[]) => { t.key.set(xs); return t; };

describe('ExactTable', () => {
  it('holds what a Map of the keys holds, through growth', () => {
    const number = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, Number.NaN, 0.1, 0.1 + Number.EPSILON));
    fc.assert(fc.property(fc.array(fc.tuple(number, number, number), { maxLength: 300 }), (keys) => {
      const table = new ExactTable<number>(3, 4);
      const reference = new Map<string, number>();
      // The reference key: each number as Map would see it (SameValueZero), written exactly.
      const name = (k: readonly number[]) => k.map((x) => (Number.isNaN(x) ? 'NaN' : Object.is(x, -0) ? '0' : String(x))).join('|');
      keys.forEach((k, v) => {
        ask(table, k).set(v);
        reference.set(name(k), v);
      });
      expect(table.size).toBe(reference.size);
      for (const k of keys) expect(ask(table, k).get()).toBe(reference.get(name(k)));
      expect(ask(table, [0.5, 1e300, -7]).get()).toBe(reference.get(name([0.5, 1e300, -7])));
    }), { seed: 20, numRuns: 100 });
  });

  it('keeps keys apart that differ in one number only, whichever', () => {
    const table = new ExactTable<string>(3, 4);
    const keys: number[][] = [];
    for (let k = 0; k < 200; k++) keys.push([k, 1, 1], [1, k / 7, 1], [1, 1, -k]);
    for (const k of keys) ask(table, k).set(k.join());
    for (const k of keys) expect(ask(table, k).get()).toBe(k.join());
  });

  it('takes 0 and −0 for one key, and any NaN for NaN, as a Map does', () => {
    const table = new ExactTable<string>(2);
    ask(table, [0, 5]).set('zero');
    expect(ask(table, [-0, 5]).get()).toBe('zero');
    ask(table, [Number.NaN, 5]).set('nan');
    expect(ask(table, [0 / 0, 5]).get()).toBe('nan');
    expect(table.size).toBe(2);
  });
});
