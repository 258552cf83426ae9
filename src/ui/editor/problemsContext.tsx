/**
 * Which fields are on the page, so that each problem of the draft is shown next to its field
 * (problemMap.ts). Fields register their path when they mount; the provider places the draft's
 * problems on the registered fields and keeps the rest for the list at the top.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAppState } from '../state/context';
import { placeProblems, type PlacedProblems } from './problemMap';

interface FieldsApi {
  register: (path: string) => () => void;
  placed: PlacedProblems;
}

const EMPTY: PlacedProblems = { byField: new Map(), unplaced: [] };
const FieldsContext = createContext<FieldsApi | null>(null);

export function ProblemsProvider({ children }: { children: ReactNode }) {
  const draft = useAppState((s) => s.draft);
  const counts = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const register = useCallback((path: string) => {
    counts.current.set(path, (counts.current.get(path) ?? 0) + 1);
    setVersion((v) => v + 1);
    return () => {
      const n = (counts.current.get(path) ?? 1) - 1;
      if (n <= 0) counts.current.delete(path);
      else counts.current.set(path, n);
      setVersion((v) => v + 1);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the registry's content, which lives in a ref.
  const placed = useMemo(
    () => (draft === null ? EMPTY : placeProblems(draft.problems, counts.current.keys())),
    // `version` stands for the registry's content, which lives in a ref.
    [draft, version],
  );
  const api = useMemo(() => ({ register, placed }), [register, placed]);
  return <FieldsContext.Provider value={api}>{children}</FieldsContext.Provider>;
}

/** Registers `path` as a field on the page and returns its messages (none when valid). */
export function useFieldProblems(path: string): string[] {
  const api = useContext(FieldsContext);
  const register = api?.register;
  useLayoutEffect(() => (register ? register(path) : undefined), [register, path]);
  return api?.placed.byField.get(path) ?? [];
}

/** Problems no field on this page shows. */
export function useUnplacedProblems(): PlacedProblems['unplaced'] {
  return useContext(FieldsContext)?.placed.unplaced ?? [];
}
