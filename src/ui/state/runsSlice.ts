/**
 * Runs slice: simulation runs started from the app and their finished results.
 *
 * Every run is tagged with the inputs it came from (the scenario's content hash, the seed, the
 * replications, the strategy); a result whose tag no longer matches the scenario in the store is
 * outdated and the pages say so instead of showing it as current (docs/architecture.md, "State and charts").
 * A late answer from a run that was replaced or cancelled is dropped. The actions call the
 * module-level run client (src/ui/simulate/client.ts), which owns the workers.
 */
import type { StateCreator } from 'zustand';
import type { ScenarioFile } from '../../scenario/schema';
import { getRunClient, type RunKind } from '../simulate/client';
import { scenarioHash } from '../../simulation/run/hash';
import {
  DEFAULT_RUN_SETTINGS, type ComparisonOutcome, type ConfirmationOutcome, type JobPhase, type JobProgress, type RunSettings,
  type SimulationOutcome, type StrategyOutcome,
} from '../../simulation/run/jobTypes';
import type { PartialComparison } from '../../simulation/run/sequentialRun';

export type { RunKind } from '../simulate/client';

export interface RunTag {
  scenarioHash: string;
  seed: number;
  replications: number;
  /** The strategy simulated (simulate runs) or confirmed (confirm runs); null for a comparison of all of them. */
  strategyId: string | null;
}

export interface RunRecord {
  id: string;
  /** The scenario object the run was started on (identity: the store never mutates a scenario). */
  scenario: ScenarioFile;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  /** 0–1. */
  progress: number;
  message?: string;
  kind?: RunKind;
  tag?: RunTag;
  phase?: JobPhase;
  /** Replications done and to do (all strategies of a comparison together). */
  done?: number;
  total?: number;
  /** `Date.now()` when the run started, and when its replications started (for the time left). */
  startedAt?: number;
  simulatingSince?: number;
  /** A comparison's partial results after its last round (run/sequentialRun.ts). */
  partial?: PartialComparison;
}

/**
 * A finished run's result, with the inputs it came from: its tag, and the scenario itself, so a
 * result from before an edit can still be shown (marked "before") against its own channels.
 */
export interface Tagged<T> { tag: RunTag; runId: string; result: T; scenario: ScenarioFile }

export interface RunsSlice {
  runs: RunRecord[];
  /** Add or replace a run by id. */
  putRun: (run: RunRecord) => void;
  runSettings: RunSettings;
  setRunSettings: (settings: Partial<RunSettings>) => void;
  /** The last finished simulation of one strategy, and the last finished comparison. */
  simulation: Tagged<SimulationOutcome> | null;
  comparison: Tagged<ComparisonOutcome> | null;
  /**
   * The last confirmation of each strategy (by id; run/confirmStrategy.ts), kept while others are
   * confirmed: a workshop confirms one card after another. Saved with the scenario's results
   * like the comparison (persist/records.ts `SavedResults`).
   */
  confirmations: Record<string, Tagged<ConfirmationOutcome>>;
  /** Confirm one of the current scenario's strategies against the baseline by simulation (no analytic search); nothing while a comparison runs. */
  startConfirm: (strategyId: string) => void;
  /** Simulate one strategy (`baseline` or a scenario strategy's id) of the current scenario. */
  startSimulation: (strategyId: string) => void;
  /** Compare every strategy (analytic search, then simulation on common random numbers); cancels a running confirmation. */
  startComparison: () => void;
  cancelRun: (kind: RunKind) => void;
}

export { DEFAULT_RUN_SETTINGS, type RunSettings };

let runCounter = 0;

/**
 * Results put back from a save keep their run ids (`compare-12`); runs started afterwards are
 * numbered after them, so they count as newer (`simulatedFigures`) and never reuse an id.
 */
export function continueRunNumbers(runIds: readonly string[]): void {
  for (const id of runIds) runCounter = Math.max(runCounter, runNumber(id));
}

/** The progress fraction of a job's report: the analytic phase counts as nothing done yet. */
export function progressFraction(p: JobProgress): number {
  if (p.phase === 'analytic') return 0;
  if (p.phase === 'summarizing') return 1;
  return p.total > 0 ? Math.min(1, p.done / p.total) : 0;
}

