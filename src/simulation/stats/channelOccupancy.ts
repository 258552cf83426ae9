/**
 * A channel's occupancy in one replication (docs/model.md, "KPIs"): the agent time its contacts
 * kept busy in the pools that serve it, divided by those pools' present agent time — the
 * channel's share of that agent time, so that the shares of a pool's channels add up to the
 * pool's occupancy.
 *
 * The simulator records busy time per pool. A pool with one skill gives its channel all of it
 * (exact). A pool serving several channels has its busy time in an interval split between them
 * in proportion to the work each channel answered then (answered × mean session time ÷
 * concurrency, a chat agent with s of k sessions being s/k busy) — an estimate, until the
 * simulator records busy time per channel too.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { ReplicationResult } from '../des/result';
import { compensatedSum } from './summation';

/** Agent-seconds of work one answered contact of each channel brings, as busy time counts it. */
function workPerContact(s: ResolvedScenario): number[] {
  return s.channels.map((c) => (c.aht.mean * (c.concurrency > 1 ? c.concurrentAhtMultiplier : 1)) / c.concurrency);
}

/** Busy agent-seconds of channel `c` per clock interval in [from, to), and the serving pools' present agent-seconds. */
export function channelBusyPresent(s: ResolvedScenario, r: ReplicationResult, c: number, from: number, to: number): { busy: number[]; present: number[] } {
  const work = workPerContact(s);
  const busy = new Array<number>(Math.max(0, to - from));
  const present = new Array<number>(Math.max(0, to - from));
  // The pools serving the channel, found once (not per interval); same order, so the same sums.
  const serving = s.pools.filter((pool) => pool.skills.includes(c));
  for (let i = from; i < to; i++) {
    let b = 0;
    let p = 0;
    for (const pool of serving) {
      const record = r.pools[pool.index]!;
      p += record.presentAgentSeconds[i] ?? 0;
      const poolBusy = record.busyAgentSeconds[i] ?? 0;
      if (pool.skills.length === 1) {
        b += poolBusy;
        continue;
      }
      let total = 0;
      for (const k of pool.skills) total += (r.channels[k]!.answered[i] ?? 0) * work[k]!;
      b += total > 0 ? (poolBusy * (r.channels[c]!.answered[i] ?? 0) * work[c]!) / total : 0;
    }
    busy[i - from] = b;
    present[i - from] = p;
  }
  return { busy, present };
}

/** Busy ÷ present agent time of channel `c` over clock intervals [from, to); 0 with no agent time. */
export function channelOccupancyRange(s: ResolvedScenario, r: ReplicationResult, c: number, from: number, to: number): number {
  const { busy, present } = channelBusyPresent(s, r, c, from, to);
  const b = compensatedSum(busy, 0, busy.length);
  const p = compensatedSum(present, 0, present.length);
  return p > 0 ? Math.min(1, Math.max(0, b / p)) : 0;
}
