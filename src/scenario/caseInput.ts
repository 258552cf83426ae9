/**
 * One-interval cases for the Erlang calculator and the `erlang` / `staff` commands
 * (docs/cli.md): the same validation for command-line flags, `--stdin` batches and the
 * app's calculator panel, so a bad value gets the same message everywhere.
 */
import { z } from 'zod';
import type { Problem } from './problems';
import { zodProblems } from './problems';

/** A missing value is "required", any other non-number "must be a number". */
const number = () => z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') });
const nonNegative = number().min(0, 'must be ≥ 0');
const positive = number().positive('must be > 0');
const share = number().min(0, 'must be ≥ 0').max(1, 'must be ≤ 1');

/**
 * Upper bounds far beyond any contact center (the engine is exact up to 100,000 agents and
 * 50,000 Erlangs) but low enough that the traffic A = λ·AHT stays a finite number.
 */
const MAX_ARRIVALS = 1e8;
const MAX_SECONDS = 1e7;
const MAX_AGENTS = 1e6;

export const ErlangCaseSchema = z.object({
  /** Contacts arriving in the interval. */
  arrivals: nonNegative.max(MAX_ARRIVALS, `must be ≤ ${MAX_ARRIVALS.toLocaleString('en-US')}`),
  intervalMinutes: positive.max(1440, 'must be ≤ 1440 (one day)').default(30),
  /** Mean handle time, seconds. */
  aht: positive.max(MAX_SECONDS, `must be ≤ ${MAX_SECONDS.toLocaleString('en-US')} s`),
  agents: nonNegative.int('must be a whole number').max(MAX_AGENTS, `must be ≤ ${MAX_AGENTS.toLocaleString('en-US')}`),
  /** Service-level threshold T, seconds. */
  slSeconds: nonNegative.default(20),
  /** Mean patience, seconds; given ⇒ Erlang A. */
  patience: positive.max(MAX_SECONDS, `must be ≤ ${MAX_SECONDS.toLocaleString('en-US')} s`).optional(),
  /** Chat sessions per agent. */
  concurrency: positive.int('must be a whole number').max(20, 'must be ≤ 20').default(1),
}).strict();

export const StaffCaseSchema = ErlangCaseSchema.omit({ agents: true }).extend({
  targetSl: share.optional(),
  maxAsa: positive.optional(),
  minAnswerRate: share.optional(),
  maxOccupancy: number().gt(0, 'must be > 0').max(1, 'must be ≤ 1').optional(),
  shrinkage: number().min(0, 'must be ≥ 0').lt(1, 'must be < 1').default(0),
}).strict();

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
