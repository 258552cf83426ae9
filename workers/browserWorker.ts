/** Pool workers in the browser: module web workers bundled by Vite. */
import { wrap } from 'comlink';
import { summaryMessages, unpackBatch, type SimulationWorkerApi } from '../src/simulation/run/workerApi';
import type { WorkerHandle } from '../src/simulation/run/pool';

export function createBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  const message = summaryMessages();
  const api = wrap<SimulationWorkerApi>(worker);
  return {
    runBatch: async (request) => unpackBatch(await api.runBatchPacked(request)),
    summariseBatch: (request) => api.summariseBatch(message(request)),
    terminate: () => worker.terminate(),
  };
}

/** One worker per core, leaving one for the page when there are several. */
export function browserPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}
