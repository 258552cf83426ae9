/**
 * The app's one store, built from typed slices (zustand's slices pattern). `createAppStore` is a
 * factory so tests get a fresh store; the app makes one at start-up (`useAppStore`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioFile } from '../../scenario/schema';
import { createDerivedSlice, type DerivedSlice } from './derivedSlice';
import { createRunsSlice, type RunsSlice } from './runsSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = ScenarioSlice & ViewSlice & RunsSlice & DerivedSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store opened on `initial`. */
export function createAppStore(initial: ScenarioFile): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(initial)(...a),
    ...createViewSlice(...a),
    ...createRunsSlice(...a),
    ...createDerivedSlice(...a),
  }));
}
