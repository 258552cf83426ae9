/**
 * Scenario slice: the scenario being worked on, always valid (the app validates a file before it
 * gets here, so every view can resolve it without checks). Undo/redo will live here.
 */
import type { StateCreator } from 'zustand';
import type { ScenarioFile } from '../../scenario/schema';

export interface ScenarioSlice {
  scenario: ScenarioFile;
  /** Replace the scenario (a loaded file, a sample, an edit). */
  setScenario: (scenario: ScenarioFile) => void;
}

export function createScenarioSlice(initial: ScenarioFile): StateCreator<ScenarioSlice & object, [], [], ScenarioSlice> {
  return (set) => ({
    scenario: initial,
    setScenario: (scenario) => set({ scenario }),
  });
}
