/**
 * Deferrable channels (email, callback) in the analytic path: a fluid first-come-first-served
 * queue across intervals and days. Each interval's arrivals form a cohort; agents give the
 * interval `capacity` contacts' worth of work to the oldest cohorts first. A contact served in
 * interval k that arrived in interval i waited (k − i) intervals on average (uniform arrival and
 * service inside each interval). After the horizon the last day's capacity repeats (the last
 * head-count holds, docs/model.md "Time") for at most 60 days; what is still waiting then never counts
 * as answered within any window.
 */
import { zeros } from './zeros';

export interface DeferredDay {
  offered: number;
  /** Contacts of the day's cohorts answered within each window (same order as `windowSeconds`). */
  within: number[];
  /** Sum of response times of the day's answered contacts, seconds. */
  responseSecondsSum: number;
  answered: number;
  /** Contacts waiting at the end of the day (all cohorts). */
  backlog: number;
}

export interface DeferredResult {
  /** Contacts served per interval of the horizon. */
  served: number[];
  days: DeferredDay[];
}

const EPS = 1e-12;
const TAIL_DAYS = 60;

/** Runs the fluid queue; `capacity[i]` is in contacts per interval. */
export function fluidQueue(arrivals: number[], capacity: number[], intervalsPerDay: number, intervalSeconds: number, windowSeconds: number[]): DeferredResult {
  const n = arrivals.length;
  const dayCount = Math.ceil(n / intervalsPerDay);
  const days: DeferredDay[] = Array.from({ length: dayCount }, () => ({ offered: 0, within: windowSeconds.map(() => 0), responseSecondsSum: 0, answered: 0, backlog: 0 }));
  const served = zeros(n);
  const queue: { interval: number; left: number }[] = [];
  let head = 0;
  let waiting = 0;
  const lastDayStart = Math.max(0, n - intervalsPerDay);
  const tailHasCapacity = capacity.slice(lastDayStart).some((c) => c > EPS);
  const limit = n + (tailHasCapacity ? TAIL_DAYS * intervalsPerDay : 0);
  for (let k = 0; k < limit; k++) {
    if (k < n && arrivals[k] > 0) {
      queue.push({ interval: k, left: arrivals[k] });
      days[Math.floor(k / intervalsPerDay)].offered += arrivals[k];
      waiting += arrivals[k];
    }
    let cap = k < n ? capacity[k] : capacity[lastDayStart + ((k - n) % intervalsPerDay)] ?? 0;
    while (cap > EPS && head < queue.length) {
      const cohort = queue[head];
      const take = Math.min(cap, cohort.left);
      cohort.left -= take;
      cap -= take;
      waiting -= take;
      if (k < n) served[k] += take;
      const day = days[Math.floor(cohort.interval / intervalsPerDay)];
      const wait = (k - cohort.interval) * intervalSeconds;
      day.answered += take;
      day.responseSecondsSum += take * wait;
      windowSeconds.forEach((w, j) => { if (wait <= w + EPS) day.within[j] += take; });
      if (cohort.left <= EPS) head++;
    }
    if (k < n && (k + 1) % intervalsPerDay === 0) days[Math.floor(k / intervalsPerDay)].backlog = Math.max(0, waiting);
    if (k >= n && head >= queue.length) break;
  }
  return { served, days };
}
