/**
 * The lever forms as data: per lever kind, its fields in the order a planner fills them, each
 * with the path of the parameter it edits (the same path `parseLevers` puts on its problems, so a
 * message lands next to its field), a label with the unit, and an input kind. Plus reading and
 * writing a raw lever by path, and a new lever of each kind that is valid for the scenario.
 */
import type { LeverKind } from '../../simulation/levers';

export type FieldInput =
  | {
    type: 'number'; optional?: boolean; step?: number;
    /** Shown value = stored × scale: 100 for a share typed in % (stored 0–1, as the engines read it). */
    scale?: number;
    /** A slider beside the field, in shown units: the numbers a manager moves in a meeting. */
    slider?: { min: number; max: number; step: number };
  }
  | { type: 'text'; optional?: boolean }
  | { type: 'date'; optional?: boolean }
  | { type: 'time'; optional?: boolean }
  | { type: 'channel'; optional?: boolean }
  | { type: 'pool'; optional?: boolean }
  | { type: 'channels' }
  | { type: 'bool' }
  | { type: 'select'; options: { value: string; label: string }[]; /** Replaces the parent object on change. */ resetParent?: (value: string) => Record<string, unknown> };

export interface LeverField {
  path: string;
  label: string;
  input: FieldInput;
  /** Shown only when this holds for the raw lever. */
  when?: (lever: Record<string, unknown>) => boolean;
  hint?: string;
}

export interface OptionalGroup {
  /** Path of an optional object (e.g. `chatStandby`), switched on and off by a checkbox. */
  path: string;
  label: string;
  make: (ctx: DefaultsContext) => Record<string, unknown>;
  fields: LeverField[];
}

export interface LeverForm { title: string; fields: LeverField[]; groups: OptionalGroup[] }

const ROUTING_DEFAULTS: Record<string, Record<string, unknown>> = {
  share: { mode: 'share', share: 0.2 }, queueAbove: { mode: 'queueAbove', queue: 10 }, waitAbove: { mode: 'waitAbove', seconds: 30 }, channel: { mode: 'channel' },
};
const PRICING_DEFAULTS = (mode: string) => ({ mode, rate: mode === 'perAgentHour' ? 30 : mode === 'perContact' ? 4 : 0.8 });
const routingIs = (mode: string) => (l: Record<string, unknown>) => (l.routing as { mode?: string } | undefined)?.mode === mode;

