/**
 * Web call back (docs/model.md, "Levers" 5): adds a call-back rule on a voice channel. It changes
 * no head-count: the same agents answer, later. The window is the lever's days and hours, over
 * the intervals where the channel expects calls. A second call-back lever on the same channel
 * replaces the first (one promise per channel; the later lever is the one the planner added).
 */
import type { CallbackParams } from '../../scenario/levers/callback';
import { NO_VOICE_CHANNEL } from '../../scenario/levers/references';
import type { LeverModule } from './module';
import { channelRef, cloneForLever } from './module';
import { openMask, windowMask } from './window';

export const callbackLever: LeverModule<CallbackParams> = {
  kind: 'callback',
  apply(input, p, ctx) {
    const s = cloneForLever(input);
    let c: number | null;
    if (p.channel !== undefined) c = channelRef(s, p.channel, ctx, 'channel');
    else {
      c = s.channels.find((ch) => ch.kind === 'voice')?.index ?? null;
      if (c === null) ctx.problems.push({ path: `${ctx.path}.channel`, message: NO_VOICE_CHANNEL });
    }
    if (c === null) return input;
    if (s.channels[c].kind !== 'voice') {
      ctx.problems.push({ path: `${ctx.path}.channel`, message: `must name a voice channel ('${s.channels[c].id}' is ${s.channels[c].kind})` });
      return input;
    }
    const inWindow = windowMask(s, { start: p.start, end: p.end, days: p.days, from: p.from, to: p.to });
    const open = openMask(s, [c]);
    const active = inWindow.map((w, i) => w && open[i]);
    s.callbacks = s.callbacks.filter((r) => r.channelIndex !== c);
    s.callbacks.push({
      channelIndex: c,
      active,
      offerAfterSeconds: p.offerAfterSeconds,
      acceptShare: p.acceptShare,
      promiseSeconds: p.promiseMinutes * 60,
      urgentSeconds: p.urgentMinutes * 60,
      ahtMultiplier: p.ahtMultiplier,
      failShare: p.failShare,
      failedAttemptSeconds: p.failedAttemptSeconds,
      retryAfterSeconds: p.retryAfterMinutes * 60,
      costPerCallback: p.costPerCallback,
    });
    if (!active.some(Boolean)) s.notes.push(`${s.channels[c].id}: no open interval inside the call-back window`);
    return s;
  },
};
