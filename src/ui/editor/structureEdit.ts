/**
 * Edits that reshape a scenario rather than set one field: a channel's kind (what the new kind
 * does not allow goes), adding and removing channels and pools (the forecast and the pools'
 * skills follow). Candidates, not valid scenarios: the store validates them like any edit, so a
 * removal that leaves a channel unserved, a pool with no skill or a strategy pointing nowhere shows
 * its message next to the field, and the planner decides.
 */
import { intervalsPerDay } from '../../scenario/calendar';
import type { ChannelFile, ChannelKind, PoolFile, ScenarioFile, Targets } from '../../scenario/schema';
import { startingTargets, TARGETS_BY_KIND } from '../../scenario/targets';

/** `channel` turned into `kind`: patience only for voice and chat, concurrency only for chat, allowed targets only. */
export function withKind(channel: ChannelFile, kind: ChannelKind): ChannelFile {
  const allowed = TARGETS_BY_KIND[kind];
  const targets: Targets = {};
  for (const key of allowed) if (channel.targets[key] !== undefined) Object.assign(targets, { [key]: channel.targets[key] });
  const kept = Object.keys(targets).some((k) => k !== 'maxOccupancy');
  const next: ChannelFile = {
    ...channel,
    kind,
    targets: kept ? targets : { ...targets, ...startingTargets(kind) },
    concurrency: kind === 'chat' ? channel.concurrency : 1,
    concurrentAhtMultiplier: kind === 'chat' ? channel.concurrentAhtMultiplier : 1,
  };
  if (kind !== 'voice' && kind !== 'chat') delete next.patience;
  return next;
}

/** The first `${stem}${n}` (n = 2, 3, …) no item uses. */
function freeId(stem: string, used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 2;
  while (taken.has(`${stem}${n}`)) n += 1;
  return `${stem}${n}`;
}

/**
 * A new voice channel with no volume yet, served by the first pool (last in its priority), so
 * the scenario stays valid and the planner fills in its forecast next.
 */
export function withNewChannel(file: ScenarioFile): ScenarioFile {
  const id = freeId('channel', file.channels.map((c) => c.id));
  const channel: ChannelFile = {
    id, name: 'New channel', kind: 'voice', aht: { dist: 'exponential', mean: 300 },
    concurrency: 1, concurrentAhtMultiplier: 1, fcr: 1, repeatDelayMinutes: 60,
    retrial: { share: 0, delaySeconds: 300 }, targets: startingTargets('voice'),
  };
  const perDay = intervalsPerDay(file.intervalMinutes);
  const forecast = file.forecast.kind === 'intervals'
    ? { ...file.forecast, volumes: { ...file.forecast.volumes, [id]: new Array<number>(file.days * perDay).fill(0) } }
    : {
      ...file.forecast,
      weekly: { ...file.forecast.weekly, [id]: new Array<number>(7).fill(0) },
      intraday: { ...file.forecast.intraday, [id]: new Array<number>(perDay).fill(0) },
    };
  const pools = file.pools.map((p, k) => (k === 0 ? { ...p, skills: [...p.skills, id] } : p));
  return { ...file, channels: [...file.channels, channel], forecast, pools };
}

/** Drops a key from a per-channel record. */
function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  const { [id]: _dropped, ...rest } = record;
  return rest;
}

/** The scenario without channel `index`: its forecast, its place in skills and in peak events go too. */
export function withoutChannel(file: ScenarioFile, index: number): ScenarioFile {
  const id = file.channels[index].id;
  const forecast = file.forecast.kind === 'intervals'
    ? { ...file.forecast, volumes: without(file.forecast.volumes, id) }
    : {
      ...file.forecast,
      weekly: without(file.forecast.weekly, id),
      intraday: without(file.forecast.intraday, id),
      intradayByWeekday: without(file.forecast.intradayByWeekday, id),
      events: file.forecast.events
        .map((e) => ({ ...e, channels: e.channels.filter((c) => c !== id) }))
        .filter((e) => e.channels.length > 0),
    };
  return {
    ...file,
    channels: file.channels.filter((_, k) => k !== index),
    forecast,
    pools: file.pools.map((p) => ({ ...p, skills: p.skills.filter((s) => s !== id) })),
  };
}

/** A new pool with no one scheduled yet, serving the first channel, costed like the first pool. */
export function withNewPool(file: ScenarioFile): ScenarioFile {
  const pool: PoolFile = {
    id: freeId('pool', file.pools.map((p) => p.id)),
    name: 'New team',
    kind: 'inhouse',
    skills: [file.channels[0].id],
    staffing: { kind: 'shifts', shifts: [] },
    shrinkage: file.pools[0]?.shrinkage ?? 0.3,
    hourlyCost: file.pools[0]?.hourlyCost ?? 0,
  };
  return { ...file, pools: [...file.pools, pool] };
}

/** The scenario without pool `index`. */
export function withoutPool(file: ScenarioFile, index: number): ScenarioFile {
  return { ...file, pools: file.pools.filter((_, k) => k !== index) };
}
