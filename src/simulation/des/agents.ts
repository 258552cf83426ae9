/**
 * The agents of every pool, in typed arrays, and the head-count rule of docs/model.md
 * ("Head-count"): a contact starts service in a pool only while the pool's busy agents are fewer
 * than its head-count. When the head-count rises, new agents arrive idle (the engine then gives
 * them the longest-waiting contacts). When it drops, idle agents leave at once; if busy agents
 * are still above the new head-count, no particular agent is picked to leave: the pool is
 * `over` its head-count by that many, and the first agents to finish leave, whoever they are,
 * taking no new work meanwhile. A rise while the pool is over its head-count first cancels
 * departures still owed, then brings agents on.
 *
 * "Busy" is holding at least one session: a chat agent in two of three sessions is one busy
 * agent. While its pool is over its head-count, a chat agent takes no new session either, and
 * it leaves when its last session ends.
 *
 * Also integrates busy and present agent-seconds per pool over clock intervals (occupancy).
 */
/** An agent's state: off the floor, or on it (idle in the pool's stack, or busy). */
export const ABSENT = 0;
export const PRESENT = 1;

/**
 * The fields that change as agents come, go and work (snapshot.ts), all laid out by pool: a
 * strategy's table holds the baseline's pools first, at the same places (fork.ts).
 */
