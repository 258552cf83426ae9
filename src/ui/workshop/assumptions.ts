/**
 * The workshop's sliders as data: each reads one number from the scenario file and writes it back,
 * so a slider is an ordinary scenario edit (undoable, saved, seen by every page). Scenario-wide
 * assumptions (the peak's size, the handle time, absence) and the levers a manager moves, each on
 * the first strategy that has a lever of that kind.
 */
import type { LeverKind } from '../../simulation/levers';
import type { ScenarioFile } from '../../scenario/schema';
import { addDays, dayNumber, isoDateOf } from '../../scenario/calendar';
import { formatDay } from '../charts/time';
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
  /** An amount of the scenario's currency (shown as money, `29 €`). */
  money?: boolean;
  /** Where the value lives in the file, or null when this scenario has nothing to move. */
  path: (s: ScenarioFile) => string | null;
  /** A value that is not one number of the file (a date from several fields): its own read and write. */
  custom?: { read: (s: ScenarioFile) => number | null; write: (s: ScenarioFile, shown: number) => ScenarioFile; show: (shown: number, s: ScenarioFile) => string };
}



const firstLever = (kind: LeverKind, field: string) => (s: ScenarioFile): string | null => {
  for (const [k, st] of s.strategies.entries()) {
    const j = st.levers.findIndex((l) => (l as { kind?: string }).kind === kind && getAt(l, field) !== undefined);
    if (j >= 0) return `strategies.${k}.levers.${j}.${field}`;
  }
  return null;
};

/**
 * The temps' first day on the phones, in days from the horizon's start: their decision date plus
 * the recruitment lead time and the paid training (the lever's defaults when unset). Moving it
 * moves the decision date.
 */
const tempsStart: Assumption['custom'] = (() => {
  const where = (s: ScenarioFile) => firstLever('temps', 'decisionDate')(s);
  const delay = (lever: Record<string, unknown>) => Number(lever.leadTimeDays ?? 14) + Number(lever.trainingDays ?? 5);
  const leverOf = (s: ScenarioFile, path: string) => getAt(s, path.replace(/\.decisionDate$/, '')) as Record<string, unknown>;
  return {
    read: (s) => {
      const path = where(s);
      const decided = path === null ? null : dayNumber(String(getAt(s, path)));
      const start = dayNumber(s.startDate);
      return path === null || decided === null || start === null ? null : decided + delay(leverOf(s, path)) - start;
    },
    write: (s, shown) => {
      const path = where(s);
      const start = dayNumber(s.startDate);
      if (path === null || start === null) return s;
      return setAt(s, path, isoDateOf(start + shown - delay(leverOf(s, path))));
    },
    show: (shown, s) => formatDay(new Date(`${addDays(s.startDate, shown)}T00:00:00Z`)),
  };
})();

export const ASSUMPTIONS: Assumption[] = [
  { id: 'peak', label: 'workshop.a_peak', scale: 100, min: 100, max: 300, step: 5, unit: '%',
    path: (s) => (s.forecast.kind === 'profile' && (s.forecast.events?.length ?? 0) > 0 ? 'forecast.events.0.factor' : null) },
  { id: 'aht', label: 'workshop.a_aht', scale: 1, min: 60, max: 900, step: 5, unit: 's', path: (s) => (s.channels.length > 0 ? 'channels.0.aht.mean' : null) },
  { id: 'absence', label: 'workshop.a_absence', scale: 100, min: 0, max: 60, step: 1, unit: '%', path: (s) => (s.pools.length > 0 ? 'pools.0.shrinkage' : null) },
  { id: 'price', label: 'workshop.a_price', scale: 1, min: 0, max: 60, step: 0.1, unit: '', money: true, path: firstLever('outsourcing', 'pricing.rate') },
  { id: 'threshold', label: 'workshop.a_threshold', scale: 1, min: 0, max: 180, step: 5, unit: 's', path: firstLever('outsourcing', 'routing.seconds') },
  { id: 'temps', label: 'workshop.a_temps', scale: 1, min: 0, max: 80, step: 1, unit: '', path: firstLever('temps', 'count') },
  { id: 'tempsStart', label: 'workshop.a_tempsStart', scale: 1, min: -14, max: 21, step: 1, unit: '', path: firstLever('temps', 'decisionDate'), custom: tempsStart },
  { id: 'overtime', label: 'workshop.a_overtime', scale: 1, min: 0, max: 2, step: 0.25, unit: 'h', path: firstLever('overtime', 'hoursPerAgentPerDay') },
  { id: 'moved', label: 'workshop.a_moved', scale: 1, min: 0, max: 40, step: 1, unit: '', path: firstLever('reallocation', 'maxAgents') },
];

/** The assumption's shown value in this scenario, or null when it has nothing to move. */
export function readAssumption(a: Assumption, s: ScenarioFile): number | null {
  if (a.custom) return a.custom.read(s);
  const path = a.path(s);
  const v = path === null ? undefined : getAt(s, path);
  return typeof v === 'number' ? Number((v * a.scale).toPrecision(12)) : null;
}

/** The scenario with the assumption at `shown` (in shown units). */
export function writeAssumption(a: Assumption, s: ScenarioFile, shown: number): ScenarioFile {
  if (a.custom) return a.custom.write(s, shown);
  const path = a.path(s);
  if (path === null) return s;
  return setAt(s, path, Number((shown / a.scale).toPrecision(12)));
}
