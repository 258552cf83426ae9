/**
 * Reveal a page's parts one per task: a finished comparison brings a table and three charts at
 * once, and drawing them in one go would hold the main thread for a long task. `useStaged(n, key)`
 * returns how many parts to show, growing by one per macrotask until `n`; a new `key` starts over.
 */
import { useEffect, useState } from 'react';

export function useStaged(n: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: 1 });
  const shown = state.key === key ? state.shown : 1;
  useEffect(() => {
    if (shown >= n) return undefined;
    const timer = setTimeout(() => setState({ key, shown: shown + 1 }), 0);
    return () => clearTimeout(timer);
  }, [shown, n, key]);
  return Math.min(n, shown);
}
