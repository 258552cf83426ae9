/**
 * The candidate strategies the recommendation searches, kept small on purpose (a few dozen
 * analytic evaluations): each lever alone over the days the baseline fails, then mixes of the
 * best of two kinds, then decision-date sweeps. Prices and delays come from the scenario's own
 * strategies when it has a lever of that kind (so the search prices what the planner priced),
 * else from the defaults below, written down here.
 */
import type { ResolvedScenario } from '../../scenario/model';
import { LeverSchema, TempsSchema, type Lever } from '../../scenario/levers';
import type { StrategyFile } from '../../scenario/schema';
import { parseLevers } from '../levers';
import { dateOfDay, dayIndex } from '../levers/window';
import type { AnalyticStrategyResult } from './compareAnalytic';

/** A lever before its schema fills the defaults (the search writes only what it chooses). */
type LeverDraft = Record<string, unknown> & { kind: string };
type Evaluated = { strategy: StrategyFile; result: AnalyticStrategyResult };

const TEMPS_COUNTS = [5, 10, 20, 30, 45];
const TEMPS_SLACK_DAYS = [0, 7, 14];
const OUTSOURCED_AGENTS = [5, 10, 20, 35, 50];
const OVERTIME_HOURS = [0.5, 1, 2];
const REALLOCATED = [5, 10, 20];

function template(s: ResolvedScenario, kind: string): LeverDraft | undefined {
  // Only a lever that validates is a usable template (a file may hold a misspelt one).
  for (const st of s.strategies) for (const l of st.levers) if (l.kind === kind && parseLevers([l], 'template').ok) return { ...l };
  return undefined;
}

