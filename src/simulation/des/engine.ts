/**
 * The discrete-event simulator of one replication (docs/model.md, "Discrete-event simulation"):
 * one clock, one event heap (plus a heap of patience deadlines), contacts in typed-array slots,
 * FIFO queues per lane (rules.ts), agents per pool, statistics streamed as events happen.
 *
 * Events and their order at equal times: an interval boundary first (staff changes at the
 * boundary, then the new agents work), then service ends (an agent freed at t serves a contact
 * whose patience also ends at t), then arrivals (repeats and retrials, then fresh arrivals), then
 * abandons, then transfers (events.ts). Two kinds live outside the main heap to save its pushes
 * and pops: fresh arrivals (one pending per channel, compared with the heap's top) and patience
 * deadlines (deadlineHeap.ts, indexed by contact, so an answered contact's deadline is removed at
 * once instead of being popped later as a stale event).
 *
 * After the horizon no contact arrives (repeats and retrials due later are dropped), the last
 * head-count holds and voice, chat and callback queues drain. Email is not started after the
 * horizon: it has no "next open interval" inside the scenario, so it stays in `stillWaiting`
 * (and in the last day's backlog). A channel nobody staffs keeps its patient contacts waiting
 * until the heaps empty, which always happens: nothing is scheduled past the horizon except
 * service ends, abandons and transfers.
 *
 * Levers (rules.ts, levers/types.ts): contacts wait in lanes (a channel's in-house queue, or an
 * outsourcer's); routing rules pick the lane at arrival, and a wait-above-X rule moves a waiting
 * contact with a TRANSFER event (after abandons at the same instant, so patience wins a tie);
 * chat standby deflects arrivals before they are counted; dynamic reallocation lives in
 * reallocation.ts; the lever behaviours that are not in the hot loop live in levers.ts, and the
 * interval boundary in boundary.ts. Without rules every one of these is a null check, and the run
 * is the plain engine's, event for event.
 *
 * What a replication holds, and its construction from the scenario, is in state.ts (the base
 * class); this file is what happens at each event. The hot path (run, arrive, startService,
 * finish, offerWork, dequeue, abandon) stays together in this one class on purpose: V8 inlines
 * these methods into the loop, and they call one another at every event.
 */
import { boundary, fillSessions, staff } from './boundary';
import { ABANDONED, WAITING } from './contacts';
import { callbackEvent, scheduleOffer, startCallback } from './callback';
import { ABANDON, ARRIVAL, CALLBACK, FRESH, BOUNDARY, MOVED_IN, REPEAT, RETRIAL, SERVICE_END, TRANSFER } from './events';
import { deflect, routeArrival, scheduleTransfers, transfer } from './levers';
import type { EngineSnapshot } from './result';
import { loadSnapshot, saveSnapshot } from './snapshotEngine';
import { EngineState } from './state';
import { stateView } from './stateView';

/** Where the next event comes from (the run loop's choice). */
const FROM_HEAP = 0;
const FROM_FRESH = 1;
const FROM_DEADLINES = 2;

export class Engine extends EngineState {
  /** Runs the replication to its end (every event processed). */
  run(): void {
    for (let p = 0; p < this.heads.length; p++) staff(this, p, this.heads[p][0] ?? 0);
    for (let c = 0; c < this.arrivals.length; c++) this.scheduleFresh(c);
    if (this.intervals > 0) this.heap.push(this.intervalSeconds, BOUNDARY, BOUNDARY, 1, 0);
    this.loop();
  }

  /**
   * Runs the replication on from another run's snapshot (fork.ts): that run had the same inputs
   * up to the snapshot's boundary, which is applied here with this run's own head-counts and rules.
   */
  resume(snapshot: EngineSnapshot): void {
    loadSnapshot(this, snapshot);
    // The rules' streams are not in the snapshot (the baseline has none): fresh at the start of
    // the current day, as the whole run's are until the levers first draw (random/streams.ts).
    const perDay = this.s.intervalsPerDay;
    this.ruleStreams.startDay(perDay > 0 ? Math.floor(snapshot.boundary / perDay) : 0);
    boundary(this, snapshot.boundary, this.now);
    this.loop();
  }

