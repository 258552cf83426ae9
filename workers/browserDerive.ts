/**
 * The page's side of a derive worker. Where there is no `Worker` (unit tests in jsdom) the same
 * jobs run in place, so the answers are the same either way.
 */
import { wrap } from 'comlink';
import { createDeriveJobs, type DeriveJobs } from '../src/simulation/run/derive';

export type DeriveKind = keyof DeriveJobs;

export interface DeriveHandle {
  call<K extends DeriveKind>(kind: K, input: Parameters<DeriveJobs[K]>[0]): Promise<ReturnType<DeriveJobs[K]>>;
  terminate(): void;
}

export function createBrowserDerive(): DeriveHandle {
  if (typeof Worker === 'undefined') {
    const jobs = createDeriveJobs();
    return {
      call: async (kind, input) => (jobs[kind] as (i: typeof input) => never)(input),
      terminate: () => {},
    };
  }
  const worker = new Worker(new URL('./derive.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<DeriveJobs>(worker);
  return {
    call: (kind, input) => (api[kind] as unknown as (i: typeof input) => Promise<never>)(input),
    terminate: () => worker.terminate(),
  };
}
