/**
 * Checks that a strategy's levers name channels and pools the scenario has. The lever schemas
 * check each lever alone; these checks need the scenario around it, so they run with the other
 * cross-field checks when a file is loaded. The messages are shared with the lever modules,
 * which meet the same lookups when they apply a lever.
 */
import type { Problem } from '../problems';
import type { ScenarioFile } from '../schema';
import type { Lever } from './index';

export const unknownChannel = (id: string, known: readonly string[]) => `unknown channel '${id}' (known: ${known.join(', ')})`;
export const unknownInhousePool = (id: string, known: readonly string[]) => `unknown in-house pool '${id}' (known: ${known.join(', ')})`;
export const NO_INHOUSE_POOL = 'the scenario has no in-house pool';
export const NO_VOICE_CHANNEL = 'is required: the scenario has no voice channel';
export const NO_SOURCE_POOL = 'is required: no in-house pool serves another channel';

/** Problems of every lever of every strategy, with paths like `strategies[1].levers[0].channels[2]`. */
export function leverReferenceProblems(file: ScenarioFile): Problem[] {
  const channelIds = file.channels.map((c) => c.id);
  const inhouse = file.pools.filter((p) => p.kind === 'inhouse');
  const inhouseIds = inhouse.map((p) => p.id);
  return file.strategies.flatMap((strategy, s) => strategy.levers.flatMap((lever, k) => {
    const problems: Problem[] = [];
    const at = (field: string) => `strategies[${s}].levers[${k}].${field}`;
    const channel = (id: string, field: string) => {
      if (!channelIds.includes(id)) problems.push({ path: at(field), message: unknownChannel(id, channelIds) });
    };
    const pool = (id: string | undefined, field: string) => {
      if (id === undefined) {
        if (inhouse.length === 0) problems.push({ path: at(field), message: NO_INHOUSE_POOL });
      } else if (!inhouseIds.includes(id)) problems.push({ path: at(field), message: unknownInhousePool(id, inhouseIds) });
    };
    checkLever(file, lever, channel, pool, (field, message) => problems.push({ path: at(field), message }));
    return problems;
  }));
}

function checkLever(
  file: ScenarioFile,
  lever: Lever,
  channel: (id: string, field: string) => void,
  pool: (id: string | undefined, field: string) => void,
  problem: (field: string, message: string) => void,
): void {
  switch (lever.kind) {
    case 'outsourcing':
      lever.channels.forEach((c, k) => channel(c, `channels[${k}]`));
      return;
    case 'temps':
      lever.skills.forEach((c, k) => channel(c, `skills[${k}]`));
      pool(lever.referencePoolId, 'referencePoolId');
      return;
    case 'overtime':
      pool(lever.poolId, 'poolId');
      return;
    case 'callback': {
      if (lever.channel === undefined) {
        if (!file.channels.some((c) => c.kind === 'voice')) problem('channel', NO_VOICE_CHANNEL);
        return;
      }
      const named = file.channels.find((c) => c.id === lever.channel);
      if (!named) channel(lever.channel, 'channel');
      else if (named.kind !== 'voice') problem('channel', `must name a voice channel ('${named.id}' is ${named.kind})`);
      return;
    }
    case 'reallocation': {
      const to = lever.toChannel ?? file.channels.find((c) => c.kind === 'voice')?.id;
      if (lever.toChannel !== undefined) channel(lever.toChannel, 'toChannel');
      else if (to === undefined) problem('toChannel', NO_VOICE_CHANNEL);
      if (lever.fromPoolId !== undefined) pool(lever.fromPoolId, 'fromPoolId');
      else if (!file.pools.some((p) => p.kind === 'inhouse' && p.skills.some((c) => c !== to))) problem('fromPoolId', NO_SOURCE_POOL);
      if (lever.chatStandby) {
        channel(lever.chatStandby.channel, 'chatStandby.channel');
        lever.chatStandby.moveTo.forEach((m, k) => channel(m.channel, `chatStandby.moveTo[${k}].channel`));
      }
      if (lever.emailDeferral) channel(lever.emailDeferral.channel, 'emailDeferral.channel');
      return;
    }
  }
}
