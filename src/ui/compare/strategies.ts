/**
 * Editing the scenario's strategies as data: new ids, duplicates, and checking a draft of one
 * strategy's levers the way the engines will (`parseLevers`, then the references to channels and
 * pools), with each problem keyed by the field it belongs to.
 */
import { problemText } from '../i18n/problemWords';
import type { ResolvedScenario } from '../../scenario/model';
import { ID_LENGTH } from '../../scenario/limits';
import { isReservedId } from '../../scenario/reservedIds';
import type { ScenarioFile, StrategyFile } from '../../scenario/schema';
import { applyLevers, baselineScenario, parseLevers, type Lever } from '../../simulation/levers';
import { fieldPath } from './leverFields';
import { describeLever, type WordsContext } from './leverWords';

/** `base`, or `base-2`, `base-3`… : the first id not in `taken` (and never `baseline`). */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  used.add('baseline');
  // An id starts with a letter and is at most ID_LENGTH long (schema.ts): "12 temps…" → "s-12-temps…",
  // cut to leave room for a "-N" suffix.
  let stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'strategy';
  if (!/^[a-z]/.test(stem)) stem = `s-${stem}`;
  stem = stem.slice(0, ID_LENGTH.max - 4).replace(/-$/, '');
  if (isReservedId(stem)) stem = `${stem}-strategy`;
  if (!used.has(stem)) return stem;
  for (let k = 2; ; k++) if (!used.has(`${stem}-${k}`)) return `${stem}-${k}`;
}

export function addStrategy(scenario: ScenarioFile, name = 'New strategy'): { scenario: ScenarioFile; id: string } {
  const id = uniqueId(name, scenario.strategies.map((s) => s.id));
  return { id, scenario: { ...scenario, strategies: [...scenario.strategies, { id, name, levers: [] }] } };
}

/**
 * A strategy found by the search, added to the scenario's own so it can be edited (a new id from
 * its name; its levers copied as they were simulated).
 */
export function adoptStrategy(scenario: ScenarioFile, found: { name: string; levers: unknown[] }): { scenario: ScenarioFile; id: string } {
  const id = uniqueId(found.name, scenario.strategies.map((s) => s.id));
  const strategy: StrategyFile = { id, name: found.name, levers: structuredClone(found.levers) as StrategyFile['levers'] };
  return { id, scenario: { ...scenario, strategies: [...scenario.strategies, strategy] } };
}

export function duplicateStrategy(scenario: ScenarioFile, id: string): { scenario: ScenarioFile; id: string } {
  const k = scenario.strategies.findIndex((s) => s.id === id);
  if (k < 0) return { scenario, id };
  const original = scenario.strategies[k]!;
  const copy: StrategyFile = { ...structuredClone(original), id: uniqueId(`${original.id}-copy`, scenario.strategies.map((s) => s.id)), name: `${original.name} (copy)` };
  const strategies = [...scenario.strategies];
  strategies.splice(k + 1, 0, copy);
  return { id: copy.id, scenario: { ...scenario, strategies } };
}

export function deleteStrategy(scenario: ScenarioFile, id: string): ScenarioFile {
  return { ...scenario, strategies: scenario.strategies.filter((s) => s.id !== id) };
}

export function replaceStrategy(scenario: ScenarioFile, strategy: StrategyFile): ScenarioFile {
  return { ...scenario, strategies: scenario.strategies.map((s) => (s.id === strategy.id ? strategy : s)) };
}

export interface DraftCheck {
  ok: boolean;
  /** Per lever: messages by field path inside the lever. */
  problems: Map<string, string>[];
  /** Per lever, in words, once the strategy validates (else null). */
  words: (string | null)[];
  levers: Lever[] | null;
}

/** Words context of a resolved scenario: names for ids. */
export function wordsContext(s: ResolvedScenario): WordsContext {
  return {
    channelName: (id) => s.channels.find((c) => c.id === id)?.name ?? id,
    poolName: (id) => s.pools.find((p) => p.id === id)?.name ?? id,
    currency: s.costs.currency,
  };
}

/** Checks one strategy's draft levers against the resolved scenario. */
export function checkDraft(s: ResolvedScenario, levers: unknown[]): DraftCheck {
  const problems = levers.map(() => new Map<string, string>());
  const note = (path: string, message: string) => {
    const m = /^levers\[(\d+)\]/.exec(path);
    if (!m) return;
    const k = Number(m[1]);
    const field = fieldPath(path, `levers[${k}]`) ?? '';
    if (!problems[k]!.has(field)) problems[k]!.set(field, message);
  };
  const parsed = parseLevers(levers, 'levers');
  if (!parsed.ok) {
    for (const p of parsed.problems) note(p.path, problemText(p));
    return { ok: false, problems, words: levers.map(() => null), levers: null };
  }
  const applied = applyLevers(baselineScenario(s), parsed.levers, 'levers');
  if (!applied.ok) {
    for (const p of applied.problems) note(p.path, problemText(p));
    return { ok: false, problems, words: levers.map(() => null), levers: null };
  }
  const ctx = wordsContext(s);
  return { ok: true, problems, words: parsed.levers.map((l) => describeLever(l, ctx)), levers: parsed.levers };
}
