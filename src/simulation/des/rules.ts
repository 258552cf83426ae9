/**
 * The levers' rules (levers/types.ts) compiled once per replication into the engine's tables:
 * queues ("lanes"), routing to outsourcers, chat-standby deflection, dynamic reallocation, and
 * each pool's first-contact resolution. A plain ResolvedScenario (no rule fields) compiles to
 * one lane per channel and no rule, which is exactly the engine without levers.
 *
 * Lanes. Lane c (< channel count) is channel c's in-house queue. Each (outsourcer pool, channel)
 * pair named by a routing rule gets a lane of its own after those: the outsourcer's queue. Only
 * the outsourcer pool works its lanes and it works nothing else: an outsourcer pool without a
 * rule serves nobody (its `skills` alone do not pull in-house traffic), and in-house and temps
 * pools never take an outsourcer's queue.
 *
 * A routing rule is in force in an interval where its `active` flag is set and its outsourcer has
 * agents on the floor: a contract with no agent in an interval sends nobody there (so an
 * outsourcer with zero agents changes nothing). Contacts already in an outsourcer's queue when
 * its head-count drops to zero stay there (its backlog) until it staffs again or they abandon.
 * Rules in force in the drain after the horizon are those of the last interval (as the last
 * head-count and handle-time multiplier hold there).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { CallbackRule, DeflectionRule, ReallocationRule, RoutingRule, StrategyScenario } from '../levers/types';
import type { ChannelSetup } from './setup';

/** Standby decisions of channel c use routing stream DEFLECTION_STREAM + c (shares use stream c). */
export const DEFLECTION_STREAM = 1 << 20;

/** Routing modes (RoutingRule['mode']) as small integers for the hot loop. */
export const SHARE = 0;
export const QUEUE_ABOVE = 1;
export const WAIT_ABOVE = 2;
export const WHOLE_CHANNEL = 3;
const MODE = { share: SHARE, queueAbove: QUEUE_ABOVE, waitAbove: WAIT_ABOVE, channel: WHOLE_CHANNEL } as const;

export interface Lanes {
  /** Lane → its channel. */
  channel: Int32Array;
  /** Per lane: the pools that work it, in pool order. */
  poolsOf: Int32Array[];
  /** Per pool: the lanes it works, real-time channels first, each group in the pool's priority order. */
  workOrder: Int32Array[];
  /** Per pool: every lane one of its agents may hold a session of (reallocation targets included). */
  sessionLanes: number[][];
}

export interface RoutingTable {
  /** Per channel: rules decided at arrival (share, queue above Q, whole channel), in rule order. */
  atArrival: Int32Array[];
  /** Per channel: wait-above-X rules, in rule order. */
  onWait: Int32Array[];
  mode: Uint8Array;
  /** Share, queue length Q or wait X seconds, by mode. */
  value: Float64Array;
  /** The outsourcer lane a rule sends to. */
  lane: Int32Array;
  /** Per rule, per interval: 1 when in force. */
  active: Uint8Array[];
  /** Per rule: the last interval it is in force, −1 if none (no wait check is scheduled after it). */
  lastActive: Int32Array;
}

export interface DeflectionTable {
  /** Per channel: its standby rules, in rule order (the first in force applies). */
  byChannel: Int32Array[];
  /** Per rule: target channels and cumulative shares (a uniform below cumShare[k] goes to target k). */
  targets: Int32Array[];
  cumShare: Float64Array[];
  active: Uint8Array[];
  whileReallocating: Uint8Array;
}

export interface ReallocationTable {
  from: Int32Array;
  /** Target lane (the channel's in-house queue). */
  to: Int32Array;
  maxAgents: Int32Array;
  /** Infinity when the trigger is not used. */
  queueAbove: Float64Array;
  waitAboveSeconds: Float64Array;
  releaseBelowQueue: Float64Array;
  /** Mean handle time of the target channel (projected wait = queue × AHT ÷ agents). */
  ahtSeconds: Float64Array;
  active: Uint8Array[];
  /** Per rule: a moved agent's lanes, the target first, then its pool's own. */
  movedOrder: Int32Array[];
}

/**
 * Web call back (callback.ts): per rule two lanes of call-back tasks of its voice channel, the
 * urgent one (promise within `urgentSeconds` of its end) worked before every live lane of a
 * serving pool, the other after them (before email and callback channels).
 */
export interface CallbackTable {
  /** Per channel: its rule's index, −1 when none. */
  ruleOf: Int32Array;
  /** Per rule. */
  rules: CallbackRule[];
  normalLane: Int32Array;
  urgentLane: Int32Array;
  /** Per rule, per interval: 1 when offers are made. */
  active: Uint8Array[];
  /** Per rule: the last interval offers are made, −1 if none (no offer is scheduled after it). */
  lastActive: Int32Array;
  /** The first call-back lane: every lane from here on holds call-back tasks. */
  firstLane: number;
}

