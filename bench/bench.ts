/**
 * `npm run bench` (docs/cli.md, "Benchmarks"): the figures that say whether the engines are
 * fast enough. Timings, not tests: nothing here fails a build.
 *
 * - analytic.planMs: the analytic plan of the default scenario, median of several cold runs
 *   (a fresh staffing cache each run, as after a change of input in the app).
 * - analytic.comparePlanMs: the comparison's analytic phase (planComparison: the search, the
 *   stressed searches, the robust candidates) on the default scenario, median of 3 runs, each with
 *   fresh caches; analytic.yearPlanMs: the same on the year scenario below (left out with --quick).
 * - analytic.farOverloadMs: Erlang A of a very patient queue far over capacity (50,000 Erlangs on
 *   40,000 agents), the slowest case of the exact chain; median of three (was a timed unit test).
 * - des.compareDefaultMs: `wfm compare`'s flow on the default scenario (analytic search, then
 *   the strategies simulated in rounds, forked from the baseline, each stopped when the decision
 *   is clear: compare/sequential.ts), 30 replications at most (the command's default), 2 workers;
 *   des.compareOverSimulate: that time ÷ one simulation of the baseline with the same
 *   replications and workers (the pool's run alone; the goal is ≤ 2.5), medians of three measured
 *   in turn;
 *   des.compareOverSimulateSummarised: ÷ the `wfm simulate` flow (the run and its summary);
 *   des.compareCpuOverSimulate: the same ratio in CPU time of this process (workers are threads of
 *   it), steadier than wall time on a machine shared with other work;
 *   des.compareBySample: each built-in sample's comparison ÷ one simulation of it (wall, CPU),
 *   with the replications it used (left out with --quick);
 *   des.compareAllReplicationsMs: every strategy given every replication (forked, as before the
 *   sequential procedure); des.compareWholeMs: that, every strategy simulated whole;
 *   des.compareSameRecommendation: the recommendation is the same with 30 and with 100
 *   replications at most (the issue's check), des.compare100Ms the time with 100;
 *   des.compareStrategyReplications: replications received, all strategies together.
 * - des.confirmOneMs: the app's "Confirm" of one strategy (run/confirmStrategy.ts: the baseline and
 *   that strategy, forked and paired, in the comparison's rounds, no analytic search) on the default
 *   scenario with the app's default replications (20 at most), on a warm pool of 2 workers, median
 *   of three; the strategy is the scenario's most expensive (analytic cost) that forks from the
 *   baseline after the start (on the default sample: temps, forked at the first morning, simulated
 *   to the maximum: the slow case) — des.confirmOneStrategy names it, des.confirmOneReplications
 *   says how many it received. des.confirmOneOverSimulate: that time ÷ one simulation of the
 *   baseline with the same replications and workers (the pool's run alone, des.confirmSimulateMs),
 *   measured in turn with it (goal: confirmOneMs < 2000 on 2 cores). des.confirmPickMs (and
 *   …OverSimulate, …Strategy, …Replications): the same for the scenario's analytic pick, the
 *   cheapest of its strategies meeting every target in the analytic view (overtime on the default
 *   sample, stopped once clearly below the confidence asked).
 * - des.yearScenarioMs: a year at 15 minutes (bench/yearScenario.ts: 6 channels, 10 pools),
 *   `wfm simulate`'s flow, 10 replications on 2 workers; des.yearSummarisingShare: the share of
 *   that time the main thread spent summarising (goal ≤ 0.25); des.yearCompareMs: `wfm compare`'s
 *   flow on it, 10 replications at most (goal < 60 s). Left out with --quick.
 * - des.customersPerSecond: the standard model on this thread, median of three replications.
 * - des.defaultScenarioMs: the default scenario, 100 replications, on 1 and 2 worker threads
 *   (workers started and warmed before the clock starts: the app keeps its pool alive).
 */
