/**
 * How the analytic path shares a multi-skilled pool's agents among its channels in one interval.
 *
 * A planner's reading of "skills in priority order": agents first cover what each immediate
 * channel (voice, chat) needs to meet its targets, in the pool's priority order; what is left goes
 * to the pool's first immediate channel (a freed agent takes the highest-priority waiting
 * contact, so spare agents shorten its waits). Deferrable channels (email, callback) are filler
 * work: after the immediate needs they get their keep-up need (the day's workload spread over
 * the day's staffed intervals), and the evaluator adds the idle time of the immediate channels'
 * agents of pools that also have the skill. Pools with fewer
 * skills are used first, since they have no other use. Agent counts here are *effective* agents: head-count ÷ handle-time multiplier, so a
 * temp at 1.5× handle time counts for two thirds of an agent.
 */

export interface PoolSupply {
  pool: number;
  skills: number[];
  effective: number;
}

/** The order supplies are used in: fewer skills first, then scenario order. */
export function supplyOrder(supplies: readonly { skills: readonly number[] }[]): number[] {
  return supplies.map((_, k) => k).sort((a, b) => supplies[a].skills.length - supplies[b].skills.length || a - b);
}

/**
 * alloc[k][c]: effective agents of supply k given to channel c. `order` (supplyOrder) may be
 * passed when the same pools are allocated interval after interval.
 */
export function allocate(supplies: PoolSupply[], need: number[], deferrable: boolean[], order = supplyOrder(supplies)): { alloc: number[][]; got: number[] } {
  const channelCount = need.length;
  const got = new Array<number>(channelCount).fill(0);
  const alloc: number[][] = [];
  for (let k = 0; k < supplies.length; k++) alloc.push(new Array<number>(channelCount).fill(0));
  for (const k of order) {
    const { skills } = supplies[k];
    let left = supplies[k].effective;
    for (const c of skills) {
      if (deferrable[c] || left <= 0) continue;
      const give = Math.min(left, Math.max(0, need[c] - got[c]));
      alloc[k][c] += give;
      got[c] += give;
      left -= give;
    }
    // Filler work still has to be done: deferrable channels get their keep-up need next.
    for (const c of skills) {
      if (!deferrable[c] || left <= 0) continue;
      const give = Math.min(left, Math.max(0, need[c] - got[c]));
      alloc[k][c] += give;
      got[c] += give;
      left -= give;
    }
    if (left > 0 && skills.length > 0) {
      let sink = skills[0];
      for (let j = skills.length - 1; j >= 0; j--) if (!deferrable[skills[j]]) sink = skills[j];
      alloc[k][sink] += left;
      got[sink] += left;
    }
  }
  return { alloc, got };
}

/**
 * Takes up to `amount` effective agents of supply row `row` away from channels other than `to`:
 * deferrable channels first, then immediate ones from the lowest priority up. Returns what it took.
 */
export function takeFrom(row: number[], skills: number[], deferrable: boolean[], to: number, amount: number): number {
  let left = amount;
  const order = [...skills.filter((c) => deferrable[c]), ...skills.filter((c) => !deferrable[c]).reverse()].filter((c) => c !== to);
  for (const c of order) {
    if (left <= 0) break;
    const take = Math.min(left, row[c]);
    row[c] -= take;
    left -= take;
  }
  return amount - left;
}
