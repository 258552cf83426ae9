/**
 * The figure bank holds its reservoir slot by slot and replays Welford's sums while every value
 * is held (figureBank.ts): its estimates must be, bit for bit, those of the bank as it was (a
 * figure-major reservoir and running sums from the first value: reference/figureBank.ts), for
 * any values, any reservoir, figures pushed unevenly (the ASA is pushed only when some contact
 * was answered), below and beyond the reservoir; and its memory must follow the replications.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FigureBank } from '../../../src/simulation/stats/figureBank';
import { FigureBank as ReferenceBank } from './reference/figureBank';

describe('the figure bank held slot by slot', () => {
  it('gives the reference bank\'s estimates bit for bit', () => {
    const value = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 5 }), fc.constant(0.1));
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }),
      fc.array(fc.array(fc.option(value, { nil: null }), { minLength: 5, maxLength: 5 }), { minLength: 0, maxLength: 30 }),
      (reservoir, size, replications) => {
        const bank = new FigureBank(size, reservoir);
        const reference = new ReferenceBank(size, reservoir);
        replications.forEach((row, r) => {
          for (let i = 0; i < size; i++) {
            const x = row[i];
            if (x === null || x === undefined) continue;
            bank.push(i, x, r);
            reference.push(i, x, r);
          }
          // Asked in the middle too: an estimate must not disturb what follows.
          if (r % 7 === 3) for (let i = 0; i < size; i++) expect(bank.estimate(i)).toEqual(reference.estimate(i));
        });
        for (let i = 0; i < size; i++) {
          expect(bank.values(i)).toBe(reference.values(i));
          expect(bank.estimate(i)).toEqual(reference.estimate(i));
        }
      },
    ), { numRuns: 400 });
  });

  it('takes a whole replication at once (pushAll) as it takes each figure in turn', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, -0));
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }),
      fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { minLength: 0, maxLength: 25 }),
      (reservoir, size, from, replications) => {
        const bank = new FigureBank(size, reservoir);
        const reference = new ReferenceBank(size, reservoir);
        replications.forEach((row, r) => {
          const values = new Float64Array(from + size);
          row.slice(0, size).forEach((x, i) => { values[from + i] = x; reference.push(i, x, r); });
          bank.pushAll(values, from, r);
        });
        for (let i = 0; i < size; i++) expect(bank.estimate(i)).toEqual(reference.estimate(i));
      },
    ), { numRuns: 400 });
    const mixed = new FigureBank(2, 4);
    mixed.push(0, 1, 0);
    expect(() => mixed.pushAll(new Float64Array(2), 0, 1)).toThrow(/one by one/);
  });

  it('holds memory for the replications merged, not for the reservoir', () => {
    const bank = new FigureBank(1000, 16);
    for (let r = 0; r < 10; r++) for (let i = 0; i < 1000; i++) bank.push(i, r + i, r);
    // Ten slots and the counts; no running sums while every value is held.
    expect(bank.bytes).toBe(1000 * (4 + 10 * 8));
    for (let r = 10; r < 17; r++) for (let i = 0; i < 1000; i++) bank.push(i, r * i, r);
    expect(bank.bytes).toBe(1000 * (4 + 16 * 8 + 16));
  });
});
