/**
 * A validation problem: where (a path like `channels[1].aht.mean`) and why (`must be > 0`).
 * User input never throws; it yields a list of these.
 */
import type { z } from 'zod';
import type { ProblemCode, ProblemParams } from './problemCodes';

export interface Problem {
  path: string;
  /** The English message (what the command line prints). */
  message: string;
  /** The message's code and values (problemCodes.ts), for the app to render it in its language. */
  code?: ProblemCode;
  params?: ProblemParams;
}

/** `['channels', 1, 'aht', 'mean']` → `channels[1].aht.mean`. */
export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** zod's issues as problems, with messages a planner can act on. */
export function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { path: formatPath(issue.path, prefix), message: `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}` };
    }
    const path = formatPath(issue.path, prefix);
    let message = issue.message;
    // zod's default for a missing value reads "Invalid input: expected number, received undefined".
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is required';
    return { path, message };
  });
}
