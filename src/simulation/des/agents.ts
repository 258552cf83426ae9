/**
 * The agents of every pool, in typed arrays, and the end-of-shift rules of MODEL.md ("Time"):
 * when a pool's head-count rises the new agents arrive idle (the engine then gives them the
 * longest-waiting contacts); when it drops, idle agents leave first and busy agents above the new
 * head-count are marked `LEAVING` and leave as they finish, taking no new work. Agents marked
 * leaving come back first if the head-count rises again before they finish.
 *
 * Also integrates busy and present agent-seconds per pool over clock intervals (occupancy).
 */
export const ABSENT = 0;
export const ACTIVE = 1;
export const LEAVING = 2;

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
  /** Per pool: agents with state ACTIVE (the head-count) and LEAVING. */
  readonly active: Int32Array;
  readonly leaving: Int32Array;
  /** Per pool, a stack of idle ACTIVE agents stored in the pool's own range of `idle`. */
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
    this.active = new Int32Array(pools);
    this.leaving = new Int32Array(pools);
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

  /** Adds busy and present time of pool p up to the clock into `bucket`. */
  integrate(p: number, bucket: number): void {
    const now = this.clock[0];
    const dt = now - this.lastTime[p];
    if (dt > 0) {
      const i = p * this.buckets + bucket;
      this.busySeconds[i] += (this.busyUnits[p] / this.scale[p]) * dt;
      this.presentSeconds[i] += (this.active[p] + this.leaving[p]) * dt;
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

  /** A LEAVING agent finished its last contact: it leaves the floor. Integrate the pool first. */
  depart(a: number): void {
    this.state[a] = ABSENT;
    this.leaving[this.poolOf[a]]--;
  }

  /**
   * Sets pool p's head-count (integrate the pool first).
   * @param joined receives the agents who arrived idle and should look for work
   * @returns how many agents joined
   */
  setHeadCount(p: number, headCount: number, joined: Int32Array): number {
    const start = this.poolStart[p];
    const end = this.poolEnd[p];
    let n = 0;
    let need = headCount - this.active[p];
    if (need > 0) {
      // Busy agents who were leaving stay on: no new agent is needed for them.
      for (let a = start; a < end && need > 0 && this.leaving[p] > 0; a++) {
        if (this.state[a] !== LEAVING) continue;
        this.state[a] = ACTIVE;
        this.leaving[p]--;
        this.active[p]++;
        need--;
      }
      for (let a = start; a < end && need > 0; a++) {
        if (this.state[a] !== ABSENT) continue;
        this.state[a] = ACTIVE;
        this.active[p]++;
        joined[n++] = a;
        need--;
      }
    } else if (need < 0) {
      let excess = -need;
      while (excess > 0 && this.idleCount[p] > 0) {
        const a = this.topIdle(p);
        this.removeIdle(a);
        this.state[a] = ABSENT;
        this.active[p]--;
        excess--;
      }
      for (let a = start; a < end && excess > 0; a++) {
        if (this.state[a] !== ACTIVE) continue;
        this.state[a] = LEAVING;
        this.active[p]--;
        this.leaving[p]++;
        excess--;
      }
    }
    return n;
  }
}
