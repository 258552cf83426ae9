/**
 * The simulator's budget, checked before a run starts: expected contacts per replication and
 * the memory the run would hold (limits.ts). A run beyond either is refused with the figure,
 * the limit and what to change, rather than left to run for minutes or exhaust memory.
 */
import * as L from '../../scenario/limits';
import type { ResolvedScenario } from '../../scenario/model';
import { applyWorld } from '../uncertainty/applyWorld';
import { worstWorld } from '../uncertainty/world';
import { strategyAccumulatorBytes } from '../compare/simulated';
import type { IntervalDetail } from '../stats/accumulator';
import { chunkSize } from './chunks';

export interface SimulationEstimate {
  /** Expected contacts of one replication, repeats and retrials at their worst. */
  contacts: number;
  /** Bytes the whole run may hold at its peak. */
  bytes: number;
}

/**
 * How many times one arrival may come back, at worst: a geometric series of repeats (1 − fcr)
 * and retrials (share of abandons, all abandoning), cut by how many delays fit in the horizon.
 */
function returnsFactor(share: number, delaySeconds: number, horizonSeconds: number): number {
  const fitting = horizonSeconds / Math.max(1, delaySeconds) + 1;
  return share >= 1 ? fitting : Math.min(fitting, 1 / (1 - share));
}

/**
 * The summary a merge gives (stats/accumulator.ts `result`): an Estimate object per figure per
 * channel and interval — except where the channel has no arrivals, whose figures mostly never
 * move from 0 or 1 and share one frozen estimate (stats/figureBank.ts); with the band alone
 * ('band'), three numbers per channel and interval.
 */
function resultBytes(s: ResolvedScenario, detail: IntervalDetail): number {
  if (detail === 'band') return s.channels.length * s.intervalCount * L.BYTES_PER_BAND_INTERVAL;
  let bytes = 0;
  for (const arrivals of s.arrivals) for (const a of arrivals) bytes += a > 0 ? L.BYTES_PER_SUMMARY_INTERVAL : L.BYTES_PER_QUIET_SUMMARY_INTERVAL;
  return bytes;
}

/**
 * `kept`: how many strategies' replications are all kept until the end (a run without
 * streaming); 0 when they are merged as they finish (`streamed` strategies side by side): the
 * workers summarise each replication (run/batch.ts), the main thread holds the summaries in
 * flight, each strategy's merge (its banks grow with the replications up to their reservoirs:
 * stats/figureBank.ts) and, at the end, each strategy's result.
 */
export function estimateSimulation(scenario: ResolvedScenario, replications: number, workers: number, kept = 1, streamed = 1, detail: IntervalDetail = 'all'): SimulationEstimate {
  // With uncertain inputs, the largest peak a world can bring (uncertainty/world.ts).
  const s = scenario.uncertainty ? applyWorld(scenario, worstWorld(scenario.uncertainty)) : scenario;
  const horizon = s.intervalCount * s.intervalSeconds;
  let contacts = 0;
  s.channels.forEach((channel, c) => {
    let arrivals = 0;
    for (const a of s.arrivals[c]!) arrivals += a;
    const repeats = returnsFactor(1 - channel.fcr, channel.repeatDelaySeconds, horizon);
    const retrials = returnsFactor(channel.retrial.share, channel.retrial.delaySeconds, horizon);
    contacts += arrivals * repeats * retrials;
  });
  const series = s.intervalCount * (s.channels.length + s.pools.length);
  const running = Math.min(workers, replications);
  const chunk = chunkSize(replications, running);
  if (kept > 0) {
    const inFlight = running * contacts * L.BYTES_PER_SIMULATED_CONTACT + running * chunk * series * L.BYTES_PER_REPLICATION_INTERVAL;
    return { contacts, bytes: inFlight + kept * replications * series * L.BYTES_PER_REPLICATION_INTERVAL };
  }
  const merge = strategyAccumulatorBytes(s, replications, detail);
  // Each worker: the baseline's replication and the one strategy's being made (run/batch.ts
  // summarises and drops each as it comes), its chunk's summaries; the main thread: the
  // summaries waiting for their turn (a chunk per worker at most), the merges, the results.
  const whole = Math.min(streamed, 2);
  const inFlight = running * whole * (contacts * L.BYTES_PER_SIMULATED_CONTACT + series * L.BYTES_PER_SIMULATED_INTERVAL)
    + running * chunk * streamed * merge.summary;
  return { contacts, bytes: inFlight + streamed * (merge.merge + resultBytes(s, detail)) };
}

