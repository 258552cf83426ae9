/**
 * One replication's KPIs over a range of intervals, with the conventions for empty denominators
 * (never NaN): with nothing offered, serviceLevel, answerRate and withinTarget are 1 (no contact
 * failed) and abandonRate, probWait and waits are 0; with no agent time, occupancy is 0.
 * Short abandons leave both the offered count and the abandons of every rate (docs/model.md).
 */
import type { ChannelReplication, PoolReplication } from '../des/result';
import { compensatedSum } from './summation';

export interface RangeFigures {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  answerRate: number;
  abandonRate: number;
  serviceLevel: number;
  serviceLevelOfAnswered: number;
  probWait: number;
  asaSeconds: number;
  avgWaitSeconds: number;
  maxQueue: number;
  stillWaiting: number;
  repeats: number;
  retrials: number;
  /** Chat standby: arrivals deflected and lost (part of offered and abandoned). */
  deflected: number;
  /** Per response target: share of offered answered within it. */
  withinTargets: number[];
  responseHours: number;
  /** Web call back (zeros without the lever); promisesKept = kept ÷ (kept + late), 1 when none. */
  callbacks: { offered: number; accepted: number; kept: number; late: number; failed: number; promisesKept: number };
}

const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty);
const mean = (num: number, den: number): number => (den > 0 ? Math.max(0, num / den) : 0);

export function channelRange(ch: ChannelReplication, from: number, to: number): RangeFigures {
  const sum = (x: number[]): number => compensatedSum(x, from, to);
  const offered = sum(ch.offered);
  const answered = sum(ch.answered);
  const abandoned = sum(ch.abandoned);
  const shortAbandoned = sum(ch.shortAbandoned);
  const counted = offered - shortAbandoned;
  let maxQueue = 0;
  for (let i = from; i < to; i++) maxQueue = Math.max(maxQueue, ch.maxQueue[i]);
  return {
    offered, answered, abandoned, shortAbandoned,
    answerRate: ratio(answered, counted, 1),
    abandonRate: ratio(abandoned - shortAbandoned, counted, 0),
    serviceLevel: ratio(sum(ch.answeredWithin), counted, 1),
    serviceLevelOfAnswered: ratio(sum(ch.answeredWithin), answered, 1),
    probWait: ratio(sum(ch.queued) - shortAbandoned, counted, 0),
    asaSeconds: mean(sum(ch.waitAnsweredSeconds), answered),
    // Mean wait of every contact that left the queue, answered or abandoned (short ones too).
    avgWaitSeconds: mean(sum(ch.waitAllSeconds), answered + abandoned),
    maxQueue,
    stillWaiting: sum(ch.stillWaiting),
    repeats: sum(ch.repeats),
    retrials: sum(ch.retrials),
    deflected: sum(ch.deflected),
    withinTargets: ch.respondedWithin.map((x) => ratio(compensatedSum(x, from, to), counted, 1)),
    responseHours: mean(sum(ch.responseSeconds), answered) / 3600,
    callbacks: callbackRange(ch, from, to),
  };
}

function callbackRange(ch: ChannelReplication, from: number, to: number): RangeFigures['callbacks'] {
  const sum = (x: number[] | undefined): number => (x ? compensatedSum(x, from, to) : 0);
  const kept = sum(ch.callbacksKept);
  const late = sum(ch.callbacksLate);
  return {
    offered: sum(ch.callbacksOffered), accepted: sum(ch.callbacksAccepted), kept, late, failed: sum(ch.callbacksFailed),
    promisesKept: ratio(kept, kept + late, 1),
  };
}

/** Busy ÷ present agent-seconds of some pools over a range of clock intervals. */
export function occupancyRange(pools: PoolReplication[], from: number, to: number): { busy: number; present: number; occupancy: number } {
  let busy = 0;
  let present = 0;
  for (const p of pools) {
    busy += compensatedSum(p.busyAgentSeconds, from, to);
    present += compensatedSum(p.presentAgentSeconds, from, to);
  }
  return { busy, present, occupancy: ratio(busy, present, 0) };
}
