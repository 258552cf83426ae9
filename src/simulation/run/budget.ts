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
import type { RunShape } from './pool';

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
  // The band per channel, and the agents moved per interval (an estimate each, every figure kept).
  if (detail === 'band') return s.intervalCount * (s.channels.length * L.BYTES_PER_BAND_INTERVAL + L.BYTES_PER_ESTIMATE);
  let bytes = 0;
  for (const arrivals of s.arrivals) for (const a of arrivals) bytes += a > 0 ? L.BYTES_PER_SUMMARY_INTERVAL : L.BYTES_PER_QUIET_SUMMARY_INTERVAL;
  return bytes;
}

/**
 * How a streamed run simulates its strategies (pool.ts `RunShape`), and whether they fork from
 * a run of the baseline (des/fork.ts): `forking` strategies do (the streamed ones less the
 * baseline when it is one of them; all of them by default).
 */
export interface StreamedRun extends Omit<RunShape, 'workers'> {
  forked?: boolean;
  forking?: number;
}

/**
 * `kept`: how many strategies' replications are all kept until the end (a run without
 * streaming); 0 when they are merged as they finish (`streamed` strategies side by side): the
 * workers summarise each replication (run/batch.ts), the main thread holds the summaries in
 * flight, each strategy's merge (its banks grow with the replications up to their reservoirs:
 * stats/figureBank.ts) and, at the end, each strategy's result.
 */
export function estimateSimulation(scenario: ResolvedScenario, replications: number, workers: number, kept = 1, streamed = 1, run: StreamedRun = {}): SimulationEstimate {
  return estimateFrom(footprint(scenario, replications, run.intervalDetail ?? 'all'), workers, kept, streamed, run);
}

/** What a run of the scenario weighs whatever its workers and strategies (`estimateSimulation` adds those up). */
interface Footprint {
  /** Expected contacts of one replication. */
  contacts: number;
  /** Channels and pools × intervals. */
  series: number;
  replications: number;
  /** One strategy's merge and one replication's summary (compare/simulated.ts). */
  merge: { merge: number; summary: number };
  /** One strategy's result. */
  result: number;
}

function footprint(scenario: ResolvedScenario, replications: number, detail: IntervalDetail): Footprint {
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
  return {
    contacts, series: s.intervalCount * (s.channels.length + s.pools.length), replications,
    merge: strategyAccumulatorBytes(s, replications, detail), result: resultBytes(s, detail),
  };
}

/** The largest of each part over `scenarios` (a comparison's strategies: temps and outsourcing add pools, a call back series). */
function largestFootprint(scenarios: readonly ResolvedScenario[], replications: number, detail: IntervalDetail): Footprint {
  const all = scenarios.map((s) => footprint(s, replications, detail));
  const most = (pick: (f: Footprint) => number) => Math.max(...all.map(pick));
  return {
    contacts: most((f) => f.contacts), series: most((f) => f.series), replications,
    merge: { merge: most((f) => f.merge.merge), summary: most((f) => f.merge.summary) }, result: most((f) => f.result),
  };
}

function estimateFrom(f: Footprint, workers: number, kept: number, streamed: number, run: StreamedRun): SimulationEstimate {
  const { contacts, series, replications, merge } = f;
  const running = Math.min(workers, replications);
  const chunk = chunkSize(replications, running, run.chunk);
  if (kept > 0) {
    const inFlight = running * contacts * L.BYTES_PER_SIMULATED_CONTACT + running * chunk * series * L.BYTES_PER_REPLICATION_INTERVAL;
    return { contacts, bytes: inFlight + kept * replications * series * L.BYTES_PER_REPLICATION_INTERVAL };
  }
  // Each worker: the member being made (its engine, then its result, summarised and dropped:
  // run/batch.ts) and, forking, the baseline's result and its snapshots at the forks of the
  // group, one per strategy at most (des/fork.ts), its chunk's summaries; the main thread: the
  // summaries waiting for their turn (a chunk per worker at most), the merges, the results.
  const forking = run.forking ?? streamed;
  const copies = run.forked ? 1 + Math.min(forking, run.forkGroup ?? forking) : 0;
  const inFlight = running * (contacts * L.BYTES_PER_SIMULATED_CONTACT + series * (L.BYTES_PER_SIMULATED_INTERVAL + copies * L.BYTES_PER_REPLICATION_COPY))
    + running * chunk * streamed * merge.summary;
  return { contacts, bytes: inFlight + streamed * (merge.merge + f.result) };
}

const mb = (x: number) => `${Math.round(x / 1e6).toLocaleString('en-US')} MB`;
const bandWords = (detail: IntervalDetail) => (detail === 'band' ? ', keeping only the service level per interval' : '');
const memoryRefusal = (what: string, bytes: number) =>
  `${what} would hold about ${mb(bytes)}, above the limit of ${mb(L.SIMULATION_MEMORY_BYTES.max)}: ${L.SIMULATION_MEMORY_BYTES.reason}`;

/** Why one replication must not run (its contacts), or null. */
function contactsRefusal(e: { contacts: number }): string | null {
  if (e.contacts <= L.SIMULATED_CONTACTS.max) return null;
  return L.exceedsMessage('one replication (expected arrivals, repeats and retrials)', e.contacts, L.SIMULATED_CONTACTS);
}

