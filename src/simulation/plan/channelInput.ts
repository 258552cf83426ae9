/**
 * How a channel of the scenario becomes a staffing problem for one interval (docs/model.md,
 * "Channels" and "Analytic engine"). Distributions enter by their mean only: the analytic engine
 * assumes exponential handle times and patience; the DES uses the real shapes.
 *
 * - voice, chat: Erlang C, or Erlang A when the channel has a patience; chat runs
 *   `concurrency` sessions per agent with the session time × `concurrentAhtMultiplier`.
 * - callback: deferred voice, nobody abandons: Erlang C with the promise as a service level
 *   (`callbackWithin.share` called back within `minutes`); a voice-style serviceLevel target is
 *   used instead when the channel has no callbackWithin.
 */
import type { ResolvedChannel } from '../../scenario/model';
import { chatHandleSeconds, type StaffInput } from '../erlang';

/** Threshold used when a channel has no service-level target (the industry's 20 s). */
const DEFAULT_SL_SECONDS = 20;

/** The staffing input of `channel` for an interval with `arrivals` contacts (without `arrivals`). */
export function channelStaffInput(
  channel: ResolvedChannel, intervalMinutes: number, shrinkage: number,
): Omit<StaffInput, 'arrivals'> {
  const t = channel.targets;
  const common = {
    intervalMinutes,
    shrinkage,
    ...(t.maxOccupancy !== undefined ? { maxOccupancy: t.maxOccupancy } : {}),
  };
  if (channel.kind === 'callback') {
    const within = t.callbackWithin;
    return {
      ...common,
      aht: channel.aht.mean,
      concurrency: 1,
      slSeconds: within ? within.minutes * 60 : t.serviceLevel?.seconds ?? DEFAULT_SL_SECONDS,
      ...(within ? { targetSl: within.share } : t.serviceLevel ? { targetSl: t.serviceLevel.share } : {}),
      ...(t.maxAsaSeconds !== undefined ? { maxAsa: t.maxAsaSeconds } : {}),
    };
  }
  const concurrency = channel.kind === 'chat' ? channel.concurrency : 1;
  return {
    ...common,
    aht: chatHandleSeconds(channel.aht.mean, concurrency, channel.concurrentAhtMultiplier),
    concurrency,
    slSeconds: t.serviceLevel?.seconds ?? DEFAULT_SL_SECONDS,
    ...(channel.patience ? { patience: channel.patience.mean } : {}),
    ...(t.serviceLevel ? { targetSl: t.serviceLevel.share } : {}),
    ...(t.maxAsaSeconds !== undefined ? { maxAsa: t.maxAsaSeconds } : {}),
    ...(t.minAnswerRate !== undefined ? { minAnswerRate: t.minAnswerRate } : {}),
  };
}
