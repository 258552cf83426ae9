/**
 * Turns a ResolvedScenario into the engine's per-channel and per-pool tables, once per
 * replication, outside the hot loop: distributions, thresholds, head-counts (routing lists: rules.ts).
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { Distribution } from '../../scenario/schema';

/** Service-level threshold when a voice/chat channel sets none (the `erlang` command's default). */
export const DEFAULT_SL_SECONDS = 20;
/** Callback threshold when the channel sets no `callbackWithin` (one hour). */
export const DEFAULT_CALLBACK_SECONDS = 3600;
/** Email threshold when the channel sets no `responseWithin` (24 hours). */
export const DEFAULT_EMAIL_SECONDS = 24 * 3600;

export interface ChannelSetup {
  aht: Distribution;
  /** Null: the channel's contacts never abandon (callback, email, or no patience given). */
  patience: Distribution | null;
  concurrency: number;
  /** Handle-time factor: concurrentAhtMultiplier when concurrency > 1, else 1. */
  ahtFactor: number;
  realTime: boolean;
  isEmail: boolean;
  /** Wait threshold for `answeredWithin`, seconds. */
  thresholdSeconds: number;
  /** Email response targets, seconds. */
  responseSeconds: number[];
  fcr: number;
  repeatDelaySeconds: number;
  retrialShare: number;
  retrialDelaySeconds: number;
}

/** The wait threshold that `answeredWithin` counts against, by channel kind. */
export function thresholdSeconds(ch: ResolvedScenario['channels'][number]): number {
  const t = ch.targets;
  switch (ch.kind) {
    case 'voice':
    case 'chat':
      return t.serviceLevel?.seconds ?? DEFAULT_SL_SECONDS;
    case 'callback':
      return t.callbackWithin ? t.callbackWithin.minutes * 60 : (t.serviceLevel?.seconds ?? DEFAULT_CALLBACK_SECONDS);
    case 'email':
      return t.responseWithin?.length ? t.responseWithin[0].hours * 3600 : (t.serviceLevel?.seconds ?? DEFAULT_EMAIL_SECONDS);
  }
}

export function channelSetup(s: ResolvedScenario): ChannelSetup[] {
  return s.channels.map((ch) => {
    const realTime = ch.kind === 'voice' || ch.kind === 'chat';
    // Only chat holds several sessions at once (docs/model.md, "Channels"); other kinds ignore it.
    const concurrency = ch.kind === 'chat' ? Math.max(1, Math.round(ch.concurrency)) : 1;
    return {
      aht: ch.aht,
      patience: realTime && ch.patience ? ch.patience : null,
      concurrency,
      ahtFactor: concurrency > 1 ? ch.concurrentAhtMultiplier : 1,
      realTime,
      isEmail: ch.kind === 'email',
      thresholdSeconds: thresholdSeconds(ch),
      responseSeconds: ch.kind === 'email' ? (ch.targets.responseWithin ?? []).map((r) => r.hours * 3600) : [],
      fcr: ch.fcr,
      repeatDelaySeconds: ch.repeatDelaySeconds,
      retrialShare: realTime && ch.patience ? ch.retrial.share : 0,
      retrialDelaySeconds: ch.retrial.delaySeconds,
    };
  });
}

/** Head-counts as whole non-negative agents (the resolver rounds; this guards the engine). */
export function headCounts(s: ResolvedScenario): number[][] {
  return s.pools.map((p) => p.productive.map((x) => (Number.isFinite(x) && x > 0 ? Math.round(x) : 0)));
}
