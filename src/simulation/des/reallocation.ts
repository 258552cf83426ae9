/**
 * Dynamic channel reallocation (docs/model.md, "Levers" 2; levers/types.ts
 * `ReallocationRule`): while the target channel's in-house queue holds more than `queueAbove`
 * contacts, or its projected wait (queue × AHT ÷ agents on the channel) exceeds
 * `waitAboveSeconds`, up to `maxAgents` agents of the source pool serve that channel first.
 *
 * - Turning on: agents still finishing a target contact from an earlier move are marked first
 *   (the target never holds more than M agents of the pool), then idle agents move at once and
 *   take the queue, then busy agents are marked, in pool order, up to the cap: each finishes the
 *   contact(s) in hand, takes no new contact of its own channels meanwhile, and then serves the
 *   target first.
 * - A moved agent works the target's queue first, then its own channels (with the rule on, the
 *   target's queue is never empty when an agent is freed, or the rule would have been released).
 * - Release (hysteresis): once the queue is back to `releaseBelowQueue` or fewer, or when the
 *   rule goes out of force at an interval boundary, every mark is cleared; an agent serving the
 *   target finishes that contact, then goes back to its own channels.
 * - A marked agent who leaves the floor (head-count drop) stops counting when it leaves.
 *
 * Moved agents are counted while marked (finishing a contact in hand included) and integrated
 * over time: `movedSeconds[interval] ÷ interval length` is the mean number moved.
 */
import { ABSENT, PRESENT, type AgentTable } from './agents';
import type { ReallocationTable } from './rules';

/** What the controller needs of the engine. */
export interface ReallocationHost {
  readonly agents: AgentTable;
  /** Live waiting contacts per lane. */
  readonly waiting: Int32Array;
  /** Per lane: the pools that work it (for the projected wait's agent count). */
  readonly poolsOf: Int32Array[];
  /** Agent a (active, out of the idle stack) takes waiting work at the current clock, or goes idle. */
  offerWork(a: number): void;
}

export class Reallocation {
  readonly table: ReallocationTable;
  /** Per agent: rule index + 1 while moved, else 0. Read by routing. */
  readonly movedBy: Int32Array;
  /** Per lane: 1 when some rule watches its queue. */
  readonly watched: Uint8Array;
  /** Per clock interval (the last entry is the drain): moved agent-seconds. */
  readonly movedSeconds: Float64Array;
  /** Agents moved now, all rules. */
  total = 0;
  private readonly on: Uint8Array;
  private readonly moved: Int32Array;
  private readonly host: ReallocationHost;
  private last = 0;

  constructor(table: ReallocationTable, host: ReallocationHost, lanes: number, buckets: number) {
    this.table = table;
    this.host = host;
    this.movedBy = new Int32Array(host.agents.poolOf.length);
    this.watched = new Uint8Array(lanes);
    for (let r = 0; r < table.to.length; r++) this.watched[table.to[r]] = 1;
    this.movedSeconds = new Float64Array(buckets);
    this.on = new Uint8Array(table.to.length);
    this.moved = new Int32Array(table.to.length);
  }

  /** Adds moved agent-seconds up to `now` into `bucket`. */
  integrate(now: number, bucket: number): void {
    if (now > this.last) {
      this.movedSeconds[bucket] += this.total * (now - this.last);
      this.last = now;
    }
  }

  /**
   * The queue of `lane` changed (or the clock crossed a boundary): turn rules on or off.
   * @param iv the interval whose rules are in force (the last one during the drain)
   * @param bucket the clock interval for the moved-time integral
   */
  update(lane: number, now: number, iv: number, bucket: number): void {
    const t = this.table;
    for (let r = 0; r < t.to.length; r++) {
      if (t.to[r] !== lane) continue;
      const q = this.host.waiting[lane];
      if (this.on[r] === 1) {
        if (t.active[r][iv] === 0 || q <= t.releaseBelowQueue[r]) this.release(r, now, bucket);
      } else if (t.active[r][iv] === 1 && (q > t.queueAbove[r] || (q > 0 && this.projectedWait(r, q) > t.waitAboveSeconds[r]))) {
        this.on[r] = 1;
        this.topUp(r, now, bucket);
      }
    }
  }

