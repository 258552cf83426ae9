/**
 * The page's access to the CSV worker: one module-level worker, made on first use (React's
 * StrictMode mounts twice; a worker per mount would leak). Where there is no `Worker` (unit tests
 * in jsdom) the same parser runs in place, so the result is the same either way.
 */
import { wrap, type Remote } from 'comlink';
import { parseForecastCsv, type ForecastCsvResult } from '../src/scenario/csv';
import type { ScenarioFile } from '../src/scenario/schema';
import type { CsvWorkerApi } from './csv.worker';

let api: Remote<CsvWorkerApi> | null = null;

/** Parses a forecast CSV for `scenario` in the CSV worker. */
export async function parseForecastCsvOffThread(text: string, scenario: ScenarioFile): Promise<ForecastCsvResult> {
  if (typeof Worker === 'undefined') return parseForecastCsv(text, scenario);
  if (api === null) {
    const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
    api = wrap<CsvWorkerApi>(worker);
  }
  return api.parseForecastCsv(text, scenario);
}
