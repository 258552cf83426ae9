/**
 * How many cases each fuzz test tries (fixed seeds, so a failure replays). docs/limits.md quotes
 * these numbers; a test checks that it does.
 */
export const FUZZ = {
  /** One leaf of a sample scenario changed (wrong type, negative, zero, huge, tiny…). */
  scenarioMutants: 1_500,
  /** Hostile forecast CSV files (bad dates, duplicates, multi-line cells, formulas…). */
  csvFiles: 400,
  /** Random valid scenarios through the analytic plan. */
  planScenarios: 150,
  /** Random valid small scenarios through one simulated replication. */
  simulatedScenarios: 40,
  seed: 10,
} as const;

/** A case slower than this fails: a hang guard, far above any honest case (measured: < 0.1 s). */
export const CASE_TIME_LIMIT_MS = 5_000;
