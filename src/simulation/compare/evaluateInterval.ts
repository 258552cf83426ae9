/**
 * One interval of the analytic evaluation, as named steps — one per lever effect — in the order
 * they happen to a contact: chat standby, routing at arrival, the in-house allocation, dynamic
 * reallocation, overflow to an outsourcer, the outsourcers' agents, web call back taking accepted
 * callers out of the voice queue, then the queues are served
 * (Erlang figures for voice and chat; email and callback join their fluid queues, served at the
 * end, evaluationState.ts). Agent counts are effective (head-count ÷ handle-time multiplier).
 */
import type { ResolvedChannel } from '../../scenario/model';
import type { StrategyScenario } from '../levers/types';
import { allocate, takeFrom, type PoolSupply } from './allocate';
import { sessionSeconds, slSeconds, type AnalyticCache, type QueueFigures } from './analyticCache';
import { offerCallbacks, serveCallbacks, serveUrgentCallbacks } from './callbacks';
import { arrivalsAt, bill, queueWork, type EvaluationState, type SupplyShare } from './evaluationState';

/** A flow of contacts of one channel to one set of agents in the interval. */
interface Stream {
  channel: number;
  /** Outsourcer pool index; null: the in-house agents. */
  pool: number | null;
  arrivals: number;
  agents: number;
  aht: number;
  /** Seconds the contacts already waited before joining (wait-above-X routing). */
  delaySeconds: number;
  supplies: SupplyShare[];
  /** In-house stream under a "queue above Q" rule: at most this many wait, the rest overflow. */
  maxQueue?: number;
}

type RoutingRule = StrategyScenario['routing'][number];
type DeflectionRule = StrategyScenario['deflection'][number];

/** What the steps of one interval share. */
interface IntervalWork {
  i: number;
  /** Arrivals per channel still to be served in-house (routing and standby take from it). */
  arrivals: number[];
  /** Contacts offered per channel (standby moves chats to other channels). */
  offered: number[];
  supplies: PoolSupply[];
  /** Agents each channel needs to meet its targets (deferrable: to keep up). */
  need: number[];
  /** alloc[k][c]: effective agents of supply k given to channel c. */
  alloc: number[][];
  /** Effective in-house agents per channel after reallocation. */
  inhouseAgents: number[];
  streams: Stream[];
  thresholdRules: RoutingRule[];
  /** Channels whose in-house queue is capped by a "queue above Q" rule, and the cap. */
  caps: Map<number, number>;
  /** Per channel: share of its in-house agents' time left idle (deferrable work fills it). */
  idleShare: number[];
}

/**
 * Figures at a fractional head-count: those of the whole counts around it, interpolated (`at`
 * gives the figures at a whole count; written out rather than with closures, it runs for every
 * stream of every interval).
 */
function mixFigures(a: QueueFigures, b: QueueFigures, f: number): QueueFigures {
  return {
    stable: a.stable || b.stable,
    serviceLevel: a.serviceLevel * (1 - f) + b.serviceLevel * f,
    answerRate: a.answerRate * (1 - f) + b.answerRate * f,
    asaSeconds: a.asaSeconds !== null && b.asaSeconds !== null ? a.asaSeconds * (1 - f) + b.asaSeconds * f : b.asaSeconds,
    occupancy: a.occupancy * (1 - f) + b.occupancy * f,
  };
}

function figuresAt(cache: AnalyticCache, c: ResolvedChannel, arrivals: number, aht: number, agents: number): QueueFigures {
  const lo = Math.floor(agents + 1e-9);
  const f = agents - lo;
  const a = cache.figures(c, arrivals, aht, lo);
  return f < 1e-9 ? a : mixFigures(a, cache.figures(c, arrivals, aht, lo + 1), f);
}

/** The in-house queue under a "queue above Q" rule (exact M/M/N/N+Q+M, see erlangA's maxQueue). */
function cappedFiguresAt(cache: AnalyticCache, c: ResolvedChannel, arrivals: number, aht: number, agents: number, maxQueue: number): QueueFigures & { overflow: number } {
  const lo = Math.floor(agents + 1e-9);
  const f = agents - lo;
  const a = cache.capped(c, arrivals, aht, lo, maxQueue);
  if (f < 1e-9) return a;
  const b = cache.capped(c, arrivals, aht, lo + 1, maxQueue);
  const m = mixFigures(a, b, f);
  return {
    stable: m.stable, serviceLevel: m.serviceLevel, answerRate: m.answerRate, asaSeconds: m.asaSeconds, occupancy: m.occupancy,
    overflow: a.overflow * (1 - f) + b.overflow * f,
  };
}

