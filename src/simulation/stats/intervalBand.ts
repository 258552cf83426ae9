/**
 * The service level per interval with its 95% interval — for email, the share within its first
 * response window — as the page draws it (the comparison's band): one rule, whether it is read
 * from a result's interval figures or from a comparison's merge that kept only these
 * (accumulator.ts, `IntervalDetail` 'band').
 */

export interface IntervalBand {
  mean: (number | null)[];
  lo: (number | null)[];
  hi: (number | null)[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export const emptyBand = (): IntervalBand => ({ mean: [], lo: [], hi: [] });

/** Appends one interval: null where no contact was offered or the share is not a number. */
export function addBandPoint(band: IntervalBand, offeredMean: number, inTime: { mean: number; ci95: number } | undefined): void {
  if (!inTime || !(offeredMean > 0) || !Number.isFinite(inTime.mean)) {
    band.mean.push(null);
    band.lo.push(null);
    band.hi.push(null);
    return;
  }
  const ci = Number.isFinite(inTime.ci95) ? inTime.ci95 : 0;
  band.mean.push(clamp01(inTime.mean));
  band.lo.push(clamp01(inTime.mean - ci));
  band.hi.push(clamp01(inTime.mean + ci));
}

/** The band of a channel's interval figures (a simulated result's `intervals`). */
export function intervalBand(
  intervals: readonly { offered: { mean: number }; serviceLevel?: { mean: number; ci95: number }; withinTarget?: { mean: number; ci95: number } }[],
): IntervalBand {
  const band = emptyBand();
  for (const k of intervals) addBandPoint(band, k.offered.mean, k.serviceLevel ?? k.withinTarget);
  return band;
}
