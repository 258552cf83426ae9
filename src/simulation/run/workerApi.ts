/** What a simulation worker exposes (browser worker or Node worker thread alike). */
import { runBatch } from './batch';

export const simulationWorkerApi = {
  runBatch,
};

export type SimulationWorkerApi = typeof simulationWorkerApi;
