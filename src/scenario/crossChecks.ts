/**
 * Checks that span fields of a scenario the schema has already accepted: ids that must exist or
 * be unique, series whose length depends on the horizon, what a channel's kind allows. Each
 * problem names the path of the field to fix.
 */
import { clockMinutes, intervalsPerDay } from './calendar';
import type { Problem } from './problems';
import { ownEntry } from './reservedIds';
import { TARGETS_BY_KIND } from './targets';
import type { ChannelFile, ChannelKind, Forecast, PoolFile, ScenarioFile, Targets } from './schema';

type Push = (path: string, message: string) => void;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Reports every id of `items` used before, at the later item's path. */
function checkUnique(items: { id: string }[], listPath: string, what: string, push: Push): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else push(`${listPath}[${i}].id`, `duplicate ${what} id '${item.id}' (also ${listPath}[${earlier}])`);
  });
}

/** "a voice channel", "an email channel". */
function aChannel(kind: ChannelKind): string {
  return `${kind === 'email' ? 'an' : 'a'} ${kind} channel`;
}

function checkChannelKind(channel: ChannelFile, at: string, push: Push): void {
  const abandons = channel.kind === 'voice' || channel.kind === 'chat';
  if (channel.patience && !abandons) {
    push(`${at}.patience`, `only voice and chat contacts abandon; remove it for ${aChannel(channel.kind)}`);
  }
  if (channel.kind !== 'chat' && channel.concurrency !== 1) {
    push(`${at}.concurrency`, `only chat runs sessions concurrently; must be 1 for ${aChannel(channel.kind)}`);
  }
  if (channel.kind !== 'chat' && channel.concurrentAhtMultiplier !== 1) {
    push(`${at}.concurrentAhtMultiplier`, `only applies to chat; must be 1 for ${aChannel(channel.kind)}`);
  }
  const allowed = TARGETS_BY_KIND[channel.kind];
  for (const key of Object.keys(channel.targets) as (keyof Targets)[]) {
    if (channel.targets[key] !== undefined && !allowed.includes(key)) {
      push(`${at}.targets.${key}`, `does not apply to ${aChannel(channel.kind)} (allowed: ${allowed.join(', ')})`);
    }
  }
}

/** Per-channel records (`forecast.volumes`, `forecast.weekly`…): one entry per channel, no other. */
function checkChannelRecord(
  record: Record<string, number[]>,
  at: string,
  channelIds: Set<string>,
  expectedLength: number | null,
  lengthHint: string,
  push: Push,
): void {
  for (const id of channelIds) {
    if (!Object.hasOwn(record, id)) push(`${at}.${id}`, `is required: channel '${id}' has no forecast`);
  }
  for (const [id, values] of Object.entries(record)) {
    if (!channelIds.has(id)) {
      push(`${at}.${id}`, `unknown channel '${id}'`);
    } else if (expectedLength !== null && values.length !== expectedLength) {
      push(`${at}.${id}`, `must hold ${expectedLength} values (${lengthHint}), got ${values.length}`);
    }
  }
}

function checkForecast(file: ScenarioFile, forecast: Forecast, channelIds: Set<string>, push: Push): void {
  const perDay = intervalsPerDay(file.intervalMinutes);
  if (forecast.kind === 'intervals') {
    const hint = `${file.days} days × ${perDay} intervals`;
    checkChannelRecord(forecast.volumes, 'forecast.volumes', channelIds, file.days * perDay, hint, push);
    return;
  }
  checkChannelRecord(forecast.weekly, 'forecast.weekly', channelIds, null, '', push);
  const weightsHint = `one weight per ${file.intervalMinutes}-minute interval of the day`;
  checkChannelRecord(forecast.intraday, 'forecast.intraday', channelIds, perDay, weightsHint, push);
  for (const [id, overrides] of Object.entries(forecast.intradayByWeekday)) {
    const at = `forecast.intradayByWeekday.${id}`;
    if (!channelIds.has(id)) {
      push(at, `unknown channel '${id}'`);
      continue;
    }
    const claimed = new Map<number, number>();
    overrides.forEach((override, o) => {
      if (override.weights.length !== perDay) {
        push(`${at}[${o}].weights`, `must hold ${perDay} values (${weightsHint}), got ${override.weights.length}`);
      }
      for (const weekday of override.weekdays) {
        const earlier = claimed.get(weekday);
        if (earlier !== undefined && earlier !== o) push(`${at}[${o}].weekdays`, `weekday ${weekday} is already in ${at}[${earlier}]`);
        claimed.set(weekday, o);
      }
    });
  }
  // A day with volume needs some open interval to put it in.
  for (const [id, weekly] of Object.entries(forecast.weekly)) {
    if (!channelIds.has(id) || !Object.hasOwn(forecast.intraday, id)) continue;
    weekly.forEach((volume, w) => {
      if (volume === 0) return;
      const o = ownEntry(forecast.intradayByWeekday, id)?.findIndex((x) => x.weekdays.includes(w + 1)) ?? -1;
      const weights = o >= 0 ? forecast.intradayByWeekday[id][o].weights : forecast.intraday[id];
      if (weights.every((x) => x === 0)) {
        const at = o >= 0 ? `forecast.intradayByWeekday.${id}[${o}].weights` : `forecast.intraday.${id}`;
        push(at, `every weight is 0 but forecast.weekly.${id}[${w}] (${WEEKDAY_NAMES[w]}) has volume ${volume}: it would have no interval to arrive in`);
      }
    });
  }
  forecast.events.forEach((event, e) => {
    const at = `forecast.events[${e}]`;
    event.channels.forEach((id, k) => {
      if (!channelIds.has(id)) push(`${at}.channels[${k}]`, `unknown channel '${id}'`);
    });
    // ISO dates compare correctly as strings.
    if (event.end < event.start) push(`${at}.end`, `must be on or after start (${event.start})`);
  });
}

