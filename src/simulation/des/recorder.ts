/**
 * Streaming statistics of one replication: per channel per arrival interval counters and sums in
 * flat Float64Arrays (index c·intervals + i), filled as events happen, so a long horizon never
 * holds one record per contact. `toResult` copies them out as plain number arrays.
 */
import type { ChannelReplication } from './result';

/**
 * x[lo..hi) as a plain array. A counted loop: `Array.from` over a typed array goes through the
 * iterator protocol, several times slower on long horizons. Filled with zeros first so the array
 * is packed (never holey) and allocated once.
 */
export function toNumbers(x: Float64Array, lo = 0, hi = x.length): number[] {
  const out = new Array<number>(hi - lo).fill(0);
  for (let i = lo; i < hi; i++) out[i - lo] = x[i];
  return out;
}

/**
 * The flat counters (snapshot.ts), laid out by channel then interval, or by pool then interval
 * for the two handled-* tables; `respondedWithin` and `backlog` are nested and copied apart.
 */
export const RECORDER_FLAT_STATE = [
  'offered', 'answered', 'abandoned', 'shortAbandoned', 'answeredWithin', 'queued', 'waitAnswered', 'waitAll', 'maxQueue',
  'stillWaiting', 'repeats', 'retrials', 'responseSeconds', 'deflected', 'deflectedOut', 'deflectedIn', 'handledContacts', 'handledSeconds',
  'callbacksOffered', 'callbacksAccepted', 'callbacksKept', 'callbacksLate', 'callbacksFailed', 'callbackAttempts', 'callbackWorkSeconds',
] as const;

export class Recorder {
  readonly intervals: number;
  readonly offered: Float64Array;
  readonly answered: Float64Array;
  readonly abandoned: Float64Array;
  readonly shortAbandoned: Float64Array;
  readonly answeredWithin: Float64Array;
  readonly queued: Float64Array;
  readonly waitAnswered: Float64Array;
  readonly waitAll: Float64Array;
  readonly maxQueue: Float64Array;
  readonly stillWaiting: Float64Array;
  readonly repeats: Float64Array;
  readonly retrials: Float64Array;
  readonly responseSeconds: Float64Array;
  /** Chat standby: arrivals lost (in offered and abandoned), moved out to and in from other channels. */
  readonly deflected: Float64Array;
  readonly deflectedOut: Float64Array;
  readonly deflectedIn: Float64Array;
  /** Web call back, by the caller's arrival interval (result.ts says what each counts). */
  readonly callbacksOffered: Float64Array;
  readonly callbacksAccepted: Float64Array;
  readonly callbacksKept: Float64Array;
  readonly callbacksLate: Float64Array;
  readonly callbacksFailed: Float64Array;
  readonly callbackAttempts: Float64Array;
  /** By clock interval of the attempt (not arrival): agent-seconds of call-back attempts. */
  readonly callbackWorkSeconds: Float64Array;
  /** Per pool × clock interval (index p·intervals + i): services started, and their handle seconds. */
  readonly handledContacts: Float64Array;
  readonly handledSeconds: Float64Array;
  /** Per channel, per response target: a per-interval array. */
  readonly respondedWithin: Float64Array[][];
  /** Per channel: waiting count at the end of each day. */
  readonly backlog: Float64Array[];

  constructor(channels: number, intervals: number, days: number, responseTargets: number[], pools: number) {
    const n = channels * intervals;
    this.intervals = intervals;
    this.offered = new Float64Array(n);
    this.answered = new Float64Array(n);
    this.abandoned = new Float64Array(n);
    this.shortAbandoned = new Float64Array(n);
    this.answeredWithin = new Float64Array(n);
    this.queued = new Float64Array(n);
    this.waitAnswered = new Float64Array(n);
    this.waitAll = new Float64Array(n);
    this.maxQueue = new Float64Array(n);
    this.stillWaiting = new Float64Array(n);
    this.repeats = new Float64Array(n);
    this.retrials = new Float64Array(n);
    this.responseSeconds = new Float64Array(n);
    this.deflected = new Float64Array(n);
    this.deflectedOut = new Float64Array(n);
    this.deflectedIn = new Float64Array(n);
    this.callbacksOffered = new Float64Array(n);
    this.callbacksAccepted = new Float64Array(n);
    this.callbacksKept = new Float64Array(n);
    this.callbacksLate = new Float64Array(n);
    this.callbacksFailed = new Float64Array(n);
    this.callbackAttempts = new Float64Array(n);
    this.callbackWorkSeconds = new Float64Array(n);
    this.handledContacts = new Float64Array(pools * intervals);
    this.handledSeconds = new Float64Array(pools * intervals);
    this.respondedWithin = responseTargets.map((k) => Array.from({ length: k }, () => new Float64Array(intervals)));
    this.backlog = Array.from({ length: channels }, () => new Float64Array(days));
  }

