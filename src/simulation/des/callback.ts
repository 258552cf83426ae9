/**
 * Web call back in the simulator (docs/model.md, "Levers" 5; the rule: levers/types.ts
 * `CallbackRule`, lanes: rules.ts `CallbackTable`). Outside the hot loop: without a rule the
 * engine makes one null check per arrival and one integer comparison per service start.
 *
 * - The offer. A caller who joins the in-house voice queue gets a CALLBACK event at arrival + X.
 *   If it is still waiting there then and the rule is in force in the current interval, it is
 *   offered a call back and accepts with the rule's share (one uniform of its channel's call-back
 *   stream). A caller already past X when the window opens is not offered; one who abandons, is
 *   answered or moves to an outsourcer before X never is.
 * - Acceptance. The caller leaves the queue (its wait so far counts in `waitAll`) and becomes a
 *   task due at acceptance + W. A task waits in its rule's normal lane, worked by the serving
 *   pools only when none of their live lanes has a caller waiting; at due − `urgentSeconds` it
 *   moves to the urgent lane, worked before every live lane. Tasks are taken oldest first in
 *   each lane (the order of their promises).
 * - An attempt. A task starts like any contact, under the head-count rule (agents.ts). With the
 *   rule's fail share (a second uniform stream) the attempt does not reach the caller and takes
 *   `failedAttemptSeconds` of agent time; the first such failure schedules a retry
 *   `retryAfterSeconds` after the attempt ends, keeping the same due time; a second one is final.
 *   A reached attempt takes the voice handle time × `ahtMultiplier` (× the pool's multiplier).
 * - Counting (result.ts). Reached: answered, never within T, its hold time (arrival to
 *   acceptance) as its wait; kept when the attempt started at or before the due time, else late.
 *   Failed twice: `callbacksFailed` and abandoned. Still waiting when the run ends: late (and
 *   `stillWaiting`). Tasks are never counted in the voice queue (`maxQueue`, backlog).
 */
import { Purpose, type DailyStreams, type Rng } from '../random';
import { MOVED, PENDING, WAITING } from './contacts';
import { ARRIVAL, CALLBACK, REPEAT, SERVICE_END } from './events';
import type { CallbackTable } from './rules';
import type { EngineState } from './state';

/** A wait measured on the clock may fall a rounding error short of X: tolerated, never more. */
const TOLERANCE = 1e-9;
/** Failure draws use streams `FAIL_STREAM + c` of the call-back purpose (acceptance: stream c). */
const FAIL_STREAM = 1 << 20;

/** The two streams of each channel: acceptance and failure. */
export function callbackStreams(streams: DailyStreams, channels: number): { accept: Rng[]; fail: Rng[] } {
  return {
    accept: streams.add(Purpose.callbacks, channels),
    fail: streams.add(Purpose.callbacks, channels, FAIL_STREAM),
  };
}

/** A caller of channel c joined its in-house queue in `slot`: its offer is checked when its wait reaches X. */
export function scheduleOffer(e: EngineState, c: number, slot: number, now: number): void {
  const t = e.callbacks!;
  const k = t.ruleOf[c];
  // A rule whose last interval has passed makes no more offers: nothing to schedule (coupling.ts).
  if (k < 0 || t.lastActive[k] < e.ruleIv) return;
  e.heap.push(now + t.rules[k].offerAfterSeconds, CALLBACK, CALLBACK, slot, e.contacts.generation[slot]);
}

/** CALLBACK event: an offer, a task turning urgent or a retry, by what the slot holds now. */
export function callbackEvent(e: EngineState, slot: number, generation: number, now: number): void {
  const contacts = e.contacts;
  if (contacts.generation[slot] !== generation) return;
  const t = e.callbacks!;
  const c = contacts.channel[slot];
  const k = t.ruleOf[c];
  if (k < 0) return;
  const state = contacts.state[slot];
  if (state === PENDING) {
    place(e, t, k, slot, now);
    contacts.release(slot);
  } else if (state === WAITING && contacts.lane[slot] === c) offer(e, t, k, slot, now);
  else if (state === WAITING && contacts.lane[slot] === t.normalLane[k]) {
    contacts.state[slot] = MOVED; // a dead entry of the normal lane, freed when it reaches the head
    e.waiting[t.normalLane[k]]--;
    place(e, t, k, slot, now);
  }
}

function offer(e: EngineState, t: CallbackTable, k: number, slot: number, now: number): void {
  const contacts = e.contacts;
  const c = contacts.channel[slot];
  const rule = t.rules[k];
  if (t.active[k][e.ruleIv] !== 1 || now - contacts.arrival[slot] < rule.offerAfterSeconds - TOLERANCE) return;
  const i = c * e.intervals + contacts.interval[slot];
  const rec = e.rec;
  rec.callbacksOffered[i]++;
  if (e.callbackAccept[c].next() >= rule.acceptShare) return;
  rec.callbacksAccepted[i]++;
  rec.waitAll[i] += now - contacts.arrival[slot];
  // The old entry stays in the voice queue as a dead one (freed when it reaches the head).
  contacts.state[slot] = MOVED;
  e.deadlines.remove(slot);
  e.left(c, c, now);
  contacts.deadline[slot] = now + rule.promiseSeconds;
  contacts.attempts[slot] = 0;
  place(e, t, k, slot, now);
}

