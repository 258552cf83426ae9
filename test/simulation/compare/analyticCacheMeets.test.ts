/**
 * `meets` (compare/analyticCache.ts) answers "do these agents meet every target" from the figures
 * at that head-count; the search used to ask `need(…) <= agents`, a full staffing solve. The two
 * must agree on every question, or the search's overflow split would change: checked over random
 * channels, targets, arrivals and head-counts, each asked of its own fresh cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedChannel } from '../../../src/scenario/model';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';

const channel = fc.record({
  patience: fc.option(fc.integer({ min: 20, max: 600 }), { nil: null }),
  concurrency: fc.integer({ min: 1, max: 3 }),
  sl: fc.option(fc.record({ share: fc.double({ min: 0.5, max: 0.95, noNaN: true }), seconds: fc.integer({ min: 5, max: 120 }) }), { nil: undefined }),
  maxAsa: fc.option(fc.integer({ min: 5, max: 300 }), { nil: undefined }),
  minAnswerRate: fc.option(fc.double({ min: 0.5, max: 0.99, noNaN: true }), { nil: undefined }),
  maxOccupancy: fc.option(fc.double({ min: 0.6, max: 0.98, noNaN: true }), { nil: undefined }),
}).map((x): ResolvedChannel => ({
  index: 0, id: 'c', name: 'C', kind: x.concurrency > 1 ? 'chat' : 'voice', aht: { dist: 'exponential', mean: 300 },
  patience: x.patience === null ? null : { dist: 'exponential', mean: x.patience }, concurrency: x.concurrency,
  concurrentAhtMultiplier: 1, fcr: 1, repeatDelaySeconds: 3600, retrial: { share: 0, delaySeconds: 300 },
  targets: { serviceLevel: x.sl, maxAsaSeconds: x.maxAsa, minAnswerRate: x.minAnswerRate, maxOccupancy: x.maxOccupancy },
}));

describe('meets', () => {
  it('agrees with need(…) <= agents', () => {
    fc.assert(fc.property(
      channel, fc.double({ min: 0, max: 400, noNaN: true }), fc.integer({ min: 60, max: 900 }), fc.double({ min: 0, max: 80, noNaN: true }),
      (c, arrivals, aht, agents) => {
        const solved = createAnalyticCache(30, false).need(c, arrivals, aht) <= agents;
        expect(createAnalyticCache(30, false).meets(c, arrivals, aht, agents)).toBe(solved);
      },
    ), { seed: 31, numRuns: 400 });
  });
});
