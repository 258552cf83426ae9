/**
 * A table of one interval's outcomes by the exact inputs the evaluation reads for it
 * (intervalReuse.ts builds both). A comparison asks the same interval question over and over:
 * a candidate changes only the intervals its levers touch, a stressed world only its event days,
 * and a forecast profile repeats day after day. The key is the inputs themselves, compared bit
 * for bit (never a hash alone, never rounded), so a hit is the answer the evaluation would have
 * computed.
 *
 * Memory is bounded: past `MEMO_NUMBERS` stored numbers (keys and outcomes, 8 bytes each) the
 * table forgets everything and starts again — pure memoisation, results never depend on it.
 */
import { hashBits } from './exactTable';

/**
 * About 48 MB of keys and outcomes at most: the default comparison stores about 3.4 million numbers,
 * the year at 15 minutes (a weekly profile) 0.5 million. The page keeps a cache between plans
 * (plan/planScenario.ts, run/liveWhatIf.ts), so the bound is also what an open page may hold per cache.
 */
export const MEMO_NUMBERS = 6_000_000;

interface Entry {
  key: Float64Array;
  words: Uint32Array;
  outcome: Float64Array;
  /** The next entry with the same hash. */
  next: Entry | null;
}

/** A key and a view of its bits (made once, refilled for every interval). */
export class MemoKey {
  readonly values: Float64Array;
  readonly words: Uint32Array;
  constructor(length: number) {
    this.values = new Float64Array(length);
    this.words = new Uint32Array(this.values.buffer);
  }
}

/** One evaluation structure's table (intervalReuse.ts, `intervalStructure`): keys of one length. */
export interface IntervalTable {
  find(key: MemoKey): Float64Array | undefined;
  /** Keeps a copy of `key`; `outcome` is kept as given. */
  store(key: MemoKey, outcome: Float64Array): void;
}

export interface IntervalMemo {
  /** The table of one structure (made on first use). */
  table(structure: string): IntervalTable;
  /** Numbers stored (keys and outcomes), for benchmarks and the bound. */
  numbers(): number;
  /** Questions answered from the table and asked afresh, for benchmarks and tests. */
  hits: number;
  misses: number;
}

/** Equal bit for bit (so 0 and −0 differ, and a NaN equals the same NaN). */
function sameBits(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export function createIntervalMemo(limit = MEMO_NUMBERS): IntervalMemo {
  let tables = new Map<string, Map<number, Entry>>();
  let stored = 0;
  const table = (structure: string): IntervalTable => {
    let generation = tables;
    let byHash = generation.get(structure);
    // The memo starts again past its bound: a table handed out before uses the new generation's.
    const current = (): Map<number, Entry> => {
      if (generation !== tables) {
        generation = tables;
        byHash = undefined;
      }
      if (byHash === undefined) {
        byHash = new Map();
        generation.set(structure, byHash);
      }
      return byHash;
    };
    return {
      find(key) {
        for (let e = current().get(hashBits(key.words)) ?? null; e !== null; e = e.next) {
          if (sameBits(e.words, key.words)) {
            memo.hits++;
            return e.outcome;
          }
        }
        memo.misses++;
        return undefined;
      },
      store(key, outcome) {
        if (stored + key.values.length + outcome.length > limit) {
          tables = new Map();
          stored = 0;
        }
        const map = current();
        const h = hashBits(key.words);
        const copy = key.values.slice();
        map.set(h, { key: copy, words: new Uint32Array(copy.buffer), outcome, next: map.get(h) ?? null });
        stored += key.values.length + outcome.length;
      },
    };
  };
  const memo: IntervalMemo = { table, numbers: () => stored, hits: 0, misses: 0 };
  return memo;
}
