/**
 * Helpers that keep the sample scenarios readable: a day's profile is written as the weights of
 * its open hours, not as 48 numbers.
 */

/**
 * Intraday weights for a whole day of `intervalMinutes` intervals: `weights` from `open` (HH:MM)
 * onwards, 0 elsewhere (closed).
 */
export function openHours(intervalMinutes: number, open: string, weights: number[]): number[] {
  const perDay = 1440 / intervalMinutes;
  const [h, m] = open.split(':').map(Number);
  const first = (h * 60 + m) / intervalMinutes;
  if (!Number.isInteger(first) || first + weights.length > perDay) {
    throw new Error(`openHours: ${weights.length} weights from ${open} do not fit a day of ${intervalMinutes}-minute intervals`);
  }
  const out = new Array<number>(perDay).fill(0);
  weights.forEach((w, i) => { out[first + i] = w; });
  return out;
}

/** Weights for a whole day from hourly values, each repeated over the hour's intervals. */
export function hourly(intervalMinutes: number, perHour: number[]): number[] {
  if (perHour.length !== 24) throw new Error(`hourly: needs 24 values, got ${perHour.length}`);
  const repeat = 60 / intervalMinutes;
  return perHour.flatMap((w) => new Array<number>(repeat).fill(w));
}
