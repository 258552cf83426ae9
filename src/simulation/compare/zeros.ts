/**
 * Arrays of n zeros for the evaluation's series, made as arrays of doubles. `new Array(n).fill(0)`
 * makes an array of small integers, which the engine copies whole into an array of doubles at the
 * first fractional value written: on a year at 15 minutes that copy, for every series of every
 * evaluation, was a tenth of the search. Copying a template of double zeros avoids it; the values
 * are the same zeros.
 */
const templates = new Map<number, number[]>();
/** Horizons kept (a comparison has one; the page may hold a few). */
const KEPT = 4;

export function zeros(n: number): number[] {
  let template = templates.get(n);
  if (template === undefined) {
    // Filled with a fraction first so the array holds doubles, then zeroed (it still does).
    template = new Array<number>(n).fill(0.5);
    for (let i = 0; i < n; i++) template[i] = 0;
    if (templates.size >= KEPT) templates.delete(templates.keys().next().value!);
    templates.set(n, template);
  }
  return template.slice();
}