import { performance } from 'node:perf_hooks';
import { parseScenario } from '../src/scenario/parse';
import { resolveScenario } from '../src/scenario/resolve';
import { defaultSample, samples, type Sample } from '../src/scenario/samples';
import type { ResolvedScenario } from '../src/scenario/model';
import { clearPlanMemo, planScenario } from '../src/simulation/plan';
import { simulateReplication } from '../src/simulation/des';
import { erlangA } from '../src/simulation/erlang';
import { standardModelScenario } from '../src/simulation/des/standardModel';
import { runComparison } from '../src/simulation/run/comparison';
import { confirmStrategy } from '../src/simulation/run/confirmStrategy';
import { compareAnalytic } from '../src/simulation/compare/compareAnalytic';
import { forkInterval } from '../src/simulation/des/fork';
import { applyStrategy } from '../src/simulation/levers';
import { DEFAULT_RUN_SETTINGS } from '../src/simulation/run/jobTypes';
import { StrategyAccumulator } from '../src/simulation/compare/simulated';
import { baselineScenario } from '../src/simulation/levers';
import { ReplicationOrder } from '../src/simulation/run/order';
import { runStrategies } from '../src/simulation/run/strategies';
import { SimulationPool } from '../src/simulation/run/pool';
import { createNodeWorker } from '../workers/nodeWorker';
import { yearScenario } from './yearScenario';
import { planComparison } from '../src/simulation/compare/comparison';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Wall time and CPU time of `work`. The CPU is the whole process's (getrusage: the pool's
 * workers are threads of it), so a ratio of two CPU times barely moves when other programs load
 * the machine, where a ratio of wall times does.
 */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

function sampleScenario(sample: Sample): ResolvedScenario {
  const parsed = parseScenario(sample.scenario);
  if (!parsed.ok) throw new Error(`sample ${sample.name} does not parse: ${JSON.stringify(parsed.problems)}`);
  return resolveScenario(parsed.scenario);
}

/**
 * Every built-in sample: the comparison (sequential, 30 at most, 2 workers) over one baseline
 * simulation with the same settings, wall and CPU, one run each after a warm-up.
 */
async function benchSamples(): Promise<Record<string, { compareMs: number; simulateMs: number; overSimulate: number; cpuOverSimulate: number; replications: number }>> {
  const pool = new SimulationPool(createNodeWorker, 2);
  const figures: Awaited<ReturnType<typeof benchSamples>> = {};
  try {
    for (const sample of samples) {
      const scenario = sampleScenario(sample);
      const warm = await pool.run({ scenario, seed: 99, replications: 2 });
      if (warm.kind !== 'done') throw new Error('warm-up failed');
      const compare = await measured(() => runComparison(pool, scenario, { seed: 1, replications: COMPARE_REPLICATIONS }));
      const simulate = await measured(() => pool.run({ scenario, seed: 1, replications: COMPARE_REPLICATIONS }));
      if (compare.value.kind !== 'done' || simulate.value.kind !== 'done') throw new Error(`sample ${sample.name} failed`);
      figures[sample.name] = {
        compareMs: Math.round(compare.ms), simulateMs: Math.round(simulate.ms),
        overSimulate: round(compare.ms / simulate.ms, 2), cpuOverSimulate: round(compare.cpuMs / simulate.cpuMs, 2),
        replications: compare.value.run.simulated.reduce((t, r) => t + r.replications, 0),
      };
    }
  } finally {
    pool.terminateAll();
  }
  return figures;
}

function defaultScenario(): ResolvedScenario {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error(`default sample does not parse: ${JSON.stringify(parsed.problems)}`);
  return resolveScenario(parsed.scenario);
}

/**
 * Median plan time. Cold: the plan's memo of staffing answers is cleared before each run, so
 * every interval is solved (a scenario just opened). Edit: one channel's handle time changes
 * by a second each run, so that channel is solved afresh and the others come from the memo (a
 * planner moving a slider).
 */
function benchPlan(scenario: ResolvedScenario, runs: number): { coldMs: number; editMs: number } {
  const cold: number[] = [];
  const edit: number[] = [];
  planScenario(scenario); // warm the JIT
  for (let i = 0; i < runs; i += 1) {
    clearPlanMemo();
    let start = performance.now();
    planScenario(scenario);
    cold.push(performance.now() - start);
    const edited = structuredClone(scenario);
    edited.channels[0]!.aht = { ...edited.channels[0]!.aht, mean: edited.channels[0]!.aht.mean + 1 + i };
    start = performance.now();
    planScenario(edited);
    edit.push(performance.now() - start);
  }
  return { coldMs: median(cold), editMs: median(edit) };
}

function benchFarOverload(): number {
  const input = { traffic: 50_000, servers: 40_000, ahtSeconds: 180, patienceSeconds: 180 * 1e5, slSeconds: 20 };
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    erlangA(input);
    return performance.now() - start;
  });
  return median(times);
}

