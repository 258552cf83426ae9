/**
 * Staffing solver: the smallest number of productive agents meeting every target given, then
 * scheduled = ⌈agents ÷ (1 − shrinkage)⌉ (docs/model.md, "Analytic engine").
 *
 * Erlang C walks N upward from a lower bound (just above the traffic, and A ÷ max occupancy),
 * stepping Erlang B's recurrence at O(1) per agent: its figures are monotone in N, so the first
 * N that passes is the smallest. Erlang A has no O(1) step, so it gallops from a starting guess
 * (1, 2, 4… agents up or down) until it brackets the answer, then bisects, keeping "lo fails,
 * hi passes": the answer always passes and the one below it fails.
 *
 * When contacts arrive at least one agent is required (with no target at all, Erlang C asks only
 * for a stable queue). Comparisons allow a relative slack of 1e−12 so that a target met exactly
 * (an occupancy of 34/40 against 0.85) is not missed by floating-point rounding.
 */
import { erlangBInverse, erlangBInverseStep } from './erlangB';
import { erlangCFigures, erlangCFromInverseB } from './erlangC';
import { chatServers } from './chat';
import { erlangInterval, trafficErlangs, type ErlangInput, type ErlangResult } from './interval';

export interface StaffInput extends Omit<ErlangInput, 'agents'> {
  /** Share of offered contacts to answer within slSeconds (0–1). */
  targetSl?: number;
  /** Maximum ASA, seconds. */
  maxAsa?: number;
  minAnswerRate?: number;
  maxOccupancy?: number;
  /** Share of paid time not productive (0 ≤ shrinkage < 1). */
  shrinkage: number;
}

export interface StaffResult extends ErlangResult {
  /** Paid head-count: ⌈agents ÷ (1 − shrinkage)⌉. */
  scheduled: number;
  /** False only when no head-count up to the search cap meets the targets (agents is then the cap). */
  meetsTargets: boolean;
}

const SLACK = 1e-12;
/** Agents beyond the starting bound that the search may add before giving up. */
const SEARCH_SPAN = 1_000_000;

/** Whether an interval's figures meet the targets of `input` (unstable Erlang C never does). */
export function meetsStaffTargets(
  result: Pick<ErlangResult, 'stable' | 'serviceLevel' | 'asaSeconds' | 'answerRate' | 'occupancy'>,
  input: Pick<StaffInput, 'targetSl' | 'maxAsa' | 'minAnswerRate' | 'maxOccupancy'>,
): boolean {
  if (!result.stable) return false;
  if (input.targetSl !== undefined && (result.serviceLevel ?? 0) < input.targetSl - SLACK) return false;
  if (input.maxAsa !== undefined && (result.asaSeconds === null || result.asaSeconds > input.maxAsa * (1 + SLACK))) return false;
  if (input.minAnswerRate !== undefined && result.answerRate < input.minAnswerRate - SLACK) return false;
  if (input.maxOccupancy !== undefined && result.occupancy > input.maxOccupancy + SLACK) return false;
  return true;
}

/** Paid head-count for `agents` productive agents; exact multiples do not round up on noise. */
export function scheduledFor(agents: number, shrinkage: number): number {
  if (agents <= 0) return 0;
  return Math.ceil((agents / (1 - shrinkage)) * (1 - SLACK));
}

function at(input: StaffInput, agents: number): ErlangResult {
  // The fields erlangInterval reads, written out: spreading the whole input (targets and all) for
  // every head-count tried was a good share of a solve's time.
  return erlangInterval({
    arrivals: input.arrivals, intervalMinutes: input.intervalMinutes, aht: input.aht, agents, slSeconds: input.slSeconds,
    patience: input.patience, concurrency: input.concurrency,
  });
}

/** Erlang C: walk N upward from a lower bound, stepping 1/B by `concurrency` servers per agent. */
function solveErlangC(input: StaffInput, traffic: number): number {
  const k = Math.max(1, input.concurrency);
  let n = Math.max(1, Math.floor(traffic / k) + 1);
  if (input.maxOccupancy !== undefined) n = Math.max(n, Math.ceil(traffic / (k * input.maxOccupancy)) - 1);
  let servers = chatServers(n, k);
  let inverseB = erlangBInverse(traffic, servers);
  const cap = n + SEARCH_SPAN;
  for (; n < cap; n++) {
    if (n > 0 && servers > traffic) {
      const probWait = erlangCFromInverseB(traffic, servers, inverseB);
      const c = erlangCFigures(traffic, servers, input.aht, input.slSeconds, probWait);
      const result: ErlangResult = {
        model: 'erlang-c', trafficErlangs: traffic, agents: n, stable: true, probWait, serviceLevel: c.serviceLevel,
        asaSeconds: c.asaSeconds, occupancy: Math.min(1, traffic / servers), answerRate: 1, abandonRate: 0,
        avgQueueLength: c.avgQueueLength,
      };
      if (meetsStaffTargets(result, input)) return n;
    }
    inverseB = erlangBInverseStep(traffic, inverseB, servers, servers + k);
    servers += k;
  }
  return cap;
}

/** Erlang A: gallop from `guess` to bracket the answer, then bisect (lo fails, hi passes). */
function solveErlangA(input: StaffInput, guess: number, seen: Map<number, ErlangResult>): number {
  const passes = (n: number): boolean => {
    if (n < 1) return false;
    const result = at(input, n);
    seen.set(n, result);
    return meetsStaffTargets(result, input);
  };
  let lo: number;
  let hi: number;
  const start = Math.max(1, Math.round(guess));
  if (passes(start)) {
    hi = start;
    let step = 1;
    for (;;) {
      const probe = Math.max(0, hi - step);
      if (!passes(probe)) { lo = probe; break; }
      hi = probe;
      step *= 2;
    }
  } else {
    lo = start;
    let step = 1;
    const cap = start + SEARCH_SPAN;
    for (;;) {
      const probe = Math.min(cap, lo + step);
      if (passes(probe)) { hi = probe; break; }
      if (probe === cap) return cap;
      lo = probe;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The smallest productive head-count meeting every target of `input`, its figures and the scheduled head-count. */
export function staffingSolve(input: StaffInput): StaffResult {
  return staffingSolveFrom(input, undefined);
}

/**
 * `staffingSolve` with the Erlang A search starting at `guess` (a neighbouring interval's answer
 * makes it a handful of evaluations); the answer does not depend on the guess.
 */
export function staffingSolveFrom(input: StaffInput, guess: number | undefined): StaffResult {
  const traffic = trafficErlangs(input.arrivals, input.intervalMinutes, input.aht);
  if (traffic <= 0) return { ...at(input, 0), scheduled: 0, meetsTargets: true };
  const seen = new Map<number, ErlangResult>();
  const agents = input.patience === undefined
    ? solveErlangC(input, traffic)
    : solveErlangA(input, guess ?? traffic / Math.max(1, input.concurrency), seen);
  const result = seen.get(agents) ?? at(input, agents);
  return { ...result, scheduled: scheduledFor(agents, input.shrinkage), meetsTargets: meetsStaffTargets(result, input) };
}
