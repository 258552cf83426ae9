/**
 * One-interval cases for the Erlang calculator and the `erlang` / `staff` commands
 * (docs/cli.md): the same validation for command-line flags, `--stdin` batches and the
 * app's calculator panel, so a bad value gets the same message everywhere.
 */
import { z } from 'zod';
import type { Problem } from './problems';
import { zodProblems } from './problems';
import * as L from './limits';
import { bounded } from './limits';

/** A missing value is "required", any other non-number "must be a number". */
const number = () => z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') });
const nonNegative = number().min(0, 'must be ≥ 0');
const positive = number().positive('must be > 0');
const share = number().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');

/** Bounds shared with scenario files (limits.ts): one rule for a handle time, wherever typed. */
const CaseSchema = z.object({
  /** Contacts arriving in the interval. */
  arrivals: bounded(nonNegative, L.INTERVAL_VOLUME),
  intervalMinutes: positive.max(1440, 'must be ≤ 1440 (one day)').default(30),
  /** Mean handle time, seconds. */
  aht: bounded(number(), L.HANDLE_TIME_SECONDS),
  agents: bounded(nonNegative.int('must be a whole number'), L.SCHEDULED_AGENTS),
  /** Service-level threshold T, seconds. */
  slSeconds: bounded(nonNegative, L.WAIT_SECONDS).default(20),
  /** Mean patience, seconds; given ⇒ Erlang A. */
  patience: bounded(number(), L.PATIENCE_SECONDS).optional(),
  /** Chat sessions per agent. */
  concurrency: positive.int('must be a whole number').max(20, 'must be ≤ 20').default(1),
}).strict();

/** The offered load bounds the Erlang search's work, as for scenarios (magnitudes.ts). */
function loadWithinLimit(c: { arrivals: number; aht: number; intervalMinutes: number; concurrency: number }, ctx: z.RefinementCtx): void {
  // zod runs refinements even when a field failed: its own message is then enough.
  if (!(c.arrivals <= L.INTERVAL_VOLUME.max && c.aht <= L.HANDLE_TIME_SECONDS.max && c.intervalMinutes > 0 && c.concurrency >= 1)) return;
  const load = (c.arrivals * c.aht) / (c.intervalMinutes * 60 * c.concurrency);
  if (load > L.OFFERED_LOAD_ERLANGS.max) {
    ctx.addIssue({ code: 'custom', path: ['arrivals'], message: L.exceedsMessage('the offered load (arrivals × aht ÷ interval)', load, L.OFFERED_LOAD_ERLANGS) });
  }
}

export const ErlangCaseSchema = CaseSchema.superRefine(loadWithinLimit);

export const StaffCaseSchema = CaseSchema.omit({ agents: true }).extend({
  targetSl: share.optional(),
  maxAsa: bounded(positive, L.WAIT_SECONDS).optional(),
  minAnswerRate: share.optional(),
  maxOccupancy: number().gt(0, 'must be > 0').max(1, 'must be ≤ 1').optional(),
  shrinkage: number().min(0, 'must be ≥ 0').lt(1, 'must be < 1').default(0),
}).strict().superRefine(loadWithinLimit);

export type ErlangCase = z.infer<typeof ErlangCaseSchema>;
export type StaffCase = z.infer<typeof StaffCaseSchema>;

export type CaseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parseWith<T>(schema: z.ZodType<T>, input: unknown, pathPrefix: string): CaseResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(result.error, pathPrefix) };
}

export function parseErlangCase(input: unknown, pathPrefix = ''): CaseResult<ErlangCase> {
  return parseWith(ErlangCaseSchema, input, pathPrefix);
}

export function parseStaffCase(input: unknown, pathPrefix = ''): CaseResult<StaffCase> {
  return parseWith(StaffCaseSchema, input, pathPrefix);
}
