/**
 * Copies of a running replication's moving parts, so a strategy can start from the baseline's
 * state instead of from the beginning (fork.ts). Each class names the fields that change while
 * it runs; these helpers copy them out and back in, nothing else: tables compiled from the
 * scenario (head-counts, rules, handle-time factors) stay the strategy's own.
 *
 * Two ways back in: `restore` replaces each field with a copy (structures that grow as they run,
 * identical in shape on both sides: heaps, queues, streams), `restoreInto` writes into the
 * target's own arrays from their start (tables laid out by pool or lane, where the strategy may
 * have more pools or lanes after the baseline's, untouched until its levers act).
 */

/** What a snapshot holds of one object: its named numbers and typed arrays, copied. */
export type Saved = Readonly<Record<string, number | Float64Array | Int32Array | Uint8Array>>;

type Fields = Record<string, unknown>;

const isTyped = (x: unknown): x is Float64Array | Int32Array | Uint8Array =>
  x instanceof Float64Array || x instanceof Int32Array || x instanceof Uint8Array;

/** Copies of `fields` of `target` (numbers by value, typed arrays sliced). */
export function save(target: object, fields: readonly string[]): Saved {
  const source = target as Fields;
  const out: Record<string, number | Float64Array | Int32Array | Uint8Array> = {};
  for (const f of fields) {
    const v = source[f];
    if (typeof v === 'number') out[f] = v;
    else if (isTyped(v)) out[f] = v.slice();
    else throw new Error(`snapshot: field '${f}' is neither a number nor a typed array`);
  }
  return out;
}

/** Puts saved fields back, each as a fresh copy (the snapshot stays usable for other forks). */
export function restore(target: object, saved: Saved): void {
  const t = target as Fields;
  for (const [f, v] of Object.entries(saved)) t[f] = typeof v === 'number' ? v : v.slice();
}

/**
 * Writes saved fields into the target's own arrays from their start; the target's arrays may
 * be longer (more pools or lanes), never shorter.
 */
export function restoreInto(target: object, saved: Saved): void {
  const t = target as Fields;
  for (const [f, v] of Object.entries(saved)) {
    if (typeof v === 'number') { t[f] = v; continue; }
    const own = t[f];
    if (!isTyped(own) || own.length < v.length) throw new Error(`snapshot: field '${f}' cannot hold the baseline's ${v.length} entries`);
    own.set(v as never);
  }
}
