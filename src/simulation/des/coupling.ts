/**
 * Coupling a strategy's run with the baseline's again (docs/modelling-choices.md, "Comparison on
 * common random numbers"). Once a strategy's levers have stopped (after `lastDifferingInterval`,
 * fork.ts), its engine inputs are the baseline's; if at some midnight its whole state is the
 * baseline's state at that midnight, every event after it is the baseline's, draw for draw: every
 * stream starts that day's substream at midnight (random/streams.ts), so equal states stay equal.
 * The strategy's run then ends there, and its result is its own figures up to that midnight and
 * the baseline's after it (`coupledResult`).
 *
 * "Its whole state" is everything that shapes the future, compared exactly, number for number
 * (`midnightState`): the clock and interval, fresh arrivals (each channel's pending one and its
 * process), every stream's position, each lane's waiting contacts in queue order with their
 * channel, arrival time, arrival interval and patience deadline, the patience deadlines in the
 * order they would run, the pending events (service ends by agent and lane, repeats and
 * retrials, the next boundary) in the order they would run, and each pool's layout, head-count,
 * departures owed, idle stack in order, busy weight and every agent's state, sessions and
 * channel. Not compared: statistics, and where the two runs keep the same things at different
 * places in memory (contact slots, heap slots and insertion counters: only the order they give
 * counts). A strategy's own extras must be inert: its outsourcers' and call-back lanes empty, its
 * own pools empty, no agent moved by a reallocation, no wait or call-back check pending (a
 * baseline has none of these, so a state holding one is never equal).
 *
 * The figures: by arrival interval, clock interval and day, those before the midnight are the
 * strategy's and those after are the baseline's, except that contacts still waiting at the
 * midnight (an email backlog) are answered or abandon after it into their own, earlier,
 * intervals: the baseline keeps those recordings (carryLog.ts) and the strategy replays them onto
 * its own counters. Contacts still waiting at the end, the drain and the end time are the
 * baseline's; events and contacts counted are the strategy's by the midnight plus the baseline's
 * after it.
 */
import { ARRIVAL_PROCESS_STATE, RNG_STATE } from '../random';
import { CarryLog } from './carryLog';
import { WAITING } from './contacts';
import { TRANSFER } from './events';
import { replicationResult } from './harvest';
import type { ChannelReplication, ReplicationResult } from './result';
import { save } from './snapshot';
import type { EngineState } from './state';

/** A run's state after a midnight's boundary has acted, as far as it shapes what happens next. */
export interface MidnightState {
  /** The boundary (the start of interval k). */
  k: number;
  /** Events processed and contacts arrived by then (counts, not compared). */
  events: number;
  customers: number;
  /** The baseline's carry log length then (its entries after it happened after the midnight). */
  carryMark: number;
  /** Everything compared, in one array. */
  future: Float64Array;
}

/**
 * The state of `e` at midnight `k`, laid out as a baseline with `pools` pools and `lanes` lanes
 * (a baseline has one lane per channel) would be; null when `e` holds something such a baseline
 * cannot (a strategy's levers still showing).
 */
export function midnightState(e: EngineState, k: number, pools: number, lanes: number): MidnightState | null {
  for (let l = lanes; l < e.waiting.length; l++) if (e.waiting[l] !== 0) return null;
  if (!e.agents.emptyFrom(pools)) return null;
  if (e.reallocation !== null && e.reallocation.total !== 0) return null;
  const out: number[] = [k, e.iv, e.ruleIv, e.now];
  const { fresh, nextFresh } = e.freshState();
  out.push(fresh, ...nextFresh);
  for (const a of e.arrivalProcesses()) out.push(...(Object.values(save(a, ARRIVAL_PROCESS_STATE)) as number[]));
  for (const r of e.commonStreams()) out.push(...(Object.values(save(r, RNG_STATE)) as number[]));
  const contacts = e.contacts;
  const ids = new Map<number, number>();
  for (let l = 0; l < lanes; l++) {
    out.push(l, e.waiting[l], e.open[l]);
    const q = e.queues[l];
    for (let j = 0; j < q.length; j++) {
      const slot = q.at(j);
      if (contacts.state[slot] !== WAITING) continue; // dead entries (abandoned, moved) run no event
      ids.set(slot, ids.size);
      out.push(contacts.channel[slot], contacts.lane[slot], contacts.arrival[slot], contacts.deadline[slot], contacts.interval[slot], contacts.attempts[slot]);
    }
  }
  out.push(...e.channelWaiting);
  const deadlines = e.deadlines.slotsInOrder();
  out.push(deadlines.length);
  for (const slot of deadlines) out.push(ids.get(slot) ?? -1);
  const pending = e.heap.pendingInOrder();
  out.push(pending.times.length);
  for (let i = 0; i < pending.times.length; i++) {
    // Wait and call-back checks name contact slots; a baseline never has them.
    if (pending.kinds[i] >= TRANSFER) return null;
    out.push(pending.times[i], pending.kinds[i], pending.as[i], pending.bs[i]);
  }
  e.agents.pushFutureState(pools, out);
  return { k, events: e.events, customers: e.customers, carryMark: e.carry?.length ?? 0, future: Float64Array.from(out) };
}

