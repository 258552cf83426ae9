import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineHeap } from '../../../src/simulation/des/deadlineHeap';

describe('DeadlineHeap', () => {
  it('pops in (deadline, insertion) order through pushes, removals by slot and growth', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), slot: fc.integer({ min: 0, max: 40 }), time: fc.integer({ min: 0, max: 15 }) }),
      fc.record({ kind: fc.constant('remove' as const), slot: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
      const heap = new DeadlineHeap(4);
      // The model: pending (slot, time, insertion) triples, at most one per slot.
      let model: { slot: number; time: number; id: number }[] = [];
      let id = 0;
      for (const o of ops) {
        if (o.kind === 'push') {
          if (model.some((m) => m.slot === o.slot)) continue; // one deadline per contact
          heap.push(o.slot, o.time);
          model.push({ slot: o.slot, time: o.time, id: id++ });
        } else if (o.kind === 'remove') {
          heap.remove(o.slot);
          model = model.filter((m) => m.slot !== o.slot);
        } else if (model.length > 0) {
          model.sort((a, b) => a.time - b.time || a.id - b.id);
          const expected = model.shift()!;
          expect(heap.peekTime()).toBe(expected.time);
          expect(heap.pop()).toBe(expected.slot);
        }
        expect(heap.size).toBe(model.length);
        if (model.length === 0) expect(heap.peekTime()).toBe(Infinity);
        for (let s = 0; s <= 40; s++) expect(heap.has(s)).toBe(model.some((m) => m.slot === s));
      }
    }), { seed: 13, numRuns: 200 });
  });
});