export const LEVER_FORMS: Record<LeverKind, LeverForm> = {
  outsourcing: {
    title: 'Outsourcing overflow',
    fields: [
      { path: 'name', label: 'Outsourcer name', input: { type: 'text', optional: true } },
      { path: 'channels', label: 'Channels it takes', input: { type: 'channels' } },
      { path: 'routing.mode', label: 'Which contacts go to it', input: { type: 'select', options: [
        { value: 'waitAbove', label: 'Those that waited X seconds' }, { value: 'queueAbove', label: 'When more than Q wait in-house' },
        { value: 'share', label: 'A fixed share of arrivals' }, { value: 'channel', label: 'The whole channel' },
      ], resetParent: (v) => ROUTING_DEFAULTS[v] ?? { mode: v } } },
      { path: 'routing.seconds', label: 'Wait before overflow (s)', input: { type: 'number', slider: { min: 0, max: 180, step: 5 } }, when: routingIs('waitAbove') },
      { path: 'routing.queue', label: 'In-house queue above (contacts)', input: { type: 'number', slider: { min: 0, max: 60, step: 1 } }, when: routingIs('queueAbove') },
      { path: 'routing.share', label: 'Share of arrivals (%)', input: { type: 'number', scale: 100, slider: { min: 0, max: 100, step: 1 } }, when: routingIs('share') },
      { path: 'start', label: 'Contract start', input: { type: 'date' } },
      { path: 'end', label: 'Contract end', input: { type: 'date' } },
      { path: 'from', label: 'Daily from (HH:MM)', input: { type: 'time', optional: true } },
      { path: 'to', label: 'Daily to (HH:MM)', input: { type: 'time', optional: true } },
      { path: 'elastic', label: 'Elastic capacity (as many agents as needed)', input: { type: 'bool' } },
      { path: 'agents', label: 'Contracted agents', input: { type: 'number', slider: { min: 0, max: 80, step: 1 } }, when: (l) => l.elastic !== true },
      { path: 'ahtMultiplier', label: 'Handle-time multiplier (1.15 = 15% slower)', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'fcr', label: 'First-contact resolution (%)', input: { type: 'number', optional: true, scale: 100 } },
      { path: 'decisionDate', label: 'Decision date', input: { type: 'date', optional: true } },
      { path: 'leadTimeDays', label: 'Contract lead time (days)', input: { type: 'number', optional: true } },
      { path: 'onboardingHoursPerAgent', label: 'Onboarding per agent (h, paid by you)', input: { type: 'number', optional: true } },
      { path: 'pricing.mode', label: 'Pricing', input: { type: 'select', options: [
        { value: 'perAgentHour', label: 'Per contracted agent-hour' }, { value: 'perContact', label: 'Per handled contact' }, { value: 'perMinute', label: 'Per handled minute' },
      ], resetParent: PRICING_DEFAULTS } },
      { path: 'pricing.rate', label: 'Rate (currency per unit)', input: { type: 'number', step: 0.1, slider: { min: 0, max: 60, step: 0.1 } } },
      { path: 'setupFee', label: 'Setup fee', input: { type: 'number', optional: true } },
      { path: 'minimumVolume', label: 'Minimum billed volume (pricing unit)', input: { type: 'number', optional: true } },
    ],
    groups: [],
  },
  reallocation: {
    title: 'Channel reallocation',
    fields: [
      { path: 'mode', label: 'When agents move', input: { type: 'select', options: [{ value: 'dynamic', label: 'When voice is overloaded (dynamic)' }, { value: 'planned', label: 'Planned hours' }] } },
      { path: 'toChannel', label: 'Move to channel', input: { type: 'channel', optional: true } },
      { path: 'fromPoolId', label: 'Take agents from pool', input: { type: 'pool', optional: true } },
      { path: 'maxAgents', label: 'Most agents moved at once', input: { type: 'number', slider: { min: 0, max: 40, step: 1 } } },
      { path: 'queueAbove', label: 'Move when more than Q wait (contacts)', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'waitAboveSeconds', label: 'Or when the projected wait passes (s)', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'releaseBelowQueue', label: 'Release when the queue is back to (contacts)', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'start', label: 'From date', input: { type: 'date', optional: true } },
      { path: 'end', label: 'To date', input: { type: 'date', optional: true } },
      { path: 'from', label: 'Daily from (HH:MM)', input: { type: 'time', optional: true } },
      { path: 'to', label: 'Daily to (HH:MM)', input: { type: 'time', optional: true } },
    ],
    groups: [
      {
        path: 'chatStandby', label: 'Put a channel on standby while agents are moved',
        make: (ctx) => ({ channel: ctx.channelOfKind('chat') ?? ctx.channels[0]?.id ?? '', moveTo: [] }),
        fields: [
          { path: 'chatStandby.channel', label: 'Channel on standby', input: { type: 'channel' } },
          { path: 'chatStandby.moveTo.0.channel', label: 'Deflected contacts move to (optional)', input: { type: 'channel', optional: true } },
          { path: 'chatStandby.moveTo.0.share', label: 'Share that moves (%; the rest is lost)', input: { type: 'number', scale: 100 }, when: (l) => ((l.chatStandby as { moveTo?: unknown[] } | undefined)?.moveTo?.length ?? 0) > 0 },
        ],
      },
      {
        path: 'emailDeferral', label: 'Let email wait longer',
        make: (ctx) => ({ channel: ctx.channelOfKind('email') ?? ctx.channels[0]?.id ?? '', extraHours: 24 }),
        fields: [
          { path: 'emailDeferral.channel', label: 'Deferred channel', input: { type: 'channel' } },
          { path: 'emailDeferral.extraHours', label: 'Extra hours allowed', input: { type: 'number' } },
        ],
      },
    ],
  },
  temps: {
    title: 'Temporary hiring',
    fields: [
      { path: 'count', label: 'Temps hired', input: { type: 'number', slider: { min: 0, max: 80, step: 1 } } },
      { path: 'skills', label: 'Channels they handle', input: { type: 'channels' } },
      { path: 'decisionDate', label: 'Decision date', input: { type: 'date' } },
      { path: 'leadTimeDays', label: 'Recruitment lead time (days)', input: { type: 'number', optional: true } },
      { path: 'trainingDays', label: 'Paid training (days)', input: { type: 'number', optional: true } },
      { path: 'traineesPerTrainer', label: 'Trainees per in-house trainer', input: { type: 'number', optional: true } },
      { path: 'rampDays', label: 'Ramp-up (days)', input: { type: 'number', optional: true } },
      { path: 'rampStartMultiplier', label: 'Handle-time multiplier on day one (≥ 1)', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'attritionPerDay', label: 'Attrition per day (%)', input: { type: 'number', optional: true, scale: 100 } },
      { path: 'contractEnd', label: 'Contract end', input: { type: 'date', optional: true } },
      { path: 'hoursPerDay', label: 'Hours per day', input: { type: 'number', optional: true } },
      { path: 'hourlyWage', label: 'Hourly wage', input: { type: 'number', step: 0.1 } },
      { path: 'agencyCoefficient', label: 'Agency coefficient (≥ 1)', input: { type: 'number', optional: true, step: 0.05 } },
    ],
    groups: [],
  },
  overtime: {
    title: 'Overtime',
    fields: [
      { path: 'poolId', label: 'Pool', input: { type: 'pool', optional: true } },
      { path: 'hoursPerAgentPerDay', label: 'Extra hours per agent per day', input: { type: 'number', step: 0.25, slider: { min: 0, max: 4, step: 0.25 } } },
      { path: 'capHoursPerDay', label: 'Cap (hours per day)', input: { type: 'number', optional: true, step: 0.25 } },
      { path: 'participation', label: 'Share of agents taking part (%)', input: { type: 'number', optional: true, scale: 100, slider: { min: 0, max: 100, step: 5 } } },
      { path: 'premium', label: 'Pay multiplier (1.25 = +25%)', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'start', label: 'From date', input: { type: 'date', optional: true } },
      { path: 'end', label: 'To date', input: { type: 'date', optional: true } },
    ],
    groups: [],
  },
};