const newStream = (channel: number, pool: number, arrivals: number, delaySeconds = 0): Stream =>
  ({ channel, pool, arrivals, agents: 0, aht: 0, delaySeconds, supplies: [] });

/** Chat standby: the channel's arrivals leave it; `moveTo` shares join other channels, the rest are lost. */
function deflectChats(state: EvaluationState, work: IntervalWork, rule: DeflectionRule): void {
  const { arrivals, offered, i } = work;
  const d = arrivals[rule.channelIndex];
  if (d <= 0) return;
  arrivals[rule.channelIndex] = 0;
  let kept = 0;
  for (const m of rule.moveTo) { arrivals[m.channelIndex] += d * m.share; offered[m.channelIndex] += d * m.share; kept += d * m.share; }
  offered[rule.channelIndex] -= kept;
  state.series[rule.channelIndex].lost[i] += d - kept;
}

/** Share and whole-channel routing happen at arrival, before the in-house queue; threshold rules wait. */
function routeAtArrival(s: StrategyScenario, work: IntervalWork): void {
  for (const rule of s.routing) {
    if (!rule.active[work.i]) continue;
    if (rule.mode === 'share' || rule.mode === 'channel') {
      const x = work.arrivals[rule.channelIndex] * (rule.mode === 'share' ? rule.share : 1);
      work.arrivals[rule.channelIndex] -= x;
      work.streams.push(newStream(rule.channelIndex, rule.poolIndex, x));
    } else work.thresholdRules.push(rule);
  }
}

/** In-house agents to channels by need (allocate.ts), once routing has taken its share. */
function allocateInhouse(state: EvaluationState, cache: AnalyticCache, work: IntervalWork): void {
  for (const c of state.s.channels) {
    if (state.deferrable[c.index]) continue;
    // The previous interval's answer starts the search (it does not change the answer).
    const need = cache.need(c, work.arrivals[c.index], sessionSeconds(c), state.lastNeed[c.index]);
    work.need[c.index] = need;
    if (need > 0) {
      state.lastNeed[c.index] = need;
      state.log?.needs.push(c.index, need);
    }
  }
  work.alloc = allocate(work.supplies, work.need, state.deferrable, state.inhouseOrder).alloc;
}

/**
 * Dynamic reallocation: in each interval of its window, the target channel gets as many agents
 * as it lacks to meet its targets, up to M, taken from the source pool's other channels (email
 * first); chat standby tied to the move starts with it.
 */
function reallocateToVoice(state: EvaluationState, work: IntervalWork): void {
  const { s, deferrable } = state;
  const { i, alloc, supplies } = work;
  for (const rule of s.reallocation) {
    if (!rule.active[i]) continue;
    const v = rule.toChannelIndex;
    let got = 0;
    for (const row of alloc) got += row[v];
    const short = Math.ceil(work.need[v] - got - 1e-9);
    let k = -1;
    for (let j = 0; j < supplies.length && k < 0; j++) if (supplies[j].pool === rule.fromPoolIndex) k = j;
    if (short <= 0 || k < 0) continue;
    const mult = s.pools[rule.fromPoolIndex].ahtMultiplier?.[i] ?? 1;
    const took = takeFrom(alloc[k], supplies[k].skills, deferrable, v, Math.min(rule.maxAgents / mult, short));
    alloc[k][v] += took;
    state.moved[i] += took * mult;
    if (took > 0) for (const d of s.deflection) if (d.active[i] && d.whileReallocating) deflectChats(state, work, d);
  }
}

/** The largest arrival count in [0, hi] that `agents` can serve within target (bisection). */
function servable(cache: AnalyticCache, c: ResolvedChannel, aht: number, agents: number, hi: number): number {
  // need(arrivals) ≤ agents, asked as "do `agents` meet the targets" (analyticCache.ts, `meets`).
  if (cache.meets(c, hi, aht, agents)) return hi;
  let lo = 0;
  let top = hi;
  for (let step = 0; step < 24; step++) {
    const mid = (lo + top) / 2;
    if (cache.meets(c, mid, aht, agents)) lo = mid; else top = mid;
  }
  return lo;
}

