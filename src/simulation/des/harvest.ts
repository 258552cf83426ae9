/**
 * The figures of a finished replication as plain data (result.ts): contacts still waiting are
 * counted once the run has ended, then every typed array is copied out.
 */
import { countLateTasks } from './callback';
import { WAITING } from './contacts';
import type { EngineState } from './state';
import { toNumbers } from './recorder';
import type { ReplicationResult } from './result';

/** Counts the contacts left waiting in every lane, by channel and arrival interval. */
function countStillWaiting(e: EngineState): void {
  const contacts = e.contacts;
  for (let l = 0; l < e.queues.length; l++) {
    const q = e.queues[l];
    for (let j = 0; j < q.length; j++) {
      const slot = q.at(j);
      if (contacts.state[slot] === WAITING) e.rec.stillWaiting[contacts.channel[slot] * e.intervals + contacts.interval[slot]]++;
    }
  }
}

/** The result of engine `e` after `run()`; call once. */
export function replicationResult(e: EngineState, seed: number, replication: number): ReplicationResult {
  countStillWaiting(e);
  countLateTasks(e);
  const n = e.intervals;
  const B = n + 1;
  const a = e.agents;
  const moved = e.reallocation?.movedSeconds;
  return {
    seed, replication, events: e.events, customers: e.customers, endSeconds: e.now,
    channels: e.s.channels.map((_, c) => e.rec.toResult(c)),
    pools: e.s.pools.map((_, p) => ({
      busyAgentSeconds: toNumbers(a.busySeconds, p * B, p * B + n),
      presentAgentSeconds: toNumbers(a.presentSeconds, p * B, p * B + n),
      drainBusyAgentSeconds: a.busySeconds[p * B + n],
      drainPresentAgentSeconds: a.presentSeconds[p * B + n],
      ...e.rec.handled(p),
    })),
    movedAgents: Array.from({ length: n }, (_, i) => (moved ? moved[i] / e.intervalSeconds : 0)),
  };
}
