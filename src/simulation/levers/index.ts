/**
 * Peak-absorption levers (docs/model.md, "Levers").
 *
 * Design. Each lever kind is one module behind one small interface (`LeverModule`, module.ts):
 * a zod schema that validates its parameters and fills defaults, and `apply`, which TRANSFORMS
 * the resolved scenario into a new one. A strategy is its levers applied in order to the
 * baseline, giving a `StrategyScenario` (types.ts):
 * - what changes head-counts is written into `pools` (an outsourcer pool, a temps pool with its
 *   ramp-up `ahtMultiplier`, overtime added to the in-house pool's `productive`, a planned
 *   reallocation as a pool split, trainers taken off the in-house `productive`), so an engine that
 *   knows nothing of levers already sees the right staffing;
 * - what is a *behaviour* is a rule beside the pools: `routing` (share / queue above Q / wait
 *   above X s / whole channel → outsourcer), `reallocation` (dynamic moves with hysteresis),
 *   `deflection` (chat standby). The DES implements them exactly (des/); the analytic path in
 *   compare/ honours them approximately and says how in its own docs;
 * - what must be billed is in `leverCosts` (outsourcer terms, temps terms, overtime hours), read
 *   by cost/.
 * User input never throws: `parseLevers` returns problems with their paths
 * (`strategies[2].levers[0].leadTimeDays: must be ≥ 0`) and `applyStrategyChecked` reports
 * references that do not resolve (unknown channel or pool ids).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { Problem } from '../../scenario/problems';
import { zodProblems } from '../../scenario/problems';
import type { StrategyFile } from '../../scenario/schema';
import { LeverSchema, type Lever, type LeverKind } from '../../scenario/levers';
import type { LeverContext, LeverModule } from './module';
import { callbackLever } from './callback';
import { outsourcingLever } from './outsourcing';
import { overtimeLever } from './overtime';
import { reallocationLever } from './reallocation';
import { tempsLever } from './temps';
import type { StrategyScenario } from './types';

export type { StrategyScenario } from './types';
export type { LeverModule } from './module';
export type { CallbackParams, Lever, LeverKind, OutsourcingParams, OvertimeParams, ReallocationParams, TempsParams } from '../../scenario/levers';

export const LEVER_MODULES: { [K in LeverKind]: LeverModule<Extract<Lever, { kind: K }>> } = {
  outsourcing: outsourcingLever,
  reallocation: reallocationLever,
  temps: tempsLever,
  overtime: overtimeLever,
  callback: callbackLever,
};

export type LeversResult = { ok: true; levers: Lever[] } | { ok: false; problems: Problem[] };

/** Validates a strategy's levers; problems carry paths under `pathPrefix` (`strategies[2].levers`). */
export function parseLevers(levers: unknown[], pathPrefix: string): LeversResult {
  const problems: Problem[] = [];
  const parsed: Lever[] = [];
  levers.forEach((raw, k) => {
    const result = LeverSchema.safeParse(raw);
    if (result.success) parsed.push(result.data);
    else problems.push(...zodProblems(result.error, `${pathPrefix}[${k}]`));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, levers: parsed };
}

/** The baseline as a strategy scenario: no pool added, no rule, nothing to bill. */
export function baselineScenario(s: ResolvedScenario, id = 'baseline', name = 'Baseline (no lever)'): StrategyScenario {
  return {
    ...s,
    strategyId: id,
    strategyName: name,
    routing: [],
    reallocation: [],
    deflection: [],
    callbacks: [],
    leverCosts: { outsourcers: [], temps: [], overtime: [] },
    notes: [],
  };
}

export type StrategyResult = { ok: true; scenario: StrategyScenario } | { ok: false; problems: Problem[] };

/** Validates and applies a strategy's levers, in order, to the baseline. */
export function applyStrategyChecked(s: ResolvedScenario, strategy: StrategyFile, pathPrefix = 'strategy'): StrategyResult {
  const parsed = parseLevers(strategy.levers, `${pathPrefix}.levers`);
  if (!parsed.ok) return parsed;
  return applyLevers(baselineScenario(s, strategy.id, strategy.name), parsed.levers, `${pathPrefix}.levers`);
}

/**
 * What applying each of the scenario's strategies refuses beyond its schema (a lever's budget,
 * a reference that only the resolved scenario can check), with paths `strategies[k].levers[j]…`.
 * Loading a file cannot ask this (the scenario layer does not apply levers), so every command
 * and job that runs strategies asks it first: a strategy is refused by name, never dropped.
 */
export function strategyProblems(s: ResolvedScenario): Problem[] {
  return s.strategies.flatMap((strategy, k) => {
    const applied = applyStrategyChecked(s, strategy, `strategies[${k}]`);
    return applied.ok ? [] : applied.problems;
  });
}

/** Applies already-validated levers in order; unresolvable references are problems. */
export function applyLevers(base: StrategyScenario, levers: Lever[], pathPrefix = 'levers'): StrategyResult {
  let scenario = base;
  const problems: Problem[] = [];
  levers.forEach((lever, k) => {
    const ctx: LeverContext = { path: `${pathPrefix}[${k}]`, problems };
    const module = LEVER_MODULES[lever.kind] as LeverModule<Lever>;
    scenario = module.apply(scenario, lever, ctx);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario };
}

/**
 * `applyStrategyChecked` for a strategy already known to be valid (e.g. a generated candidate):
 * a problem here is a programmer error, so it throws.
 */
export function applyStrategy(s: ResolvedScenario, strategy: StrategyFile): StrategyScenario {
  const result = applyStrategyChecked(s, strategy);
  if (!result.ok) throw new Error(`applyStrategy(${strategy.id}): ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}