/**
 * Overflow to an outsourcer by a threshold rule. "Queue above Q" on voice and chat is exact for
 * the in-house queue: an Erlang A chain in which at most Q + 1 wait, arrivals that find it full
 * overflow (treated as Poisson at the outsourcer, an approximation). Otherwise (wait above X s, or
 * a deferrable channel) the outsourcer takes the traffic the in-house agents cannot serve within
 * target, but no more than its own agents can (the rest stays queued in-house).
 */
function overflowToOutsourcers(state: EvaluationState, cache: AnalyticCache, work: IntervalWork): void {
  const { s, deferrable } = state;
  const { i, arrivals, inhouseAgents } = work;
  for (const rule of work.thresholdRules) {
    const c = s.channels[rule.channelIndex];
    const aht = sessionSeconds(c);
    if (rule.mode === 'queueAbove' && !deferrable[c.index]) {
      if (s.pools[rule.poolIndex].productive[i] <= 0 || work.caps.has(c.index) || arrivals[c.index] <= 0) continue;
      const maxQueue = rule.queue + 1;
      const capped = cappedFiguresAt(cache, c, arrivals[c.index], aht, inhouseAgents[c.index], maxQueue);
      work.caps.set(c.index, maxQueue);
      work.streams.push(newStream(c.index, rule.poolIndex, arrivals[c.index] * capped.overflow));
      continue;
    }
    const cap = Math.floor(inhouseAgents[c.index] + 1e-9);
    if (deferrable[c.index] || cache.meets(c, arrivals[c.index], aht, cap)) continue;
    const keptInhouse = servable(cache, c, aht, cap, arrivals[c.index]);
    const o = s.pools[rule.poolIndex];
    const overflow = servable(cache, c, sessionSeconds(c, o.ahtMultiplier?.[i] ?? 1), o.productive[i], arrivals[c.index] - keptInhouse);
    if (overflow <= 0) continue;
    arrivals[c.index] -= overflow;
    work.streams.push(newStream(c.index, rule.poolIndex, overflow, rule.mode === 'waitAbove' ? rule.seconds : 0));
  }
}

/** Each outsourcer's agents across the streams it serves, by need, in its skill order; the rest to the first. */
function shareOutsourcerAgents(state: EvaluationState, cache: AnalyticCache, work: IntervalWork): void {
  const { s, deferrable } = state;
  for (const o of s.pools) {
    if (o.kind !== 'outsourcer') continue;
    const mine: Stream[] = [];
    for (const st of work.streams) if (st.pool === o.index) mine.push(st);
    if (mine.length === 0) continue;
    const mult = o.ahtMultiplier?.[work.i] ?? 1;
    let left = o.productive[work.i];
    const ordered = [...mine].sort((a, b) => o.skills.indexOf(a.channel) - o.skills.indexOf(b.channel));
    for (const st of ordered) {
      const c = s.channels[st.channel];
      st.aht = sessionSeconds(c, mult);
      const want = deferrable[c.index] ? left : cache.need(c, st.arrivals, st.aht);
      st.agents = Math.min(left, want);
      left -= st.agents;
      st.supplies = [{ pool: o.index, share: 1 }];
    }
    if (left > 0) ordered[0].agents += left;
  }
}

/** Each in-house pool's share of channel c's in-house agents. */
function inhouseShares(work: IntervalWork, c: number): SupplyShare[] {
  const { inhouseAgents, supplies, alloc } = work;
  const out: SupplyShare[] = [];
  if (!(inhouseAgents[c] > 0)) return out;
  for (let k = 0; k < supplies.length; k++) {
    const share = alloc[k][c] / inhouseAgents[c];
    if (share > 0) out.push({ pool: supplies[k].pool, share });
  }
  return out;
}

/** What stays in-house on voice and chat, served by the in-house agents the allocation gave them. */
function addInhouseStreams(state: EvaluationState, work: IntervalWork): void {
  for (const c of state.s.channels) {
    if (state.deferrable[c.index]) continue;
    work.streams.push({
      channel: c.index, pool: null, arrivals: work.arrivals[c.index], agents: work.inhouseAgents[c.index], aht: sessionSeconds(c),
      delaySeconds: 0, supplies: inhouseShares(work, c.index), maxQueue: work.caps.get(c.index),
    });
  }
}