  /** Processes events until none is left. */
  private loop(): void {
    const heap = this.heap;
    const deadlines = this.deadlines;
    const observer = this.observer;
    const view = observer ? stateView(this) : null;
    if (observer?.serviceStarting) this.startWatch = view;
    const nextFresh = this.nextFresh;
    const C = nextFresh.length - 1;
    const clock = this.clock;
    for (;;) {
      // nextFresh[C] is always Infinity: `let ta = Infinity` made V8 box every arrival time here.
      let c = C;
      let ta = nextFresh[C];
      for (let k = 0; k < C; k++) if (nextFresh[k] < ta) { ta = nextFresh[k]; c = k; }
      // The earliest of the three sources; at equal times the heap's events up to ARRIVAL run
      // first, then the fresh arrival, then deadlines (ABANDON), then the heap's TRANSFER. Ties
      // are looked at only once the clock is known to be finite: a comparison first reached when
      // a run ends would deoptimize this loop for the next run.
      let now = heap.peekTime();
      let from = FROM_HEAP;
      if (ta < now) { now = ta; from = FROM_FRESH; }
      const td = deadlines.peekTime();
      if (td < now) { now = td; from = FROM_DEADLINES; }
      if (now === Infinity) break;
      if (from === FROM_HEAP) {
        if (ta === now && heap.peekPriority() > ARRIVAL) from = FROM_FRESH;
        else if (td === now && heap.peekPriority() > ABANDON) from = FROM_DEADLINES;
      }
      this.now = now;
      clock[0] = now;
      this.events++;
      if (from === FROM_FRESH) this.arrive(c, FRESH);
      else if (from === FROM_DEADLINES) this.abandon(deadlines.pop());
      else {
        heap.pop();
        switch (heap.kind) {
          case SERVICE_END: this.finish(heap.a, heap.b); break;
          case ARRIVAL: this.arrive(heap.a, heap.b); break;
          case TRANSFER: transfer(this, heap.a, heap.b, now); break;
          case CALLBACK: callbackEvent(this, heap.a, heap.b, now); break;
          default: {
            const k = heap.a;
            if (this.snapshotAt !== null && this.snapshotAt[k] === 1) this.onSnapshot!(saveSnapshot(this, k));
            boundary(this, k, now);
            // A watched midnight (coupling.ts): the hook may end the run here.
            if (this.midnightAt !== null && this.midnightAt[k] === 1 && this.atMidnight(k)) {
              this.coupledAt = k;
              return;
            }
          }
        }
      }
      if (observer && view) observer.afterEvent(now, view);
    }
    // Pools are not integrated up to the last event: in the drain a pool's agents stay on the
    // floor until its own last service event, not until another channel's last abandon.
  }

  private scheduleFresh(c: number): void {
    const t = this.fresh >= this.maxFresh ? -1 : this.arrivals[c].next();
    // Two stores, not `t >= 0 ? t : Infinity`: that merge made V8 box t at every arrival.
    if (t >= 0) this.nextFresh[c] = t;
    else this.nextFresh[c] = Infinity;
  }