  /**
   * A contact of channel c (index i = c·intervals + arrival interval) answered after `wait`
   * seconds, within the channel's threshold or not; an email (`response` ≥ 0) with that response
   * time. The one place these figures are counted: the engine calls it, and so does a coupled
   * strategy replaying the baseline's answers to its own waiting contacts (coupling.ts).
   */
  answer(c: number, i: number, arrivalIv: number, wait: number, threshold: number, response: number, targets: readonly number[]): void {
    this.answered[i]++;
    this.waitAnswered[i] += wait;
    this.waitAll[i] += wait;
    if (wait <= threshold) this.answeredWithin[i]++;
    if (response >= 0) this.respond(c, i, arrivalIv, response, targets);
  }

  /** A waiting contact (index i) abandoned after `wait` seconds, a short abandon or not (as `answer`, the one place). */
  abandon(i: number, wait: number, short: boolean): void {
    this.abandoned[i]++;
    this.waitAll[i] += wait;
    if (short) this.shortAbandoned[i]++;
  }

  /** An email of channel c (index i = c·intervals + arrival interval) answered with `response` seconds. */
  respond(c: number, i: number, arrivalIv: number, response: number, targets: readonly number[]): void {
    this.responseSeconds[i] += response;
    for (let j = 0; j < targets.length; j++) if (response <= targets[j]) this.respondedWithin[c][j][arrivalIv]++;
  }

  /** Channel c's figures as plain arrays. */
  toResult(c: number): ChannelReplication {
    const lo = c * this.intervals;
    const hi = lo + this.intervals;
    const slice = (x: Float64Array): number[] => toNumbers(x, lo, hi);
    return {
      offered: slice(this.offered),
      answered: slice(this.answered),
      abandoned: slice(this.abandoned),
      shortAbandoned: slice(this.shortAbandoned),
      answeredWithin: slice(this.answeredWithin),
      queued: slice(this.queued),
      waitAnsweredSeconds: slice(this.waitAnswered),
      waitAllSeconds: slice(this.waitAll),
      maxQueue: slice(this.maxQueue),
      stillWaiting: slice(this.stillWaiting),
      repeats: slice(this.repeats),
      retrials: slice(this.retrials),
      respondedWithin: this.respondedWithin[c].map((x) => toNumbers(x)),
      responseSeconds: slice(this.responseSeconds),
      backlogEndOfDay: toNumbers(this.backlog[c]),
      deflected: slice(this.deflected),
      deflectedOut: slice(this.deflectedOut),
      deflectedIn: slice(this.deflectedIn),
      callbacksOffered: slice(this.callbacksOffered),
      callbacksAccepted: slice(this.callbacksAccepted),
      callbacksKept: slice(this.callbacksKept),
      callbacksLate: slice(this.callbacksLate),
      callbacksFailed: slice(this.callbacksFailed),
      callbackAttempts: slice(this.callbackAttempts),
      callbackWorkSeconds: slice(this.callbackWorkSeconds),
    };
  }

  /** Pool p's services started per clock interval, and their handle seconds. */
  handled(p: number): { handledContacts: number[]; handledSeconds: number[] } {
    const lo = p * this.intervals;
    const hi = lo + this.intervals;
    return { handledContacts: toNumbers(this.handledContacts, lo, hi), handledSeconds: toNumbers(this.handledSeconds, lo, hi) };
  }
}
