/**
 * The discrete-event simulator of one replication (MODEL.md, "Discrete-event simulation"):
 * one clock, one event heap, contacts in typed-array slots, FIFO queues per lane (rules.ts), agents per
 * pool, statistics streamed as events happen.
 *
 * Events and their order at equal times (the heap's priority): an interval boundary first (staff
 * changes at the boundary, then the new agents work), then service ends (an agent freed at t
 * serves a contact whose patience also ends at t), then arrivals (repeats and retrials, then
 * fresh arrivals, which are kept outside the heap: one pending per channel, compared with the
 * heap's top, saving a push and a pop per contact), then abandons. Abandons are
 * deleted lazily: the event names a contact slot and its generation, and is skipped if that
 * contact has already been served.
 *
 * After the horizon no contact arrives (repeats and retrials due later are dropped), the last
 * head-count holds and voice, chat and callback queues drain. Email is not started after the
 * horizon: it has no "next open interval" inside the scenario, so it stays in `stillWaiting`
 * (and in the last day's backlog). A channel nobody staffs keeps its patient contacts waiting
 * until the heap empties, which always happens: nothing is scheduled past the horizon except
 * service ends and abandons.
 *
 * Levers (rules.ts, levers/types.ts): contacts wait in lanes (a channel's in-house queue, or an
 * outsourcer's); routing rules pick the lane at arrival, and a wait-above-X rule moves a waiting
 * contact with a TRANSFER event (after abandons at the same instant, so patience wins a tie);
 * chat standby deflects arrivals before they are counted; dynamic reallocation lives in
 * reallocation.ts; the lever behaviours that are not in the hot loop live in levers.ts. Without
 * rules every one of these is a null check, and the run is the plain engine's, event for event.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { ArrivalProcess, Purpose, randomStream, type Rng, type Sampler } from '../random';
import { AgentTable, LEAVING } from './agents';
import { ContactStore, WAITING } from './contacts';
import { EventHeap } from './eventHeap';
import { ABANDON, ARRIVAL, BOUNDARY, FRESH, MOVED_IN, REPEAT, RETRIAL, SERVICE_END, TRANSFER } from './events';
import { IntQueue } from './intQueue';
import { deflect, routeArrival, scheduleTransfers, transfer, transfersAtBoundary, DEFLECTION_STREAM } from './levers';
import { Reallocation } from './reallocation';
import { Recorder } from './recorder';
import type { SimulationObserver, SimulationOptions } from './result';
import { createPriorityRouting, type Routing } from './routing';
import { compileRules, type DeflectionTable, type RoutingTable } from './rules';
import { channelSetup, headCounts, type ChannelSetup } from './setup';
import { stateView } from './stateView';

export class Engine {
  readonly s: ResolvedScenario;
  readonly setup: ChannelSetup[];
  readonly heads: number[][];
  readonly agents: AgentTable;
  readonly rec: Recorder;
  readonly contacts = new ContactStore();
  readonly heap = new EventHeap();
  /** Per lane (lane c < channels: channel c's in-house queue; then outsourcers' queues). */
  readonly queues: IntQueue[];
  readonly waiting: Int32Array;
  readonly open: Uint8Array;
  readonly laneChannel: Int32Array;
  readonly poolsOf: Int32Array[];
  /** Per channel: live waiting contacts in all its lanes. */
  readonly channelWaiting: Int32Array;
  readonly routing: Routing;
  readonly routingRules: RoutingTable | null;
  readonly deflection: DeflectionTable | null;
  readonly reallocation: Reallocation | null;
  /** Per channel, created only when a rule needs them: routing shares and standby decisions. */
  readonly routingRng: Rng[];
  readonly deflectionRng: Rng[];
  readonly observer: SimulationObserver | undefined;
  private readonly fcr: Float64Array;
  private readonly arrivals: ArrivalProcess[];
  private readonly ahtRng: Rng[];
  private readonly patienceRng: Rng[];
  private readonly repeatRng: Rng[];
  private readonly retrialRng: Rng[];
  private readonly ahtSampler: Sampler[];
  private readonly patienceSampler: (Sampler | null)[];
  private readonly ahtMultiplier: (number[] | null)[];
  private readonly joined: Int32Array;
  /** Per channel: time of its next fresh arrival, Infinity when none is left. */
  private readonly nextFresh: Float64Array;
  readonly intervals: number;
  readonly intervalSeconds: number;
  private readonly horizon: number;
  private readonly maxFresh: number;
  /** Current clock interval; equals `intervals` during the drain. */
  iv = 0;
  now = 0;
  events = 0;
  customers = 0;
  private fresh = 0;

  constructor(s: ResolvedScenario, options: SimulationOptions) {
    this.s = s;
    const C = s.channels.length;
    this.intervals = s.intervalCount;
    this.intervalSeconds = s.intervalSeconds;
    this.horizon = s.intervalCount * s.intervalSeconds;
    this.setup = channelSetup(s);
    this.heads = headCounts(s);
    const rules = compileRules(s, this.setup, this.heads);
    const lanes = rules.lanes;
    const L = lanes.channel.length;
    this.laneChannel = lanes.channel;
    this.poolsOf = lanes.poolsOf;
    const conc = Array.from(lanes.channel, (c) => this.setup[c].concurrency);
    this.agents = new AgentTable(this.heads.map((h) => h.reduce((m, x) => Math.max(m, x), 0)),
      lanes.sessionLanes, conc, this.intervals + 1);
    this.rec = new Recorder(C, this.intervals, s.days, this.setup.map((x) => x.responseSeconds.length), s.pools.length);
    this.queues = Array.from({ length: L }, () => new IntQueue());
    this.waiting = new Int32Array(L);
    this.channelWaiting = new Int32Array(C);
    this.open = new Uint8Array(L).fill(1);
    this.fcr = rules.fcr;
    this.routingRules = rules.routing;
    this.deflection = rules.deflection;
    this.reallocation = rules.reallocation ? new Reallocation(rules.reallocation, this, L, this.intervals + 1) : null;
    this.routing = createPriorityRouting({
      agents: this.agents, waiting: this.waiting, concurrency: Int32Array.from(conc), open: this.open,
      poolsOf: lanes.poolsOf, workOrder: lanes.workOrder,
      movedBy: this.reallocation?.movedBy ?? new Int32Array(this.agents.poolOf.length),
      movedOrder: rules.reallocation?.movedOrder ?? [],
    });
    const { seed, replication } = options;
    this.arrivals = s.channels.map((_, c) =>
      new ArrivalProcess(s.arrivals[c] ?? [], s.intervalSeconds, randomStream(seed, replication, Purpose.arrivals, c)));
    this.ahtRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.handleTimes, c));
    this.patienceRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.patience, c));
    this.repeatRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.repeats, c));
    this.retrialRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.retrials, c));
    this.routingRng = rules.routing ? s.channels.map((_, c) => randomStream(seed, replication, Purpose.routing, c)) : [];
    this.deflectionRng = rules.deflection ? s.channels.map((_, c) => randomStream(seed, replication, Purpose.routing, DEFLECTION_STREAM + c)) : [];
    this.ahtSampler = this.setup.map((x) => x.aht);
    this.patienceSampler = this.setup.map((x) => x.patience);
    this.ahtMultiplier = s.pools.map((p) => p.ahtMultiplier ?? null);
    this.nextFresh = new Float64Array(C).fill(Infinity);
    this.joined = new Int32Array(Math.max(1, this.agents.poolOf.length));
    this.maxFresh = options.maxCustomers ?? Infinity;
    this.observer = options.observer;
  }

  /** Runs the replication to its end (every event processed). */
  run(): void {
    const heap = this.heap;
    for (let p = 0; p < this.heads.length; p++) this.staff(p, this.heads[p][0] ?? 0);
    for (let c = 0; c < this.arrivals.length; c++) this.scheduleFresh(c);
    if (this.intervals > 0) heap.push(this.intervalSeconds, BOUNDARY, BOUNDARY, 1, 0);
    const observer = this.observer;
    const view = observer ? stateView(this) : null;
    const nextFresh = this.nextFresh;
    const C = nextFresh.length;
    for (;;) {
      // The next fresh arrival lives outside the heap (one per channel): it runs unless a heap
      // event comes first, or at the same time with a priority up to ARRIVAL.
      let c = -1;
      let ta = Infinity;
      for (let k = 0; k < C; k++) if (nextFresh[k] < ta) { ta = nextFresh[k]; c = k; }
      const th = heap.peekTime();
      let now: number;
      if (c >= 0 && (ta < th || (ta === th && heap.peekPriority() > ARRIVAL))) {
        now = ta;
        this.now = now;
        this.events++;
        this.arrive(c, FRESH, now);
      } else if (heap.pop()) {
        now = heap.time;
        this.now = now;
        this.events++;
        switch (heap.kind) {
          case SERVICE_END: this.finish(heap.a, heap.b, now); break;
          case ARRIVAL: this.arrive(heap.a, heap.b, now); break;
          case ABANDON: this.abandon(heap.a, heap.b, now); break;
          case TRANSFER: transfer(this, heap.a, heap.b, now); break;
          default: this.boundary(heap.a, now);
        }
      } else break;
      if (observer && view) observer.afterEvent(now, view);
    }
    // Pools are not integrated up to the last event: in the drain a pool's agents stay on the
    // floor until its own last service event, not until another channel's last abandon.
  }

  private scheduleFresh(c: number): void {
    const t = this.fresh >= this.maxFresh ? -1 : this.arrivals[c].next();
    this.nextFresh[c] = t >= 0 ? t : Infinity;
  }

  /** A contact of channel c arrives (internal to des/: standby moves call it for the target channel). */
  arrive(c: number, origin: number, now: number): void {
    if (origin === FRESH) {
      // Each channel keeps one arrival pending: the ones beyond the cap are dropped here.
      if (this.fresh >= this.maxFresh) {
        this.nextFresh[c] = Infinity;
        return;
      }
      this.fresh++;
      this.scheduleFresh(c);
    }
    const iv = this.iv < this.intervals ? this.iv : this.intervals - 1;
    if (this.deflection !== null && origin !== MOVED_IN && deflect(this, c, iv, now)) return;
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
      this.startService(a, lane, now, iv, now);
      return;
    }
    rec.queued[i]++;
    const slot = this.enqueue(c, lane, now, iv);
    const patience = this.patienceSampler[c];
    if (patience !== null) {
      const deadline = now + patience(this.patienceRng[c]);
      this.contacts.deadline[slot] = deadline;
      this.heap.push(deadline, ABANDON, ABANDON, slot, this.contacts.generation[slot]);
    }
    if (this.routingRules !== null && lane === c) scheduleTransfers(this, c, slot, now);
    if (this.reallocation !== null && this.reallocation.watched[lane] === 1) this.reallocation.update(lane, now, iv, this.iv);
  }

  /** A contact of channel c that arrived at `arrival` joins the queue of `lane`; returns its slot. */
  enqueue(c: number, lane: number, arrival: number, arrivalIv: number): number {
    const slot = this.contacts.alloc(c, lane, arrival, arrivalIv);
    this.queues[lane].push(slot);
    this.waiting[lane]++;
    const w = ++this.channelWaiting[c];
    const m = c * this.intervals + (this.iv < this.intervals ? this.iv : this.intervals - 1);
    if (w > this.rec.maxQueue[m]) this.rec.maxQueue[m] = w;
    return slot;
  }

  /**
   * Agent a (out of the idle stack) starts a contact of `lane` that arrived at `arrival`. The base
   * handle time comes from the channel's stream whichever pool serves (common random numbers);
   * the pool's multiplier then stretches it.
   */
  startService(a: number, lane: number, arrival: number, arrivalIv: number, now: number): void {
    const agents = this.agents;
    const p = agents.poolOf[a];
    const c = this.laneChannel[lane];
    agents.integrate(p, now, this.iv);
    agents.addSession(a, lane);
    const cs = this.setup[c];
    const mult = this.ahtMultiplier[p];
    const civ = this.iv < this.intervals ? this.iv : this.intervals - 1;
    let dur = this.ahtSampler[c](this.ahtRng[c]) * cs.ahtFactor;
    if (mult !== null) dur *= mult[civ] ?? 1;
    this.heap.push(now + dur, SERVICE_END, SERVICE_END, a, lane);
    const wait = now - arrival;
    const rec = this.rec;
    const i = c * this.intervals + arrivalIv;
    rec.answered[i]++;
    rec.waitAnswered[i] += wait;
    rec.waitAll[i] += wait;
    if (wait <= cs.thresholdSeconds) rec.answeredWithin[i]++;
    const h = p * this.intervals + civ;
    rec.handledContacts[h]++;
    rec.handledSeconds[h] += dur;
    if (cs.isEmail) {
      const response = wait + dur;
      rec.responseSeconds[i] += response;
      const targets = cs.responseSeconds;
      for (let j = 0; j < targets.length; j++) if (response <= targets[j]) rec.respondedWithin[c][j][arrivalIv]++;
    }
    // First-contact resolution of the pool that answers (an outsourcer's own), repeat delay of the channel.
    const fcr = this.fcr[p * this.setup.length + c];
    if (fcr < 1) {
      const t = now + dur + cs.repeatDelaySeconds;
      if (this.repeatRng[c].next() >= fcr && t < this.horizon) this.heap.push(t, ARRIVAL, ARRIVAL, c, REPEAT);
    }
  }

  private finish(a: number, lane: number, now: number): void {
    const agents = this.agents;
    agents.integrate(agents.poolOf[a], now, this.iv);
    agents.endSession(a, lane);
    if (agents.state[a] === LEAVING) {
      if (agents.sessions[a] === 0) {
        agents.depart(a);
        if (this.reallocation !== null && this.reallocation.movedBy[a] !== 0) this.reallocation.departed(a, now, this.iv);
      }
      return;
    }
    this.offerWork(a, now);
  }

  /** Agent a (active, out of the idle stack) takes waiting work while routing gives some; idles otherwise. */
  offerWork(a: number, now: number): void {
    const contacts = this.contacts;
    for (;;) {
      const lane = this.routing.channelForAgent(a);
      if (lane < 0) break;
      const slot = this.dequeue(lane, now);
      this.startService(a, lane, contacts.arrival[slot], contacts.interval[slot], now);
      contacts.release(slot);
    }
    if (this.agents.sessions[a] === 0) this.agents.pushIdle(a);
  }

  /** The oldest live waiting contact of `lane` (waiting[lane] > 0); dead entries are freed on the way. */
  private dequeue(lane: number, now: number): number {
    const q = this.queues[lane];
    const contacts = this.contacts;
    for (;;) {
      const slot = q.shift();
      if (contacts.state[slot] === WAITING) {
        this.left(lane, contacts.channel[slot], now);
        return slot;
      }
      contacts.release(slot);
    }
  }

  /** A contact left the queue of `lane` (answered, abandoned or moved to another lane). */
  left(lane: number, c: number, now: number): void {
    this.waiting[lane]--;
    this.channelWaiting[c]--;
    if (this.reallocation !== null && this.reallocation.watched[lane] === 1) {
      this.reallocation.update(lane, now, this.iv < this.intervals ? this.iv : this.intervals - 1, this.iv);
    }
  }

  private abandon(slot: number, generation: number, now: number): void {
    const contacts = this.contacts;
    if (contacts.generation[slot] !== generation || contacts.state[slot] !== WAITING) return;
    contacts.state[slot] = 2; // ABANDONED: stays in the queue until it reaches the head
    const c = contacts.channel[slot];
    this.left(contacts.lane[slot], c, now);
    const wait = now - contacts.arrival[slot];
    const i = c * this.intervals + contacts.interval[slot];
    this.rec.abandoned[i]++;
    this.rec.waitAll[i] += wait;
    if (wait < this.s.shortAbandonSeconds) {
      this.rec.shortAbandoned[i]++;
      return;
    }
    const cs = this.setup[c];
    if (cs.retrialShare > 0) {
      const t = now + cs.retrialDelaySeconds;
      if (this.retrialRng[c].next() < cs.retrialShare && t < this.horizon) this.heap.push(t, ARRIVAL, ARRIVAL, c, RETRIAL);
    }
  }

  /** Boundary k: the end of interval k − 1. */
  private boundary(k: number, now: number): void {
    const agents = this.agents;
    const P = this.heads.length;
    const C = this.channelWaiting.length;
    for (let p = 0; p < P; p++) agents.integrate(p, now, this.iv);
    this.reallocation?.integrate(now, this.iv);
    const perDay = this.s.intervalsPerDay;
    if (perDay > 0 && k % perDay === 0 && k / perDay <= this.s.days) {
      for (let c = 0; c < C; c++) this.rec.backlog[c][k / perDay - 1] = this.channelWaiting[c];
    }
    if (k < this.intervals) {
      this.iv = k;
      for (let c = 0; c < C; c++) this.rec.maxQueue[c * this.intervals + k] = this.channelWaiting[c];
      for (let p = 0; p < P; p++) this.staff(p, this.heads[p][k] ?? 0);
      this.heap.push((k + 1) * this.intervalSeconds, BOUNDARY, BOUNDARY, k + 1, 0);
    } else {
      this.iv = this.intervals;
      for (let l = 0; l < this.laneChannel.length; l++) if (this.setup[this.laneChannel[l]].isEmail) this.open[l] = 0;
    }
    if (k < this.intervals) {
      if (this.routingRules !== null) transfersAtBoundary(this, k, now);
      this.reallocation?.boundary(now, k, this.iv);
    }
  }

  /** Sets pool p's head-count; agents who join take the longest-waiting contacts at once. */
  private staff(p: number, headCount: number): void {
    const n = this.agents.setHeadCount(p, headCount, this.joined);
    for (let i = 0; i < n; i++) this.offerWork(this.joined[i], this.now);
  }
}
