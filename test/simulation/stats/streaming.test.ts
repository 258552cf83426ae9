/**
 * Streaming merge (accumulator.ts, figureBank.ts): the same answer as estimates over the full
 * list while the reservoir holds every replication, exact means and intervals beyond, memory
 * fixed by the horizon, and replication order restored whatever the arrival order.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/scenario/resolve';
import type { ReplicationResult } from '../../../src/simulation/des';
import { simulateReplication } from '../../../src/simulation/des';
import { channelRange, estimate } from '../../../src/simulation/stats';
import { aggregateReplications } from '../../../src/simulation/stats';
import { RESERVOIR } from '../../../src/simulation/stats/accumulator';
import { FigureBank } from '../../../src/simulation/stats/figureBank';
import { ReplicationOrder } from '../../../src/simulation/run/order';
import { profileScenario, valid } from '../../scenario/fixtures';

const s = resolveScenario(valid(profileScenario()));
const replications = (n: number): ReplicationResult[] => Array.from({ length: n }, (_, r) => simulateReplication(s, { seed: 5, replication: r }));

describe('streaming statistics', () => {
  it('equal the estimates over every replication while the reservoir holds them all', () => {
    const reps = replications(RESERVOIR.interval);
    const merged = aggregateReplications(s, reps);
    for (const i of [8, 9, 30]) {
      const exact = estimate(reps.map((r) => channelRange(r.channels[0]!, i, i + 1).serviceLevel));
      expect(merged.intervals!.voice![i]!.serviceLevel).toEqual(exact);
    }
    expect(merged.channels.voice!.offered).toEqual(estimate(reps.map((r) => channelRange(r.channels[0]!, 0, s.intervalCount).offered)));
  });

  it('beyond the reservoir: exact mean and interval, percentiles within the values', () => {
    const reps = replications(3 * RESERVOIR.interval);
    const merged = aggregateReplications(s, reps);
    const values = reps.map((r) => channelRange(r.channels[0]!, 9, 10).offered);
    const exact = estimate(values);
    const got = merged.intervals!.voice![9]!.offered;
    expect(got.mean).toBe(exact.mean);
    expect(got.ci95).toBe(exact.ci95);
    for (const p of [got.p10, got.p50, got.p90]) expect(p >= Math.min(...values) && p <= Math.max(...values)).toBe(true);
    expect(got.p10 <= got.p50 && got.p50 <= got.p90).toBe(true);
  });

  it('keeps a fixed number of values per figure, however many replications', () => {
    const bank = new FigureBank(3, 4);
    for (let r = 0; r < 10_000; r++) bank.push(1, r % 100, r);
    const e = bank.estimate(1);
    expect(e.mean).toBeCloseTo(49.5, 10);
    expect(bank.values(1)).toBe(10_000);
    // Per figure: its count, the reservoir's four values, Welford's running mean and m2.
    expect(bank.bytes).toBe(3 * (4 + 4 * 8 + 16));
  });

  it('hands replications on in replication order whatever order they finish in, holding back only the early ones', () => {
    const seen: number[] = [];
    const order = new ReplicationOrder<ReplicationResult>((r) => seen.push(r.replication));
    const arrive = [2, 0, 3, 1, 5, 4];
    let maxHeld = 0;
    for (const r of arrive) {
      order.add({ replication: r } as ReplicationResult);
      maxHeld = Math.max(maxHeld, order.held);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(maxHeld).toBe(2); // 2 and 3 wait for 1
    expect(order.held).toBe(0);
  });
});
