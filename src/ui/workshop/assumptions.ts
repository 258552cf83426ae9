/**
 * The workshop's sliders as data: each reads one number from the scenario file and writes it back,
 * so a slider is an ordinary scenario edit (undoable, saved, seen by every page). Scenario-wide
 * assumptions (the peak's size, the handle time, absence) and the levers a manager moves, each on
 * the first strategy that has a lever of that kind.
 */
import type { LeverKind } from '../../simulation/levers';
import type { ScenarioFile } from '../../scenario/schema';
import { getAt, setAt } from '../compare/leverFields';

export interface Assumption {
  id: string;
  /** Message key of its label (`workshop.a_<id>`). */
  label: string;
  /** Shown value = stored × scale. */
  scale: number;
  min: number;
  max: number;
  step: number;
  unit: string;
  /** Where the value lives in the file, or null when this scenario has nothing to move. */
  path: (s: ScenarioFile) => string | null;
}

const firstLever = (kind: LeverKind, field: string) => (s: ScenarioFile): string | null => {
  for (const [k, st] of s.strategies.entries()) {
    const j = st.levers.findIndex((l) => (l as { kind?: string }).kind === kind && getAt(l, field) !== undefined);
    if (j >= 0) return `strategies.${k}.levers.${j}.${field}`;
  }
  return null;
};

export const ASSUMPTIONS: Assumption[] = [
  { id: 'peak', label: 'workshop.a_peak', scale: 100, min: 100, max: 300, step: 5, unit: '%',
    path: (s) => (s.forecast.kind === 'profile' && (s.forecast.events?.length ?? 0) > 0 ? 'forecast.events.0.factor' : null) },
  { id: 'aht', label: 'workshop.a_aht', scale: 1, min: 60, max: 900, step: 5, unit: 's', path: (s) => (s.channels.length > 0 ? 'channels.0.aht.mean' : null) },
  { id: 'absence', label: 'workshop.a_absence', scale: 100, min: 0, max: 60, step: 1, unit: '%', path: (s) => (s.pools.length > 0 ? 'pools.0.shrinkage' : null) },
  { id: 'price', label: 'workshop.a_price', scale: 1, min: 0, max: 60, step: 0.1, unit: '', path: firstLever('outsourcing', 'pricing.rate') },
  { id: 'threshold', label: 'workshop.a_threshold', scale: 1, min: 0, max: 180, step: 5, unit: 's', path: firstLever('outsourcing', 'routing.seconds') },
  { id: 'temps', label: 'workshop.a_temps', scale: 1, min: 0, max: 80, step: 1, unit: '', path: firstLever('temps', 'count') },
  { id: 'overtime', label: 'workshop.a_overtime', scale: 1, min: 0, max: 2, step: 0.25, unit: 'h', path: firstLever('overtime', 'hoursPerAgentPerDay') },
  { id: 'moved', label: 'workshop.a_moved', scale: 1, min: 0, max: 40, step: 1, unit: '', path: firstLever('reallocation', 'maxAgents') },
];

/** The assumption's shown value in this scenario, or null when it has nothing to move. */
export function readAssumption(a: Assumption, s: ScenarioFile): number | null {
  const path = a.path(s);
  const v = path === null ? undefined : getAt(s, path);
  return typeof v === 'number' ? Number((v * a.scale).toPrecision(12)) : null;
}

/** The scenario with the assumption at `shown` (in shown units). */
export function writeAssumption(a: Assumption, s: ScenarioFile, shown: number): ScenarioFile {
  const path = a.path(s);
  if (path === null) return s;
  return setAt(s, path, Number((shown / a.scale).toPrecision(12)));
}
