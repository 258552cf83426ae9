/**
 * Derived slice: the analytic figures the page computes in the derive workers (the plan, every
 * strategy's live what-if), each tagged with the content hash of the scenario it came from and
 * the scenario itself. A figure whose hash is not the current scenario's is outdated: the pages
 * show it against its own scenario, marked as updating, until the newer answer lands (the same
 * rule as simulation results, runsSlice.ts). A job that fails or passes its time limit leaves a
 * message (`deriveFailure`) and its worker is replaced (src/ui/derive/client.ts).
 */
import type { StateCreator } from 'zustand';
import type { ScenarioFile } from '../../scenario/schema';
import { scenarioHash } from '../../simulation/run/hash';
import { getDeriveClient, type DeriveValue } from '../derive/client';

export type DerivedJob = 'plan' | 'live';

export interface DerivedResult<T> {
  hash: string;
  scenario: ScenarioFile;
  value: T;
}

export interface DeriveFailure {
  job: DerivedJob | 'validate';
  reason: 'timeout' | 'error';
  message: string;
}

export interface DerivedSlice {
  plan: DerivedResult<DeriveValue<'plan'>> | null;
  live: DerivedResult<DeriveValue<'live'>> | null;
  /** The hash each job is computing now, or null. */
  deriving: Record<DerivedJob, string | null>;
  deriveFailure: DeriveFailure | null;
  /** Compute `job` for the scenario now in the store, unless known or on its way; settles when answered. */
  requestDerived: (job: DerivedJob) => Promise<void>;
  setDeriveFailure: (failure: DeriveFailure | null) => void;
}

type Full = DerivedSlice & { scenario: ScenarioFile };

export const createDerivedSlice: StateCreator<Full, [], [], DerivedSlice> = (set, get) => {
  // Hashes whose job failed: not asked again until the scenario changes (a hang is not retried).
  const failed: Record<DerivedJob, string | null> = { plan: null, live: null };
  // The request on its way for each job, so a second caller awaits the same answer.
  const inFlight: Record<DerivedJob, { hash: string; done: Promise<void> } | null> = { plan: null, live: null };
  return {
    plan: null,
    live: null,
    deriving: { plan: null, live: null },
    deriveFailure: null,
    setDeriveFailure: (deriveFailure) => set({ deriveFailure }),
    requestDerived: (job) => {
      const scenario = get().scenario;
      const hash = scenarioHash(scenario);
      if (get()[job]?.hash === hash || failed[job] === hash) return Promise.resolve();
      const flying = inFlight[job];
      if (flying?.hash === hash) return flying.done;
      const done = derive(job, scenario, hash);
      inFlight[job] = { hash, done };
      return done;
    },
  };

  async function derive(job: DerivedJob, scenario: ScenarioFile, hash: string): Promise<void> {
    set((state) => ({ deriving: { ...state.deriving, [job]: hash } }));
    const answer = await getDeriveClient().request(job, scenario);
    const stillMine = get().deriving[job] === hash;
    if (answer.kind === 'done') {
      // A late answer still lands (shown as outdated) unless a newer one is already shown.
      const shown = get()[job];
      const newer = shown !== null && shown.hash !== hash && scenarioHash(get().scenario) === shown.hash;
      set((state) => ({
        ...(newer ? {} : { [job]: { hash, scenario, value: answer.value } }),
        ...(stillMine ? { deriving: { ...state.deriving, [job]: null } } : {}),
      }));
    } else if (answer.kind === 'failed') {
      failed[job] = hash;
      set((state) => ({
        deriveFailure: { job, reason: answer.reason, message: answer.message },
        ...(stillMine ? { deriving: { ...state.deriving, [job]: null } } : {}),
      }));
    } else if (stillMine) {
      set((state) => ({ deriving: { ...state.deriving, [job]: null } }));
    }
    if (inFlight[job]?.hash === hash) inFlight[job] = null;
  }
};
