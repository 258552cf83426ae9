/**
 * The Erlang calculator's logic, apart from React: text fields → a case validated by the same
 * `parseErlangCase` as the command line (so a bad value reads the same everywhere) → the result.
 */
import { problemText } from '../i18n/problemWords';
import { parseErlangCase, type ErlangCase } from '../../scenario/caseInput';
import type { ResolvedScenario } from '../../scenario/model';
import { erlangInterval, type ErlangResult } from '../../simulation/erlang';
import { channelStaffInput } from '../../simulation/plan';

export const CALCULATOR_FIELDS = ['arrivals', 'intervalMinutes', 'aht', 'agents', 'slSeconds', 'patience', 'concurrency'] as const;
export type CalculatorField = (typeof CALCULATOR_FIELDS)[number];
export type CalculatorText = Record<CalculatorField, string>;

export type CalculatorOutcome =
  | { ok: true; input: ErlangCase; result: ErlangResult }
  | { ok: false; problems: Partial<Record<CalculatorField, string>> };

/**
 * A typed number from a field: blank → absent (the schema's default or "is required"), a decimal
 * comma accepted (French keyboards), anything else passed on as text so the schema says
 * "must be a number".
 */
export function fieldValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

/** Validate the fields and, when they are valid, compute the interval. */
export function runCalculator(text: CalculatorText): CalculatorOutcome {
  const raw: Record<string, unknown> = {};
  for (const field of CALCULATOR_FIELDS) {
    const value = fieldValue(text[field]);
    if (value !== undefined) raw[field] = value;
  }
  const parsed = parseErlangCase(raw);
  if (!parsed.ok) {
    const problems: Partial<Record<CalculatorField, string>> = {};
    for (const p of parsed.problems) {
      const field = p.path.split(/[.[]/)[0] as CalculatorField;
      // The shared schema words a missing number as "must be a number"; an empty box reads better as required.
      problems[field] ??= text[field]?.trim() === '' ? problemText({ message: 'is required', code: 'required' }) : problemText(p);
    }
    return { ok: false, problems };
  }
  return { ok: true, input: parsed.value, result: erlangInterval(parsed.value) };
}

/** The fewest agents for which an Erlang C queue is stable: agents × concurrency > traffic. */
export function minStableAgents(trafficErlangs: number, concurrency: number): number {
  return Math.floor(trafficErlangs / concurrency) + 1;
}

/**
 * The calculator's fields for the busiest interval of a channel, with the agents the schedule
 * gives it there: the plan's own inputs (`channelStaffInput`), so the figures match the staffing
 * chart. Null for email, which the plan sizes by workload, not by Erlang.
 */
export function busiestIntervalCase(
  resolved: ResolvedScenario, channelIndex: number, available: readonly number[],
): { interval: number; text: CalculatorText } | null {
  const channel = resolved.channels[channelIndex];
  if (channel.kind === 'email') return null;
  const arrivals = resolved.arrivals[channelIndex];
  let interval = 0;
  for (let i = 1; i < arrivals.length; i++) if (arrivals[i] > arrivals[interval]) interval = i;
  const input = channelStaffInput(channel, resolved.intervalMinutes, 0);
  const round = (x: number) => String(Math.round(x * 100) / 100);
  return {
    interval,
    text: {
      arrivals: round(arrivals[interval]),
      intervalMinutes: String(resolved.intervalMinutes),
      aht: round(input.aht),
      agents: String(Math.round(available[interval] ?? 0)),
      slSeconds: round(input.slSeconds),
      patience: input.patience === undefined ? '' : round(input.patience),
      concurrency: String(input.concurrency),
    },
  };
}
