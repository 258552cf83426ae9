/**
 * Shared plumbing of the one-interval commands (`erlang`, `staff`): cases come from flags or
 * from a `--stdin` JSON array, are validated by the shared case schemas, and are printed as
 * JSON or as a table.
 */
import type { CaseResult } from '../scenario/caseInput';
import { formatProblem } from '../scenario/problems';
import { InputError } from './errors';
import { flagPath, numericFlags, parseCommandLine, type OptionSpec } from './flags';
import { formatRecord, formatTable } from './format';
import type { CliIo } from './io';

export interface CaseCommand<C, R> {
  numericOptions: readonly string[];
  parse(input: unknown, pathPrefix: string): CaseResult<C>;
  solve(value: C): R;
}

function firstProblems(result: { problems: { path: string; message: string }[] }, rename: (p: string) => string): string {
  return result.problems.map((p) => formatProblem({ ...p, path: rename(p.path) })).join('; ');
}

async function readCases(io: CliIo): Promise<unknown[]> {
  const text = await io.readStdin();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // One line (docs/cli.md): the parser's message may quote the input, newlines included.
    throw new InputError(`stdin: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
  if (!Array.isArray(data)) throw new InputError('stdin: must be a JSON array of cases');
  return data;
}

export async function runCaseCommand<C, R extends object>(
  command: CaseCommand<C, R>, argv: string[], io: CliIo,
): Promise<void> {
  const options: OptionSpec = { json: { type: 'boolean' }, stdin: { type: 'boolean' } };
  for (const name of command.numericOptions) options[name] = { type: 'string' };
  const { values, positionals } = parseCommandLine(argv, options);
  if (positionals.length > 0) throw new InputError(`unexpected argument '${positionals[0]}'`);

  if (values.stdin) {
    const results = (await readCases(io)).map((input, index) => {
      const parsed = command.parse(input, `[${index}]`);
      if (!parsed.ok) throw new InputError(firstProblems(parsed, (p) => p));
      return command.solve(parsed.value);
    });
    io.stdout(values.json ? `${JSON.stringify(results, null, 2)}\n` : formatTable(results as Record<string, unknown>[]));
    return;
  }
  const parsed = command.parse(numericFlags(values, command.numericOptions), '');
  if (!parsed.ok) throw new InputError(firstProblems(parsed, flagPath));
  const result = command.solve(parsed.value);
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatRecord(result as Record<string, unknown>));
}