export interface DefaultsContext {
  startDate: string;
  days: number;
  channels: { id: string; kind: string }[];
  channelOfKind: (kind: string) => string | undefined;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A new lever of `kind` that validates on the scenario: a starting point to edit. */
export function newLever(kind: LeverKind, ctx: DefaultsContext): Record<string, unknown> {
  const voice = ctx.channelOfKind('voice') ?? ctx.channels[0]?.id ?? '';
  const end = addDays(ctx.startDate, ctx.days - 1);
  switch (kind) {
    case 'outsourcing':
      return { kind, poolId: 'outsourcer', channels: [voice], routing: { mode: 'waitAbove', seconds: 30 }, start: ctx.startDate, end, agents: 10, pricing: { mode: 'perAgentHour', rate: 30 } };
    case 'reallocation':
      return { kind, mode: 'dynamic', toChannel: voice, maxAgents: 5, queueAbove: 10 };
    case 'temps':
      return { kind, poolId: 'temps', count: 10, decisionDate: addDays(ctx.startDate, -28), skills: [voice], hourlyWage: 15 };
    case 'overtime':
      return { kind, hoursPerAgentPerDay: 1 };
  }
}

const segments = (path: string) => path.split('.');

/** The raw value at `path` (dot-separated, numbers index arrays), or undefined. */
export function getAt(obj: unknown, path: string): unknown {
  let at: unknown = obj;
  for (const key of segments(path)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A copy of `obj` with `value` at `path` (undefined removes the key), creating objects/arrays on the way. */
export function setAt<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = segments(path);
  const isIndex = /^\d+$/.test(head!);
  const base: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [...obj] : { ...(obj as Record<string, unknown> | undefined ?? {}) };
  const current = (base as Record<string, unknown>)[head!];
  const next = rest.length === 0 ? value : setAt(current ?? (/^\d+$/.test(rest[0]!) ? [] : {}), rest.join('.'), value);
  if (next === undefined && !isIndex && !Array.isArray(base)) delete (base as Record<string, unknown>)[head!];
  else (base as Record<string, unknown>)[head!] = next;
  return base as T;
}

/** The problem path inside a lever (`strategies[2].levers[0].routing.seconds` → `routing.seconds`). */
export function fieldPath(problemPath: string, leverPrefix: string): string | null {
  if (!problemPath.startsWith(leverPrefix)) return null;
  return problemPath.slice(leverPrefix.length).replace(/^\./, '').replace(/\[(\d+)\]/g, '.$1');
}