  /** A contact of channel c arrives now (internal to des/: standby moves call it for the target channel). */
  arrive(c: number, origin: number): void {
    const now = this.now;
    if (origin === FRESH) {
      // Each channel keeps one arrival pending: the ones beyond the cap are dropped here.
      if (this.fresh >= this.maxFresh) {
        this.nextFresh[c] = Infinity;
        return;
      }
      this.fresh++;
      this.scheduleFresh(c);
    }
    const iv = this.ruleIv;
    if (this.deflection !== null && origin !== MOVED_IN && deflect(this, c, iv)) return;
    this.customers++;
    const i = c * this.intervals + iv;
    const rec = this.rec;
    rec.offered[i]++;
    if (origin === REPEAT) rec.repeats[i]++;
    else if (origin === RETRIAL) rec.retrials[i]++;
    else if (origin === MOVED_IN) rec.deflectedIn[i]++;
    const lane = this.routingRules === null ? c : routeArrival(this, c, iv);
    const a = this.routing.agentForArrival(lane);
    if (a >= 0) {
      if (this.agents.sessions[a] === 0) this.agents.removeIdle(a);
      this.startService(a, lane, -1);
      return;
    }
    rec.queued[i]++;
    const slot = this.enqueue(c, lane, -1);
    if (this.patience.has(c)) {
      const deadline = now + this.patience.draw(c, this.patienceRng[c]);
      this.contacts.deadline[slot] = deadline;
      this.deadlines.push(slot, deadline);
    }
    if (this.routingRules !== null && lane === c) scheduleTransfers(this, c, slot, now);
    if (this.callbacks !== null && lane === c) scheduleOffer(this, c, slot, now);
    if (this.reallocation !== null && this.reallocation.watched[lane] === 1) this.reallocation.update(lane, now, iv, this.iv);
  }

  /**
   * A contact of channel c joins the queue of `lane`; returns its slot. It arrived now, or, when
   * `from` ≥ 0, when the contact in slot `from` arrived (a move between lanes keeps its wait).
   */
  enqueue(c: number, lane: number, from: number): number {
    const contacts = this.contacts;
    const slot = from < 0 ? contacts.alloc(c, lane, this.now, this.ruleIv) : contacts.alloc(c, lane, contacts.arrival[from], contacts.interval[from]);
    this.queues[lane].push(slot);
    this.waiting[lane]++;
    const w = ++this.channelWaiting[c];
    const m = c * this.intervals + this.ruleIv;
    if (w > this.rec.maxQueue[m]) this.rec.maxQueue[m] = w;
    return slot;
  }

  /**
   * Agent a (out of the idle stack) starts now a contact of `lane`: the one waiting in slot
   * `from`, or (from = −1) one that has just arrived. The base handle time comes from the
   * channel's stream whichever pool serves (common random numbers); the pool's multiplier then
   * stretches it.
   *
   * The clock and the arrival time are read here, not passed: this method is too big for V8 to
   * inline, and a fractional number passed to a call that is not inlined is boxed on the heap,
   * which made tens of megabytes of garbage per million contacts.
   */
  startService(a: number, lane: number, from: number): void {
    if (lane >= this.firstCallbackLane) {
      startCallback(this, a, lane, from);
      return;
    }
    const now = this.now;
    const arrival = from < 0 ? now : this.contacts.arrival[from];
    const arrivalIv = from < 0 ? this.ruleIv : this.contacts.interval[from];
    const agents = this.agents;
    const p = agents.poolOf[a];
    const c = this.laneChannel[lane];
    if (this.startWatch !== null) this.observer!.serviceStarting!(now, p, agents.sessions[a] > 0, this.startWatch);
    agents.integrate(p, this.iv);
    agents.addSession(a, lane);
    const civ = this.ruleIv;
    let dur = this.aht.draw(c, this.ahtRng[c]) * this.ahtFactor[c];
    const mult = this.ahtMultiplier[p];
    if (mult !== null) dur *= mult[civ] ?? 1;
    this.heap.push(now + dur, SERVICE_END, SERVICE_END, a, lane);
    const wait = now - arrival;
    const rec = this.rec;
    const i = c * this.intervals + arrivalIv;
    const response = this.isEmail[c] === 1 ? wait + dur : -1;
    rec.answer(c, i, arrivalIv, wait, this.threshold[c], response, this.setup[c].responseSeconds);
    // A contact waiting since before the last midnight: the baseline keeps its answer for a coupled strategy (coupling.ts).
    if (arrivalIv < this.carryBefore) this.carry!.answered(c, arrivalIv, wait, response);
    const h = p * this.intervals + civ;
    rec.handledContacts[h]++;
    rec.handledSeconds[h] += dur;
    // First-contact resolution of the pool that answers (an outsourcer's own), repeat delay of the channel.
    const fcr = this.fcr[p * this.setup.length + c];
    if (fcr < 1) {
      const t = now + dur + this.repeatDelay[c];
      if (this.repeatRng[c].next() >= fcr && t < this.horizon) this.heap.push(t, ARRIVAL, ARRIVAL, c, REPEAT);
    }
  }

