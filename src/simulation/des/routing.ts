/**
 * Routing: which agent takes an arriving contact, and which waiting contact a freed agent takes.
 * Kept behind this small interface so that levers (outsourcing overflow, reallocation) can
 * replace or wrap it without touching the event loop.
 */
import { ACTIVE, type AgentTable } from './agents';

/** What routing may read of the engine: agents, live waiting counts and channel traits. */
export interface RoutingContext {
  agents: AgentTable;
  /** Live waiting contacts per channel. */
  waiting: Int32Array;
  concurrency: Int32Array;
  /** Per channel: true for voice and chat (served before deferrable callback and email). */
  realTime: Uint8Array;
  /** Per channel: false once email stops being worked (after the horizon). */
  open: Uint8Array;
  /** Per channel: pools that serve it, in pool order. */
  poolsOf: Int32Array[];
  /** Per pool: its channels, real-time ones first, each group in the pool's priority order. */
  workOrder: Int32Array[];
}

export interface Routing {
  /** The agent who takes an arriving contact of channel c at once, or −1 to queue it. */
  agentForArrival(c: number): number;
  /**
   * For agent a, idle or holding fewer chat sessions than allowed (never a leaving agent), the
   * channel whose oldest waiting contact it takes now, or −1 to stay as it is.
   */
  channelForAgent(a: number): number;
}

/**
 * MODEL.md's default rules. An arriving contact goes to the first pool (in pool order) that has
 * the channel among its skills and a free agent; chat fills agents already chatting on that
 * channel before opening a new agent (keeps multi-skilled agents free for voice), other channels
 * take the most recently idled agent. A freed agent takes the oldest contact of its
 * highest-priority non-empty real-time channel, and only when none waits, of its deferrable
 * channels (callback, email) — the "email worked at lower priority" rule. An agent in chat
 * sessions only takes more chats of the same channel.
 */
export function createPriorityRouting(ctx: RoutingContext): Routing {
  const { agents, waiting, concurrency, open, poolsOf, workOrder } = ctx;
  return {
    agentForArrival(c: number): number {
      const pools = poolsOf[c];
      const k = concurrency[c];
      for (let i = 0; i < pools.length; i++) {
        const p = pools[i];
        if (k > 1) {
          const end = agents.poolEnd[p];
          for (let a = agents.poolStart[p]; a < end; a++) {
            if (agents.state[a] === ACTIVE && agents.channelOf[a] === c && agents.sessions[a] < k) return a;
          }
        }
        if (agents.idleCount[p] > 0) return agents.topIdle(p);
      }
      return -1;
    },
    channelForAgent(a: number): number {
      if (agents.sessions[a] > 0) {
        const c = agents.channelOf[a];
        return waiting[c] > 0 && agents.sessions[a] < concurrency[c] ? c : -1;
      }
      const order = workOrder[agents.poolOf[a]];
      for (let i = 0; i < order.length; i++) {
        const c = order[i];
        if (waiting[c] > 0 && open[c] === 1) return c;
      }
      return -1;
    },
  };
}
