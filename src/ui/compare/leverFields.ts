/**
 * The lever forms as data: per lever kind, its fields in the order a planner fills them, each
 * with the path of the parameter it edits (the same path `parseLevers` puts on its problems, so a
 * message lands next to its field), a label with the unit, and an input kind. Plus reading and
 * writing a raw lever by path, and a new lever of each kind that is valid for the scenario.
 */
import type { LeverKind } from '../../simulation/levers';
import { t } from '../i18n';

/** Message keys have no dots inside a segment: `routing.seconds` → `routing_seconds`. */
const keyOf = (path: string) => path.replace(/\./g, '_');
/** The lever kind's name: "Outsourcing overflow", « Externalisation du débordement ». */
export const leverTitle = (kind: LeverKind): string => t(`levers.${kind}.title`);
export const fieldLabel = (kind: LeverKind, path: string): string => t(`levers.${kind}.fields.${keyOf(path)}`);
export const optionLabel = (kind: LeverKind, path: string, value: string): string => t(`levers.${kind}.options.${keyOf(path)}.${value}`);
export const groupLabel = (kind: LeverKind, path: string): string => t(`levers.${kind}.groups.${keyOf(path)}`);

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
  | { type: 'select'; options: { value: string }[]; /** Replaces the parent object on change. */ resetParent?: (value: string) => Record<string, unknown> };

/** A field's label, a select's option words, a group's title: messages `levers.<kind>.…` (src/ui/i18n/locales). */
export interface LeverField {
  path: string;
  input: FieldInput;
  /** Shown only when this holds for the raw lever. */
  when?: (lever: Record<string, unknown>) => boolean;
  hint?: string;
}

export interface OptionalGroup {
  /** Path of an optional object (e.g. `chatStandby`), switched on and off by a checkbox. */
  path: string;
  make: (ctx: DefaultsContext) => Record<string, unknown>;
  fields: LeverField[];
}

export interface LeverForm { fields: LeverField[]; groups: OptionalGroup[] }

const ROUTING_DEFAULTS: Record<string, Record<string, unknown>> = {
  share: { mode: 'share', share: 0.2 }, queueAbove: { mode: 'queueAbove', queue: 10 }, waitAbove: { mode: 'waitAbove', seconds: 30 }, channel: { mode: 'channel' },
};
const PRICING_DEFAULTS = (mode: string) => ({ mode, rate: mode === 'perAgentHour' ? 30 : mode === 'perContact' ? 4 : 0.8 });
const routingIs = (mode: string) => (l: Record<string, unknown>) => (l.routing as { mode?: string } | undefined)?.mode === mode;

