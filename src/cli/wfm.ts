/** Entry point of `npm run wfm -- …`: binds the command line to the real process. */
import { readFile } from 'node:fs/promises';
import { installProcessGuards } from './processGuards';
import { runWfm } from './run';

installProcessGuards();

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runWfm(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  readFile: (path) => readFile(path, 'utf8'),
});
process.exitCode = code;