/** Median of three runs after a warm-up: the first large run in a process pays for compilation. */
function benchStandardModel(customers: number) {
  const scenario = standardModelScenario(customers);
  simulateReplication(standardModelScenario(20_000), { seed: 1, replication: 0 }); // warm the JIT
  const runs = [0, 1, 2].map((replication) => {
    const start = performance.now();
    const result = simulateReplication(scenario, { seed: 1, replication });
    const seconds = (performance.now() - start) / 1000;
    return { customers: result.customers, events: result.events, seconds, customersPerSecond: result.customers / seconds };
  });
  return runs.sort((a, b) => a.customersPerSecond - b.customersPerSecond)[1]!;
}

const COMPARE_REPLICATIONS = 30;

interface CompareFigures {
  /** CPU of every thread of this process (the pool's workers are threads), medians as the times. */
  sequentialCpuMs: number; simulateCpuMs: number;
  sequentialMs: number; allReplicationsMs: number; wholeMs: number; simulateMs: number; simulateSummarisedMs: number;
  hundredMs: number; sameRecommendation: boolean; strategyReplications: number; confidence: number | null;
}

/** The comparison flow (sequential; every replication forked; whole) and one baseline simulation, same seed and settings. */
async function benchCompare(scenario: ResolvedScenario, replications: number, all: boolean): Promise<CompareFigures> {
  const pool = new SimulationPool(createNodeWorker, 2);
  try {
    const warm = await pool.run({ scenario, seed: 99, replications: 2 });
    if (warm.kind !== 'done') throw new Error('warm-up failed');
    const time = async (options: Parameters<typeof runComparison>[3], max = replications) => {
      const { ms, cpuMs, value: run } = await measured(async () => {
        const outcome = await runComparison(pool, scenario, { seed: 1, replications: max }, options);
        if (outcome.kind !== 'done') throw new Error(`comparison failed: ${JSON.stringify(outcome)}`);
        return outcome.run;
      });
      return { ms, cpuMs, run };
    };
    const simulateMeasured = () => measured(async () => {
      const outcome = await pool.run({ scenario, seed: 1, replications });
      if (outcome.kind !== 'done') throw new Error('simulation failed');
    });
    // `wfm simulate`: the baseline's replications merged as they finish, then summarised.
    const simulateSummarised = async () => {
      const start = performance.now();
      const baseline = baselineScenario(scenario);
      const accumulator = new StrategyAccumulator(baseline);
      const order = new ReplicationOrder((r) => accumulator.add(r));
      const streamed = await runStrategies(pool, [baseline], { seed: 1, replications }, { onResult: (_, r) => order.add(r) });
      if (streamed.kind !== 'done') throw new Error('simulation failed');
      accumulator.summary();
      return performance.now() - start;
    };
    // The ratio's terms measured in turn, three times (medians): a machine shared with other work
    // slows them alike, rather than one of them.
    const rounds = all ? 3 : 1;
    const runs: { sequential: number; simulate: number; summarised: number; sequentialCpu: number; simulateCpu: number }[] = [];
    let sequential = await time({});
    for (let k = 0; k < rounds; k++) {
      const simulated = await simulateMeasured();
      const summarisedMs = await simulateSummarised();
      if (k > 0) sequential = await time({});
      runs.push({ sequential: sequential.ms, simulate: simulated.ms, summarised: summarisedMs, sequentialCpu: sequential.cpuMs, simulateCpu: simulated.cpuMs });
    }
    const hundred = await time({}, 100);
    const allReplicationsMs = all ? (await time({ sequential: false })).ms : Number.NaN;
    const wholeMs = all ? (await time({ sequential: false, fork: false })).ms : Number.NaN;
    const simulateMs = median(runs.map((r) => r.simulate));
    const simulateSummarisedMs = median(runs.map((r) => r.summarised));
    return {
      sequentialCpuMs: median(runs.map((r) => r.sequentialCpu)), simulateCpuMs: median(runs.map((r) => r.simulateCpu)),
      sequentialMs: median(runs.map((r) => r.sequential)), allReplicationsMs, wholeMs, simulateMs, simulateSummarisedMs, hundredMs: hundred.ms,
      sameRecommendation: sequential.run.recommendation.strategyId === hundred.run.recommendation.strategyId,
      strategyReplications: sequential.run.simulated.reduce((t, r) => t + r.replications, 0),
      confidence: sequential.run.recommendation.probabilityCorrect,
    };
  } finally {
    pool.terminateAll();
  }
}

/**
 * The app's "Confirm" of one strategy and one baseline simulation with the same settings, in turn,
 * three times (medians), on a warm pool of 2 workers (the app's compare worker keeps its pool):
 * for the scenario's most expensive strategy that forks after the start, and for its analytic
 * pick (the cheapest of its strategies meeting every target in the analytic view).
 */