function checkStaffing(file: ScenarioFile, pool: PoolFile, at: string, push: Push): void {
  const perDay = intervalsPerDay(file.intervalMinutes);
  const staffing = pool.staffing;
  if (staffing.kind === 'intervals') {
    const expected = file.days * perDay;
    if (staffing.scheduled.length !== expected) {
      push(`${at}.staffing.scheduled`, `must hold ${expected} values (${file.days} days × ${perDay} intervals), got ${staffing.scheduled.length}`);
    }
    return;
  }
  staffing.shifts.forEach((shift, s) => {
    const shiftAt = `${at}.staffing.shifts[${s}]`;
    for (const field of ['start', 'end'] as const) {
      const minutes = clockMinutes(shift[field]);
      if (minutes === null) continue; // the schema has reported it
      if (minutes % file.intervalMinutes !== 0) {
        push(`${shiftAt}.${field}`, `must be on a ${file.intervalMinutes}-minute interval boundary, got ${shift[field]}`);
      }
      if (field === 'start' && minutes === 1440) push(`${shiftAt}.start`, 'must be before 24:00 (use 00:00)');
    }
  });
}

/** Every problem of a schema-valid scenario that needs more than one field to see. */
export function crossCheckScenario(file: ScenarioFile): Problem[] {
  const problems: Problem[] = [];
  const push: Push = (path, message) => problems.push({ path, message });

  checkUnique(file.channels, 'channels', 'channel', push);
  checkUnique(file.pools, 'pools', 'pool', push);
  checkUnique(file.strategies, 'strategies', 'strategy', push);
  const channelIds = new Set(file.channels.map((c) => c.id));
  file.channels.forEach((channel, i) => checkChannelKind(channel, `channels[${i}]`, push));

  const served = new Set<string>();
  file.pools.forEach((pool, p) => {
    const seen = new Set<string>();
    pool.skills.forEach((id, k) => {
      if (!channelIds.has(id)) push(`pools[${p}].skills[${k}]`, `unknown channel '${id}'`);
      else if (seen.has(id)) push(`pools[${p}].skills[${k}]`, `channel '${id}' is listed twice`);
      seen.add(id);
      served.add(id);
    });
    checkStaffing(file, pool, `pools[${p}]`, push);
  });
  file.channels.forEach((channel, i) => {
    if (!served.has(channel.id)) push(`channels[${i}]`, `no pool serves channel '${channel.id}': add it to some pool's skills`);
  });

  checkForecast(file, file.forecast, channelIds, push);
  checkUncertainty(file, push);
  return problems;
}

/** The uncertainty block names events of the forecast, and acts on peak days only where there are some. */
function checkUncertainty(file: ScenarioFile, push: Push): void {
  const u = file.uncertainty;
  if (!u) return;
  const events = file.forecast.kind === 'profile' ? file.forecast.events : [];
  const names = new Set(events.map((e) => e.name));
  const seen = new Set<string>();
  u.events.forEach((entry, k) => {
    if (!names.has(entry.event)) {
      push(`uncertainty.events[${k}].event`, events.length === 0
        ? 'the forecast has no peak events (only a profile forecast has events)'
        : `unknown event '${entry.event}' (events: ${[...names].map((n) => `'${n}'`).join(', ')})`);
    } else if (seen.has(entry.event)) push(`uncertainty.events[${k}].event`, `event '${entry.event}' is listed twice`);
    seen.add(entry.event);
  });
  // Peak days are the days a forecast event is in force (docs/scenario-format.md, "Uncertainty").
  for (const field of ['peakHandleTime', 'peakAbsence'] as const) {
    if (u[field] !== undefined && events.length === 0) push(`uncertainty.${field}`, 'acts on peak days, and the forecast has no peak events to say which days they are');
  }
}
