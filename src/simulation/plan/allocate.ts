/**
 * Which productive agents serve which channel, per interval, in the analytic plan.
 *
 * Our rule: pools in scenario order; within a pool, skills in priority order; each channel takes
 * what it still requires (required − already given) out of what the pool has left, the next skill
 * gets the rest, and whatever is left after the last skill goes to the pool's first skill (agents
 * idle on a channel are still that channel's capacity). Closed intervals give 0.
 */
import type { ResolvedPool } from '../../scenario/model';

/** Available productive agents per channel (outer) per interval (inner). */
export function allocateAvailable(
  pools: readonly ResolvedPool[], required: readonly (readonly number[])[], intervalCount: number,
): number[][] {
  const available = required.map(() => new Array<number>(intervalCount).fill(0));
  for (const pool of pools) {
    if (pool.skills.length === 0) continue;
    for (let i = 0; i < intervalCount; i++) {
      let left = pool.productive[i] ?? 0;
      if (left <= 0) continue;
      for (const c of pool.skills) {
        const take = Math.min(left, Math.max(0, required[c][i] - available[c][i]));
        available[c][i] += take;
        left -= take;
        if (left <= 0) break;
      }
      if (left > 0) available[pool.skills[0]][i] += left;
    }
  }
  return available;
}

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