async function benchConfirm(scenario: ResolvedScenario) {
  const base = baselineScenario(scenario);
  const analytic = compareAnalytic(scenario).strategies;
  const of = (id: string) => analytic.find((a) => a.id === id)!;
  const forkable = scenario.strategies.filter((st) => forkInterval(base, applyStrategy(scenario, st)) > 0);
  const expensive = [...forkable].sort((a, b) => of(b.id).cost.total - of(a.id).cost.total)[0];
  const pick = scenario.strategies.filter((st) => of(st.id).meetsTargets).sort((a, b) => of(a.id).cost.total - of(b.id).cost.total)[0];
  if (!expensive || !pick) throw new Error('the default scenario has no forkable strategy or none meeting its targets');
  const { seed, replications } = DEFAULT_RUN_SETTINGS;
  const pool = new SimulationPool(createNodeWorker, 2);
  try {
    const warm = await pool.run({ scenario: base, seed: 99, replications: 2 });
    if (warm.kind !== 'done') throw new Error('warm-up failed');
    const runs: { expensive: number; pick: number; simulate: number }[] = [];
    const received = { expensive: 0, pick: 0 };
    const confirm = async (strategy: typeof expensive, key: keyof typeof received) => {
      const start = performance.now();
      const outcome = await confirmStrategy(pool, scenario, strategy, { seed, replications });
      if (outcome.kind !== 'done') throw new Error(`confirm failed: ${JSON.stringify(outcome)}`);
      received[key] = outcome.run.simulated[1].replications;
      return performance.now() - start;
    };
    for (let k = 0; k < 3; k++) {
      const e = await confirm(expensive, 'expensive');
      const p = await confirm(pick, 'pick');
      const start = performance.now();
      const simulated = await pool.run({ scenario: base, seed, replications });
      if (simulated.kind !== 'done') throw new Error('simulation failed');
      runs.push({ expensive: e, pick: p, simulate: performance.now() - start });
    }
    return {
      ms: median(runs.map((r) => r.expensive)), pickMs: median(runs.map((r) => r.pick)), simulateMs: median(runs.map((r) => r.simulate)),
      strategyId: expensive.id, pickId: pick.id, replications: received.expensive, pickReplications: received.pick,
    };
  } finally {
    pool.terminateAll();
  }
}

const YEAR_REPLICATIONS = 10;

/**
 * A year at 15 minutes (yearScenario.ts), 10 replications on 2 workers: the `wfm simulate` flow
 * (replications merged as they finish, then summarised), with the main thread's time spent
 * summarising (merging and the summary) as a share of it; then `wfm compare`'s flow.
 */
