/**
 * The last comparison's simulated strategies, kept in the compare worker so "Compare again"
 * after an edit simulates only the strategies that changed. A key is the strategy's scenario
 * (levers applied) with the seed and replications: equal keys give identical replications
 * (common random numbers), so a kept result is exactly what a new run would produce. Only the
 * last run is kept (a simulated strategy is about 2 MB).
 */
import type { SimulatedStrategyResult } from '../compare/simulated';
import type { StrategyScenario } from '../levers/types';
import type { SimulatedReuse } from './comparison';
import { contentHash } from './hash';

export interface SimulationMemo {
  /** The reuse for one run on `job`: finds the last run's results, keeps this run's. */
  forRun(job: { seed: number; replications: number }): SimulatedReuse & { done(): void };
}

export function createSimulationMemo(): SimulationMemo {
  let last = new Map<string, SimulatedStrategyResult>();
  return {
    forRun(job) {
      // The scenario's list of strategies rides along on each strategy scenario but never reaches
      // the simulator: leaving it out is what lets the others' edits not count as a change.
      const key = (scenario: StrategyScenario) => contentHash({ scenario: { ...scenario, strategies: [] }, seed: job.seed, replications: job.replications });
      const next = new Map<string, SimulatedStrategyResult>();
      return {
        find: (scenario) => last.get(key(scenario)),
        keep: (scenario, result) => { next.set(key(scenario), result); },
        done: () => { last = next; },
      };
    },
  };
}