/** Whether a threshold rule sends channel c's contacts to outsourcer `pool` (its queue then pools with the in-house one). */
function pooledWithInhouse(s: StrategyScenario, pool: number, c: number): boolean {
  for (const r of s.routing) if (r.poolIndex === pool && r.channelIndex === c && (r.mode === 'queueAbove' || r.mode === 'waitAbove')) return true;
  return false;
}

/**
 * Serves the streams: voice and chat by their Erlang figures (routed contacts have already waited
 * X s: X is added to their wait, and if X ≥ T they count as answered late); deferrable streams of
 * an outsourcer join its queue (or, under a threshold rule, the in-house queue, pooling capacity).
 */
function serveStreams(state: EvaluationState, cache: AnalyticCache, work: IntervalWork): void {
  const { s, deferrable, series, allocated } = state;
  const { i } = work;
  for (const st of work.streams) {
    const c = s.channels[st.channel];
    const out = series[c.index];
    allocated[c.index][i] += st.agents;
    if (deferrable[c.index]) {
      const pooled = st.pool !== null && pooledWithInhouse(s, st.pool, c.index);
      const shares: SupplyShare[] = [];
      for (const x of st.supplies) shares.push({ pool: x.pool, share: x.share * st.agents });
      queueWork(state, c.index, pooled ? null : st.pool, st.aht, i, st.arrivals, (st.agents * s.intervalSeconds) / st.aht, shares);
      continue;
    }
    if (st.arrivals <= 0) continue;
    const f = st.maxQueue !== undefined
      ? cappedFiguresAt(cache, c, st.arrivals, st.aht, st.agents, st.maxQueue)
      : figuresAt(cache, c, st.arrivals, st.aht, st.agents);
    const answered = st.arrivals * f.answerRate;
    out.answered[i] += answered;
    if (st.pool !== null) state.outsourced.get(st.pool)![c.index][i] += answered;
    out.withinSl[i] += st.delaySeconds >= slSeconds(c) ? 0 : st.arrivals * f.serviceLevel;
    if (f.asaSeconds === null) out.unstable[i] = true;
    else out.waitSeconds[i] += answered * (f.asaSeconds + st.delaySeconds);
    out.busyAgents[i] += f.occupancy * st.agents;
    if (st.pool === null) work.idleShare[c.index] = 1 - f.occupancy;
    for (const sp of st.supplies) {
      const contacts = answered * sp.share;
      bill(state, sp.pool, contacts, (contacts * c.aht.mean * (s.pools[sp.pool].ahtMultiplier?.[i] ?? 1)) / 60);
    }
  }
}

/**
 * Web call back (callbacks.ts): before the queues are served, tasks near the end of their promise
 * take voice agents and accepted callers leave the in-house voice stream; after, the voice
 * agents' idle time works the tasks waiting.
 */
function offerWebCallbacks(state: EvaluationState, work: IntervalWork): void {
  for (const w of state.callbacks) {
    const st = work.streams.find((x) => x.pool === null && x.channel === w.rule.channelIndex);
    if (!st) continue;
    st.agents = Math.max(0, st.agents - serveUrgentCallbacks(state, w, work.i, st.agents, st.supplies));
    st.arrivals = offerCallbacks(state, w, work.i, st.arrivals, st.aht, st.agents);
  }
}

function serveWebCallbacks(state: EvaluationState, work: IntervalWork): void {
  for (const w of state.callbacks) {
    const c = w.rule.channelIndex;
    const st = work.streams.find((x) => x.pool === null && x.channel === c);
    work.idleShare[c] = serveCallbacks(state, w, work.i, st?.agents ?? 0, work.idleShare[c], st?.supplies ?? []);
  }
}

/** A pool's first deferrable skill, which its filler work is booked to (undefined: none). */
function firstDeferrable(skills: readonly number[], deferrable: readonly boolean[]): number | undefined {
  for (const x of skills) if (deferrable[x]) return x;
  return undefined;
}

/**
 * Email and callback in-house: their capacity is the agents given to them plus the idle time of
 * the same pools' voice and chat agents (filler work), booked to the pool's first deferrable skill.
 */
