/**
 * A whole replication's snapshot (fork.ts): every moving part of the engine state, copied with
 * the field lists each class keeps beside its code (snapshot.ts says how).
 */
import { ARRIVAL_PROCESS_STATE, RNG_STATE } from '../random';
import { AGENT_TABLE_STATE } from './agents';
import { CONTACT_STORE_STATE } from './contacts';
import { DEADLINE_HEAP_STATE } from './deadlineHeap';
import { EVENT_HEAP_STATE } from './eventHeap';
import { INT_QUEUE_STATE } from './intQueue';
import { RECORDER_FLAT_STATE } from './recorder';
import type { EngineSnapshot } from './result';
import { restore, restoreInto, save } from './snapshot';
import type { EngineState } from './state';

/** The engine's own counters and its per-channel and per-lane tables. */
const ENGINE_STATE = ['iv', 'ruleIv', 'now', 'events', 'customers', 'fresh', 'clock', 'nextFresh', 'waiting', 'channelWaiting', 'open'] as const;

/** The state of `e` as the boundary `boundary` is about to act (its event already counted). */
export function saveSnapshot(e: EngineState, boundary: number): EngineSnapshot {
  if (e.reallocation !== null || e.routingRules !== null || e.deflection !== null || e.callbacks !== null) {
    throw new Error('snapshot: only a run without lever rules (the baseline) is forked from');
  }
  return {
    boundary,
    seed: e.seed,
    replication: e.replication,
    engine: save(e, ENGINE_STATE),
    agents: save(e.agents, AGENT_TABLE_STATE),
    agentScale: e.agents.busyScale.slice(),
    recorder: save(e.rec, RECORDER_FLAT_STATE),
    respondedWithin: e.rec.respondedWithin.map((perTarget) => perTarget.map((x) => x.slice())),
    backlog: e.rec.backlog.map((x) => x.slice()),
    contacts: save(e.contacts, CONTACT_STORE_STATE),
    heap: save(e.heap, EVENT_HEAP_STATE),
    deadlines: save(e.deadlines, DEADLINE_HEAP_STATE),
    queues: e.queues.map((q) => save(q, INT_QUEUE_STATE)),
    streams: e.commonStreams().map((r) => save(r, RNG_STATE)),
    arrivals: e.arrivalProcesses().map((a) => save(a, ARRIVAL_PROCESS_STATE)),
  };
}

/**
 * Puts a snapshot into a freshly built engine of a strategy with the same seed and replication
 * and the same inputs up to the snapshot's boundary (forkInterval), whose extra pools and lanes
 * come after the baseline's.
 */
export function loadSnapshot(e: EngineState, snap: EngineSnapshot): void {
  if (snap.seed !== e.seed || snap.replication !== e.replication) throw new Error('snapshot: another seed or replication');
  restoreInto(e, snap.engine);
  restoreInto(e.agents, snap.agents);
  e.agents.rescaleBusy(snap.agentScale);
  restoreInto(e.rec, snap.recorder);
  snap.respondedWithin.forEach((perTarget, c) => perTarget.forEach((x, j) => e.rec.respondedWithin[c]![j]!.set(x)));
  snap.backlog.forEach((x, c) => e.rec.backlog[c]!.set(x));
  restore(e.contacts, snap.contacts);
  restore(e.heap, snap.heap);
  restore(e.deadlines, snap.deadlines);
  snap.queues.forEach((q, lane) => restore(e.queues[lane]!, q));
  const streams = e.commonStreams();
  snap.streams.forEach((r, k) => restore(streams[k]!, r));
  const arrivals = e.arrivalProcesses();
  snap.arrivals.forEach((a, c) => restore(arrivals[c]!, a));
}
