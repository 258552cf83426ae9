/**
 * The workshop's sliders as data: each reads one number from the scenario file and writes it back,
 * so a slider is an ordinary scenario edit (undoable, saved, seen by every page). Scenario-wide
 * assumptions (the peak's size, the handle time, absence) and the levers a manager moves. Each acts
 * on one target the consultant picks — which peak event, channel, team, or which strategy among
 * those with a lever of that kind — the first one until another is picked.
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
  /** What it can act on in this scenario (a peak event, a channel, a team, a strategy), first = default. */
  targets: (s: ScenarioFile) => Target[];
  /** A value that is not one number of the file (a date from several fields): its own read and write. */
  custom?: { read: (path: string, s: ScenarioFile) => number | null; write: (path: string, s: ScenarioFile, shown: number) => ScenarioFile; show: (shown: number, s: ScenarioFile) => string };
}

/** One thing a slider can act on: its key (an id, or an event's index), its name, where its value lives. */
export interface Target { key: string; label: string; path: string }

/** Strategies with a lever of `kind` holding `field`: the first such lever of each. */
const leverTargets = (kind: LeverKind, field: string) => (s: ScenarioFile): Target[] => s.strategies.flatMap((st, k) => {
  const j = st.levers.findIndex((l) => (l as { kind?: string }).kind === kind && getAt(l, field) !== undefined);
  return j >= 0 ? [{ key: st.id, label: st.name, path: `strategies.${k}.levers.${j}.${field}` }] : [];
});
const channelTargets = (field: string) => (s: ScenarioFile): Target[] => s.channels.map((c, k) => ({ key: c.id, label: c.name, path: `channels.${k}.${field}` }));
const poolTargets = (field: string) => (s: ScenarioFile): Target[] => s.pools.map((p, k) => ({ key: p.id, label: p.name, path: `pools.${k}.${field}` }));
const eventTargets = (s: ScenarioFile): Target[] => (s.forecast.kind === 'profile'
  ? (s.forecast.events ?? []).map((e, k) => ({ key: String(k), label: e.name, path: `forecast.events.${k}.factor` }))
  : []);

/** The target picked (`key`), or the first when none is picked or it is gone. */
export function targetOf(a: Assumption, s: ScenarioFile, key: string | null = null): Target | null {
  const all = a.targets(s);
  return all.find((t) => t.key === key) ?? all[0] ?? null;
}

/**
 * The temps' first day on the phones, in days from the horizon's start: their decision date plus
 * the recruitment lead time and the paid training (the lever's defaults when unset). Moving it
 * moves the decision date.
 */
const tempsStart: Assumption['custom'] = (() => {
  const delay = (lever: Record<string, unknown>) => Number(lever.leadTimeDays ?? 14) + Number(lever.trainingDays ?? 5);
  const leverOf = (s: ScenarioFile, path: string) => getAt(s, path.replace(/\.decisionDate$/, '')) as Record<string, unknown>;
  return {
    read: (path, s) => {
      const decided = dayNumber(String(getAt(s, path)));
      const start = dayNumber(s.startDate);
      return decided === null || start === null ? null : decided + delay(leverOf(s, path)) - start;
    },
    write: (path, s, shown) => {
      const start = dayNumber(s.startDate);
      if (start === null) return s;
      return setAt(s, path, isoDateOf(start + shown - delay(leverOf(s, path))));
    },
    show: (shown, s) => formatDay(new Date(`${addDays(s.startDate, shown)}T00:00:00Z`)),
  };
})();

export const ASSUMPTIONS: Assumption[] = [
  { id: 'peak', label: 'workshop.a_peak', scale: 100, min: 100, max: 300, step: 5, unit: '%',
    targets: eventTargets },
  { id: 'aht', label: 'workshop.a_aht', scale: 1, min: 60, max: 900, step: 5, unit: 's', targets: channelTargets('aht.mean') },
  { id: 'absence', label: 'workshop.a_absence', scale: 100, min: 0, max: 60, step: 1, unit: '%', targets: poolTargets('shrinkage') },
  { id: 'price', label: 'workshop.a_price', scale: 1, min: 0, max: 60, step: 0.1, unit: '', money: true, targets: leverTargets('outsourcing', 'pricing.rate') },
  { id: 'threshold', label: 'workshop.a_threshold', scale: 1, min: 0, max: 180, step: 5, unit: 's', targets: leverTargets('outsourcing', 'routing.seconds') },
  { id: 'temps', label: 'workshop.a_temps', scale: 1, min: 0, max: 80, step: 1, unit: '', targets: leverTargets('temps', 'count') },
  { id: 'tempsStart', label: 'workshop.a_tempsStart', scale: 1, min: -14, max: 21, step: 1, unit: '', targets: leverTargets('temps', 'decisionDate'), custom: tempsStart },
  { id: 'overtime', label: 'workshop.a_overtime', scale: 1, min: 0, max: 2, step: 0.25, unit: 'h', targets: leverTargets('overtime', 'hoursPerAgentPerDay') },
  { id: 'moved', label: 'workshop.a_moved', scale: 1, min: 0, max: 40, step: 1, unit: '', targets: leverTargets('reallocation', 'maxAgents') },
];

/** The assumption's shown value for the target `key` (the first when null), or null when it has nothing to move. */
export function readAssumption(a: Assumption, s: ScenarioFile, key: string | null = null): number | null {
  const target = targetOf(a, s, key);
  if (target === null) return null;
  if (a.custom) return a.custom.read(target.path, s);
  const v = getAt(s, target.path);
  return typeof v === 'number' ? Number((v * a.scale).toPrecision(12)) : null;
}

/** The scenario with the assumption at `shown` (in shown units) on the target `key` (the first when null). */
export function writeAssumption(a: Assumption, s: ScenarioFile, shown: number, key: string | null = null): ScenarioFile {
  const target = targetOf(a, s, key);
  if (target === null) return s;
  if (a.custom) return a.custom.write(target.path, s, shown);
  return setAt(s, target.path, Number((shown / a.scale).toPrecision(12)));
}