export const LEVER_FORMS: Record<LeverKind, LeverForm> = {
  outsourcing: {
    fields: [
      { path: 'name', input: { type: 'text', optional: true } },
      { path: 'channels', input: { type: 'channels' } },
      { path: 'routing.mode', input: { type: 'select', options: [
        { value: 'waitAbove' }, { value: 'queueAbove' },
        { value: 'share' }, { value: 'channel' },
      ], resetParent: (v) => ROUTING_DEFAULTS[v] ?? { mode: v } } },
      { path: 'routing.seconds', input: { type: 'number', slider: { min: 0, max: 180, step: 5 } }, when: routingIs('waitAbove') },
      { path: 'routing.queue', input: { type: 'number', slider: { min: 0, max: 60, step: 1 } }, when: routingIs('queueAbove') },
      { path: 'routing.share', input: { type: 'number', scale: 100, slider: { min: 0, max: 100, step: 1 } }, when: routingIs('share') },
      { path: 'start', input: { type: 'date' } },
      { path: 'end', input: { type: 'date' } },
      { path: 'from', input: { type: 'time', optional: true } },
      { path: 'to', input: { type: 'time', optional: true } },
      { path: 'elastic', input: { type: 'bool' } },
      { path: 'agents', input: { type: 'number', slider: { min: 0, max: 80, step: 1 } }, when: (l) => l.elastic !== true },
      { path: 'ahtMultiplier', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'fcr', input: { type: 'number', optional: true, scale: 100 } },
      { path: 'decisionDate', input: { type: 'date', optional: true } },
      { path: 'leadTimeDays', input: { type: 'number', optional: true } },
      { path: 'onboardingHoursPerAgent', input: { type: 'number', optional: true } },
      { path: 'pricing.mode', input: { type: 'select', options: [
        { value: 'perAgentHour' }, { value: 'perContact' }, { value: 'perMinute' },
      ], resetParent: PRICING_DEFAULTS } },
      { path: 'pricing.rate', input: { type: 'number', step: 0.1, slider: { min: 0, max: 60, step: 0.1 } } },
      { path: 'setupFee', input: { type: 'number', optional: true } },
      { path: 'minimumVolume', input: { type: 'number', optional: true } },
    ],
    groups: [],
  },
  reallocation: {
    fields: [
      { path: 'mode', input: { type: 'select', options: [{ value: 'dynamic' }, { value: 'planned' }] } },
      { path: 'toChannel', input: { type: 'channel', optional: true } },
      { path: 'fromPoolId', input: { type: 'pool', optional: true } },
      { path: 'maxAgents', input: { type: 'number', slider: { min: 0, max: 40, step: 1 } } },
      { path: 'queueAbove', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'waitAboveSeconds', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'releaseBelowQueue', input: { type: 'number', optional: true }, when: (l) => l.mode !== 'planned' },
      { path: 'start', input: { type: 'date', optional: true } },
      { path: 'end', input: { type: 'date', optional: true } },
      { path: 'from', input: { type: 'time', optional: true } },
      { path: 'to', input: { type: 'time', optional: true } },
    ],
    groups: [
      {
        path: 'chatStandby',
        make: (ctx) => ({ channel: ctx.channelOfKind('chat') ?? ctx.channels[0]?.id ?? '', moveTo: [] }),
        fields: [
          { path: 'chatStandby.channel', input: { type: 'channel' } },
          { path: 'chatStandby.moveTo.0.channel', input: { type: 'channel', optional: true } },
          { path: 'chatStandby.moveTo.0.share', input: { type: 'number', scale: 100 }, when: (l) => ((l.chatStandby as { moveTo?: unknown[] } | undefined)?.moveTo?.length ?? 0) > 0 },
        ],
      },
      {
        path: 'emailDeferral',
        make: (ctx) => ({ channel: ctx.channelOfKind('email') ?? ctx.channels[0]?.id ?? '', extraHours: 24 }),
        fields: [
          { path: 'emailDeferral.channel', input: { type: 'channel' } },
          { path: 'emailDeferral.extraHours', input: { type: 'number' } },
        ],
      },
    ],
  },
  temps: {
    fields: [
      { path: 'count', input: { type: 'number', slider: { min: 0, max: 80, step: 1 } } },
      { path: 'skills', input: { type: 'channels' } },
      { path: 'decisionDate', input: { type: 'date' } },
      { path: 'leadTimeDays', input: { type: 'number', optional: true } },
      { path: 'trainingDays', input: { type: 'number', optional: true } },
      { path: 'traineesPerTrainer', input: { type: 'number', optional: true } },
      { path: 'rampDays', input: { type: 'number', optional: true } },
      { path: 'rampStartMultiplier', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'attritionPerDay', input: { type: 'number', optional: true, scale: 100 } },
      { path: 'contractEnd', input: { type: 'date', optional: true } },
      { path: 'hoursPerDay', input: { type: 'number', optional: true } },
      { path: 'hourlyWage', input: { type: 'number', step: 0.1 } },
      { path: 'agencyCoefficient', input: { type: 'number', optional: true, step: 0.05 } },
    ],
    groups: [],
  },
  overtime: {
    fields: [
      { path: 'poolId', input: { type: 'pool', optional: true } },
      { path: 'hoursPerAgentPerDay', input: { type: 'number', step: 0.25, slider: { min: 0, max: 4, step: 0.25 } } },
      { path: 'capHoursPerDay', input: { type: 'number', optional: true, step: 0.25 } },
      { path: 'participation', input: { type: 'number', optional: true, scale: 100, slider: { min: 0, max: 100, step: 5 } } },
      { path: 'premium', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'start', input: { type: 'date', optional: true } },
      { path: 'end', input: { type: 'date', optional: true } },
    ],
    groups: [],
  },
  callback: {
    fields: [
      { path: 'channel', input: { type: 'channel', optional: true } },
      { path: 'offerAfterSeconds', input: { type: 'number', optional: true, slider: { min: 0, max: 300, step: 5 } } },
      { path: 'acceptShare', input: { type: 'number', optional: true, scale: 100, slider: { min: 0, max: 100, step: 5 } } },
      { path: 'promiseMinutes', input: { type: 'number', optional: true, slider: { min: 15, max: 240, step: 15 } } },
      { path: 'urgentMinutes', input: { type: 'number', optional: true } },
      { path: 'ahtMultiplier', input: { type: 'number', optional: true, step: 0.05 } },
      { path: 'failShare', input: { type: 'number', optional: true, scale: 100 } },
      { path: 'failedAttemptSeconds', input: { type: 'number', optional: true } },
      { path: 'retryAfterMinutes', input: { type: 'number', optional: true } },
      { path: 'costPerCallback', input: { type: 'number', optional: true, step: 0.01 } },
      { path: 'start', input: { type: 'date', optional: true } },
      { path: 'end', input: { type: 'date', optional: true } },
      { path: 'from', input: { type: 'time', optional: true } },
      { path: 'to', input: { type: 'time', optional: true } },
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
    case 'callback':
      return { kind, channel: voice, offerAfterSeconds: 60, acceptShare: 0.5, promiseMinutes: 60 };
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
