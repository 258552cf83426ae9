/**
 * Routing: which agent takes an arriving contact, and which waiting contact a freed agent takes.
 * It works on lanes (queues): lane c is channel c's in-house queue, and each outsourcer routed by
 * a lever has lanes of its own (rules.ts), so one set of rules serves both.
 */
import type { AgentTable } from './agents';

/** What routing may read of the engine: agents, live waiting counts and lane traits. */
export interface RoutingContext {
  agents: AgentTable;
  /** Live waiting contacts per lane. */
  waiting: Int32Array;
  /** Per lane (its channel's): sessions an agent may hold. */
  concurrency: Int32Array;
  /** Per lane: false once email stops being worked (after the horizon). */
  open: Uint8Array;
  /** Per lane: pools that serve it, in pool order. */
  poolsOf: Int32Array[];
  /** Per pool: its lanes, real-time ones first, each group in the pool's priority order. */
  workOrder: Int32Array[];
  /** Per agent: 0, or the dynamic reallocation rule (index + 1) that moved it. */
  movedBy: Int32Array;
  /** Per reallocation rule: a moved agent's lanes, the target first. */
  movedOrder: Int32Array[];
}

export interface Routing {
  /** The agent who takes an arriving contact of channel c at once, or −1 to queue it. */
  agentForArrival(c: number): number;
  /**
   * For agent a, idle or holding fewer chat sessions than allowed (of a pool not above its
   * head-count), the
   * channel whose oldest waiting contact it takes now, or −1 to stay as it is.
   */
  channelForAgent(a: number): number;
}

/**
 * The default rules of docs/model.md ("Discrete-event simulation"). An arriving contact goes to the first pool (in pool order) that has
 * the channel among its skills and a free agent; chat fills agents already chatting on that
 * channel before opening a new agent (keeps multi-skilled agents free for voice), other channels
 * take the most recently idled agent. A freed agent takes the oldest contact of its
 * highest-priority non-empty real-time channel, and only when none waits, of its deferrable
 * channels (callback, email) — the "email worked at lower priority" rule. An agent in chat
 * sessions only takes more chats of the same channel. An agent moved by a reallocation rule
 * finishes the contacts in hand without taking new ones (no more chats), then works its rule's
 * order: the target channel first.
 */
export function createPriorityRouting(ctx: RoutingContext): Routing {
  return new PriorityRouting(ctx);
}

/** The rules above over the context's tables (a class: one shape, so the engine's calls inline). */
class PriorityRouting implements Routing {
  private readonly agents: AgentTable;
  private readonly waiting: Int32Array;
  private readonly concurrency: Int32Array;
  private readonly open: Uint8Array;
  private readonly poolsOf: Int32Array[];
  private readonly workOrder: Int32Array[];
  private readonly movedBy: Int32Array;
  private readonly movedOrder: Int32Array[];

  constructor(ctx: RoutingContext) {
    this.agents = ctx.agents;
    this.waiting = ctx.waiting;
    this.concurrency = ctx.concurrency;
    this.open = ctx.open;
    this.poolsOf = ctx.poolsOf;
    this.workOrder = ctx.workOrder;
    this.movedBy = ctx.movedBy;
    this.movedOrder = ctx.movedOrder;
  }

  agentForArrival(c: number): number {
    const agents = this.agents;
    const pools = this.poolsOf[c];
    const k = this.concurrency[c];
    for (let i = 0; i < pools.length; i++) {
      const p = pools[i];
      // A pool above its head-count starts no session (agents.ts); it then has no idle agent either.
      if (k > 1 && agents.over[p] === 0) {
        const end = agents.poolEnd[p];
        for (let a = agents.poolStart[p]; a < end; a++) {
          if (agents.channelOf[a] === c && agents.sessions[a] < k && this.movedBy[a] === 0) return a;
        }
      }
      if (agents.idleCount[p] > 0) return agents.topIdle(p);
    }
    return -1;
  }

  channelForAgent(a: number): number {
    const agents = this.agents;
    const waiting = this.waiting;
    const moved = this.movedBy[a];
    if (agents.sessions[a] > 0) {
      if (moved !== 0) return -1;
      const c = agents.channelOf[a];
      return waiting[c] > 0 && agents.sessions[a] < this.concurrency[c] ? c : -1;
    }
    const order = moved === 0 ? this.workOrder[agents.poolOf[a]] : this.movedOrder[moved - 1];
    for (let i = 0; i < order.length; i++) {
      const c = order[i];
      if (waiting[c] > 0 && this.open[c] === 1) return c;
    }
    return -1;
  }
}
