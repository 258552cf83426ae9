/** View slice: which page is open and what it focuses on. Nothing here changes a result. */
import type { StateCreator } from 'zustand';

/** The pages, in the order a newcomer walks through them. */
export const VIEWS = ['scenario', 'forecast', 'staffing', 'strategies', 'comparison'] as const;
export type ViewId = (typeof VIEWS)[number];

export interface ViewSlice {
  view: ViewId;
  /** Day of the horizon the charts zoom on; null = the whole horizon. */
  focusDay: number | null;
  /** Channel index the staffing page shows. */
  channelIndex: number;
  setView: (view: ViewId) => void;
  setFocusDay: (day: number | null) => void;
  setChannelIndex: (index: number) => void;
  /** The page after the open one on the guided path (the last page stays). */
  nextView: () => void;
}

/** The page after `view` in the guided order, or null on the last page. */
export function viewAfter(view: ViewId): ViewId | null {
  const k = VIEWS.indexOf(view);
  return k >= 0 && k < VIEWS.length - 1 ? VIEWS[k + 1] : null;
}

// A newcomer starts where the guided path starts: the scenario (what it describes, then its inputs).
export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: 'scenario',
  focusDay: null,
  channelIndex: 0,
  setView: (view) => set({ view }),
  setFocusDay: (focusDay) => set({ focusDay }),
  setChannelIndex: (channelIndex) => set({ channelIndex }),
  nextView: () => set((state) => ({ view: viewAfter(state.view) ?? state.view })),
});
