/** The persistence reaches components through a context; absent (unit tests of a view), its controls are not shown. */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PersistState, Persistence } from './persistence';

const PersistContext = createContext<Persistence | null>(null);

export function PersistProvider({ persistence, children }: { persistence: Persistence; children: ReactNode }) {
  return <PersistContext.Provider value={persistence}>{children}</PersistContext.Provider>;
}

export function usePersistence(): Persistence | null {
  return useContext(PersistContext);
}

// A store that never changes, for hooks called without a provider (hooks cannot be skipped).
const idle = createStore<PersistState>()(() => ({
  status: 'off', savedAt: null, problem: null, list: [], currentId: null, removed: null, link: null, conflict: null,
}));

export function usePersistState<T>(selector: (state: PersistState) => T): T {
  const persistence = useContext(PersistContext);
  return useStore(persistence?.state ?? idle, selector);
}
