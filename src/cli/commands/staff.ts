/** `wfm staff`: the smallest agent count meeting every target given. */
import { parseStaffCase } from '../../scenario/caseInput';
import { staffingSolve } from '../../simulation/erlang';
import { runCaseCommand } from '../cases';
import type { CliIo } from '../io';
import { ERLANG_OPTIONS } from './erlang';

const STAFF_OPTIONS = [
  ...ERLANG_OPTIONS.filter((o) => o !== 'agents'),
  'target-sl', 'max-asa', 'min-answer-rate', 'max-occupancy', 'shrinkage',
] as const;

export function staffCommand(argv: string[], io: CliIo): Promise<void> {
  return runCaseCommand({ numericOptions: STAFF_OPTIONS, parse: parseStaffCase, solve: staffingSolve }, argv, io);
}
