/**
 * Forecast CSV parsing off the page's thread: the same `parseForecastCsv` as `wfm forecast`, only
 * exposed with comlink (docs/architecture.md, "Workers"). A large file (a year of 15-minute intervals
 * for several channels is hundreds of thousands of lines) then never freezes the page.
 */
import { expose } from 'comlink';
import { parseForecastCsv } from '../src/scenario/csv';

export const csvWorkerApi = { parseForecastCsv };
export type CsvWorkerApi = typeof csvWorkerApi;

expose(csvWorkerApi);
