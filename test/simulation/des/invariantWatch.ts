/**
 * The head-count invariants of docs/model.md ("Head-count"), watched at every event of a
 * replication through the engine's observer (its read-only state view):
 * - at every service start, the pool is not above its head-count; an agent that was idle starts
 *   only while busy < head-count, and a further chat session only while busy ≤ head-count;
 * - no contact waits while an idle agent on the floor has its skill (nor, for chat, while an
 *   agent of a pool at its head-count has a free session of that channel);
 * - no web call-back task waits while an idle agent on the floor has its channel's skill;
 * - no agent is counted twice: on the floor = head-count + leaving = idle + busy, each idle
 *   agent once and holding no session, and a pool above its head-count has no idle agent.
 */
import type { ResolvedScenario } from '../../../src/scenario/model';
import type { SimulationObserver, StateView } from '../../../src/simulation/des';

export interface InvariantWatch {
  observer: SimulationObserver;
  /** What broke, first ones first (kept short). */
  problems: string[];
  /** Service starts seen, so a test can tell it watched something. */
  starts: number;
}

const MAX_PROBLEMS = 5;

/**
 * @param s the scenario simulated (pools' skills, channel kinds, the horizon)
 * @param serves per pool, the channels whose in-house queue it works (default: its skills, or
 *   none for an outsourcer, which works only the queue its routing rule fills)
 */
export function watchInvariants(s: ResolvedScenario, serves?: number[][]): InvariantWatch {
  const lanes = serves ?? s.pools.map((p) => (p.kind === 'outsourcer' ? [] : p.skills));
  const horizon = s.intervalCount * s.intervalSeconds;
  const watch: InvariantWatch = { observer: { afterEvent, serviceStarting }, problems: [], starts: 0 };
  const report = (message: string) => { if (watch.problems.length < MAX_PROBLEMS) watch.problems.push(message); };

  function serviceStarting(now: number, p: number, wasBusy: boolean, v: StateView): void {
    watch.starts++;
    const busy = v.busyAgents(p);
    const head = v.headCount(p);
    if (!wasBusy && busy >= head) report(`t=${now}: pool ${p} started a contact on a free agent with ${busy} busy ≥ head-count ${head}`);
    if (wasBusy && (busy > head || v.leavingAgents(p) > 0)) report(`t=${now}: pool ${p} added a session with ${busy} busy, head-count ${head}, ${v.leavingAgents(p)} leaving`);
  }

  function afterEvent(now: number, v: StateView): void {
    for (let p = 0; p < s.pools.length; p++) {
      const idle = v.idleAgents(p);
      const present = v.presentAgents(p);
      const busy = v.busyAgents(p);
      const leaving = v.leavingAgents(p);
      if (present !== v.headCount(p) + leaving) report(`t=${now}: pool ${p} has ${present} on the floor ≠ head-count ${v.headCount(p)} + ${leaving} leaving`);
      if (present !== idle.length + busy) report(`t=${now}: pool ${p} has ${present} on the floor ≠ ${idle.length} idle + ${busy} busy`);
      if (new Set(idle).size !== idle.length) report(`t=${now}: pool ${p} lists an idle agent twice`);
      if (idle.some((a) => v.sessionsOf(a) > 0)) report(`t=${now}: pool ${p} lists a busy agent as idle`);
      if (leaving > 0 && idle.length > 0) report(`t=${now}: pool ${p} is above its head-count with ${idle.length} idle`);
      for (const c of lanes[p] ?? []) {
        if (v.callbackTasks(c) > 0 && idle.length > 0) report(`t=${now}: channel ${c} has ${v.callbackTasks(c)} call-back tasks waiting while pool ${p} has ${idle.length} idle`);
        if (v.waitingInHouse(c) === 0 || (s.channels[c]!.kind === 'email' && now >= horizon)) continue;
        if (idle.length > 0) report(`t=${now}: channel ${c} has ${v.waitingInHouse(c)} waiting while pool ${p} has ${idle.length} idle`);
        if (leaving === 0 && v.agentsWithRoom(p, c) > 0) report(`t=${now}: channel ${c} waits while pool ${p} has a free session`);
      }
    }
  }
  return watch;
}