const mb = (x: number) => `${Math.round(x / 1e6).toLocaleString('en-US')} MB`;
const bandWords = (detail: IntervalDetail) => (detail === 'band' ? ', keeping only the service level per interval' : '');

/** Why a run must not start (one line, the figure and the limit), or null when it may. */
export function simulationRefusal(s: ResolvedScenario, replications: number, workers: number, kept = 1, streamed = 1, detail: IntervalDetail = 'all'): string | null {
  const e = estimateSimulation(s, replications, workers, kept, streamed, detail);
  if (!(e.contacts <= L.SIMULATED_CONTACTS.max)) {
    return L.exceedsMessage('one replication (expected arrivals, repeats and retrials)', e.contacts, L.SIMULATED_CONTACTS);
  }
  if (!(e.bytes <= L.SIMULATION_MEMORY_BYTES.max)) {
    return `the simulation would hold about ${mb(e.bytes)} (${Math.max(kept, streamed) > 1 ? `${Math.max(kept, streamed)} strategies × ` : ''}${replications} replications × ${s.intervalCount} intervals${kept === 0 ? ', merged as they finish' : ''}${bandWords(detail)}), above the limit of ${mb(L.SIMULATION_MEMORY_BYTES.max)}: ${L.SIMULATION_MEMORY_BYTES.reason}`;
  }
  return null;
}

/**
 * What a comparison holds at most: its largest batch of strategies in flight (`batch`: the first,
 * every later round's is smaller) and the results of all the others (`total` strategies at most).
 */
function comparisonBytes(s: ResolvedScenario, replications: number, workers: number, strategies: ComparisonSize, detail: IntervalDetail): number {
  return estimateSimulation(s, replications, workers, 0, strategies.batch, detail).bytes + Math.max(0, strategies.total - strategies.batch) * resultBytes(s, detail);
}

/** How many strategies a comparison simulates: in its first batch, and at most in all. */
export interface ComparisonSize {
  batch: number;
  total: number;
}

/**
 * What a comparison keeps per interval, and whether it may run: every figure ('all') when its
 * results fit the memory limit; otherwise only the service level per interval with its 95%
 * interval ('band': a year at 15 minutes, whose full figures per strategy run to a hundred
 * megabytes), the horizon's and the days' figures kept whole (docs/modelling-choices.md,
 * "A comparison on a long horizon"); refused when even that does not fit.
 */
export function comparisonBudget(s: ResolvedScenario, replications: number, workers: number, strategies: ComparisonSize): { detail: IntervalDetail; refusal: string | null } {
  if (comparisonBytes(s, replications, workers, strategies, 'all') <= L.SIMULATION_MEMORY_BYTES.max) {
    return { detail: 'all', refusal: simulationRefusal(s, replications, workers, 0, strategies.batch) };
  }
  const simulation = simulationRefusal(s, replications, workers, 0, strategies.batch, 'band');
  const bytes = comparisonBytes(s, replications, workers, strategies, 'band');
  const refusal = simulation ?? (bytes <= L.SIMULATION_MEMORY_BYTES.max ? null
    : `the comparison would hold about ${mb(bytes)} (${strategies.total} strategies × ${replications} replications × ${s.intervalCount} intervals${bandWords('band')}), above the limit of ${mb(L.SIMULATION_MEMORY_BYTES.max)}: ${L.SIMULATION_MEMORY_BYTES.reason}`);
  return { detail: 'band', refusal };
}
