/**
 * What `simulate` and `compare` share: their options, the worker pool on Node threads, progress
 * on stderr (never stdout, docs/cli.md), and the JSON shape of a simulated strategy.
 */
import { intervalStart } from '../scenario/calendar';
import type { ResolvedScenario } from '../scenario/model';
import type { SimulatedStrategyResult } from '../simulation/compare/simulated';
import type { StrategyScenario } from '../simulation/levers/types';
import { createNodeWorker, nodePoolSize } from '../../workers/nodeWorker';
import { SimulationPool } from '../simulation/run/pool';
import { runStrategies } from '../simulation/run/strategies';
import type { ReplicationResult } from '../simulation/des';
import type { ReplicationSummary } from '../simulation/compare/simulated';
import { simulationRefusal } from '../simulation/run/budget';
import { InputError } from './errors';
import { numericFlags, type OptionSpec, type ParsedCommandLine } from './flags';
import type { CliIo } from './io';

export const SIMULATION_OPTIONS: OptionSpec = {
  json: { type: 'boolean' },
  replications: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
};

export interface SimulationSettings {
  replications: number;
  seed: number;
  workers: number;
}

const DEFAULT_REPLICATIONS = 30;
const DEFAULT_SEED = 1;

function wholeNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value)) throw new InputError(`--${name}: must be a whole number, got ${value}`);
  if (value < min || value > max) throw new InputError(`--${name}: must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function simulationSettings(values: ParsedCommandLine['values']): SimulationSettings {
  const flags = numericFlags(values, ['replications', 'seed', 'workers']);
  return {
    replications: wholeNumber('replications', flags.replications, DEFAULT_REPLICATIONS, 1, 100_000),
    seed: wholeNumber('seed', flags.seed, DEFAULT_SEED, 0, 2 ** 32 - 1),
    workers: wholeNumber('workers', flags.workers, nodePoolSize(), 1, 64),
  };
}

/** Progress on stderr, at most twice a second and always at the end. */
export function progressOnStderr(io: CliIo): (p: { done: number; total: number; phase?: string }) => void {
  const started = Date.now();
  let lastReport = 0;
  return ({ done, total, phase }) => {
    if (phase === 'analytic') io.stderr('analytic comparison and search of the levers…\n');
    if (phase !== undefined && phase !== 'simulating') return;
    const now = Date.now();
    if (now - lastReport < 500 && done < total) return;
    lastReport = now;
    io.stderr(`simulated ${done}/${total} replications (${((now - started) / 1000).toFixed(1)} s)\n`);
  };
}

/** Runs `work` on a pool of Node worker threads, stopped afterwards. */
export async function withNodePool<T>(settings: SimulationSettings, work: (pool: SimulationPool) => Promise<T>): Promise<T> {
  const pool = new SimulationPool(createNodeWorker, settings.workers);
  try {
    return await work(pool);
  } finally {
    pool.terminateAll();
  }
}

/**
 * Refuses, as bad input (exit 2), a run beyond the simulator's budget (run/budget.ts), before
 * any worker starts. `kept`: how many strategies' replications the run keeps (0: streamed,
 * `streamed` strategies merged side by side).
 */
export function checkSimulationBudget(path: string, scenario: ResolvedScenario, settings: SimulationSettings, kept = 1, streamed = 1): void {
  const refusal = simulationRefusal(scenario, settings.replications, settings.workers, kept, streamed);
  if (refusal !== null) throw new InputError(`${path}: cannot simulate: ${refusal}`);
}

/** Simulates every strategy on worker threads; progress goes to stderr; `onResult`: streamed, each replication summarised by its worker (see runStrategies). */
export async function simulateStrategies(
  scenarios: StrategyScenario[], settings: SimulationSettings, io: CliIo,
  onResult?: (k: number, summary: ReplicationSummary) => void,
): Promise<ReplicationResult[][]> {
  const outcome = await withNodePool(settings, (pool) => runStrategies(pool, scenarios, settings, { onProgress: progressOnStderr(io), ...(onResult ? { onResult } : {}) }));
  if (outcome.kind === 'done') return outcome.results;
  throw new Error(outcome.kind === 'error' ? `simulation of '${outcome.strategyId}' failed: ${outcome.message}` : 'simulation cancelled');
}

/**
 * A simulated strategy as JSON: `intervals` becomes one entry per interval with its start
 * (`date`, `time` on the scenario's clock) and the figures of every channel. A comparison that
 * kept only the band per interval (docs/cli.md, `intervalDetail`) gives `serviceLevelBand` instead.
 */
export function strategyJson(s: ResolvedScenario, result: SimulatedStrategyResult): Record<string, unknown> {
  const { intervals, replicationTotals: _paired, extra, stop: _stop, outcomes: _outcomes, checks: _checks, ...rest } = result;
  return {
    ...rest,
    ...(extra ? { extraCost: extra.extraCost, extraAnswered: extra.extraAnswered, extraServiceLevel: extra.extraServiceLevel, costPerExtraAnswered: extra.costPerExtraAnswered } : {}),
    ...(intervals ? {
      intervals: Array.from({ length: s.intervalCount }, (_, i) => ({
        ...intervalStart(s, i),
        channels: Object.fromEntries(s.channels.map((c) => [c.id, intervals[c.id]![i]])),
      })),
    } : {}),
  };
}
