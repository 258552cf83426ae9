/**
 * The compare web worker: the analytic search (seconds of work) and the summaries of many
 * replications run here, off the page's thread; the replications themselves run in the nested
 * simulation workers of its pool. Only exposes the jobs (docs/architecture.md, "Workers").
 */
import { expose } from 'comlink';
import { createCompareWorkerApi } from './compareApi';
import { browserPoolSize, createBrowserWorker } from './browserWorker';
import { SimulationPool } from '../src/simulation/run/pool';

expose(createCompareWorkerApi(new SimulationPool(createBrowserWorker, browserPoolSize())));
