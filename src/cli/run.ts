/**
 * The `wfm` command line (docs/cli.md): dispatch, and the one place where errors become exit
 * codes — 2 with a one-line message for bad input, 1 for anything else. Nothing is written to
 * stdout unless the command succeeded, so a failure never leaves partial JSON.
 */
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, InputError } from './errors';
import type { CliIo } from './io';
import { erlangCommand } from './commands/erlang';
import { staffCommand } from './commands/staff';
import { sampleCommand } from './commands/sample';
import { planCommand } from './commands/plan';
import { forecastCommand } from './commands/forecast';
import { simulateCommand } from './commands/simulate';
import { compareCommand } from './commands/compare';
import { linkCommand } from './commands/link';
import { sensitivityCommand } from './commands/sensitivity';

type Command = (argv: string[], io: CliIo) => Promise<void>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  erlang: { run: erlangCommand, summary: 'one interval, analytic (Erlang C / Erlang A)' },
  staff: { run: staffCommand, summary: 'smallest agent count meeting the targets' },
  sample: { run: sampleCommand, summary: 'list the built-in scenarios, or print one as JSON' },
  plan: { run: planCommand, summary: 'required vs available agents per channel per interval' },
  simulate: { run: simulateCommand, summary: 'discrete-event simulation of the scenario (baseline)' },
  compare: { run: compareCommand, summary: 'strategies side by side, analytic and simulated, with the recommendation' },
  forecast: { run: forecastCommand, summary: 'the scenario with its forecast taken from a CSV file' },
  sensitivity: { run: sensitivityCommand, summary: 'how the recommendation moves with volume, handle time, patience and absence (analytic)' },
  link: { run: linkCommand, summary: 'the share-link fragment of a scenario file, or (--open) the scenario a link carries' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: wfm <command> [options] [--json]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function runWfm(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`wfm: unknown command '${name}' (known: ${Object.keys(COMMANDS).join(', ')})\n`);
    return EXIT_BAD_INPUT;
  }
  // Commands write their output through a buffer, flushed only on success.
  const out: string[] = [];
  const buffered: CliIo = { ...io, stdout: (text) => out.push(text) };
  try {
    await command.run(rest, buffered);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`wfm ${name}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`wfm ${name}: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
  io.stdout(out.join(''));
  return EXIT_OK;
}