  /**
   * Agent a ends a session of `lane`. While its pool is above its head-count it takes no new
   * work, and leaves once it holds no session: the first agents to finish leave, whoever they
   * are (agents.ts).
   */
  private finish(a: number, lane: number): void {
    const agents = this.agents;
    const p = agents.poolOf[a];
    agents.integrate(p, this.iv);
    agents.endSession(a, lane);
    if (agents.over[p] > 0) {
      if (agents.sessions[a] === 0) {
        agents.depart(a);
        if (this.reallocation !== null && this.reallocation.movedBy[a] !== 0) this.reallocation.departed(a, this.now, this.iv);
        if (agents.over[p] === 0 && agents.multiSession[p] === 1) fillSessions(this, p);
      }
      return;
    }
    this.offerWork(a);
  }

  /** Agent a (active, out of the idle stack) takes waiting work now while routing gives some; idles otherwise. */
  offerWork(a: number): void {
    const contacts = this.contacts;
    for (;;) {
      const lane = this.routing.channelForAgent(a);
      if (lane < 0) break;
      const slot = this.dequeue(lane);
      this.startService(a, lane, slot);
      contacts.release(slot);
    }
    if (this.agents.sessions[a] === 0) this.agents.pushIdle(a);
  }

  /** The oldest live waiting contact of `lane` (waiting[lane] > 0); dead entries are freed on the way. */
  private dequeue(lane: number): number {
    const q = this.queues[lane];
    const contacts = this.contacts;
    for (;;) {
      const slot = q.shift();
      if (contacts.state[slot] === WAITING) {
        this.deadlines.remove(slot);
        this.left(lane, contacts.channel[slot], this.now);
        return slot;
      }
      contacts.release(slot);
    }
  }

  /** A contact left the queue of `lane` (answered, abandoned or moved to another lane). */
  left(lane: number, c: number, now: number): void {
    this.waiting[lane]--;
    // Call-back tasks are not callers on hold: they were never counted in channelWaiting.
    if (lane < this.firstCallbackLane) this.channelWaiting[c]--;
    if (this.reallocation !== null && this.reallocation.watched[lane] === 1) {
      this.reallocation.update(lane, now, this.ruleIv, this.iv);
    }
  }

  /** The waiting contact in `slot` reached its patience deadline (now). */
  private abandon(slot: number): void {
    const now = this.now;
    const contacts = this.contacts;
    contacts.state[slot] = ABANDONED; // stays in the queue until it reaches the head
    const c = contacts.channel[slot];
    this.left(contacts.lane[slot], c, now);
    const wait = now - contacts.arrival[slot];
    const arrivalIv = contacts.interval[slot];
    const i = c * this.intervals + arrivalIv;
    const short = wait < this.shortAbandon;
    this.rec.abandon(i, wait, short);
    if (arrivalIv < this.carryBefore) this.carry!.abandoned(c, arrivalIv, wait, short);
    if (short) return;
    const share = this.retrialShare[c];
    if (share > 0) {
      const t = now + this.retrialDelay[c];
      if (this.retrialRng[c].next() < share && t < this.horizon) this.heap.push(t, ARRIVAL, ARRIVAL, c, RETRIAL);
    }
  }
}