export interface CompiledRules {
  lanes: Lanes;
  /** Null when no call-back rule exists. */
  callbacks: CallbackTable | null;
  /** Null when there is no routing rule, no deflection rule, no reallocation rule. */
  routing: RoutingTable | null;
  deflection: DeflectionTable | null;
  reallocation: ReallocationTable | null;
  /** fcr[p · channels + c]: first-contact resolution of contacts of channel c that pool p answers. */
  fcr: Float64Array;
}

/** The rule fields of a strategy scenario, empty for a plain resolved scenario. */
function ruleFields(s: ResolvedScenario): Pick<StrategyScenario, 'routing' | 'reallocation' | 'deflection' | 'callbacks' | 'leverCosts'> {
  const x = s as Partial<StrategyScenario>;
  return {
    callbacks: x.callbacks ?? [],
    routing: x.routing ?? [],
    reallocation: x.reallocation ?? [],
    deflection: x.deflection ?? [],
    leverCosts: x.leverCosts ?? { outsourcers: [], temps: [], overtime: [] },
  };
}

const mask = (active: readonly boolean[], n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (active[i] ? 1 : 0));
/** Per mask: its last set interval, −1 when none. */
const lastSet = (masks: readonly Uint8Array[]): Int32Array => Int32Array.from(masks, (m) => m.lastIndexOf(1));
const validChannel = (c: number, C: number) => Number.isInteger(c) && c >= 0 && c < C;
const validPool = (p: number, P: number) => Number.isInteger(p) && p >= 0 && p < P;

/**
 * @param heads per pool, the whole head-count per interval the engine staffs
 */
export function compileRules(s: ResolvedScenario, setup: ChannelSetup[], heads: number[][]): CompiledRules {
  const C = s.channels.length;
  const P = s.pools.length;
  const n = s.intervalCount;
  const fields = ruleFields(s);
  const routingRules = fields.routing.filter((r) => validChannel(r.channelIndex, C) && validPool(r.poolIndex, P));
  const reallocRules = fields.reallocation.filter((r) => validPool(r.fromPoolIndex, P) && validChannel(r.toChannelIndex, C) && r.maxAgents > 0);
  const deflectRules = fields.deflection.filter((r) => validChannel(r.channelIndex, C));

  // Outsourcer lanes, one per (pool, channel) pair named by a rule.
  const laneChannel: number[] = s.channels.map((_, c) => c);
  const pairLane = new Map<string, number>();
  const ruleLane = routingRules.map((r) => {
    const key = `${r.poolIndex}:${r.channelIndex}`;
    let lane = pairLane.get(key);
    if (lane === undefined) {
      lane = laneChannel.length;
      laneChannel.push(r.channelIndex);
      pairLane.set(key, lane);
    }
    return lane;
  });
  const realTimeFirst = (lanes: number[]) => [...lanes.filter((l) => setup[laneChannel[l]].realTime), ...lanes.filter((l) => !setup[laneChannel[l]].realTime)];
  const workOrder = s.pools.map((pool, p) => {
    const skills = pool.skills.filter((c) => validChannel(c, C));
    if (pool.kind !== 'outsourcer') return realTimeFirst(skills);
    // Its lanes in the order of its skills (a routed channel outside its skills comes last).
    const own = [...pairLane.entries()].filter(([k]) => Number(k.split(':')[0]) === p).map(([, lane]) => lane);
    const rank = (lane: number) => { const i = skills.indexOf(laneChannel[lane]); return i < 0 ? skills.length : i; };
    return realTimeFirst(own.sort((a, b) => rank(a) - rank(b)));
  });
  // Call-back lanes after every other lane, so `lane ≥ firstLane` tells a call-back task apart.
  const callbackRules = fields.callbacks.filter((r) => validChannel(r.channelIndex, C) && s.channels[r.channelIndex].kind === 'voice');
  const firstCallbackLane = laneChannel.length;
  const lanePair = callbackRules.map((r) => {
    const urgent = laneChannel.length;
    laneChannel.push(r.channelIndex, r.channelIndex);
    return { urgent, normal: urgent + 1 };
  });
  if (callbackRules.length > 0) {
    s.pools.forEach((pool, p) => {
      if (pool.kind === 'outsourcer') return;
      const serving = callbackRules.map((r, k) => (pool.skills.includes(r.channelIndex) ? k : -1)).filter((k) => k >= 0);
      if (serving.length === 0) return;
      const order = workOrder[p];
      const live = order.filter((l) => setup[laneChannel[l]].realTime);
      const deferred = order.filter((l) => !setup[laneChannel[l]].realTime);
      workOrder[p] = [...serving.map((k) => lanePair[k].urgent), ...live, ...serving.map((k) => lanePair[k].normal), ...deferred];
    });
  }
  const poolsOf = laneChannel.map((_, lane) => s.pools.map((_, p) => p).filter((p) => workOrder[p].includes(lane)));
  const sessionLanes = workOrder.map((lanes, p) => [...new Set([...lanes, ...reallocRules.filter((r) => r.fromPoolIndex === p).map((r) => r.toChannelIndex)])]);

  const fcr = new Float64Array(P * C);
  for (let p = 0; p < P; p++) for (let c = 0; c < C; c++) fcr[p * C + c] = s.channels[c].fcr;
  for (const o of fields.leverCosts.outsourcers) {
    if (validPool(o.poolIndex, P)) for (let c = 0; c < C; c++) fcr[o.poolIndex * C + c] = o.fcr;
  }

  return {
    lanes: {
      channel: Int32Array.from(laneChannel),
      poolsOf: poolsOf.map((x) => Int32Array.from(x)),
      workOrder: workOrder.map((x) => Int32Array.from(x)),
      sessionLanes,
    },
    callbacks: callbackRules.length > 0 ? {
      ruleOf: Int32Array.from(s.channels, (_, c) => callbackRules.findIndex((r) => r.channelIndex === c)),
      rules: callbackRules,
      normalLane: Int32Array.from(lanePair, (x) => x.normal),
      urgentLane: Int32Array.from(lanePair, (x) => x.urgent),
      active: callbackRules.map((r) => mask(r.active, n)),
      lastActive: lastSet(callbackRules.map((r) => mask(r.active, n))),
      firstLane: firstCallbackLane,
    } : null,
    routing: routingRules.length > 0 ? routingTable(routingRules, ruleLane, heads, C, n) : null,
    deflection: deflectRules.length > 0 ? deflectionTable(deflectRules, C, n) : null,
    reallocation: reallocRules.length > 0 ? reallocationTable(s, reallocRules, workOrder, n) : null,
    fcr,
  };
}

