import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from '../../../src/simulation/des/eventHeap';
import { IntQueue } from '../../../src/simulation/des/intQueue';

describe('EventHeap', () => {
  it('pops in (time, priority, insertion) order, interleaved pushes and pops, through growth', () => {
    const op = fc.oneof(
      fc.record({ push: fc.constant(true as const), time: fc.integer({ min: 0, max: 20 }), priority: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ push: fc.constant(false as const) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
      const heap = new EventHeap(4);
      const model: { time: number; priority: number; id: number }[] = [];
      let id = 0;
      for (const o of ops) {
        if (o.push) {
          heap.push(o.time, o.priority, 7, id, 1000 - id);
          model.push({ time: o.time, priority: o.priority, id: id++ });
        } else {
          model.sort((a, b) => a.time - b.time || a.priority - b.priority || a.id - b.id);
          const expected = model.shift();
          expect(heap.pop()).toBe(expected !== undefined);
          if (expected) {
            expect([heap.time, heap.a, heap.b, heap.kind]).toEqual([expected.time, expected.id, 1000 - expected.id, 7]);
          }
        }
        expect(heap.size).toBe(model.length);
        // The earliest time, Infinity once empty (a sentinel the heap keeps past its last event).
        expect(heap.peekTime()).toBe(model.length ? Math.min(...model.map((m) => m.time)) : Infinity);
      }
    }), { seed: 11, numRuns: 200 });
  });
});

describe('IntQueue', () => {
  it('behaves as a FIFO through wrap-around and growth', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer(), { nil: null }), { maxLength: 300 }), (ops) => {
      const q = new IntQueue(4);
      const model: number[] = [];
      for (const o of ops) {
        if (o !== null) { q.push(o | 0); model.push(o | 0); } else if (model.length > 0) {
          expect(q.peek()).toBe(model[0]);
          expect(q.shift()).toBe(model.shift());
        }
        expect(q.length).toBe(model.length);
        for (let i = 0; i < model.length; i++) expect(q.at(i)).toBe(model[i]);
      }
    }), { seed: 12, numRuns: 150 });
  });
});
