/**
 * A view's access to a derived figure (the plan, the live what-if): asks the store for it on the
 * scenario now in the store, and gives the newest answer with whether it is current. An outdated
 * answer comes with its own scenario, so a view draws it consistently (its channels, its days)
 * while the newer one is computed.
 */
import { useEffect } from 'react';
import type { ScenarioFile } from '../../scenario/schema';
import { scenarioHash } from '../../simulation/run/hash';
import { useAppState } from '../state/context';
import type { DerivedJob, DerivedResult, DerivedSlice } from '../state/derivedSlice';

export interface Derived<T> {
  /** The newest answer (possibly for an earlier scenario), or null before the first. */
  result: DerivedResult<T> | null;
  /** Is `result` for the scenario now in the store? */
  current: boolean;
}

type ValueOf<J extends DerivedJob> = NonNullable<DerivedSlice[J]>['value'];

export function useDerived<J extends DerivedJob>(job: J): Derived<ValueOf<J>> {
  const scenario = useAppState((s) => s.scenario);
  const result = useAppState((s) => s[job]) as DerivedResult<ValueOf<J>> | null;
  const request = useAppState((s) => s.requestDerived);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `request` reads the store's scenario; a new scenario must ask again
  useEffect(() => { void request(job); }, [request, job, scenario]);
  return { result, current: result !== null && isCurrentResult(result, scenario) };
}

export const isCurrentResult = (result: DerivedResult<unknown>, scenario: ScenarioFile) =>
  result.scenario === scenario || result.hash === scenarioHash(scenario);
