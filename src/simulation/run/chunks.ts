/**
 * How replications are shared among workers: dynamic chunks taken from one queue, so a fast
 * worker takes more and nobody idles at the end. Chunks shrink as the queue empties (a quarter
 * of the remaining work per worker, at least one), which keeps the last chunks short and the
 * progress bar moving; results are merged in replication order, so the split never shows in
 * the answer.
 */

/** Replication numbers of a run, 0-based: replication r is always simulated with stream r. */
export function replicationNumbers(replications: number): number[] {
  return Array.from({ length: replications }, (_, r) => r);
}

/**
 * A chunk's replications come back together: capping its size caps what a run holds at once
 * (streaming statistics merge replications as they arrive), whatever the replication count.
 */
export const MAX_CHUNK = 8;

/** The next chunk's size for `remaining` replications shared by `workers` workers, at most `most` (a run the memory budget asks smaller chunks of: run/budget.ts). */
export function chunkSize(remaining: number, workers: number, most = MAX_CHUNK): number {
  if (remaining <= 0) return 0;
  return Math.max(1, Math.min(remaining, most, MAX_CHUNK, Math.floor(remaining / (4 * Math.max(1, workers)))));
}
