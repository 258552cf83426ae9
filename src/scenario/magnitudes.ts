/**
 * Magnitude checks that need the resolved scenario: a day's volume once peak events multiply it,
 * an interval's volume once the intraday weights spread it, the offered load (volume × handle
 * time), a pool's head-count once its shifts overlap. Each field may be within its own bound and
 * the product still far beyond what the engines can answer quickly; these checks bound the
 * products (limits.ts). One problem per channel or pool at most, naming the first offending day.
 */
import { intervalStart } from './calendar';
import * as L from './limits';
import type { ResolvedScenario } from './model';
import type { Problem } from './problems';
import type { ScenarioFile } from './schema';

/** The file path a planner edits to change channel `id`'s volume. */
function volumePath(file: ScenarioFile, id: string): string {
  return file.forecast.kind === 'intervals' ? `forecast.volumes.${id}` : `forecast.weekly.${id}`;
}

function when(s: ResolvedScenario, i: number): string {
  const { date, time } = intervalStart(s, i);
  return `${date} ${time}`;
}

/** Problems of a resolved scenario whose magnitudes exceed the limits; [] when it is fine. */
/** A day's volume is a sum of interval volumes: a total at the bound may round just above it. */
const ROUNDING = 1 + 1e-9;

export function magnitudeProblems(file: ScenarioFile, s: ResolvedScenario): Problem[] {
  const problems: Problem[] = [];
  s.channels.forEach((channel, c) => {
    const arrivals = s.arrivals[c]!;
    const path = volumePath(file, channel.id);
    const events = file.forecast.kind === 'profile' && file.forecast.events.length > 0 ? ' (daily total × peak events)' : '';
    for (let d = 0; d < s.days; d++) {
      let day = 0;
      for (let j = 0; j < s.intervalsPerDay; j++) day += arrivals[d * s.intervalsPerDay + j]!;
      if (!(day <= L.DAILY_VOLUME.max * ROUNDING)) {
        problems.push({ path, message: L.exceedsMessage(`the volume of '${channel.id}' on ${intervalStart(s, d * s.intervalsPerDay).date}${events}`, day, L.DAILY_VOLUME) });
        return;
      }
    }
    // Handle time of one contact as an agent's share of work: a chat session counts 1 ÷ concurrency.
    // As the engines read it: only chat holds several sessions, and only then is the multiplier applied.
    const sessions = channel.kind === 'chat' ? Math.max(1, Math.round(channel.concurrency)) : 1;
    const workSeconds = (channel.aht.mean * (sessions > 1 ? channel.concurrentAhtMultiplier : 1)) / sessions;
    for (let i = 0; i < s.intervalCount; i++) {
      const volume = arrivals[i]!;
      if (!(volume <= L.INTERVAL_VOLUME.max)) {
        problems.push({ path, message: L.exceedsMessage(`the volume of '${channel.id}' at ${when(s, i)}`, volume, L.INTERVAL_VOLUME) });
        return;
      }
      const load = (volume * workSeconds) / s.intervalSeconds;
      if (!(load <= L.OFFERED_LOAD_ERLANGS.max)) {
        const what = `the offered load of '${channel.id}' at ${when(s, i)} (${volume.toFixed(0)} contacts × ${channel.aht.mean} s ÷ ${s.intervalSeconds} s)`;
        problems.push({ path: `channels[${c}].aht.mean`, message: L.exceedsMessage(what, load, L.OFFERED_LOAD_ERLANGS) });
        return;
      }
    }
  });
  s.pools.forEach((pool, p) => {
    const i = pool.scheduled.findIndex((n) => !(n <= L.SCHEDULED_AGENTS.max));
    if (i >= 0) {
      problems.push({ path: `pools[${p}].staffing`, message: L.exceedsMessage(`the head-count of '${pool.id}' at ${when(s, i)}`, pool.scheduled[i]!, L.SCHEDULED_AGENTS) });
    }
  });
  return problems;
}
