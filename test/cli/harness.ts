/** Runs `wfm` in-process with captured output, as the real entry point would. */
import { runWfm } from '../../src/cli/run';

export interface WfmRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function wfm(argv: string[], input: { stdin?: string; files?: Record<string, string> } = {}): Promise<WfmRun> {
  let stdout = '';
  let stderr = '';
  const code = await runWfm(argv, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => input.stdin ?? '',
    readFile: async (path) => {
      const text = input.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  });
  return { code, stdout, stderr };
}