function routingTable(rules: RoutingRule[], ruleLane: number[], heads: number[][], C: number, n: number): RoutingTable {
  const byChannel = (wait: boolean) => Array.from({ length: C }, (_, c) =>
    Int32Array.from(rules.flatMap((r, k) => (r.channelIndex === c && (r.mode === 'waitAbove') === wait ? [k] : []))));
  const active = rules.map((r) => mask(r.active.map((on, i) => on && (heads[r.poolIndex][i] ?? 0) > 0), n));
  return {
    atArrival: byChannel(false),
    onWait: byChannel(true),
    mode: Uint8Array.from(rules.map((r) => MODE[r.mode])),
    value: Float64Array.from(rules.map((r) => (r.mode === 'share' ? r.share : r.mode === 'queueAbove' ? r.queue : r.mode === 'waitAbove' ? r.seconds : 0))),
    lane: Int32Array.from(ruleLane),
    active,
    lastActive: lastSet(active),
  };
}

function deflectionTable(rules: DeflectionRule[], C: number, n: number): DeflectionTable {
  return {
    byChannel: Array.from({ length: C }, (_, c) => Int32Array.from(rules.flatMap((r, k) => (r.channelIndex === c ? [k] : [])))),
    targets: rules.map((r) => Int32Array.from(r.moveTo.filter((m) => validChannel(m.channelIndex, C)).map((m) => m.channelIndex))),
    cumShare: rules.map((r) => {
      let t = 0;
      return Float64Array.from(r.moveTo.filter((m) => validChannel(m.channelIndex, C)).map((m) => (t += Math.max(0, m.share))));
    }),
    active: rules.map((r) => mask(r.active, n)),
    whileReallocating: Uint8Array.from(rules.map((r) => (r.whileReallocating ? 1 : 0))),
  };
}

function reallocationTable(s: ResolvedScenario, rules: ReallocationRule[], workOrder: number[][], n: number): ReallocationTable {
  const orNever = (x: number | null) => (x === null || !Number.isFinite(x) ? Infinity : x);
  return {
    from: Int32Array.from(rules.map((r) => r.fromPoolIndex)),
    to: Int32Array.from(rules.map((r) => r.toChannelIndex)),
    maxAgents: Int32Array.from(rules.map((r) => Math.max(0, Math.floor(r.maxAgents)))),
    queueAbove: Float64Array.from(rules.map((r) => orNever(r.queueAbove))),
    waitAboveSeconds: Float64Array.from(rules.map((r) => orNever(r.waitAboveSeconds))),
    releaseBelowQueue: Float64Array.from(rules.map((r) => r.releaseBelowQueue)),
    ahtSeconds: Float64Array.from(rules.map((r) => s.channels[r.toChannelIndex].aht.mean)),
    active: rules.map((r) => mask(r.active, n)),
    movedOrder: rules.map((r) => Int32Array.from([r.toChannelIndex, ...workOrder[r.fromPoolIndex].filter((l) => l !== r.toChannelIndex)])),
  };
}
