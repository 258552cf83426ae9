import type { Saved } from './snapshot';

/**
 * What one replication returns: plain data (number arrays), so it crosses worker boundaries by
 * structured clone and is merged by `aggregateReplications` in stats/.
 *
 * Conventions (documented once, used everywhere):
 * - Contacts are counted in the interval they arrived in (repeat contacts and retrials too), even
 *   when they are answered or abandon later, during the drain after the horizon included.
 *   Per channel and interval: offered = answered + abandoned + stillWaiting.
 * - `abandoned` includes short abandons; `shortAbandoned` is the part below
 *   `shortAbandonSeconds`, which the rates leave out (docs/model.md, "Channels").
 * - Waits are measured from arrival to the start of service (voice, chat, callback, email);
 *   an email's response time is wait + handle time (the reply is sent when handling ends).
 * - Pool time is split by clock interval; `present` agent-seconds count every agent on the
 *   floor, the head-count plus the busy agents still above it after a drop (docs/modelling-choices.md), so that
 *   occupancy = busy ÷ present never exceeds 1. A chat agent with s of k sessions counts s/k busy.
 *   What happens after the horizon (the drain) is kept apart in `drain*` fields.
 * - Chat standby (deflection): an arrival deflected and lost is offered and abandoned (wait 0,
 *   never a short abandon: the rates must show it) and counted in `deflected`; one moved to
 *   another channel is offered there only (`deflectedIn`), and counted in `deflectedOut` here.
 * - A contact routed to an outsourcer stays a contact of its channel: the channel's figures
 *   count it wherever it is answered; `handledContacts` tells the pools apart.
 */
export interface ChannelReplication {
  /** Per arrival interval. */
  offered: number[];
  answered: number[];
  abandoned: number[];
  shortAbandoned: number[];
  /** Answered with a wait ≤ the channel's threshold (service level T, callback W, email first H). */
  answeredWithin: number[];
  /** Contacts that found no free agent and joined the queue (P(wait) numerator). */
  queued: number[];
  /** Sum of waits of answered contacts, seconds. */
  waitAnsweredSeconds: number[];
  /** Sum of waits of all contacts that left the queue (answered and abandoned), seconds. */
  waitAllSeconds: number[];
  /** Largest number of waiting contacts seen during the interval (clock time; the drain counts in the last). */
  maxQueue: number[];
  /** Contacts of this interval still waiting when the run ended (email after the horizon, unstaffed channels). */
  stillWaiting: number[];
  /** Of offered: repeat contacts (1 − fcr) and retrials of abandoned callers. */
  repeats: number[];
  retrials: number[];
  /** Email: per responseWithin target (outer), answered with response time ≤ its hours (inner: per interval). */
  respondedWithin: number[][];
  /** Email: sum of response times of answered contacts, seconds. */
  responseSeconds: number[];
  /** Waiting contacts at the end of each day (clock time, in-house and outsourcer queues); for email, the backlog. */
  backlogEndOfDay: number[];
  /** Chat standby: arrivals deflected and lost (part of `offered` and `abandoned`). */
  deflected: number[];
  /** Chat standby: arrivals moved to another channel (not part of this channel's `offered`). */
  deflectedOut: number[];
  /** Arrivals moved in from another channel's standby (part of `offered`). */
  deflectedIn: number[];
  /**
   * Web call back (voice, docs/model.md "Levers" 5), by the caller's arrival interval: callers
   * offered a call back, those who accepted (they left the queue), and what became of each
   * accepted promise — reached by a call back started within W (`kept`), reached later or never
   * (`late`, still waiting at the end included), or not reached after two attempts (`failed`,
   * also counted in `abandoned`). accepted = kept + late + failed. `callbackAttempts`: attempts
   * dialled, reached or not (what a cost per call back bills). Zeros without the lever.
   */
  callbacksOffered: number[];
  callbacksAccepted: number[];
  callbacksKept: number[];
  callbacksLate: number[];
  callbacksFailed: number[];
  callbackAttempts: number[];
  /** By the clock interval an attempt started in (the drain in the last): its agent-seconds. */
  callbackWorkSeconds: number[];
}

export interface PoolReplication {
  /** Per clock interval: busy agent-seconds (chat sessions weighted 1/concurrency). */
  busyAgentSeconds: number[];
  /** Per clock interval: agent-seconds on the floor (head-count plus finishing agents). */
  presentAgentSeconds: number[];
  drainBusyAgentSeconds: number;
  drainPresentAgentSeconds: number;
  /**
   * Per clock interval: contacts whose service started in this pool, and their handle seconds
   * (after the pool's AHT multiplier). Services started in the drain count in the last interval,
   * so the sums are the pool's whole volume (what an outsourcer bills).
   */
  handledContacts: number[];
  handledSeconds: number[];
}

