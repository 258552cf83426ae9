/**
 * A reference simulator of one pool answering one voice channel, written apart from the engine
 * to check it (docs/model.md, "Head-count"). Small, slow and plain on purpose: one event list
 * kept sorted in an ordinary array, one agent record per agent, its own random numbers. It
 * shares nothing with src/simulation but the resolved scenario it reads.
 *
 * The model it follows:
 * - Arrivals are Poisson with a constant rate inside each interval (expected count ÷ length).
 * - An arriving call is answered at once when an agent on the floor is idle; otherwise it waits
 *   in one FIFO queue, and hangs up when its patience runs out before an agent takes it.
 * - At each interval boundary the head-count becomes the interval's. When it rises, agents come
 *   on the floor and take the oldest waiting calls. When it falls, idle agents leave at once and,
 *   while more agents are on the floor than the head-count, each agent that finishes a call
 *   leaves instead of taking another: the first to finish leave, whoever they are.
 * - After the horizon no call arrives; the last head-count stays until the queue is empty.
 *
 * `dropRule: 'marked'` plugs in the rule the engine had before (particular busy agents, the first
 * by index, are marked to leave when they finish and the others go on taking calls), so a test
 * can show that the comparison with the engine catches it.
 *
 * Web call back (docs/model.md, "Levers" 5), when a rule is given, as the documentation states it:
 * - a caller still waiting when its wait reaches X, at a moment when the rule is in force in the
 *   current interval (the last interval's during the drain), is offered a call back and accepts
 *   with the rule's share; an accepted caller leaves the queue and is owed a call back by its due
 *   time, acceptance + W;
 * - an agent who looks for work takes, in this order: an urgent task (due − margin ≤ now; the
 *   one that became urgent first), the oldest waiting caller, the task placed first;
 * - an attempt fails with the rule's share, takes the failed-attempt time, and the first failure
 *   brings the task back after the retry delay with the same due time; the second is final
 *   (failed, counted as abandoned); a reached attempt takes the handle time × the multiplier and
 *   is kept when it starts by the due time, late otherwise; tasks never reached are late.
 * `priority: 'liveFirst'` plugs in a wrong rule (tasks never go before live callers), so a test
 * can show the comparison catches it.
 */
import type { ResolvedScenario } from '../../../../src/scenario/model';
import type { Distribution } from '../../../../src/scenario/schema';

export type DropRule = 'firstToFinish' | 'marked';

/** What one replication counts, per day (by the day the call arrived). */
export interface ReferenceDay {
  offered: number;
  answered: number;
  answeredWithin: number;
  abandoned: number;
  /** Sum of the waits of answered calls, seconds. */
  waitAnswered: number;
  /** Web call back, by the day the caller arrived (zeros without a rule). */
  cbOffered: number;
  cbAccepted: number;
  cbKept: number;
  cbLate: number;
  cbFailed: number;
}

/** A web call-back rule in the reference's terms (seconds; `active` per interval). */
export interface ReferenceCallback {
  active: boolean[];
  offerAfterSeconds: number;
  acceptShare: number;
  promiseSeconds: number;
  urgentSeconds: number;
  ahtMultiplier: number;
  failShare: number;
  failedAttemptSeconds: number;
  retryAfterSeconds: number;
  priority?: 'rule' | 'liveFirst';
}

interface Task {
  arrival: number;
  due: number;
  placedAt: number;
  attempts: number;
  order: number;
}

interface Call {
  arrival: number;
  /** True once answered or abandoned. */
  gone: boolean;
}

interface Agent {
  onFloor: boolean;
  busy: boolean;
  /** Old rule only: marked to leave when the call in hand ends. */
  marked: boolean;
}

type Pending =
  | { time: number; kind: 'boundary'; interval: number }
  | { time: number; kind: 'end'; agent: number }
  | { time: number; kind: 'arrival' }
  | { time: number; kind: 'abandon'; call: Call }
  | { time: number; kind: 'offer'; call: Call }
  | { time: number; kind: 'retry'; task: Task };
/** `order`: when it was scheduled, to keep the first scheduled first among equals. */
type Event = Pending & { order: number };

/** Order of kinds at the same instant: boundary, service end, arrival, abandon. */
const RANK = { boundary: 0, end: 1, arrival: 2, abandon: 3, offer: 4, retry: 4 } as const;

/** A 32-bit generator (mulberry32): uniform numbers in (0, 1). */
function uniformSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const x = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return x === 0 ? 0.5 / 4294967296 : x;
  };
}

/** A draw from the distribution, by inversion (exponential) or Box–Muller (lognormal). */
function draw(d: Distribution, u: () => number): number {
  if (d.dist === 'fixed') return d.mean;
  if (d.dist === 'exponential') return -d.mean * Math.log(u());
  const sigma2 = Math.log(1 + (d.cv ?? 1) ** 2);
  const mu = Math.log(d.mean) - sigma2 / 2;
  const normal = Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  return Math.exp(mu + Math.sqrt(sigma2) * normal);
}