type Full = RunsSlice & { scenario: ScenarioFile };

export const createRunsSlice: StateCreator<Full, [], [], RunsSlice> = (set, get) => {
  const putRun = (run: RunRecord) => set((state) => ({ runs: [...state.runs.filter((r) => r.id !== run.id), run] }));
  const current = (id: string) => get().runs.find((r) => r.id === id);
  const latest = (kind: RunKind) => latestRun(get().runs, kind);

  function begin(kind: RunKind, strategyId: string | null): RunRecord {
    const { scenario, runSettings } = get();
    const run: RunRecord = {
      id: `${kind}-${++runCounter}`,
      scenario,
      kind,
      status: 'running',
      progress: 0,
      phase: 'analytic',
      done: 0,
      total: runSettings.replications,
      startedAt: Date.now(),
      tag: { scenarioHash: scenarioHash(scenario), ...runSettings, strategyId },
    };
    // One live record per kind: the older one is replaced (its late answer is then ignored).
    set((state) => ({ runs: [...state.runs.filter((r) => r.kind !== kind), run] }));
    return run;
  }

  const onProgress = (id: string) => (p: JobProgress) => {
    const run = current(id);
    if (run?.status !== 'running') return;
    const simulatingSince = run.simulatingSince ?? (p.phase === 'simulating' ? Date.now() : undefined);
    const counts = p.phase === 'simulating' ? { done: p.done, total: p.total } : {};
    putRun({ ...run, ...counts, phase: p.phase, progress: progressFraction(p), simulatingSince, ...(p.partial ? { partial: p.partial } : {}) });
  };

  /**
   * Settles a run, unless it was replaced or cancelled meanwhile. A result lands in its own task:
   * the answer's message (decoding a large result) and the page's render of it are then two
   * shorter tasks rather than one long one.
   */
  function finish<T>(run: RunRecord, outcome: { kind: 'done'; result: T } | { kind: 'error'; message: string } | { kind: 'cancelled' }, store: (t: Tagged<T>) => Partial<RunsSlice>) {
    if (outcome.kind === 'done' && typeof setTimeout === 'function') setTimeout(() => settleRun(run, outcome, store), 0);
    else settleRun(run, outcome, store);
  }

  function settleRun<T>(run: RunRecord, outcome: { kind: 'done'; result: T } | { kind: 'error'; message: string } | { kind: 'cancelled' }, store: (t: Tagged<T>) => Partial<RunsSlice>) {
    const live = current(run.id);
    if (live?.status !== 'running') return;
    if (outcome.kind === 'done') {
      set({ ...store({ tag: run.tag!, runId: run.id, result: outcome.result, scenario: run.scenario }), runs: settle(get().runs, { ...live, status: 'done', progress: 1, done: live.total }) });
    } else if (outcome.kind === 'cancelled') {
      putRun({ ...live, status: 'cancelled' });
    } else {
      putRun({ ...live, status: 'failed', message: outcome.message });
    }
  }

  return {
    runs: [],
    putRun,
    runSettings: DEFAULT_RUN_SETTINGS,
    setRunSettings: (settings) => set((state) => ({ runSettings: { ...state.runSettings, ...settings } })),
    simulation: null,
    comparison: null,
    startSimulation: (strategyId) => {
      const run = begin('simulate', strategyId);
      const { seed, replications } = run.tag!;
      void getRunClient().simulate({ scenario: run.scenario, strategyId, seed, replications }, onProgress(run.id))
        .then((outcome) => finish(run, outcome, (t) => ({ simulation: t })));
    },
    startComparison: () => {
      // One simulation pool's worth of work at a time: the comparison supersedes a confirmation
      // (each alone fits the memory budget; both at once might not, and they would share 2 cores).
      if (latest('confirm')?.status === 'running') get().cancelRun('confirm');
      const run = begin('compare', null);
      const { seed, replications } = run.tag!;
      void getRunClient().compare({ scenario: run.scenario, seed, replications }, onProgress(run.id))
        .then((outcome) => finish(run, outcome, (t) => ({ comparison: t })));
    },
    confirmations: {},
    startConfirm: (strategyId) => {
      const strategy = get().scenario.strategies.find((st) => st.id === strategyId);
      const client = getRunClient();
      // Not beside a running comparison (see startComparison): it will give this strategy's figures too.
      if (!strategy || !client.confirm || latest('compare')?.status === 'running') return;
      const run = begin('confirm', strategyId);
      const { seed, replications } = run.tag!;
      void client.confirm({ scenario: run.scenario, strategy, seed, replications }, onProgress(run.id))
        .then((outcome) => finish(run, outcome, (t) => ({ confirmations: { ...get().confirmations, [strategyId]: t } })));
    },
    cancelRun: (kind) => {
      const run = latest(kind);
      if (run?.status !== 'running') return;
      // Marked first, so the client's `cancelled` answer (or a late result) finds it settled.
      putRun({ ...run, status: 'cancelled' });
      getRunClient().cancel(kind);
    },
  };
};

