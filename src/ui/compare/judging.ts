/**
 * How targets are judged, said once for every place that shows per-interval figures: an interval
 * below the target line does not by itself fail a strategy.
 */
export const JUDGED_PER_DAY = 'Targets are judged per day: a day passes when its figures over the day meet the target. An interval below the line does not fail the day by itself.';
