/**
 * The levers' behaviours at arrival and while a contact waits (levers/types.ts), as functions
 * over the engine so the event loop stays the plain engine's when no rule exists:
 *
 * - Chat standby (`deflect`): while a rule is in force (and, for `whileReallocating`, while some
 *   dynamic reallocation has agents moved), every arriving contact of the channel is deflected.
 *   One uniform of the channel's standby stream picks its fate: below the first `moveTo` share it
 *   becomes an arrival of that channel at the same instant, and so on; above them all it is lost.
 *   A lost contact is offered and abandoned with no wait, never counted as a short abandon, and
 *   never retries. A moved contact is not deflected again.
 * - Routing at arrival (`routeArrival`): rules of the channel in force in the interval, in order;
 *   the first that sends the contact decides. `share` draws one uniform of the channel's routing
 *   stream per arrival, `queueAbove` compares the in-house queue before the contact joins it,
 *   `channel` sends everything.
 * - Wait above X (`transfer`): a contact that has waited X s in the in-house queue moves to the
 *   outsourcer's queue with its arrival time and its patience deadline (its wait goes on
 *   counting from arrival, it abandons at the same instant it would have). A rule that comes into
 *   force at a boundary moves at once the contacts that already waited X s.
 *
 * Standby decisions and routing shares use their own streams (purpose `routing`), so they never
 * shift the arrivals, handle times or patience every strategy shares.
 */
import type { EngineState } from './state';
import { MOVED_IN, TRANSFER } from './events';
import { MOVED, WAITING } from './contacts';
import { QUEUE_ABOVE, SHARE, WHOLE_CHANNEL } from './rules';

/** A wait measured on the clock may fall a rounding error short of X: tolerated, never more. */
const WAIT_TOLERANCE = 1e-9;

/** Deflects an arrival of channel c if a standby rule is in force; returns whether it did. */
export function deflect(e: EngineState, c: number, iv: number): boolean {
  const t = e.deflection!;
  const rules = t.byChannel[c];
  for (let j = 0; j < rules.length; j++) {
    const k = rules[j];
    if (t.active[k][iv] === 0) continue;
    if (t.whileReallocating[k] === 1 && (e.reallocation === null || e.reallocation.total === 0)) continue;
    const u = e.deflectionRng[c].next();
    const i = c * e.intervals + iv;
    const cum = t.cumShare[k];
    for (let m = 0; m < cum.length; m++) {
      if (u < cum[m]) {
        e.rec.deflectedOut[i]++;
        e.arrive(t.targets[k][m], MOVED_IN);
        return true;
      }
    }
    e.customers++;
    e.rec.offered[i]++;
    e.rec.abandoned[i]++;
    e.rec.deflected[i]++;
    return true;
  }
  return false;
}

/** The lane an arriving contact of channel c joins: an outsourcer's when a rule sends it, else c. */
export function routeArrival(e: EngineState, c: number, iv: number): number {
  const t = e.routingRules!;
  const rules = t.atArrival[c];
  for (let j = 0; j < rules.length; j++) {
    const k = rules[j];
    if (t.active[k][iv] === 0) continue;
    switch (t.mode[k]) {
      case WHOLE_CHANNEL: return t.lane[k];
      case SHARE: if (e.routingRng[c].next() < t.value[k]) return t.lane[k]; break;
      case QUEUE_ABOVE: if (e.waiting[c] > t.value[k]) return t.lane[k]; break;
    }
  }
  return c;
}

/**
 * A contact of channel c joined its in-house queue: one TRANSFER event per wait-above rule that
 * is still to be in force (a rule whose last interval has passed could never move it: no event,
 * so a strategy whose levers have stopped runs event for event as the baseline, coupling.ts).
 */
export function scheduleTransfers(e: EngineState, c: number, slot: number, now: number): void {
  const t = e.routingRules!;
  const rules = t.onWait[c];
  for (let j = 0; j < rules.length; j++) {
    if (t.lastActive[rules[j]] >= e.ruleIv) e.heap.push(now + t.value[rules[j]], TRANSFER, TRANSFER, slot, e.contacts.generation[slot]);
  }
}

/** The first wait-above rule of channel c in force in `iv` whose X the wait has reached, or −1. */
function dueRule(e: EngineState, c: number, iv: number, waited: number): number {
  const t = e.routingRules!;
  const rules = t.onWait[c];
  for (let j = 0; j < rules.length; j++) {
    const k = rules[j];
    if (t.active[k][iv] === 1 && waited >= t.value[k] - WAIT_TOLERANCE) return k;
  }
  return -1;
}

/** TRANSFER event: the contact in `slot` may have waited long enough to move. */
export function transfer(e: EngineState, slot: number, generation: number, now: number): void {
  const contacts = e.contacts;
  if (contacts.generation[slot] !== generation || contacts.state[slot] !== WAITING) return;
  const c = contacts.channel[slot];
  if (contacts.lane[slot] !== c) return;
  const k = dueRule(e, c, e.ruleIv, now - contacts.arrival[slot]);
  if (k >= 0) moveToLane(e, slot, e.routingRules!.lane[k], now);
}

/** Boundary k: wait-above rules coming into force take the contacts that already waited X s. */
export function transfersAtBoundary(e: EngineState, k: number, now: number): void {
  const t = e.routingRules!;
  for (let c = 0; c < t.onWait.length; c++) {
    const rules = t.onWait[c];
    let starts = false;
    for (let j = 0; j < rules.length; j++) if (t.active[rules[j]][k] === 1 && (k === 0 || t.active[rules[j]][k - 1] === 0)) starts = true;
    if (!starts || e.waiting[c] === 0) continue;
    // Collect first: moving a contact may start services that shift this queue.
    const q = e.queues[c];
    const due: number[] = [];
    for (let j = 0; j < q.length; j++) {
      const slot = q.at(j);
      if (e.contacts.state[slot] === WAITING && dueRule(e, c, k, now - e.contacts.arrival[slot]) >= 0) due.push(slot, e.contacts.generation[slot]);
    }
    for (let j = 0; j < due.length; j += 2) transfer(e, due[j], due[j + 1], now);
  }
}

/** Moves a waiting contact from its in-house queue to `lane`, keeping arrival and patience deadline. */
function moveToLane(e: EngineState, slot: number, lane: number, now: number): void {
  const contacts = e.contacts;
  const c = contacts.channel[slot];
  const arrival = contacts.arrival[slot];
  const deadline = contacts.deadline[slot];
  // The old entry stays in the in-house queue as a dead one; its deadline moves with the contact.
  contacts.state[slot] = MOVED;
  e.deadlines.remove(slot);
  e.left(c, c, now);
  e.observer?.movedToOutsourcer?.(c, now - arrival, now);
  const a = e.routing.agentForArrival(lane);
  if (a >= 0) {
    if (e.agents.sessions[a] === 0) e.agents.removeIdle(a);
    e.startService(a, lane, slot);
    return;
  }
  const moved = e.enqueue(c, lane, slot);
  contacts.deadline[moved] = deadline;
  if (deadline < Infinity) e.deadlines.push(moved, deadline);
}
