/**
 * A read-only view of a running replication for observers (invariant checks in tests). Built
 * only when an observer is given; its scans cost O(agents) per call, never paid otherwise.
 */
import { ABSENT, PRESENT } from './agents';
import type { EngineState } from './state';
import type { StateView } from './result';

export function stateView(engine: EngineState): StateView {
  const agents = engine.agents;
  const scan = (p: number, f: (a: number) => void): void => {
    for (let a = agents.poolStart[p]; a < agents.poolEnd[p]; a++) f(a);
  };
  return {
    busyAgents(p) {
      let n = 0;
      scan(p, (a) => { if (agents.sessions[a] > 0) n++; });
      return n;
    },
    headCount: (p) => agents.headCount[p],
    leavingAgents: (p) => agents.over[p],
    presentAgents(p) {
      let n = 0;
      scan(p, (a) => { if (agents.state[a] === PRESENT) n++; });
      return n;
    },
    idleAgents: (p) => Array.from(agents.idle.subarray(agents.poolStart[p], agents.poolStart[p] + agents.idleCount[p])),
    sessionsOf: (a) => agents.sessions[a],
    agentsWithRoom(p, c) {
      let n = 0;
      const moved = engine.reallocation?.movedBy;
      scan(p, (a) => {
        if (agents.sessions[a] > 0 && agents.channelOf[a] === c && agents.sessions[a] < engine.setup[c].concurrency && !(moved && moved[a] !== 0)) n++;
      });
      return n;
    },
    maxSessions(p) {
      let m = 0;
      scan(p, (a) => { if (agents.state[a] !== ABSENT || agents.sessions[a] > 0) m = Math.max(m, agents.sessions[a]); });
      return m;
    },
    maxConcurrency(p) {
      let m = 1;
      for (const c of engine.s.pools[p].skills) m = Math.max(m, engine.setup[c]?.concurrency ?? 1);
      return m;
    },
    waiting: (c) => engine.channelWaiting[c],
    waitingInHouse: (c) => engine.waiting[c],
    callbackTasks(c) {
      const t = engine.callbacks;
      const k = t ? t.ruleOf[c] : -1;
      return t && k >= 0 ? engine.waiting[t.normalLane[k]] + engine.waiting[t.urgentLane[k]] : 0;
    },
    agentsOn(p, c) {
      let n = 0;
      scan(p, (a) => { if (agents.sessions[a] > 0 && engine.laneChannel[agents.channelOf[a]] === c) n++; });
      return n;
    },
    movedAgents: () => engine.reallocation?.total ?? 0,
    agentsOverLimit(p) {
      let n = 0;
      scan(p, (a) => { if (agents.sessions[a] > 0 && agents.sessions[a] > engine.setup[engine.laneChannel[agents.channelOf[a]]].concurrency) n++; });
      return n;
    },
  };
}