async function benchYear(): Promise<{ simulateMs: number; summarisingShare: number; compareMs: number | null; compareRefused: string | null; compareDetail: string | null }> {
  const parsed = parseScenario(yearScenario());
  if (!parsed.ok) throw new Error(`year scenario does not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const year = resolveScenario(parsed.scenario);
  const pool = new SimulationPool(createNodeWorker, 2);
  try {
    const warm = await pool.run({ scenario: baselineScenario(year), seed: 99, replications: 2 });
    if (warm.kind !== 'done') throw new Error('warm-up failed');
    let summarising = 0;
    let start = performance.now();
    const baseline = baselineScenario(year);
    const accumulator = new StrategyAccumulator(baseline);
    const order = new ReplicationOrder((r) => {
      const t = performance.now();
      accumulator.add(r);
      summarising += performance.now() - t;
    });
    const streamed = await runStrategies(pool, [baseline], { seed: 1, replications: YEAR_REPLICATIONS }, { onResult: (_, r) => order.add(r) });
    if (streamed.kind !== 'done') throw new Error('simulation failed');
    const t = performance.now();
    accumulator.summary();
    summarising += performance.now() - t;
    const simulateMs = performance.now() - start;
    start = performance.now();
    const outcome = await runComparison(pool, year, { seed: 1, replications: YEAR_REPLICATIONS });
    // The simulator's memory budget (run/budget.ts) may refuse it: said, not timed.
    if (outcome.kind === 'error') return { simulateMs, summarisingShare: summarising / simulateMs, compareMs: null, compareRefused: outcome.message, compareDetail: null };
    if (outcome.kind !== 'done') throw new Error(`year comparison failed: ${JSON.stringify(outcome)}`);
    const compareMs = performance.now() - start;
    return { simulateMs, summarisingShare: summarising / simulateMs, compareMs, compareRefused: null, compareDetail: outcome.run.intervalDetail };
  } finally {
    pool.terminateAll();
  }
}

async function benchWorkers(scenario: ResolvedScenario, workers: number, replications: number): Promise<number> {
  const pool = new SimulationPool(createNodeWorker, workers);
  try {
    const warm = await pool.run({ scenario, seed: 99, replications: workers });
    if (warm.kind !== 'done') throw new Error(`warm-up failed: ${JSON.stringify(warm)}`);
    const start = performance.now();
    const outcome = await pool.run({ scenario, seed: 1, replications });
    if (outcome.kind !== 'done') throw new Error(`run failed: ${JSON.stringify(outcome)}`);
    return performance.now() - start;
  } finally {
    pool.terminateAll();
  }
}

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (text: string) => { if (!json) process.stderr.write(`${text}\n`); };

const scenario = defaultScenario();
log('analytic plan of the default scenario…');
const plan = benchPlan(scenario, quick ? 5 : 21);
/** Median of 3 planComparison runs (each makes its own caches: a comparison just started). */
const comparePlanMs = (s: ResolvedScenario) => median([0, 1, 2].map(() => { const t = performance.now(); planComparison(s); return performance.now() - t; }));
log(`the comparison's analytic phase, default scenario${quick ? '…' : ' and the year…'}`);
const yearResolved = () => { const p = parseScenario(yearScenario()); if (!p.ok) throw new Error('year scenario does not parse'); return resolveScenario(p.scenario); };
const planMs = { compare: comparePlanMs(scenario), year: quick ? null : comparePlanMs(yearResolved()) };
log('Erlang A far over capacity…');
const farOverloadMs = benchFarOverload();
log('standard model (one voice channel, 100 agents, load 0.95)…');
const standard = benchStandardModel(quick ? 100_000 : 1_000_000);
const replications = quick ? 10 : 100;
log(`default scenario, ${replications} replications on 1 worker…`);
const oneWorkerMs = await benchWorkers(scenario, 1, replications);
log(`default scenario, ${replications} replications on 2 workers…`);
const twoWorkersMs = await benchWorkers(scenario, 2, replications);

log(`default comparison, ${COMPARE_REPLICATIONS} replications at most on 2 workers (sequential, 100 at most${quick ? '' : ', every replication forked, then whole'})…`);
const compare = await benchCompare(scenario, COMPARE_REPLICATIONS, !quick);

log(`every sample, ${COMPARE_REPLICATIONS} replications at most on 2 workers: compare, then simulate…`);
const bySample = quick ? null : await benchSamples();
log(`confirm one strategy against the baseline, ${DEFAULT_RUN_SETTINGS.replications} replications at most on 2 workers…`);
const confirm = await benchConfirm(scenario);

log(`a year at 15 minutes (6 channels, 10 pools), ${YEAR_REPLICATIONS} replications on 2 workers: simulate, then compare…`);
const year = quick ? null : await benchYear();

const figures = {
  analytic: {
    planMs: round(plan.coldMs, 3), planAfterEditMs: round(plan.editMs, 3), farOverloadMs: round(farOverloadMs, 1),
    comparePlanMs: Math.round(planMs.compare), yearPlanMs: planMs.year === null ? null : Math.round(planMs.year),
  },
  des: {
    customersPerSecond: Math.round(standard.customersPerSecond),
    eventsPerSecond: Math.round(standard.events / standard.seconds),
    standardModel: { customers: standard.customers, events: standard.events, seconds: round(standard.seconds, 3) },
    defaultScenarioMs: [
      { workers: 1, replications, ms: Math.round(oneWorkerMs) },
      { workers: 2, replications, ms: Math.round(twoWorkersMs) },
    ],
    speedup2Workers: round(oneWorkerMs / twoWorkersMs, 2),
    compareDefaultMs: Math.round(compare.sequentialMs),
    compareAllReplicationsMs: Math.round(compare.allReplicationsMs),
    compareWholeMs: Math.round(compare.wholeMs),
    compareOverSimulate: round(compare.sequentialMs / compare.simulateMs, 2),
    compareOverSimulateSummarised: round(compare.sequentialMs / compare.simulateSummarisedMs, 2),
    compareCpuOverSimulate: round(compare.sequentialCpuMs / compare.simulateCpuMs, 2),
    compareBySample: bySample,
    compareSimulateMs: Math.round(compare.simulateMs),
    compareSimulateSummarisedMs: Math.round(compare.simulateSummarisedMs),
    compare100Ms: Math.round(compare.hundredMs),
    compareSameRecommendation: compare.sameRecommendation,
    compareStrategyReplications: compare.strategyReplications,
    compareConfidence: compare.confidence === null ? null : round(compare.confidence, 3),
    confirmOneMs: Math.round(confirm.ms),
    confirmOneOverSimulate: round(confirm.ms / confirm.simulateMs, 2),
    confirmOneStrategy: confirm.strategyId,
    confirmOneReplications: confirm.replications,
    confirmPickMs: Math.round(confirm.pickMs),
    confirmPickOverSimulate: round(confirm.pickMs / confirm.simulateMs, 2),
    confirmPickStrategy: confirm.pickId,
    confirmPickReplications: confirm.pickReplications,
    confirmSimulateMs: Math.round(confirm.simulateMs),
    yearScenarioMs: year ? Math.round(year.simulateMs) : null,
    yearSummarisingShare: year ? round(year.summarisingShare, 3) : null,
    yearCompareMs: year?.compareMs ? Math.round(year.compareMs) : null,
    yearCompareRefused: year?.compareRefused ?? null,
    /** What the year's comparison kept per interval (run/budget.ts comparisonBudget): 'band' on this horizon. */
    yearCompareDetail: year?.compareDetail ?? null,
  },
  machine: { node: process.version, cores: (await import('node:os')).availableParallelism() },
};

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} else {
  process.stdout.write(`${[
    `analytic plan, default scenario     ${figures.analytic.planMs} ms cold, ${figures.analytic.planAfterEditMs} ms after an edit (medians, goal < 20 ms)`,
    `Erlang A, 50,000 Erlangs on 40,000  ${figures.analytic.farOverloadMs} ms (median of 3)`,
    `comparison's analytic phase         ${figures.analytic.comparePlanMs} ms default${figures.analytic.yearPlanMs === null ? '' : `, ${figures.analytic.yearPlanMs} ms the year`} (medians of 3)`,
    `DES standard model                  ${figures.des.customersPerSecond.toLocaleString('en')} customers/s (goal ≥ 3,000,000)`,
    `                                    ${figures.des.eventsPerSecond.toLocaleString('en')} events/s`,
    `default comparison, ≤ ${COMPARE_REPLICATIONS} replications ${figures.des.compareDefaultMs} ms (${figures.des.compareStrategyReplications} replications in all), every replication ${figures.des.compareAllReplicationsMs} ms forked, ${figures.des.compareWholeMs} ms whole; ×${figures.des.compareOverSimulate} one simulation, ×${figures.des.compareOverSimulateSummarised} one summarised, CPU ×${figures.des.compareCpuOverSimulate} (goal ≤ 2.5); same recommendation at 100: ${figures.des.compareSameRecommendation}`,
    ...(bySample ? Object.entries(bySample).map(([name, f]) => `  ${name.padEnd(16)} compare ${f.compareMs} ms (${f.replications} replications) ÷ simulate ${f.simulateMs} ms: ×${f.overSimulate}, CPU ×${f.cpuOverSimulate}`) : []),
    `confirm one strategy, ≤ ${DEFAULT_RUN_SETTINGS.replications} replications  ${figures.des.confirmOneStrategy} ${figures.des.confirmOneMs} ms (${figures.des.confirmOneReplications} for it; goal < 2,000), ×${figures.des.confirmOneOverSimulate} one baseline simulation (${figures.des.confirmSimulateMs} ms); ${figures.des.confirmPickStrategy} ${figures.des.confirmPickMs} ms (${figures.des.confirmPickReplications}), ×${figures.des.confirmPickOverSimulate}`,
    ...(year ? [`a year at 15 minutes, ${YEAR_REPLICATIONS} replications  simulate ${figures.des.yearScenarioMs} ms (${Math.round(year.summarisingShare * 100)}% summarising, goal ≤ 25%), compare ${figures.des.yearCompareMs === null ? `refused: ${figures.des.yearCompareRefused}` : `${figures.des.yearCompareMs} ms`} (goal < 60,000)`] : []),
    `default scenario, ${replications} replications  1 worker: ${figures.des.defaultScenarioMs[0]!.ms} ms, 2 workers: ${figures.des.defaultScenarioMs[1]!.ms} ms (×${figures.des.speedup2Workers}, goal ≥ 1.8)`,
  ].join('\n')}\n`);
}
