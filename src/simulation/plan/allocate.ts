/**
 * Which intervals a channel is open in, for sizing email over its response window. How pools'
 * agents are shared among channels is the evaluation's rule (compare/allocate.ts), one place.
 */
import type { ResolvedPool } from '../../scenario/model';

/** Whether some pool serving `channel` has productive agents in each interval. */
export function channelOpen(pools: readonly ResolvedPool[], channel: number, intervalCount: number): boolean[] {
  const serving = pools.filter((p) => p.skills.includes(channel));
  if (serving.length === 0) return new Array<boolean>(intervalCount).fill(true);
  const open = new Array<boolean>(intervalCount).fill(false);
  for (const pool of serving) {
    for (let i = 0; i < intervalCount; i++) if ((pool.productive[i] ?? 0) > 0) open[i] = true;
  }
  return open;
}
