/**
 * Derived results, computed from the scenario and never stored (docs/architecture.md): each is
 * memoised on the scenario object's identity, which the store replaces on every change, so a
 * view re-rendering for another reason gets the cached value at no cost.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { resolveScenario } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/schema';
import { planScenario } from '../../simulation/plan';
import { peakDays, type PeakDays } from '../data/peaks';

/** Memoise a function of a scenario on the scenario's identity. */
export function memoOnScenario<T>(compute: (scenario: ScenarioFile) => T): (scenario: ScenarioFile) => T {
  const cache = new WeakMap<ScenarioFile, T>();
  return (scenario) => {
    let value = cache.get(scenario);
    if (value === undefined) {
      value = compute(scenario);
      cache.set(scenario, value);
    }
    return value;
  };
}

export const selectResolved: (scenario: ScenarioFile) => ResolvedScenario = memoOnScenario(resolveScenario);

export const selectPeaks: (scenario: ScenarioFile) => PeakDays = memoOnScenario((s) => peakDays(s, selectResolved(s)));

/** The analytic plan: required vs available agents per channel per interval. */
export const selectPlan = memoOnScenario((s) => planScenario(selectResolved(s)));
