/**
 * The real `wfm` process under signals and closed pipes: a signal ends the process and its
 * worker threads with 128 + the signal's number, whichever process of `npm run wfm` receives
 * it; a reader that goes away ends it quietly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSample } from '../../src/scenario/samples';

/** A scenario whose simulation runs for many seconds: the world cup over 120 days. */
function longScenarioFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wfm-signals-'));
  const file = join(dir, 'long.json');
  writeFileSync(file, JSON.stringify({ ...getSample('world-cup')!.scenario, days: 120 }));
  return file;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** Starts a long simulation; resolves once it reports progress (the workers are busy). */
function startSimulation(command: string, args: string[]): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  const child = spawn(command, [...args, 'simulate', longScenarioFile(), '--replications', '30', '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('simulated')) resolve({ child, exit });
    });
    void exit.then((code) => reject(new Error(`ended (${code}) before any progress: ${stderr}`)));
  });
}

describe('wfm under signals and pipes', () => {
  it('SIGTERM to the node process: exit 143, nothing left running', async () => {
    const { child, exit } = await startSimulation('node', ['--import', 'tsx', 'src/cli/wfm.ts']);
    child.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(alive(child.pid!)).toBe(false);
  }, 60_000);

  it('SIGINT to npm run wfm: npm and its node process end, exit 130', async () => {
    const { child, exit } = await startSimulation('npm', ['run', '--silent', 'wfm', '--']);
    const node = Number(execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n')[0]);
    expect(node).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(await until(() => !alive(node), 5_000)).toBe(true);
  }, 60_000);

  it('ends quietly when stdout is closed early (| head -c1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wfm-epipe-'));
    const [file, err] = [join(dir, 'wc.json'), join(dir, 'stderr.txt')];
    writeFileSync(file, JSON.stringify(getSample('world-cup')!.scenario));
    const out = execFileSync('sh', ['-c', `node --import tsx src/cli/wfm.ts plan ${file} --json 2>${err} | head -c1`]);
    expect(out.toString()).toBe('{');
    expect(readFileSync(err, 'utf8')).toBe('');
  }, 60_000);
});
