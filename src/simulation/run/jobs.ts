/**
 * The app's simulation jobs, run inside the compare worker (workers/compare.worker.ts, over workers/compareApi.ts) over
 * a pool of simulation workers: the same flow as `wfm simulate` / `wfm compare`
 * (src/cli/commands/compare.ts), shaped for the page. Plain functions with the pool passed in, so
 * tests run them on Node with an in-process pool.
 *
 * Cancelling is the page's business: it terminates the compare worker (and with it the pool's
 * nested workers), the only way to stop the 2–5 s analytic search promptly. So a job here only
 * ever finishes or fails.
 */
import { resolveScenario } from '../../scenario/resolve';
import { compareAnalytic } from '../compare/compareAnalytic';
import type { ComparisonEntry } from '../compare/comparison';
import { StrategyAccumulator } from '../compare/simulated';
import { applyStrategyChecked, baselineScenario } from '../levers';
import { runComparison } from './comparison';
import { confirmStrategy } from './confirmStrategy';
import { ReplicationOrder } from './order';
import type { SimulationPool } from './pool';
import { runStrategies } from './strategies';
import { simulationRefusal } from './budget';
import { strategyOutcome } from './shape';
import type { SimulationMemo } from './simulationMemo';
import type { CompareRequest, ComparisonOutcome, ConfirmationOutcome, ConfirmRequest, JobProgress, JobResult, SimulateRequest, SimulationOutcome, StrategyOutcome } from './jobTypes';
import type { StopReason } from '../compare/sequential';

type OnProgress = (progress: JobProgress) => void;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Simulates one strategy (or the baseline) of the scenario, with its analytic figures beside. */
export async function simulateJob(pool: SimulationPool, req: SimulateRequest, onProgress: OnProgress = () => {}): Promise<JobResult<SimulationOutcome>> {
  const started = now();
  const s = resolveScenario(req.scenario);
  let entry: ComparisonEntry;
  onProgress({ phase: 'analytic', done: 0, total: 1 });
  if (req.strategyId === 'baseline') {
    const analytic = compareAnalytic(s, []).strategies[0]!;
    entry = { strategy: { id: 'baseline', name: analytic.name, levers: [] }, scenario: baselineScenario(s), source: 'baseline', analytic };
  } else {
    const strategy = s.strategies.find((st) => st.id === req.strategyId);
    if (!strategy) return { kind: 'error', message: `no strategy '${req.strategyId}' in the scenario` };
    const k = s.strategies.indexOf(strategy);
    const applied = applyStrategyChecked(s, strategy, `strategies[${k}]`);
    if (!applied.ok) return { kind: 'error', message: applied.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
    const analytic = compareAnalytic(s, [strategy]).strategies[1]!;
    entry = { strategy, scenario: applied.scenario, source: 'scenario', analytic };
  }
  // Replications merged as they finish (in replication order): memory independent of their number.
  const accumulator = new StrategyAccumulator(entry.scenario);
  const order = new ReplicationOrder((r) => accumulator.add(r));
  const outcome = await runStrategies(pool, [entry.scenario], req, {
    onProgress: (p) => onProgress({ phase: 'simulating', ...p }),
    onResult: (_, r) => order.add(r),
  });
  if (outcome.kind === 'error') return { kind: 'error', message: outcome.message };
  if (outcome.kind === 'cancelled') return { kind: 'error', message: 'cancelled' };
  onProgress({ phase: 'summarizing', done: 0, total: 1 });
  const simulated = accumulator.summary(entry.strategy.levers);
  onProgress({ phase: 'summarizing', done: 1, total: 1 });
  return { kind: 'done', result: { strategy: strategyOutcome(s, entry.source, entry.analytic, simulated), seconds: (now() - started) / 1000 } };
}

/**
 * The whole comparison (run/comparison.ts, shared with `wfm compare`), shaped for the
 * page. With a memo, strategies unchanged since the last comparison keep their simulated results.
 */
export async function compareJob(pool: SimulationPool, req: CompareRequest, onProgress: OnProgress = () => {}, memo?: SimulationMemo): Promise<JobResult<ComparisonOutcome>> {
  const started = now();
  const s = resolveScenario(req.scenario);
  const reuse = memo?.forRun(req);
  const outcome = await runComparison(pool, s, req, { onProgress, reuse });
  if (outcome.kind === 'error') return { kind: 'error', message: outcome.message };
  if (outcome.kind === 'cancelled') return { kind: 'error', message: 'cancelled' };
  reuse?.done();
  const { entries, simulated, recommendation, resimulated } = outcome.run;
  return {
    kind: 'done',
    result: {
      strategies: entries.map((entry, k) => withStop(strategyOutcome(s, entry.source, entry.analytic, simulated[k]!), simulated[k]!.stop ?? null)),
      recommendation: {
        strategyId: recommendation.strategyId,
        meetsTargets: recommendation.meetsTargets,
        cost: recommendation.cost,
        currency: s.costs.currency,
        reasons: recommendation.reasons,
        frontier: recommendation.frontier,
        latestDecisionDate: recommendation.latestDecisionDate,
        decisionDates: recommendation.decisionDates,
        ...(recommendation.confidence === undefined ? {} : {
          confidence: recommendation.confidence,
          probMeetsTargets: recommendation.probMeetsTargets,
          reachesConfidence: recommendation.reachesConfidence,
          costOfConfidence: recommendation.costOfConfidence,
        }),
        probabilityCorrect: recommendation.probabilityCorrect,
      },
      seconds: (now() - started) / 1000,
      resimulated,
    },
  };
}

/**
 * One strategy confirmed against the baseline (run/confirmStrategy.ts: no analytic search),
 * shaped as the comparison's strategies are, so the page shows it with the same words.
 */
export async function confirmJob(pool: SimulationPool, req: ConfirmRequest, onProgress: OnProgress = () => {}): Promise<JobResult<ConfirmationOutcome>> {
  const started = now();
  const s = resolveScenario(req.scenario);
  const outcome = await confirmStrategy(pool, s, req.strategy, req, { onProgress });
  if (outcome.kind === 'error') return { kind: 'error', message: outcome.message };
  if (outcome.kind === 'cancelled') return { kind: 'error', message: 'cancelled' };
  const [baseline, strategy] = outcome.run.entries.map((entry, k) => {
    const simulated = outcome.run.simulated[k]!;
    return withStop(strategyOutcome(s, entry.source, entry.analytic, simulated), simulated.stop ?? null);
  }) as [StrategyOutcome, StrategyOutcome];
  return { kind: 'done', result: { baseline, strategy, seconds: (now() - started) / 1000 } };
}

/**
 * Starts the pool's workers and compiles the simulator on the scenario at hand (one replication of
 * its baseline per worker, thrown away), so the first confirmation of a workshop does not pay for
 * it. Whatever happens is ignored: a real job after it starts its workers anyway (it waits for
 * the warm-up to end: workers/compareApi.ts).
 */
export async function warmJob(pool: SimulationPool, req: { scenario: SimulateRequest['scenario'] }): Promise<void> {
  const s = resolveScenario(req.scenario);
  // A scenario the budget refuses is not run, not even once (a real job names the refusal).
  if (simulationRefusal(s, pool.size, pool.size) !== null) return;
  await pool.run({ scenario: baselineScenario(s), seed: 0, replications: pool.size }, {});
}

/** A strategy's outcome with why the sequential comparison gave it no more replications. */
function withStop(outcome: StrategyOutcome, stop: StopReason | null): StrategyOutcome {
  return stop === null ? outcome : { ...outcome, simulated: { ...outcome.simulated, stop } };
}