/**
 * One replication of channel 0 served by pool 0 (the scenario must have exactly these), with
 * its own random numbers from `seed`.
 */
export function referenceReplication(s: ResolvedScenario, seed: number, dropRule: DropRule = 'firstToFinish', callback?: ReferenceCallback): ReferenceDay[] {
  if (s.channels.length !== 1 || s.pools.length !== 1) throw new Error('the reference simulates one channel and one pool');
  const channel = s.channels[0]!;
  const heads = s.pools[0]!.productive.map((x) => Math.max(0, Math.round(x)));
  const threshold = channel.targets.serviceLevel?.seconds ?? 20;
  const L = s.intervalSeconds;
  const horizon = s.intervalCount * L;
  const u = uniformSource(seed);
  const days: ReferenceDay[] = Array.from({ length: s.days }, () => ({ offered: 0, answered: 0, answeredWithin: 0, abandoned: 0, waitAnswered: 0, cbOffered: 0, cbAccepted: 0, cbKept: 0, cbLate: 0, cbFailed: 0 }));
  const dayOf = (t: number) => Math.min(s.days - 1, Math.floor(t / (L * s.intervalsPerDay)));

  const events: Event[] = [];
  let order = 0;
  const schedule = (e: Pending) => {
    const ev: Event = { ...e, order: order++ };
    // Insert after every event that comes first: earlier time, same time with a lower rank, or
    // same time and rank scheduled earlier.
    let i = events.length;
    while (i > 0) {
      const o = events[i - 1]!;
      if (o.time < ev.time || (o.time === ev.time && (RANK[o.kind] < RANK[ev.kind] || (RANK[o.kind] === RANK[ev.kind] && o.order < ev.order)))) break;
      i--;
    }
    events.splice(i, 0, ev);
  };

  const agents: Agent[] = Array.from({ length: Math.max(0, ...heads) }, () => ({ onFloor: false, busy: false, marked: false }));
  const queue: Call[] = [];
  let headCount = 0;
  const count = (test: (a: Agent) => boolean) => {
    let n = 0;
    for (const a of agents) if (test(a)) n++;
    return n;
  };
  const onFloor = () => count((a) => a.onFloor);
  const busy = () => count((a) => a.onFloor && a.busy);

  const answer = (agentIndex: number, call: Call, now: number) => {
    const agent = agents[agentIndex]!;
    agent.busy = true;
    call.gone = true;
    const wait = now - call.arrival;
    const day = days[dayOf(call.arrival)]!;
    day.answered++;
    day.waitAnswered += wait;
    if (wait <= threshold) day.answeredWithin++;
    schedule({ time: now + draw(channel.aht, u), kind: 'end', agent: agentIndex });
  };
  const oldestWaiting = (): Call | undefined => {
    while (queue.length > 0 && queue[0]!.gone) queue.shift();
    return queue.shift();
  };

  // Web call back: tasks in the order they were placed.
  const tasks: Task[] = [];
  let taskOrder = 0;
  const intervalNow = (t: number) => Math.min(s.intervalCount - 1, Math.floor(t / L));
  const startTask = (agentIndex: number, task: Task, now: number) => {
    const rule = callback!;
    tasks.splice(tasks.indexOf(task), 1);
    agents[agentIndex]!.busy = true;
    const day = days[dayOf(task.arrival)]!;
    let duration: number;
    if (u() < rule.failShare) {
      duration = rule.failedAttemptSeconds;
      if (task.attempts === 0) schedule({ time: now + duration + rule.retryAfterSeconds, kind: 'retry', task: { ...task, attempts: 1 } });
      else { day.cbFailed++; day.abandoned++; }
    } else {
      duration = draw(channel.aht, u) * rule.ahtMultiplier;
      day.answered++;
      day.waitAnswered += task.due - rule.promiseSeconds - task.arrival;
      if (now <= task.due) day.cbKept++;
      else day.cbLate++;
    }
    schedule({ time: now + duration, kind: 'end', agent: agentIndex });
  };
  /** Agent `agentIndex` (idle, allowed to start) takes work: an urgent task, else the oldest caller, else a task. */
  const takeNext = (agentIndex: number, now: number): boolean => {
    if (callback && callback.priority !== 'liveFirst') {
      let best: Task | undefined;
      const key = (t: Task) => Math.max(t.due - callback.urgentSeconds, t.placedAt);
      for (const t of tasks) {
        if (t.due - callback.urgentSeconds > now) continue;
        if (!best || key(t) < key(best) || (key(t) === key(best) && t.order < best.order)) best = t;
      }
      if (best) { startTask(agentIndex, best, now); return true; }
    }
    const call = oldestWaiting();
    if (call) { answer(agentIndex, call, now); return true; }
    if (tasks.length > 0) { startTask(agentIndex, tasks[0]!, now); return true; }
    return false;
  };
  const placeTask = (task: Task, now: number) => {
    tasks.push({ ...task, placedAt: now, order: taskOrder++ });
    const idle = agents.findIndex((a) => a.onFloor && !a.busy);
    if (idle >= 0 && mayStart()) takeNext(idle, now);
  };

  /** Idle agents on the floor take the oldest waiting calls. */
  const serveQueue = (now: number) => {
    for (let a = 0; a < agents.length; a++) {
      const agent = agents[a]!;
      if (!agent.onFloor || agent.busy || !mayStart()) continue;
      if (!takeNext(a, now)) return;
    }
  };

  const setHeadCount = (h: number, now: number) => {
    headCount = h;
    if (dropRule === 'marked') {
      // The old rule: marked agents count as gone already; a rise unmarks them first.
      let need = h - count((a) => a.onFloor && !a.marked);
      for (const a of agents) if (need > 0 && a.marked) { a.marked = false; need--; }
      for (const a of agents) if (need > 0 && !a.onFloor) { a.onFloor = true; need--; }
      for (const a of agents) if (need < 0 && a.onFloor && !a.busy) { a.onFloor = false; need++; }
      for (const a of agents) if (need < 0 && a.onFloor && a.busy && !a.marked) { a.marked = true; need++; }
    } else {
      let need = h - onFloor();
      for (const a of agents) if (need > 0 && !a.onFloor) { a.onFloor = true; need--; }
      // Idle agents leave at once; busy agents above the head-count leave as they finish.
      for (const a of agents) if (need < 0 && a.onFloor && !a.busy) { a.onFloor = false; need++; }
    }
    serveQueue(now);
  };
  const mayStart = () => dropRule === 'marked' || busy() < headCount;

  /** The next arrival after `from`: Poisson, with the rate of the interval it falls in. */
  const nextArrival = (from: number): number => {
    let t = from;
    for (let k = Math.floor(t / L); k < s.intervalCount; k++) {
      const rate = (s.arrivals[0]![k] ?? 0) / L;
      if (rate > 0) {
        const next = t - Math.log(u()) / rate;
        if (next < (k + 1) * L) return next;
      }
      t = (k + 1) * L; // memoryless: the gap may start afresh at the boundary
    }
    return Infinity;
  };
  const first = nextArrival(0);
  if (first < horizon) schedule({ time: first, kind: 'arrival' });
  if (s.intervalCount > 0) schedule({ time: 0, kind: 'boundary', interval: 0 });

  while (events.length > 0) {
    const e = events.shift()!;
    const now = e.time;
    if (e.kind === 'boundary') {
      setHeadCount(heads[e.interval]!, now);
      if (e.interval + 1 < s.intervalCount) schedule({ time: (e.interval + 1) * L, kind: 'boundary', interval: e.interval + 1 });
    } else if (e.kind === 'arrival') {
      const next = nextArrival(now);
      if (next < horizon) schedule({ time: next, kind: 'arrival' });
      const call: Call = { arrival: now, gone: false };
      days[dayOf(now)]!.offered++;
      const idle = agents.findIndex((a) => a.onFloor && !a.busy);
      if (idle >= 0 && mayStart()) answer(idle, call, now);
      else {
        queue.push(call);
        if (channel.patience) schedule({ time: now + draw(channel.patience, u), kind: 'abandon', call });
        if (callback) schedule({ time: now + callback.offerAfterSeconds, kind: 'offer', call });
      }
    } else if (e.kind === 'end') {
      const agent = agents[e.agent]!;
      agent.busy = false;
      if (dropRule === 'marked') {
        if (agent.marked) { agent.marked = false; agent.onFloor = false; }
      } else if (onFloor() > headCount) {
        agent.onFloor = false; // above the head-count: the first to finish leaves
      }
      if (agent.onFloor && mayStart()) takeNext(e.agent, now);
    } else if (e.kind === 'offer') {
      const rule = callback!;
      if (e.call.gone || !rule.active[intervalNow(now)]) continue;
      const day = days[dayOf(e.call.arrival)]!;
      day.cbOffered++;
      if (u() >= rule.acceptShare) continue;
      day.cbAccepted++;
      e.call.gone = true;
      placeTask({ arrival: e.call.arrival, due: now + rule.promiseSeconds, placedAt: now, attempts: 0, order: 0 }, now);
    } else if (e.kind === 'retry') {
      placeTask(e.task, now);
    } else if (!e.call.gone) {
      e.call.gone = true;
      days[dayOf(e.call.arrival)]!.abandoned++;
    }
  }
  for (const t of tasks) days[dayOf(t.arrival)]!.cbLate++;
  return days;
}