/** Why a run must not start (one line, the figure and the limit), or null when it may. */
export function simulationRefusal(s: ResolvedScenario, replications: number, workers: number, kept = 1, streamed = 1, run: StreamedRun = {}): string | null {
  const e = estimateSimulation(s, replications, workers, kept, streamed, run);
  const contacts = contactsRefusal(e);
  if (contacts !== null) return contacts;
  if (!(e.bytes <= L.SIMULATION_MEMORY_BYTES.max)) {
    const strategies = Math.max(kept, streamed) > 1 ? `${Math.max(kept, streamed)} strategies × ` : '';
    return memoryRefusal(`the simulation (${strategies}${replications} replications × ${s.intervalCount} intervals${kept === 0 ? ', merged as they finish' : ''}${bandWords(run.intervalDetail ?? 'all')})`, e.bytes);
  }
  return null;
}

/**
 * How many strategies a comparison simulates in each round, in order: the first holds the
 * baseline and the strategies of the plan, each later one the search's next candidates (forked
 * from a baseline that is not one of them).
 */
export interface ComparisonSize {
  rounds: number[];
}

/**
 * What a comparison holds at its peak: in each round, that round's strategies in flight and the
 * results of every earlier round; at the end, the baseline simulated again up to the most
 * replications (run/comparison.ts) beside every other result.
 */
function comparisonBytes(f: Footprint, workers: number, size: ComparisonSize, run: StreamedRun): number {
  const total = size.rounds.reduce((t, n) => t + n, 0);
  // The top-up: the baseline alone, not forked, while every result is held (its own earlier one too).
  let peak = estimateFrom(f, workers, 0, 1, { ...run, forked: false }).bytes + total * f.result;
  let held = 0;
  size.rounds.forEach((n, j) => {
    // The first round's count holds the baseline, which does not fork from itself.
    peak = Math.max(peak, estimateFrom(f, workers, 0, n, { ...run, forking: j === 0 ? n - 1 : n }).bytes + held * f.result);
    held += n;
  });
  return peak;
}

/**
 * What a comparison keeps per interval, how many of the pool's workers and how many strategies
 * per run of the baseline it uses, and whether it may run.
 *
 * - Per interval: every figure ('all') when every strategy's merge and result at full detail take
 *   at most half the memory limit (the rest is for what the workers hold); otherwise only the
 *   service level with its 95% interval ('band': a year at 15 minutes, whose figures run to a
 *   hundred megabytes per strategy), the horizon's and the days' figures kept whole
 *   (docs/modelling-choices.md, "A comparison on a long horizon"). Decided without the number
 *   of workers, so a seed gives the same output on any machine.
 * - Workers and fork groups: the most workers that fit, each forking all of a round's strategies
 *   from one run of the baseline when that fits, otherwise as many as fit, each group with its
 *   own run of the baseline (run/batch.ts). Neither changes a result, only the time.
 * - Refused when even one worker forking one strategy per run of the baseline does not fit.
 */
export function comparisonBudget(scenarios: readonly ResolvedScenario[], replications: number, workers: number, size: ComparisonSize): {
  /** `intervalDetail` always; `workers`, `forkGroup` and `chunk` only where narrowed. */
  shape: RunShape & { intervalDetail: IntervalDetail }; refusal: string | null;
} {
  const total = size.rounds.reduce((t, n) => t + n, 0);
  const full = largestFootprint(scenarios, replications, 'all');
  const detail: IntervalDetail = total * (full.merge.merge + full.result) <= L.SIMULATION_MEMORY_BYTES.max / 2 ? 'all' : 'band';
  const f = detail === 'all' ? full : largestFootprint(scenarios, replications, detail);
  const contacts = contactsRefusal(f);
  if (contacts !== null) return { shape: { intervalDetail: detail }, refusal: contacts };
  // The most strategies forking in one round (the first round's count holds the baseline).
  const largest = Math.max(1, (size.rounds[0] ?? 1) - 1, ...size.rounds.slice(1));
  let bytes = Infinity;
  for (let w = Math.max(1, workers); w >= 1; w--) {
    for (let group = largest; group >= 1; group--) {
      // A batch of one replication before smaller groups: its summaries come back one at a time.
      for (const chunk of [undefined, 1]) {
        bytes = comparisonBytes(f, w, size, { intervalDetail: detail, forked: true, forkGroup: group, chunk });
        if (bytes > L.SIMULATION_MEMORY_BYTES.max) continue;
        const shape = { intervalDetail: detail, ...(w < workers ? { workers: w } : {}), ...(group < largest ? { forkGroup: group } : {}), ...(chunk ? { chunk } : {}) };
        return { shape, refusal: null };
      }
    }
  }
  return {
    shape: { intervalDetail: detail, workers: 1, forkGroup: 1, chunk: 1 },
    refusal: memoryRefusal(`the comparison (${total} strategies × ${replications} replications × ${scenarios[0]!.intervalCount} intervals${bandWords(detail)}, on one worker forking one strategy per run of the baseline)`, bytes),
  };
}

