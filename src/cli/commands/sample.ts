/** `wfm sample [name]`: list the built-in samples (default first) or print one as JSON. */
import { getSample, samples } from '../../scenario/samples';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import type { CliIo } from '../io';

export async function sampleCommand(argv: string[], io: CliIo): Promise<void> {
  const { positionals } = parseCommandLine(argv, { json: { type: 'boolean' } });
  const name = positionals[0];
  if (name === undefined) {
    io.stdout(samples.map((s) => `${s.name}\n`).join(''));
    return;
  }
  const sample = getSample(name);
  if (!sample) {
    throw new InputError(`sample: unknown name '${name}' (known: ${samples.map((s) => s.name).join(', ')})`);
  }
  io.stdout(`${JSON.stringify(sample.scenario, null, 2)}\n`);
}