const settle = (runs: RunRecord[], run: RunRecord) => [...runs.filter((r) => r.id !== run.id), run];

/** The most recent run of `kind`, if any. */
export function latestRun(runs: readonly RunRecord[], kind: RunKind): RunRecord | undefined {
  for (let k = runs.length - 1; k >= 0; k--) if (runs[k].kind === kind) return runs[k];
  return undefined;
}

/** Whether `run` was made on the scenario now in the store (else it is outdated). */
export function isCurrentRun(run: RunRecord, scenario: ScenarioFile): boolean {
  return run.scenario === scenario;
}

/** Whether a result was computed from the scenario now in the store (same content, any seed). */
export function isCurrentTag(tag: RunTag, scenario: ScenarioFile): boolean {
  return tag.scenarioHash === scenarioHash(scenario);
}

export interface ShownFigures {
  outcome: StrategyOutcome;
  /** Made on the scenario now in the store; else shown marked "before". */
  current: boolean;
  /** From a confirmation of the strategy alone (else from a whole comparison). */
  confirmed: boolean;
}

/**
 * The simulated figures to show for a strategy (the baseline included): its own last confirmation,
 * or the last comparison's, whichever is current; else the more recent of the two, outdated. For
 * the baseline, any confirmation carries it (a current one first, then the most recent). `confirmed` says which it is.
 */
export function simulatedFigures(
  id: string, state: Pick<RunsSlice, 'comparison' | 'confirmations'>, scenario: ScenarioFile,
): ShownFigures | null {
  const confirmation = id === 'baseline'
    // Current before outdated, then the most recent (the same order as below).
    ? Object.values(state.confirmations).sort((a, b) => Number(isCurrentTag(b.tag, scenario)) - Number(isCurrentTag(a.tag, scenario)) || runNumber(b.runId) - runNumber(a.runId))[0]
    : state.confirmations[id];
  const fromConfirm = confirmation && { outcome: id === 'baseline' ? confirmation.result.baseline : confirmation.result.strategy, current: isCurrentTag(confirmation.tag, scenario), confirmed: true, run: runNumber(confirmation.runId) };
  const compared = state.comparison?.result.strategies.find((o) => o.id === id);
  const fromCompare = compared && state.comparison && { outcome: compared, current: isCurrentTag(state.comparison.tag, scenario), confirmed: false, run: runNumber(state.comparison.runId) };
  const candidates = [fromConfirm, fromCompare].filter((x): x is ShownFigures & { run: number } => !!x);
  if (candidates.length === 0) return null;
  // Current before outdated, then the most recent.
  const best = candidates.sort((a, b) => Number(b.current) - Number(a.current) || b.run - a.run)[0]!;
  return { outcome: best.outcome, current: best.current, confirmed: best.confirmed };
}

/** The order runs were started in (`confirm-12` → 12); results restored from a save count as older than later runs (`continueRunNumbers`). */
const runNumber = (runId: string) => Number(runId.slice(runId.lastIndexOf('-') + 1)) || 0;
