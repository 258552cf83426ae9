/**
 * What a web call-back lever did, as facts a page or the command line puts into words (the
 * comparison's "explained in words", docs/model.md "Levers" 5): the callers it absorbed (took out
 * of the live queue), the promises kept, and where the work went — its agent-hours, the time of
 * day callers accepted and the time the call backs were worked, and the share of that work done
 * after the day's last acceptance (the load pushed into the evening). Read from an evaluation,
 * analytic or the simulator's means, so both views tell the same story their own way.
 */
import type { StrategyScenario } from '../levers/types';
import type { StrategyEvaluation } from './evaluationTypes';
import { callbackFigures, type CallbackFigures } from './kpis';

export interface CallbackStory extends CallbackFigures {
  channelId: string;
  /** Accepted ÷ the channel's offered calls: the share of the calls the lever took out of the queue. */
  absorbedShare: number | null;
  /** Agent-hours of call-back attempts (reached or not). */
  workHours: number;
  /** Mean time of day, minutes after midnight, of the acceptances and of the call-back work (null: none). */
  acceptedAround: number | null;
  workedAround: number | null;
  /** Share of the call-back work done after the last acceptance of its day (the evening, or the drain). */
  laterShare: number | null;
}

const weightedTime = (weights: readonly number[], minuteOf: (i: number) => number): number | null => {
  let w = 0;
  let t = 0;
  weights.forEach((x, i) => { w += x; t += x * minuteOf(i); });
  return w > 1e-9 ? t / w : null;
};

export function callbackStories(s: StrategyScenario, ev: StrategyEvaluation): CallbackStory[] {
  const n = s.intervalCount;
  const perDay = s.intervalsPerDay;
  const minuteOf = (i: number) => (i % perDay) * s.intervalMinutes + s.intervalMinutes / 2;
  return s.callbacks.flatMap((rule) => {
    const series = ev.channels[rule.channelIndex];
    const x = series?.callbacks;
    if (!x) return [];
    const figures = callbackFigures(x, 0, n);
    const offered = series.offered.reduce((a, b) => a + b, 0);
    const work = x.workSeconds.reduce((a, b) => a + b, 0);
    let later = 0;
    for (let d = 0; d < s.days; d++) {
      let last = -1;
      for (let j = 0; j < perDay; j++) if (x.accepted[d * perDay + j] > 1e-9) last = j;
      if (last < 0) continue;
      for (let j = last + 1; j < perDay; j++) later += x.workSeconds[d * perDay + j];
    }
    return [{
      ...figures,
      channelId: s.channels[rule.channelIndex].id,
      absorbedShare: offered > 1e-9 ? figures.accepted / offered : null,
      workHours: work / 3600,
      acceptedAround: weightedTime(x.accepted, minuteOf),
      workedAround: weightedTime(x.workSeconds, minuteOf),
      laterShare: work > 1e-9 ? later / work : null,
    }];
  });
}

/** `HH:MM` of minutes after midnight. */
export const clockOf = (minutes: number): string => {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The story in plain English (the command line; the app words it through its messages). */
export function callbackStoryText(story: CallbackStory): string {
  const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
  const parts = [
    `${story.channelId}: absorbed ${Math.round(story.accepted)} callers by call back (${pct(story.absorbedShare)} of the calls; ${Math.round(story.offered)} offered)`,
    `promises kept ${pct(story.promisesKept)} (${Math.round(story.late)} late, ${Math.round(story.failed)} not reached)`,
  ];
  if (story.workHours > 0) {
    const when = story.acceptedAround !== null && story.workedAround !== null ? `, worked around ${clockOf(story.workedAround)} for callers who accepted around ${clockOf(story.acceptedAround)}` : '';
    parts.push(`${story.workHours.toFixed(1)} agent-hours of call backs${when}, ${pct(story.laterShare)} of it after the day's last acceptance`);
  }
  return parts.join('; ');
}
