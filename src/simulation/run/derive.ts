/**
 * The page's analytic jobs, the ones that can take longer than a frame on a large scenario:
 * validating an edited scenario, the Staffing page's plan, and every strategy's live what-if
 * figures. Plain functions over plain data; `workers/derive.worker.ts` runs them off the page's
 * thread (docs/architecture.md, "Workers"). The live what-if keeps its Erlang cache between calls,
 * so it lives as long as its worker.
 */
import { parseScenario, parseScenarioText, type ParseResult } from '../../scenario/parse';
import { resolveScenario } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/schema';
import { planScenario, type PlanResult } from '../plan';
import { createLiveWhatIf, type LiveResult } from './liveWhatIf';

export interface DeriveJobs {
  /** Validation of an edited scenario (what the store does on each edit). */
  validate(candidate: unknown): ParseResult;
  /** Validation of a scenario file's text (a file the planner opens). */
  validateText(text: string): ParseResult;
  /** The analytic plan of a valid scenario. */
  plan(scenario: ScenarioFile): PlanResult;
  /** Each strategy's live figures ('baseline' first), by strategy id. */
  live(scenario: ScenarioFile): Map<string, LiveResult>;
}

export function createDeriveJobs(): DeriveJobs {
  const liveWhatIf = createLiveWhatIf();
  return {
    validate: (candidate) => parseScenario(candidate),
    validateText: (text) => parseScenarioText(text),
    plan: (scenario) => planScenario(resolveScenario(scenario)),
    live: (scenario) => liveWhatIf.figures(scenario, resolveScenario(scenario)),
  };
}
