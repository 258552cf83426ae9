/**
 * The discrete-event simulator of one replication (MODEL.md, "Discrete-event simulation"):
 * one clock, one event heap, contacts in typed-array slots, FIFO queues per channel, agents per
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
 */
import type { ResolvedScenario } from '../../scenario/model';
import { ArrivalProcess, Purpose, randomStream, type Rng, type Sampler } from '../random';
import { AgentTable, LEAVING } from './agents';
import { ContactStore, WAITING } from './contacts';
import { EventHeap } from './eventHeap';
import { IntQueue } from './intQueue';
import { Recorder } from './recorder';
import type { ReplicationResult, SimulationObserver, SimulationOptions } from './result';
import { createPriorityRouting, type Routing } from './routing';
import { channelSetup, headCounts, poolsOf, workOrder, type ChannelSetup } from './setup';
import { stateView } from './stateView';

/** Event kinds; the number is also the priority among events at the same time. */
const BOUNDARY = 0;
const SERVICE_END = 1;
const ARRIVAL = 2;
const ABANDON = 3;
/** Origin of an arrival (payload b of ARRIVAL). */
const FRESH = 0;
const REPEAT = 1;
const RETRIAL = 2;

export class Engine {
  readonly s: ResolvedScenario;
  readonly setup: ChannelSetup[];
  readonly heads: number[][];
  readonly agents: AgentTable;
  readonly rec: Recorder;
  readonly contacts = new ContactStore();
  readonly heap = new EventHeap();
  readonly queues: IntQueue[];
  readonly waiting: Int32Array;
  readonly open: Uint8Array;
  readonly routing: Routing;
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
  private readonly intervals: number;
  private readonly intervalSeconds: number;
  private readonly horizon: number;
  private readonly maxFresh: number;
  private readonly observer: SimulationObserver | undefined;
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
    const conc = this.setup.map((x) => x.concurrency);
    this.agents = new AgentTable(this.heads.map((h) => h.reduce((m, x) => Math.max(m, x), 0)),
      s.pools.map((p) => p.skills.filter((c) => c >= 0 && c < C)), conc, this.intervals + 1);
    this.rec = new Recorder(C, this.intervals, s.days, this.setup.map((x) => x.responseSeconds.length));
    this.queues = s.channels.map(() => new IntQueue());
    this.waiting = new Int32Array(C);
    this.open = new Uint8Array(C).fill(1);
    this.routing = createPriorityRouting({
      agents: this.agents, waiting: this.waiting, concurrency: Int32Array.from(conc),
      realTime: Uint8Array.from(this.setup.map((x) => (x.realTime ? 1 : 0))), open: this.open,
      poolsOf: poolsOf(s), workOrder: workOrder(s, this.setup),
    });
    const { seed, replication } = options;
    this.arrivals = s.channels.map((_, c) =>
      new ArrivalProcess(s.arrivals[c] ?? [], s.intervalSeconds, randomStream(seed, replication, Purpose.arrivals, c)));
    this.ahtRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.handleTimes, c));
    this.patienceRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.patience, c));
    this.repeatRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.repeats, c));
    this.retrialRng = s.channels.map((_, c) => randomStream(seed, replication, Purpose.retrials, c));
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
          default: this.boundary(heap.a, now);
        }
      } else break;
      if (observer && view) observer.afterEvent(now, view);
    }
    // Pools are not integrated up to the last event: in the drain a pool's agents stay on the
    // floor until its own last service event, not until another channel's last abandon.
    this.countStillWaiting();
  }

  private scheduleFresh(c: number): void {
    const t = this.fresh >= this.maxFresh ? -1 : this.arrivals[c].next();
    this.nextFresh[c] = t >= 0 ? t : Infinity;
  }

  private arrive(c: number, origin: number, now: number): void {
    if (origin === FRESH) {
      // Each channel keeps one arrival pending: the ones beyond the cap are dropped here.
      if (this.fresh >= this.maxFresh) {
        this.nextFresh[c] = Infinity;
        return;
      }
      this.fresh++;
      this.scheduleFresh(c);
    }
    this.customers++;
    const iv = this.iv < this.intervals ? this.iv : this.intervals - 1;
    const i = c * this.intervals + iv;
    const rec = this.rec;
    rec.offered[i]++;
    if (origin === REPEAT) rec.repeats[i]++;
    else if (origin === RETRIAL) rec.retrials[i]++;
    const a = this.routing.agentForArrival(c);
    if (a >= 0) {
      if (this.agents.sessions[a] === 0) this.agents.removeIdle(a);
      this.startService(a, c, now, iv, now);
      return;
    }
    rec.queued[i]++;
    const slot = this.contacts.alloc(c, now, iv);
    this.queues[c].push(slot);
    const w = ++this.waiting[c];
    if (w > rec.maxQueue[i]) rec.maxQueue[i] = w;
    const patience = this.patienceSampler[c];
    if (patience !== null) {
      this.heap.push(now + patience(this.patienceRng[c]), ABANDON, ABANDON, slot, this.contacts.generation[slot]);
    }
  }

  /** Agent a (out of the idle stack) starts a contact of channel c that arrived at `arrival`. */
  private startService(a: number, c: number, arrival: number, arrivalIv: number, now: number): void {
    const agents = this.agents;
    const p = agents.poolOf[a];
    agents.integrate(p, now, this.iv);
    agents.addSession(a, c);
    const cs = this.setup[c];
    const mult = this.ahtMultiplier[p];
    let dur = this.ahtSampler[c](this.ahtRng[c]) * cs.ahtFactor;
    if (mult !== null) dur *= mult[this.iv < this.intervals ? this.iv : this.intervals - 1] ?? 1;
    this.heap.push(now + dur, SERVICE_END, SERVICE_END, a, c);
    const wait = now - arrival;
    const rec = this.rec;
    const i = c * this.intervals + arrivalIv;
    rec.answered[i]++;
    rec.waitAnswered[i] += wait;
    rec.waitAll[i] += wait;
    if (wait <= cs.thresholdSeconds) rec.answeredWithin[i]++;
    if (cs.isEmail) {
      const response = wait + dur;
      rec.responseSeconds[i] += response;
      const targets = cs.responseSeconds;
      for (let j = 0; j < targets.length; j++) if (response <= targets[j]) rec.respondedWithin[c][j][arrivalIv]++;
    }
    if (cs.fcr < 1) {
      const t = now + dur + cs.repeatDelaySeconds;
      if (this.repeatRng[c].next() >= cs.fcr && t < this.horizon) this.heap.push(t, ARRIVAL, ARRIVAL, c, REPEAT);
    }
  }

  private finish(a: number, c: number, now: number): void {
    const agents = this.agents;
    agents.integrate(agents.poolOf[a], now, this.iv);
    agents.endSession(a, c);
    if (agents.state[a] === LEAVING) {
      if (agents.sessions[a] === 0) agents.depart(a);
      return;
    }
    this.offerWork(a, now);
  }

  /** Agent a (active, out of the idle stack) takes waiting work while routing gives some; idles otherwise. */
  private offerWork(a: number, now: number): void {
    const contacts = this.contacts;
    for (;;) {
      const c = this.routing.channelForAgent(a);
      if (c < 0) break;
      const slot = this.dequeue(c);
      this.startService(a, c, contacts.arrival[slot], contacts.interval[slot], now);
      contacts.release(slot);
    }
    if (this.agents.sessions[a] === 0) this.agents.pushIdle(a);
  }

  /** The oldest live waiting contact of channel c (waiting[c] > 0); dead entries are freed on the way. */
  private dequeue(c: number): number {
    const q = this.queues[c];
    const contacts = this.contacts;
    for (;;) {
      const slot = q.shift();
      if (contacts.state[slot] === WAITING) {
        this.waiting[c]--;
        return slot;
      }
      contacts.release(slot);
    }
  }

  private abandon(slot: number, generation: number, now: number): void {
    const contacts = this.contacts;
    if (contacts.generation[slot] !== generation || contacts.state[slot] !== WAITING) return;
    contacts.state[slot] = 2; // ABANDONED: stays in the queue until it reaches the head
    const c = contacts.channel[slot];
    this.waiting[c]--;
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
    for (let p = 0; p < P; p++) agents.integrate(p, now, this.iv);
    const perDay = this.s.intervalsPerDay;
    if (perDay > 0 && k % perDay === 0 && k / perDay <= this.s.days) {
      for (let c = 0; c < this.waiting.length; c++) this.rec.backlog[c][k / perDay - 1] = this.waiting[c];
    }
    if (k < this.intervals) {
      this.iv = k;
      for (let c = 0; c < this.waiting.length; c++) this.rec.maxQueue[c * this.intervals + k] = this.waiting[c];
      for (let p = 0; p < P; p++) this.staff(p, this.heads[p][k] ?? 0);
      this.heap.push((k + 1) * this.intervalSeconds, BOUNDARY, BOUNDARY, k + 1, 0);
    } else {
      this.iv = this.intervals;
      for (let c = 0; c < this.setup.length; c++) if (this.setup[c].isEmail) this.open[c] = 0;
    }
  }

  /** Sets pool p's head-count; agents who join take the longest-waiting contacts at once. */
  private staff(p: number, headCount: number): void {
    const n = this.agents.setHeadCount(p, headCount, this.joined);
    for (let i = 0; i < n; i++) this.offerWork(this.joined[i], this.now);
  }

  private countStillWaiting(): void {
    const contacts = this.contacts;
    for (let c = 0; c < this.queues.length; c++) {
      const q = this.queues[c];
      for (let j = 0; j < q.length; j++) {
        const slot = q.at(j);
        if (contacts.state[slot] === WAITING) this.rec.stillWaiting[c * this.intervals + contacts.interval[slot]]++;
      }
    }
  }

  /** The replication's figures as plain data. */
  result(seed: number, replication: number): ReplicationResult {
    const B = this.intervals + 1;
    const a = this.agents;
    return {
      seed, replication, events: this.events, customers: this.customers, endSeconds: this.now,
      channels: this.s.channels.map((_, c) => this.rec.toResult(c)),
      pools: this.s.pools.map((_, p) => ({
        busyAgentSeconds: Array.from(a.busySeconds.subarray(p * B, p * B + this.intervals)),
        presentAgentSeconds: Array.from(a.presentSeconds.subarray(p * B, p * B + this.intervals)),
        drainBusyAgentSeconds: a.busySeconds[p * B + this.intervals],
        drainPresentAgentSeconds: a.presentSeconds[p * B + this.intervals],
      })),
    };
  }
}