export interface ReplicationResult {
  seed: number;
  replication: number;
  /** Events processed: arrivals, service ends, abandons, boundaries, transfers (stale transfer checks included). */
  events: number;
  /** Contacts that arrived (fresh, repeats and retrials). */
  customers: number;
  /** Clock time when the last event ran, seconds (≥ the horizon when the drain ran past it). */
  endSeconds: number;
  /** By channel index. */
  channels: ChannelReplication[];
  /** By pool index. */
  pools: PoolReplication[];
  /**
   * Per clock interval: mean number of agents moved by dynamic reallocation rules (time-weighted;
   * an agent finishing the contact in hand before switching counts as moved). Zeros without a rule.
   */
  movedAgents: number[];
}

/**
 * A replication's state at an interval boundary, just before the boundary acts (fork.ts):
 * opaque copies, restored by `simulateFromSnapshot`.
 */
export interface EngineSnapshot {
  /** The boundary: the start of interval `boundary`. */
  boundary: number;
  seed: number;
  replication: number;
  engine: Saved;
  agents: Saved;
  /** Per pool, the unit the saved busy weights are counted in (agents.ts). */
  agentScale: Float64Array;
  recorder: Saved;
  respondedWithin: Float64Array[][];
  backlog: Float64Array[];
  contacts: Saved;
  heap: Saved;
  deadlines: Saved;
  queues: Saved[];
  streams: Saved[];
  arrivals: Saved[];
}

/** Watches a replication from inside (tests check invariants with it); off by default. */
export interface SimulationObserver {
  /** Called after every event with the clock and a read-only view of the state. */
  afterEvent(now: number, view: StateView): void;
  /**
   * Called when agent `agent` of `pool` is about to start a session, before it is counted:
   * `wasBusy` says whether it already held one (a further chat session).
   */
  serviceStarting?(now: number, pool: number, wasBusy: boolean, view: StateView): void;
  /** Called when a wait-above-X rule moves a waiting contact to an outsourcer's queue. */
  movedToOutsourcer?(channel: number, waitedSeconds: number, now: number): void;
}

/** What an observer may read. */
export interface StateView {
  /** Per pool: agents with at least one contact in service. */
  busyAgents(pool: number): number;
  /** Per pool: the current head-count, and agents above it (all busy) who leave as they finish. */
  headCount(pool: number): number;
  leavingAgents(pool: number): number;
  /** Per pool: agents on the floor (idle or busy), counted one by one. */
  presentAgents(pool: number): number;
  /** Per pool: the idle agents, as the idle stack holds them (each should appear once). */
  idleAgents(pool: number): number[];
  /** Per pool: sessions agent `agent` holds (0 when idle or off the floor). */
  sessionsOf(agent: number): number;
  /** Agents of the pool, not moved by reallocation, holding sessions of the channel with room for one more. */
  agentsWithRoom(pool: number, channel: number): number;
  /** Largest number of sessions any agent of the pool holds, and the pool's largest allowed. */
  maxSessions(pool: number): number;
  maxConcurrency(pool: number): number;
  /** Live waiting contacts per channel (in-house and outsourcer queues). */
  waiting(channel: number): number;
  /** Live waiting contacts in the channel's in-house queue. */
  waitingInHouse(channel: number): number;
  /** Web call back: tasks of the channel waiting to be dialled (normal and urgent lanes). */
  callbackTasks(channel: number): number;
  /** Agents of the pool holding at least one session of the channel. */
  agentsOn(pool: number, channel: number): number;
  /** Agents moved by dynamic reallocation rules now. */
  movedAgents(): number;
  /**
   * Agents of the pool holding more sessions than the channel they took last allows (e.g. a voice
   * call taken on top of a chat): must always be 0.
   */
  agentsOverLimit(pool: number): number;
}

export interface SimulationOptions {
  seed: number;
  replication: number;
  /** Stop generating fresh arrivals after this many (the run still drains). */
  maxCustomers?: number;
  /**
   * Per pool index, agent slots to reserve at least (fork.ts: every run of one comparison lays
   * the baseline's pools out alike). Results do not depend on it.
   */
  agentSlots?: readonly number[];
  /** Interval boundaries (1 … intervals) at which to hand `onSnapshot` a copy of the state (fork.ts). */
  snapshotAt?: readonly number[];
  onSnapshot?: (snapshot: EngineSnapshot) => void;
  observer?: SimulationObserver;
}
