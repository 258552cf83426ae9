/**
 * Email in the plan: workload spread over the response window (docs/model.md, "Analytic engine").
 *
 * Our rule: the work of the emails arriving in interval j (arrivals × AHT) may be done in any
 * open interval of [j, j + H) where H is the target's window; it is spread evenly over those open
 * intervals, so interval i needs the sum of the shares that land on it, ÷ interval length,
 * ÷ max occupancy, rounded up. Each `responseWithin` target {share, hours} asks for `share` of the
 * work within its window; the interval needs the largest of those demands. "Open" means some pool
 * serving the channel has productive agents then (no pool at all: every interval is open); work
 * whose window holds no open interval goes to the first open interval after it (the backlog
 * carried to the next opening). Without a response target the window is 24 h for all the work.
 */
import type { ResolvedChannel } from '../../scenario/model';

const DEFAULT_WINDOW = { share: 1, hours: 24 };

/** Productive agents needed per interval for an email channel, and the exact (fractional) load. */
export function emailRequirements(
  channel: ResolvedChannel, arrivals: readonly number[], open: readonly boolean[], intervalSeconds: number,
): { required: number[]; load: number[] } {
  const count = arrivals.length;
  const targets = channel.targets.responseWithin?.length ? channel.targets.responseWithin : [DEFAULT_WINDOW];
  const maxOccupancy = channel.targets.maxOccupancy ?? 1;
  // openBefore[i]: open intervals in [0, i), so a window's open count is a difference.
  const openBefore = new Array<number>(count + 1).fill(0);
  for (let i = 0; i < count; i++) openBefore[i + 1] = openBefore[i] + (open[i] ? 1 : 0);
  const nextOpen = new Array<number>(count + 1).fill(-1);
  for (let i = count - 1; i >= 0; i--) nextOpen[i] = open[i] ? i : nextOpen[i + 1];

  const load = new Array<number>(count).fill(0);
  for (const { share, hours } of targets) {
    const width = Math.max(1, Math.round((hours * 3600) / intervalSeconds));
    // Agents (busy for a whole interval) brought by interval j's emails, spread by a difference array.
    const diff = new Array<number>(count + 1).fill(0);
    const extra = new Array<number>(count).fill(0);
    for (let j = 0; j < count; j++) {
      if (arrivals[j] <= 0) continue;
      const agentIntervals = (share * arrivals[j] * channel.aht.mean) / intervalSeconds;
      const end = Math.min(count, j + width);
      const openInWindow = openBefore[end] - openBefore[j];
      if (openInWindow > 0) {
        diff[j] += agentIntervals / openInWindow;
        diff[end] -= agentIntervals / openInWindow;
      } else if (nextOpen[end] >= 0) {
        extra[nextOpen[end]] += agentIntervals;
      }
    }
    let running = 0;
    for (let i = 0; i < count; i++) {
      running += diff[i];
      const here = (open[i] ? running : 0) + extra[i];
      if (here > load[i]) load[i] = here;
    }
  }
  const required = load.map((l) => (l > 1e-12 ? Math.ceil((l / maxOccupancy) * (1 - 1e-12)) : 0));
  return { required, load };
}