export const AGENT_TABLE_STATE = [
  'sessions', 'channelOf', 'state', 'headCount', 'over', 'idle', 'idleCount', 'idlePos', 'busyUnits', 'lastTime', 'busySeconds', 'presentSeconds',
] as const;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export class AgentTable {
  readonly poolOf: Int32Array;
  readonly sessions: Int32Array;
  readonly channelOf: Int32Array;
  readonly state: Uint8Array;
  readonly poolStart: Int32Array;
  readonly poolEnd: Int32Array;
  /** Per pool: the head-count. */
  readonly headCount: Int32Array;
  /**
   * Per pool: agents on the floor above the head-count (all busy), who leave as they finish.
   * Agents on the floor = headCount + over.
   */
  readonly over: Int32Array;
  /** Per pool: 1 when some skill holds several sessions (chat), so a return to the head-count frees sessions. */
  readonly multiSession: Uint8Array;
  /** Per pool, a stack of idle agents on the floor, stored in the pool's own range of `idle`. */
  readonly idle: Int32Array;
  readonly idleCount: Int32Array;
  private readonly idlePos: Int32Array;
  /** Busy weight in integer units: a session of channel c counts unit[p·C + c] = L_p / k_c. */
  private readonly busyUnits: Float64Array;
  private readonly unit: Float64Array;
  private readonly scale: Float64Array;
  private readonly lastTime: Float64Array;
  /** Per pool × bucket (clock interval, the last bucket is the drain). */
  readonly busySeconds: Float64Array;
  readonly presentSeconds: Float64Array;
  private readonly buckets: number;
  private readonly channels: number;
  /**
   * The clock is read from the engine's cell rather than passed in: a fractional argument to a
   * call V8 does not inline is boxed on the heap, and this runs at every service start and end.
   */
  private readonly clock: Float64Array;

  /**
   * @param maxHeadCount per pool, the largest head-count over the horizon (agent slots reserved)
   * @param skills per pool, its channels
   * @param concurrency per channel, sessions an agent may hold
   * @param buckets clock intervals plus one for the drain
   * @param clock the engine's clock (one cell, seconds): integration runs up to its value
   */
  constructor(maxHeadCount: number[], skills: number[][], concurrency: number[], buckets: number, clock: Float64Array) {
    this.clock = clock;
    const pools = maxHeadCount.length;
    const total = maxHeadCount.reduce((s, x) => s + x, 0);
    this.channels = concurrency.length;
    this.buckets = buckets;
    this.poolOf = new Int32Array(total);
    this.sessions = new Int32Array(total);
    this.channelOf = new Int32Array(total).fill(-1);
    this.state = new Uint8Array(total);
    this.idle = new Int32Array(total);
    this.idlePos = new Int32Array(total).fill(-1);
    this.poolStart = new Int32Array(pools);
    this.poolEnd = new Int32Array(pools);
    this.headCount = new Int32Array(pools);
    this.over = new Int32Array(pools);
    this.multiSession = Uint8Array.from(skills, (lanes) => (lanes.some((c) => concurrency[c] > 1) ? 1 : 0));
    this.idleCount = new Int32Array(pools);
    this.busyUnits = new Float64Array(pools);
    this.unit = new Float64Array(pools * this.channels);
    this.scale = new Float64Array(pools);
    this.lastTime = new Float64Array(pools);
    this.busySeconds = new Float64Array(pools * buckets);
    this.presentSeconds = new Float64Array(pools * buckets);
    let start = 0;
    for (let p = 0; p < pools; p++) {
      this.poolStart[p] = start;
      this.poolEnd[p] = start + maxHeadCount[p];
      for (let a = start; a < start + maxHeadCount[p]; a++) this.poolOf[a] = p;
      start += maxHeadCount[p];
      // L_p = lcm of the pool's concurrencies (≤ lcm(1..20) < 2^28): busy weight stays an exact integer.
      let l = 1;
      for (const c of skills[p]) l = (l / gcd(l, concurrency[c])) * concurrency[c];
      this.scale[p] = l;
      for (const c of skills[p]) this.unit[p * this.channels + c] = l / concurrency[c];
    }
  }

  /** Per pool, the unit busy weights are counted in (L_p): a snapshot carries it (snapshotEngine.ts). */
  get busyScale(): Float64Array {
    return this.scale;
  }

  /**
   * Busy weights restored from a run whose pools counted in `from` units: a strategy's pool may
   * hold more channels (a reallocation's target), hence a larger L_p, a multiple of the old one.
   * Multiplied first, so the weights stay the exact integers the whole run would hold.
   */
  rescaleBusy(from: Float64Array): void {
    for (let p = 0; p < from.length; p++) {
      if (from[p] !== this.scale[p]) this.busyUnits[p] = (this.busyUnits[p] * this.scale[p]) / from[p];
    }
  }

  /**
   * Everything about pools 0 … pools − 1 that shapes what happens next (coupling.ts), appended to
   * `out`: their layout, head-counts and departures owed, idle stacks in order, last integration
   * time, busy weight as a fraction of an agent (the unit L_p may differ between runs, the
   * fraction is the same exact rational) and each agent's state, sessions and channel. Not the
   * integrated seconds (statistics).
   */
  pushFutureState(pools: number, out: number[]): void {
    for (let p = 0; p < pools; p++) {
      out.push(this.poolStart[p], this.poolEnd[p], this.headCount[p], this.over[p], this.idleCount[p], this.lastTime[p], this.busyUnits[p] / this.scale[p]);
      for (let i = 0; i < this.idleCount[p]; i++) out.push(this.idle[this.poolStart[p] + i]);
      for (let a = this.poolStart[p]; a < this.poolEnd[p]; a++) out.push(this.state[a], this.sessions[a], this.channelOf[a], this.idlePos[a]);
    }
  }

  /** Whether pools from `first` on have nobody on the floor and no departure owed (a strategy's own pools at a coupling). */
  emptyFrom(first: number): boolean {
    for (let p = first; p < this.headCount.length; p++) {
      if (this.headCount[p] !== 0 || this.over[p] !== 0 || this.idleCount[p] !== 0 || this.busyUnits[p] !== 0) return false;
      for (let a = this.poolStart[p]; a < this.poolEnd[p]; a++) if (this.state[a] !== ABSENT || this.sessions[a] !== 0) return false;
    }
    return true;
  }

  /** Adds busy and present time of pool p up to the clock into `bucket`. */
  integrate(p: number, bucket: number): void {
    const now = this.clock[0];
    const dt = now - this.lastTime[p];
    if (dt > 0) {
      const i = p * this.buckets + bucket;
      this.busySeconds[i] += (this.busyUnits[p] / this.scale[p]) * dt;
      this.presentSeconds[i] += (this.headCount[p] + this.over[p]) * dt;
      this.lastTime[p] = now;
    }
  }

  /** Agent a (not idle-stacked) starts a session of channel c. Integrate the pool first. */
  addSession(a: number, c: number): void {
    this.sessions[a]++;
    this.channelOf[a] = c;
    const p = this.poolOf[a];
    this.busyUnits[p] += this.unit[p * this.channels + c];
  }

  /** Agent a ends a session of channel c. Integrate the pool first. */
  endSession(a: number, c: number): void {
    const p = this.poolOf[a];
    this.busyUnits[p] -= this.unit[p * this.channels + c];
    if (--this.sessions[a] === 0) this.channelOf[a] = -1;
  }

  pushIdle(a: number): void {
    const p = this.poolOf[a];
    const i = this.idleCount[p]++;
    this.idle[this.poolStart[p] + i] = a;
    this.idlePos[a] = i;
  }

  /** Takes agent a out of its pool's idle stack (O(1): the top moves into its place). */
  removeIdle(a: number): void {
    const p = this.poolOf[a];
    const base = this.poolStart[p];
    const i = this.idlePos[a];
    const last = --this.idleCount[p];
    const moved = this.idle[base + last];
    this.idle[base + i] = moved;
    this.idlePos[moved] = i;
    this.idlePos[a] = -1;
  }

  /** The most recently idled agent of pool p, or −1. */
  topIdle(p: number): number {
    const n = this.idleCount[p];
    return n === 0 ? -1 : this.idle[this.poolStart[p] + n - 1];
  }

  /**
   * Agent a, of a pool over its head-count, finished its last session: it leaves the floor.
   * Integrate the pool first.
   */
  depart(a: number): void {
    this.state[a] = ABSENT;
    this.over[this.poolOf[a]]--;
  }

  /**
   * Sets pool p's head-count (integrate the pool first).
   * @param joined receives the agents who arrived idle and should look for work
   * @returns how many agents joined
   */
  setHeadCount(p: number, headCount: number, joined: Int32Array): number {
    let n = 0;
    let need = headCount - this.headCount[p];
    this.headCount[p] = headCount;
    if (need > 0) {
      // Departures still owed are cancelled first: those agents are on the floor already.
      const stay = Math.min(need, this.over[p]);
      this.over[p] -= stay;
      need -= stay;
      const end = this.poolEnd[p];
      for (let a = this.poolStart[p]; a < end && need > 0; a++) {
        if (this.state[a] !== ABSENT) continue;
        this.state[a] = PRESENT;
        joined[n++] = a;
        need--;
      }
    } else if (need < 0) {
      let excess = -need;
      while (excess > 0 && this.idleCount[p] > 0) {
        const a = this.topIdle(p);
        this.removeIdle(a);
        this.state[a] = ABSENT;
        excess--;
      }
      // The rest are busy: the first of them to finish will leave (the engine's `finish`).
      this.over[p] += excess;
    }
    return n;
  }
}