  /** At a boundary (after staffing): forget agents who left, re-check every rule, top up those on. */
  boundary(now: number, iv: number, bucket: number): void {
    const t = this.table;
    const agents = this.host.agents;
    this.integrate(now, bucket);
    for (let r = 0; r < t.to.length; r++) {
      const p = t.from[r];
      for (let a = agents.poolStart[p]; a < agents.poolEnd[p]; a++) {
        if (this.movedBy[a] === r + 1 && agents.state[a] === ABSENT) this.unmark(a);
      }
      this.update(t.to[r], now, iv, bucket);
      if (this.on[r] === 1) this.topUp(r, now, bucket);
    }
  }

  /** A marked agent left the floor. */
  departed(a: number, now: number, bucket: number): void {
    this.integrate(now, bucket);
    this.unmark(a);
  }

  private unmark(a: number): void {
    const r = this.movedBy[a] - 1;
    if (r < 0) return;
    this.movedBy[a] = 0;
    this.moved[r]--;
    this.total--;
  }

  private projectedWait(r: number, queue: number): number {
    const lane = this.table.to[r];
    const pools = this.host.poolsOf[lane];
    let agents = 0;
    for (let i = 0; i < pools.length; i++) agents += this.host.agents.headCount[pools[i]];
    for (let k = 0; k < this.table.to.length; k++) if (this.table.to[k] === lane) agents += this.moved[k];
    return agents > 0 ? (queue * this.table.ahtSeconds[r]) / agents : Infinity;
  }

  /**
   * Marks agents of the rule's pool up to its cap: first those still serving the target since an
   * earlier move (so the target never holds more than M of them), then idle ones (they start at
   * once), then busy ones (they switch when they finish).
   */
  private topUp(r: number, now: number, bucket: number): void {
    const t = this.table;
    const agents = this.host.agents;
    const p = t.from[r];
    const cap = t.maxAgents[r];
    const lane = t.to[r];
    for (let a = agents.poolStart[p]; a < agents.poolEnd[p] && this.moved[r] < cap; a++) {
      if (this.movedBy[a] === 0 && agents.sessions[a] > 0 && agents.channelOf[a] === lane) this.mark(a, r, now, bucket);
    }
    while (this.on[r] === 1 && this.moved[r] < cap && agents.idleCount[p] > 0) {
      const a = agents.topIdle(p);
      agents.removeIdle(a);
      this.mark(a, r, now, bucket);
      this.host.offerWork(a);
    }
    for (let a = agents.poolStart[p]; a < agents.poolEnd[p] && this.on[r] === 1 && this.moved[r] < cap; a++) {
      if (this.movedBy[a] === 0 && agents.state[a] === PRESENT && agents.sessions[a] > 0) this.mark(a, r, now, bucket);
    }
  }

  private mark(a: number, r: number, now: number, bucket: number): void {
    this.integrate(now, bucket);
    this.movedBy[a] = r + 1;
    this.moved[r]++;
    this.total++;
  }

  private release(r: number, now: number, bucket: number): void {
    this.integrate(now, bucket);
    this.on[r] = 0;
    const agents = this.host.agents;
    const p = this.table.from[r];
    // No idle agent needs a nudge: a moved agent idles only when its own channels are empty too.
    // A chat agent that took no new session while moved may take waiting chats again at once
    // (unless its pool is above its head-count, where no session starts).
    for (let a = agents.poolStart[p]; a < agents.poolEnd[p]; a++) {
      if (this.movedBy[a] !== r + 1) continue;
      this.unmark(a);
      if (agents.sessions[a] > 0 && agents.over[p] === 0) this.host.offerWork(a);
    }
  }
}