/** Whether two midnight states are the same, number for number. */
export function sameFuture(a: MidnightState, b: MidnightState): boolean {
  if (a.k !== b.k || a.future.length !== b.future.length) return false;
  for (let i = 0; i < a.future.length; i++) if (a.future[i] !== b.future[i]) return false;
  return true;
}

/** What a watched baseline keeps: its state at each watched midnight, and its carried recordings. */
export interface WatchedBaseline {
  states: Map<number, MidnightState>;
  carry: CarryLog;
  pools: number;
  lanes: number;
}

/** Watches the baseline `e` at midnights `ks` (before it runs): its states there and its carried recordings. */
export function watchBaseline(e: EngineState, ks: readonly number[]): WatchedBaseline {
  const watched: WatchedBaseline = { states: new Map(), carry: new CarryLog(), pools: e.s.pools.length, lanes: e.waiting.length };
  e.carry = watched.carry;
  watchMidnights(e, ks, (k) => {
    e.carryBefore = k;
    const state = midnightState(e, k, watched.pools, watched.lanes);
    if (state) watched.states.set(k, state);
    return false;
  });
  return watched;
}

/**
 * Watches the strategy `e` at midnights `ks` (before it runs or resumes): the first where its
 * state is the baseline's ends its run. Returns the strategy's state there once it has run, or null.
 */
export function watchStrategy(e: EngineState, ks: readonly number[], baseline: WatchedBaseline): () => MidnightState | null {
  let coupled: MidnightState | null = null;
  watchMidnights(e, ks, (k) => {
    const b = baseline.states.get(k);
    if (!b) return false;
    const s = midnightState(e, k, baseline.pools, baseline.lanes);
    if (s === null || !sameFuture(s, b)) return false;
    coupled = s;
    return true;
  });
  return () => coupled;
}

function watchMidnights(e: EngineState, ks: readonly number[], hook: (k: number) => boolean): void {
  const at = new Uint8Array(e.intervals + 1);
  for (const k of ks) if (k >= 1 && k < e.intervals) at[k] = 1;
  e.midnightAt = at;
  e.atMidnight = hook;
}

/** Arrays per interval: the first `k` entries of `own` (a fresh copy, written in place), the rest of `base`. */
function splice(own: number[], base: readonly number[], k: number): number[] {
  for (let i = k; i < base.length; i++) own[i] = base[i]!;
  return own;
}

/**
 * The result of strategy `e`, whose run ended coupled at midnight `s.k` with the baseline (state
 * `b` there, result `base` at its end): its own figures before the midnight, the baseline's after.
 */
export function coupledResult(e: EngineState, s: MidnightState, base: ReplicationResult, b: MidnightState, baseline: WatchedBaseline): ReplicationResult {
  const k = s.k;
  baseline.carry.replay(e.rec, b.carryMark, k, e.setup.map((x) => x.thresholdSeconds), e.setup.map((x) => x.responseSeconds));
  const own = replicationResult(e, e.seed, e.replication);
  const day = k / e.s.intervalsPerDay;
  const channels = own.channels.map((mine, c): ChannelReplication => {
    const theirs = base.channels[c]!;
    const out = {} as Record<string, unknown>;
    for (const key of Object.keys(mine) as (keyof ChannelReplication)[]) {
      if (key === 'respondedWithin') out[key] = mine.respondedWithin.map((x, j) => splice(x, theirs.respondedWithin[j]!, k));
      else if (key === 'backlogEndOfDay') out[key] = splice(mine.backlogEndOfDay, theirs.backlogEndOfDay, day);
      // Contacts still waiting at the end: the same contacts as the baseline's, none of them before k but its own.
      else if (key === 'stillWaiting') out[key] = splice(mine.stillWaiting, theirs.stillWaiting, 0);
      else out[key] = splice(mine[key], theirs[key], k);
    }
    return out as unknown as ChannelReplication;
  });
  const pools = own.pools.map((mine, p) => {
    const theirs = base.pools[p];
    // The strategy's own pools are empty from the midnight on: their figures end there.
    if (!theirs) return mine;
    return {
      busyAgentSeconds: splice(mine.busyAgentSeconds, theirs.busyAgentSeconds, k),
      presentAgentSeconds: splice(mine.presentAgentSeconds, theirs.presentAgentSeconds, k),
      drainBusyAgentSeconds: theirs.drainBusyAgentSeconds,
      drainPresentAgentSeconds: theirs.drainPresentAgentSeconds,
      handledContacts: splice(mine.handledContacts, theirs.handledContacts, k),
      handledSeconds: splice(mine.handledSeconds, theirs.handledSeconds, k),
    };
  });
  return {
    seed: own.seed,
    replication: own.replication,
    events: s.events + (base.events - b.events),
    customers: s.customers + (base.customers - b.customers),
    endSeconds: base.endSeconds,
    channels,
    pools,
    movedAgents: splice(own.movedAgents, base.movedAgents, k),
  };
}
