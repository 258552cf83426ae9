/**
 * Overtime's water-filling: `heads` extra agents, one at a time, each to the interval with the
 * highest load per agent (load ÷ (agents there + 1)), at most `cap` extra in one interval; ties
 * go to the earlier interval. A max-heap makes each step O(log n) rather than a scan of every
 * interval, and the caller bounds the number of steps (limits.ts, LEVER_SIZING_STEPS), so the
 * sizing never runs long whatever the head-counts.
 */

/** Extra agents per interval (same order as `load`). */
export function waterFill(load: readonly number[], agents: readonly number[], cap: number, heads: number): number[] {
  const n = load.length;
  const added = new Array<number>(n).fill(0);
  if (cap <= 0 || n === 0) return added;
  const score = Float64Array.from(load, (l, k) => l / (agents[k]! + 1));
  // Higher score first; on a tie the earlier interval (the order a linear scan would pick).
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  const heap = Array.from({ length: n }, (_, k) => k);
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      let top = i;
      if (l < heap.length && before(heap[l]!, heap[top]!)) top = l;
      if (l + 1 < heap.length && before(heap[l + 1]!, heap[top]!)) top = l + 1;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let i = Math.floor(n / 2) - 1; i >= 0; i--) down(i);
  for (let left = heads; left > 0 && heap.length > 0; left--) {
    const k = heap[0]!;
    added[k]! += 1;
    score[k] = load[k]! / (agents[k]! + added[k]! + 1);
    if (added[k]! >= cap) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    down(0);
  }
  return added;
}
