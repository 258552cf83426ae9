/**
 * What one replication of the simulator holds (engine.ts runs it): the scenario's tables
 * compiled once (channel setup, head-counts, lever rules, lanes), the agents, waiting contacts,
 * queues and event heaps, the random streams of every purpose and channel (streams.ts), the
 * statistics being recorded, and the clock. Per-channel figures the hot path reads are copied
 * into typed arrays here, so the event handlers index numbers instead of walking objects.
 *
 * A base class of Engine rather than an object it points to: the handlers read these fields
 * straight off `this`, one load each, as when they were declared in engine.ts.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { ArrivalProcess, DailyStreams, dayStream, Purpose, SamplerTable, type Rng } from '../random';
import { AgentTable } from './agents';
import { ContactStore } from './contacts';
import { DeadlineHeap } from './deadlineHeap';
import { EventHeap } from './eventHeap';
import { IntQueue } from './intQueue';
import { Reallocation } from './reallocation';
import type { CarryLog } from './carryLog';
import { Recorder } from './recorder';
import type { SimulationObserver, SimulationOptions, StateView } from './result';
import { createPriorityRouting, type Routing } from './routing';
import { callbackStreams } from './callback';
import { compileRules, DEFLECTION_STREAM, type CallbackTable, type DeflectionTable, type RoutingTable } from './rules';
import { channelSetup, headCounts, type ChannelSetup } from './setup';

export abstract class EngineState {
  readonly s: ResolvedScenario;
  readonly setup: ChannelSetup[];
  readonly heads: number[][];
  readonly agents: AgentTable;
  readonly rec: Recorder;
  readonly contacts = new ContactStore();
  readonly heap = new EventHeap();
  /** Patience deadlines of waiting contacts (the ABANDON events). */
  readonly deadlines = new DeadlineHeap();
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
  /** Web call back (callback.ts), or null. */
  readonly callbacks: CallbackTable | null;
  /** Lanes from here on hold call-back tasks (the lane count when there is no rule). */
  readonly firstCallbackLane: number;
  /** Per channel, created only with a call-back rule: acceptance and failure draws. */
  readonly callbackAccept: Rng[];
  readonly callbackFail: Rng[];
  /** Per channel, created only when a rule needs them: routing shares and standby decisions. */
  readonly routingRng: Rng[];
  readonly deflectionRng: Rng[];
  readonly observer: SimulationObserver | undefined;
  /** Per boundary, 1 where a snapshot is asked for (fork.ts); null when none is. */
  protected readonly snapshotAt: Uint8Array | null;
  protected readonly onSnapshot: SimulationOptions['onSnapshot'];
  readonly seed: number;
  readonly replication: number;
  /** The observer's view while one watches service starts (built in run()), else null. */
  startWatch: StateView | null = null;
  /** Agents who joined at a head-count rise (boundary.ts). */
  readonly joined: Int32Array;
  readonly intervals: number;
  readonly intervalSeconds: number;
  /** Current clock interval; equals `intervals` during the drain. */
  iv = 0;
  /**
   * The interval whose figures and rules apply now: the clock interval, the last one during the
   * drain (−1 when the scenario has no interval). Kept beside `iv` by boundary.ts.
   */
  ruleIv = 0;
  now = 0;
  /** `now` again, in a typed-array cell the agent table reads (agents.ts says why). */
  readonly clock = new Float64Array(1);
  events = 0;
  customers = 0;
  readonly fcr: Float64Array;
  protected readonly arrivals: ArrivalProcess[];
  /** The streams every run draws from (handle times, patience, repeats, retrials), re-seeded at each midnight. */
  readonly dailyStreams: DailyStreams;
  /** The lever rules' streams (routing shares, standby, call backs), re-seeded at each midnight too. */
  readonly ruleStreams: DailyStreams;
  readonly ahtRng: Rng[];
  protected readonly patienceRng: Rng[];
  readonly repeatRng: Rng[];
  protected readonly retrialRng: Rng[];
  readonly aht: SamplerTable;
  protected readonly patience: SamplerTable;
  /** Per pool: handle-time multiplier per interval, or null. */
  readonly ahtMultiplier: (number[] | null)[];
  /** Per channel, from its setup: the figures the hot path reads, in typed arrays. */
  protected readonly ahtFactor: Float64Array;
  protected readonly threshold: Float64Array;
  protected readonly isEmail: Uint8Array;
  readonly repeatDelay: Float64Array;
  protected readonly retrialShare: Float64Array;
  protected readonly retrialDelay: Float64Array;
  /**
   * Per channel: time of its next fresh arrival, Infinity when none is left; one more cell, always
   * Infinity, starts the run loop's search from a typed-array value rather than a constant.
   */
  protected readonly nextFresh: Float64Array;
  readonly horizon: number;
  protected readonly shortAbandon: number;
  protected readonly maxFresh: number;
  protected fresh = 0;
  /** Per boundary, 1 at a midnight `atMidnight` watches (coupling.ts); null when none is. */
  midnightAt: Uint8Array | null = null;
  /** Called after a watched midnight's boundary has acted; true ends the run there. */
  atMidnight: (k: number) => boolean = () => false;
  /** The midnight where `atMidnight` ended the run, or −1. */
  coupledAt = -1;
  /** The baseline's answers and abandons of contacts that arrived before interval `carryBefore` (coupling.ts), or null. */
  carry: CarryLog | null = null;
  /** −1 unless `carry` is kept: then the first interval of the last watched midnight's day. */
  carryBefore = -1;

  constructor(s: ResolvedScenario, options: SimulationOptions) {
    this.s = s;
    const C = s.channels.length;
    this.intervals = s.intervalCount;
    this.ruleIv = s.intervalCount > 0 ? 0 : -1;
    this.intervalSeconds = s.intervalSeconds;
    this.horizon = s.intervalCount * s.intervalSeconds;
    this.shortAbandon = s.shortAbandonSeconds;
    const setup = channelSetup(s);
    this.setup = setup;
    this.heads = headCounts(s);
    const rules = compileRules(s, setup, this.heads);
    const lanes = rules.lanes;
    const L = lanes.channel.length;
    this.laneChannel = lanes.channel;
    this.poolsOf = lanes.poolsOf;
    const conc = Array.from(lanes.channel, (c) => setup[c].concurrency);
    this.agents = new AgentTable(this.heads.map((h, p) => h.reduce((m, x) => Math.max(m, x), options.agentSlots?.[p] ?? 0)),
      lanes.sessionLanes, conc, this.intervals + 1, this.clock);
    this.rec = new Recorder(C, this.intervals, s.days, setup.map((x) => x.responseSeconds.length), s.pools.length);
    this.queues = Array.from({ length: L }, () => new IntQueue());
    this.waiting = new Int32Array(L);
    this.channelWaiting = new Int32Array(C);
    this.open = new Uint8Array(L).fill(1);
    this.fcr = rules.fcr;
    this.routingRules = rules.routing;
    this.deflection = rules.deflection;
    this.callbacks = rules.callbacks;
    this.firstCallbackLane = rules.callbacks?.firstLane ?? L;
    this.reallocation = rules.reallocation ? new Reallocation(rules.reallocation, this, L, this.intervals + 1) : null;
    this.routing = createPriorityRouting({
      agents: this.agents, waiting: this.waiting, concurrency: Int32Array.from(conc), open: this.open,
      poolsOf: lanes.poolsOf, workOrder: lanes.workOrder,
      movedBy: this.reallocation?.movedBy ?? new Int32Array(this.agents.poolOf.length),
      movedOrder: rules.reallocation?.movedOrder ?? [],
    });
    const { seed, replication } = options;
    this.seed = seed;
    this.replication = replication;
    const asked = (options.snapshotAt ?? []).filter((k) => k >= 1 && k <= this.intervals);
    this.snapshotAt = asked.length > 0 && options.onSnapshot ? new Uint8Array(this.intervals + 1) : null;
    for (const k of asked) if (this.snapshotAt) this.snapshotAt[k] = 1;
    this.onSnapshot = options.onSnapshot;
    // Every stream restarts at each midnight from its day's substream (random/streams.ts); the
    // arrival processes move to theirs as they cross a midnight (random/arrivals.ts).
    const perDay = s.intervalsPerDay;
    this.arrivals = s.channels.map((_, c) => new ArrivalProcess(s.arrivals[c] ?? [], s.intervalSeconds,
      dayStream(seed, replication, Purpose.arrivals, c, 0), { seed, replication, channel: c, intervalsPerDay: perDay }));
    const common = new DailyStreams(seed, replication);
    this.ahtRng = common.add(Purpose.handleTimes, C);
    this.patienceRng = common.add(Purpose.patience, C);
    this.repeatRng = common.add(Purpose.repeats, C);
    this.retrialRng = common.add(Purpose.retrials, C);
    this.dailyStreams = common;
    const ruleStreams = new DailyStreams(seed, replication);
    this.routingRng = rules.routing ? ruleStreams.add(Purpose.routing, C) : [];
    const cbStreams = rules.callbacks ? callbackStreams(ruleStreams, C) : { accept: [], fail: [] };
    this.callbackAccept = cbStreams.accept;
    this.callbackFail = cbStreams.fail;
    this.deflectionRng = rules.deflection ? ruleStreams.add(Purpose.routing, C, DEFLECTION_STREAM) : [];
    this.ruleStreams = ruleStreams;
    this.aht = new SamplerTable(setup.map((x) => x.aht));
    this.patience = new SamplerTable(setup.map((x) => x.patience));
    this.ahtMultiplier = s.pools.map((p) => p.ahtMultiplier ?? null);
    this.ahtFactor = Float64Array.from(setup, (x) => x.ahtFactor);
    this.threshold = Float64Array.from(setup, (x) => x.thresholdSeconds);
    this.isEmail = Uint8Array.from(setup, (x) => (x.isEmail ? 1 : 0));
    this.repeatDelay = Float64Array.from(setup, (x) => x.repeatDelaySeconds);
    this.retrialShare = Float64Array.from(setup, (x) => x.retrialShare);
    this.retrialDelay = Float64Array.from(setup, (x) => x.retrialDelaySeconds);
    this.nextFresh = new Float64Array(C + 1).fill(Infinity);
    this.joined = new Int32Array(Math.max(1, this.agents.poolOf.length));
    this.maxFresh = options.maxCustomers ?? Infinity;
    this.observer = options.observer;
  }


  /**
   * The streams every run draws from whatever its levers, in a fixed order (snapshots:
   * snapshotEngine.ts). Routing and standby streams are left out: a strategy draws from them
   * only once its levers act, so at a fork they are fresh on both sides.
   */
  commonStreams(): Rng[] {
    return [...this.arrivals.map((a) => a.rng), ...this.ahtRng, ...this.patienceRng, ...this.repeatRng, ...this.retrialRng];
  }

  arrivalProcesses(): readonly ArrivalProcess[] {
    return this.arrivals;
  }

  /** Fresh arrivals so far and each channel's pending one (coupling.ts compares them). */
  freshState(): { fresh: number; nextFresh: Float64Array } {
    return { fresh: this.fresh, nextFresh: this.nextFresh };
  }

  // The event handlers (engine.ts) that the code outside the hot loop calls back: boundary.ts,
  // levers.ts, stateView.ts and coupling.ts see the engine through this class only, so no module
  // imports engine.ts but those that run it, simulate.ts and fork.ts (the layers point one way).

  /** Agent a (on the floor, out of the idle stack) takes waiting work now, or idles. */
  abstract offerWork(a: number): void;
  /** A contact of channel c arrives now (`origin`: events.ts). */
  abstract arrive(c: number, origin: number): void;
  /** A contact of channel c joins the queue of `lane`; returns its slot (engine.ts). */
  abstract enqueue(c: number, lane: number, from: number): number;
  /** A contact left the queue of `lane`. */
  abstract left(lane: number, c: number, now: number): void;
  /** Agent a starts now a contact of `lane` (waiting in slot `from`, or −1: just arrived). */
  abstract startService(a: number, lane: number, from: number): void;
}
