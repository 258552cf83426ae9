/** `wfm erlang`: one interval, analytic (Erlang C, or Erlang A when patience is given). */
import { parseErlangCase } from '../../scenario/caseInput';
import { erlangInterval } from '../../simulation/erlang';
import { runCaseCommand } from '../cases';
import type { CliIo } from '../io';

export const ERLANG_OPTIONS = [
  'arrivals', 'interval-minutes', 'aht', 'agents', 'sl-seconds', 'patience', 'concurrency',
] as const;

export function erlangCommand(argv: string[], io: CliIo): Promise<void> {
  return runCaseCommand({ numericOptions: ERLANG_OPTIONS, parse: parseErlangCase, solve: erlangInterval }, argv, io);
}