function queueDeferrableWork(state: EvaluationState, work: IntervalWork): void {
  const { s, deferrable } = state;
  const { i, supplies, alloc } = work;
  for (const c of s.channels) {
    if (!deferrable[c.index]) continue;
    let agents = 0;
    const shares: SupplyShare[] = [];
    for (let k = 0; k < supplies.length; k++) {
      const sp = supplies[k];
      if (!sp.skills.includes(c.index)) continue;
      state.allocated[c.index][i] += alloc[k][c.index];
      if (firstDeferrable(sp.skills, deferrable) !== c.index) { agents += alloc[k][c.index]; shares.push({ pool: sp.pool, share: alloc[k][c.index] }); continue; }
      let mine = alloc[k][c.index];
      for (const x of sp.skills) if (!deferrable[x]) mine += alloc[k][x] * work.idleShare[x];
      agents += mine;
      shares.push({ pool: sp.pool, share: mine });
    }
    queueWork(state, c.index, null, sessionSeconds(c), i, work.arrivals[c.index], (agents * s.intervalSeconds) / sessionSeconds(c), shares);
  }
}

/**
 * A channel's occupancy is its share of the agent time of the pools that serve it
 * (docs/model.md, "KPIs"): the denominator is every agent who could take its contacts.
 */
function countServingAgents(state: EvaluationState, work: IntervalWork): void {
  const { s, series } = state;
  for (const c of s.channels) {
    let present = 0;
    for (const sp of work.supplies) if (sp.skills.includes(c.index)) present += sp.effective;
    for (const o of s.pools) if (o.kind === 'outsourcer' && o.skills.includes(c.index)) present += o.productive[work.i] / (o.ahtMultiplier?.[work.i] ?? 1);
    series[c.index].agents[work.i] = present;
  }
}

/** A closed interval (nobody arrives, nobody works) adds nothing: its series stay 0. */
function isClosed(s: StrategyScenario, arrivals: readonly number[], i: number): boolean {
  for (const a of arrivals) if (a > 0) return false;
  for (const p of s.pools) if (p.productive[i] > 0) return false;
  return true;
}

/** Evaluates interval `i` into `state`; `extra[c][i]` are additional arrivals (repeat contacts). */
export function evaluateInterval(state: EvaluationState, cache: AnalyticCache, extra: number[][] | undefined, i: number): void {
  const { s, deferrable } = state;
  const C = s.channels.length;
  const arrivals = new Array<number>(C);
  for (let c = 0; c < C; c++) arrivals[c] = arrivalsAt(s, extra, s.channels[c].index, i);
  if (isClosed(s, arrivals, i)) return;
  const supplies: PoolSupply[] = [];
  for (const p of state.inhouse) supplies.push({ pool: p.index, skills: p.skills, effective: p.productive[i] / (p.ahtMultiplier?.[i] ?? 1) });
  const work: IntervalWork = {
    i, arrivals, offered: arrivals.slice(), supplies,
    need: [], alloc: [], inhouseAgents: [], streams: [], thresholdRules: [], caps: new Map(),
    idleShare: new Array<number>(C).fill(1),
  };
  for (const rule of s.deflection) if (rule.active[i] && !rule.whileReallocating) deflectChats(state, work, rule);
  // Deferrable channels need their keep-up share of the day's work; voice and chat are sized after routing.
  const day = Math.floor(i / s.intervalsPerDay);
  for (const c of s.channels) work.need.push(deferrable[c.index] ? state.keepUp[c.index][day] : 0);
  routeAtArrival(s, work);
  allocateInhouse(state, cache, work);
  reallocateToVoice(state, work);
  for (const c of s.channels) {
    let sum = 0;
    for (const row of work.alloc) sum += row[c.index];
    work.inhouseAgents.push(sum);
  }
  overflowToOutsourcers(state, cache, work);
  shareOutsourcerAgents(state, cache, work);
  addInhouseStreams(state, work);
  offerWebCallbacks(state, work);
  serveStreams(state, cache, work);
  serveWebCallbacks(state, work);
  queueDeferrableWork(state, work);
  countServingAgents(state, work);
  for (let c = 0; c < s.channels.length; c++) state.series[c].offered[i] = work.offered[c];
}