/**
 * The task held in `slot` (its due time in `deadline`, its failed attempts in `attempts`) goes
 * to an idle serving agent at once if there is one, else waits in the lane its due time calls
 * for. The slot itself is left as it is: the caller frees or leaves it.
 */
function place(e: EngineState, t: CallbackTable, k: number, slot: number, now: number): void {
  const contacts = e.contacts;
  const rule = t.rules[k];
  const due = contacts.deadline[slot];
  const urgent = due - rule.urgentSeconds <= now;
  const lane = urgent ? t.urgentLane[k] : t.normalLane[k];
  const a = e.routing.agentForArrival(lane);
  if (a >= 0) {
    if (e.agents.sessions[a] === 0) e.agents.removeIdle(a);
    e.startService(a, lane, slot);
    return;
  }
  const task = contacts.alloc(contacts.channel[slot], lane, contacts.arrival[slot], contacts.interval[slot]);
  contacts.deadline[task] = due;
  contacts.attempts[task] = contacts.attempts[slot];
  e.queues[lane].push(task);
  e.waiting[lane]++;
  if (!urgent) e.heap.push(due - rule.urgentSeconds, CALLBACK, CALLBACK, task, contacts.generation[task]);
}

/**
 * Agent a (out of the idle stack) dials now the task in slot `from` of call-back `lane`
 * (engine.ts `startService` hands call-back lanes here).
 */
export function startCallback(e: EngineState, a: number, lane: number, from: number): void {
  const now = e.now;
  const contacts = e.contacts;
  const t = e.callbacks!;
  const c = e.laneChannel[lane];
  const k = t.ruleOf[c];
  const rule = t.rules[k];
  const agents = e.agents;
  const p = agents.poolOf[a];
  if (e.startWatch !== null) e.observer!.serviceStarting!(now, p, agents.sessions[a] > 0, e.startWatch);
  agents.integrate(p, e.iv);
  agents.addSession(a, lane);
  const i = c * e.intervals + contacts.interval[from];
  const rec = e.rec;
  rec.callbackAttempts[i]++;
  const due = contacts.deadline[from];
  let dur: number;
  if (e.callbackFail[c].next() < rule.failShare) {
    dur = rule.failedAttemptSeconds;
    if (contacts.attempts[from] === 0) {
      const retry = contacts.alloc(c, lane, contacts.arrival[from], contacts.interval[from]);
      contacts.state[retry] = PENDING;
      contacts.deadline[retry] = due;
      contacts.attempts[retry] = 1;
      e.heap.push(now + dur + rule.retryAfterSeconds, CALLBACK, CALLBACK, retry, contacts.generation[retry]);
    } else {
      rec.callbacksFailed[i]++;
      rec.abandoned[i]++;
    }
  } else {
    dur = e.aht.draw(c, e.ahtRng[c]) * rule.ahtMultiplier;
    const mult = e.ahtMultiplier[p];
    if (mult !== null) dur *= mult[e.ruleIv] ?? 1;
    rec.answered[i]++;
    // Its wait is the time it held before accepting; never within T (docs/model.md, "Levers" 5).
    rec.waitAnswered[i] += Math.max(0, due - rule.promiseSeconds - contacts.arrival[from]);
    if (now <= due + TOLERANCE) rec.callbacksKept[i]++;
    else rec.callbacksLate[i]++;
    const fcr = e.fcr[p * e.setup.length + c];
    if (fcr < 1) {
      const tr = now + dur + e.repeatDelay[c];
      if (e.repeatRng[c].next() >= fcr && tr < e.horizon) e.heap.push(tr, ARRIVAL, ARRIVAL, c, REPEAT);
    }
  }
  e.heap.push(now + dur, SERVICE_END, SERVICE_END, a, lane);
  const h = p * e.intervals + e.ruleIv;
  rec.callbackWorkSeconds[c * e.intervals + e.ruleIv] += dur;
  rec.handledContacts[h]++;
  rec.handledSeconds[h] += dur;
}

/** At the end of the run: tasks still waiting broke their promise (they are also `stillWaiting`). */
export function countLateTasks(e: EngineState): void {
  const t = e.callbacks;
  if (t === null) return;
  for (let l = t.firstLane; l < e.queues.length; l++) {
    const q = e.queues[l];
    for (let j = 0; j < q.length; j++) {
      const slot = q.at(j);
      if (e.contacts.state[slot] === WAITING) e.rec.callbacksLate[e.contacts.channel[slot] * e.intervals + e.contacts.interval[slot]]++;
    }
  }
}
