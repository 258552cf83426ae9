/**
 * The derive web worker: validation, the plan and the live what-if of the page
 * (src/simulation/run/derive.ts), off the page's thread so a large scenario never freezes it.
 * Only exposes the jobs (docs/architecture.md, "Workers").
 */
import { expose } from 'comlink';
import { createDeriveJobs } from '../src/simulation/run/derive';

expose(createDeriveJobs());
