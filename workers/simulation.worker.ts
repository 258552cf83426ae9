/** The simulation web worker: only exposes the engine (ARCHITECTURE.md, "workers/"). */
import { expose } from 'comlink';
import { simulationWorkerApi } from '../src/simulation/run/workerApi';

expose(simulationWorkerApi);