/** The days the baseline fails, and the immediate channel that fails most. */
export function failingWindow(s: ResolvedScenario, baseline: AnalyticStrategyResult) {
  const days = [...new Set(baseline.failures.flatMap((f) => f.days))].sort();
  const counts = new Map<string, number>();
  for (const f of baseline.failures) counts.set(f.channelId, (counts.get(f.channelId) ?? 0) + f.days.length);
  const immediate = s.channels.filter((c) => c.kind === 'voice' || c.kind === 'chat');
  const channel = [...immediate].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0] ?? s.channels[0];
  return { start: days[0] ?? s.startDate, end: days[days.length - 1] ?? s.startDate, channel: channel.id };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-06-15` → `15 Jun`: how the app writes a day in a name (the id keeps the ISO date). */
export function dayInWords(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

/** `15–20 Jun`, `28 Jun – 2 Jul`, `15 Jun`. */
export function daysInWords(start: string, end: string): string {
  if (start === end) return dayInWords(start);
  const [a, b] = [dayInWords(start), dayInWords(end)];
  return start.slice(0, 7) === end.slice(0, 7) ? `${a.split(' ')[0]}–${b}` : `${a} – ${b}`;
}

/** A searched strategy, its levers completed by their schemas (the one place defaults live). */
function strategy(id: string, name: string, levers: (LeverDraft | Lever)[]): StrategyFile {
  return { id, name, levers: levers.map((l) => LeverSchema.parse(l)) };
}

export function tempsLever(s: ResolvedScenario, channel: string, count: number, decisionDate: string): LeverDraft {
  const t = template(s, 'temps');
  const wage = (s.pools.find((p) => p.kind === 'inhouse')?.hourlyCost ?? 30) / 2.2;
  return {
    kind: 'temps', poolId: 'temps', hourlyWage: wage,
    ...(t ?? {}), count, decisionDate, skills: [channel], contractEnd: undefined,
  };
}

/**
 * The in-house queue length above which the search's outsourcing candidates overflow: callers
 * waiting behind q others wait about q × AHT ÷ N, so the longest queue that still answers within
 * the service-level threshold T is ⌊T·N ÷ AHT⌋ − 1 (N: the most agents the channel's in-house
 * pools field; at least 0, i.e. overflow whenever someone already waits).
 */
export function overflowQueue(s: ResolvedScenario, channelId: string): number {
  const c = s.channels.find((x) => x.id === channelId);
  if (!c) return 0;
  const agents = Math.max(0, ...s.pools.filter((p) => p.kind === 'inhouse' && p.skills.includes(c.index)).map((p) => Math.max(0, ...p.productive)));
  const t = c.targets.serviceLevel?.seconds ?? 20;
  return Math.max(0, Math.floor((t * agents * c.concurrency) / c.aht.mean) - 1);
}

export function outsourcingLever(s: ResolvedScenario, channel: string, agents: number, start: string, end: string, decisionDate?: string): LeverDraft {
  const t = template(s, 'outsourcing');
  // Market terms the search assumes when the scenario has no outsourcer to copy: these are a
  // priced offer (a 3-week contract lead time, onboarding, a slower agent), not the file's defaults.
  const base: LeverDraft = {
    kind: 'outsourcing', poolId: 'outsourcer', leadTimeDays: 21, pricing: { mode: 'perAgentHour', rate: 29 }, setupFee: 4000,
    ahtMultiplier: 1.1, onboardingHoursPerAgent: 14,
  };
  const merged: LeverDraft = { ...base, ...(t ?? {}), channels: [channel], routing: { mode: 'queueAbove', queue: overflowQueue(s, channel) }, start, end, agents, elastic: false };
  delete merged.from;
  delete merged.to;
  if ((merged.pricing as { mode: string }).mode !== 'perAgentHour' && t === undefined) merged.pricing = base.pricing;
  if (decisionDate !== undefined) merged.decisionDate = decisionDate; else delete merged.decisionDate;
  return merged;
}

/** Each lever alone over the failing days. */
export function singleCandidates(s: ResolvedScenario, baseline: AnalyticStrategyResult): StrategyFile[] {
  const w = failingWindow(s, baseline);
  const first = dayIndex(s.startDate, w.start);
  const out: StrategyFile[] = [];
  const to = s.channels.find((c) => c.id === w.channel);
  const channelName = to?.name ?? w.channel;
  const when = daysInWords(w.start, w.end);
  const temps = TempsSchema.parse(tempsLever(s, w.channel, 1, s.startDate));
  const lead = temps.leadTimeDays + temps.trainingDays;
  for (const k of TEMPS_COUNTS) for (const slack of TEMPS_SLACK_DAYS) {
    const date = dateOfDay(s.startDate, first - Math.ceil(lead) - slack);
    out.push(strategy(`search-temps-${k}-${date}`, `${k} temps, decided ${dayInWords(date)}`, [tempsLever(s, w.channel, k, date)]));
  }
  for (const n of OUTSOURCED_AGENTS) {
    out.push(strategy(`search-outsourcing-${n}`, `${n} outsourced agents on ${channelName}, ${when}`, [outsourcingLever(s, w.channel, n, w.start, w.end)]));
  }
  for (const h of OVERTIME_HOURS) {
    out.push(strategy(`search-overtime-${h}`, `${h} h overtime a day, ${when}`, [{ kind: 'overtime', hoursPerAgentPerDay: h, capHoursPerDay: Math.max(2, h), start: w.start, end: w.end }]));
  }
  if (to && s.pools.some((p) => p.kind === 'inhouse' && p.skills.some((c) => c !== to.index))) {
    for (const m of REALLOCATED) {
      out.push(strategy(`search-reallocation-${m}`, `Up to ${m} agents moved to ${channelName}, ${when}`, [{ kind: 'reallocation', mode: 'dynamic', toChannel: w.channel, maxAgents: m, queueAbove: 5, start: w.start, end: w.end }]));
    }
  }
  return out;
}

const kindOf = (st: StrategyFile) => st.levers.map((l) => l.kind).join('+');

/** Pairs of the two best single candidates of two different kinds. */
export function mixCandidates(singles: Evaluated[], rank: (a: AnalyticStrategyResult, b: AnalyticStrategyResult) => number): StrategyFile[] {
  const byKind = new Map<string, Evaluated[]>();
  for (const e of singles) {
    if (!e.strategy.id.startsWith('search-')) continue;
    const k = kindOf(e.strategy);
    byKind.set(k, [...(byKind.get(k) ?? []), e]);
  }
  // The cheapest passing ones are not worth mixing; near misses and the smallest doses are.
  const pick = (list: Evaluated[]) => [...list].filter((e) => !e.result.meetsTargets).sort((a, b) => rank(a.result, b.result)).slice(0, 2);
  const kinds = [...byKind.keys()];
  const out: StrategyFile[] = [];
  for (let a = 0; a < kinds.length; a++) for (let b = a + 1; b < kinds.length; b++) {
    for (const x of pick(byKind.get(kinds[a])!)) for (const y of pick(byKind.get(kinds[b])!)) {
      out.push(strategy(`${x.strategy.id}+${y.strategy.id.replace(/^search-/, '')}`, `${x.strategy.name} + ${y.strategy.name}`, [...x.strategy.levers, ...y.strategy.levers]));
    }
  }
  return out;
}

/**
 * The latest decision dates that still meet the targets: starting from the cheapest passing
 * strategy with temps (or outsourcing), its decision date moves later by bisection over days,
 * assuming a later decision never helps.
 */
export function decisionSweep(s: ResolvedScenario, evaluated: Evaluated[], run: (st: StrategyFile) => AnalyticStrategyResult | null): { temps: string | null; outsourcing: string | null } {
  const sweep = (kind: 'temps' | 'outsourcing'): string | null => {
    const passing = evaluated.filter((e) => e.result.meetsTargets && e.strategy.levers.some((l) => l.kind === kind))
      .sort((a, b) => a.result.cost.total - b.result.cost.total)[0];
    if (!passing) return null;
    const levers = passing.strategy.levers;
    const k = levers.findIndex((l) => l.kind === kind);
    const lever = levers[k] as Extract<Lever, { kind: 'temps' | 'outsourcing' }>;
    const startDay = lever.kind === 'outsourcing' ? dayIndex(s.startDate, lever.start) : s.days;
    const known = lever.decisionDate !== undefined ? dayIndex(s.startDate, lever.decisionDate) : startDay - Math.ceil(lever.leadTimeDays);
    const at = (day: number) => {
      const copy = levers.map((l, j) => (j === k ? { ...l, decisionDate: dateOfDay(s.startDate, day) } : l));
      return run(strategy(`${passing.strategy.id}@${dateOfDay(s.startDate, day)}`, `${passing.strategy.name}, decided ${dayInWords(dateOfDay(s.startDate, day))}`, copy))?.meetsTargets === true;
    };
    let good = known;
    let bad = Math.max(known + 1, startDay); // deciding on the first day of need is too late
    if (at(known) === false) return null;
    if (at(bad)) return dateOfDay(s.startDate, bad);
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      if (at(mid)) good = mid; else bad = mid;
    }
    return dateOfDay(s.startDate, good);
  };
  return { temps: sweep('temps'), outsourcing: sweep('outsourcing') };
}
