/** View slice: which page is open and what it focuses on. Nothing here changes a result. */
import type { StateCreator } from 'zustand';

/** The pages, in the order a newcomer walks through them. */
export const VIEWS = ['forecast', 'staffing', 'strategies', 'comparison'] as const;
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
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: 'forecast',
  focusDay: null,
  channelIndex: 0,
  setView: (view) => set({ view }),
  setFocusDay: (focusDay) => set({ focusDay }),
  setChannelIndex: (channelIndex) => set({ channelIndex }),
});
