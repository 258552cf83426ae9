/**
 * How the `wfm` process ends when the outside world ends it: a signal ends every worker thread
 * at once (they are threads of this process: exiting ends them) with the shell's code for that
 * signal; a closed stdout (`wfm plan --json | head -c1`) ends quietly; and under `npm run`, a
 * process whose npm died (killed without passing the signal on) does not stay behind alone, busy.
 */

/** 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** How often the parent is looked at; a lone process lingers at most this long. */
const PARENT_POLL_MS = 500;

export function installProcessGuards(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.on(signal, () => {
      process.stderr.write(`wfm: stopped by ${signal}\n`);
      process.exit(code);
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // The reader went away (a pipe into `head`): nothing left to say, and nobody to say it to.
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // Only under `npm run`: npm is then the parent, and its death without passing a signal on
  // (SIGKILL) would leave this process alone and busy. A process started otherwise may well be
  // meant to outlive its parent (`nohup`, a detached job).
  if (process.env.npm_lifecycle_event === undefined) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(SIGNAL_EXIT_CODES.SIGHUP);
  }, PARENT_POLL_MS).unref();
}
