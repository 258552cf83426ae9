/** Pool workers in Node: worker threads running workers/simulation.worker.ts (see node-bootstrap.mjs). */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { summaryMessages, unpackBatch, type SimulationWorkerApi } from '../src/simulation/run/workerApi';
import type { WorkerHandle } from '../src/simulation/run/pool';

const bootstrap = fileURLToPath(new URL('./node-bootstrap.mjs', import.meta.url));
const workerFile = fileURLToPath(new URL('./simulation.worker.ts', import.meta.url));

export function createNodeWorker(): WorkerHandle {
  const worker = new Worker(bootstrap, { workerData: { workerFile } });
  // An idle worker thread must not keep the command line alive.
  worker.unref();
  const message = summaryMessages();
  const api = wrap<SimulationWorkerApi>(nodeEndpoint(worker));
  return {
    runBatch: async (request) => unpackBatch(await api.runBatchPacked(request)),
    summariseBatch: (request) => api.summariseBatch(message(request)),
    terminate: () => { void worker.terminate(); },
  };
}

export function nodePoolSize(): number {
  return Math.max(1, availableParallelism());
}
