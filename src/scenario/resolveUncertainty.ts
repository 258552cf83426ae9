/**
 * The `uncertainty` block (uncertainty.ts) in the engines' terms: each uncertain event's channels
 * as indices and its strength day by day, so that a drawn factor can rescale the forecast's
 * arrivals without rebuilding the forecast (src/simulation/uncertainty/applyWorld.ts), and the
 * peak days of every channel.
 */
import { dayNumber } from './calendar';
import type { ResolvedUncertainEvent, ResolvedUncertainty } from './model';
import { eventMultiplier } from './resolveForecast';
import type { ScenarioFile } from './schema';
import type { Uncertainty } from './uncertainty';

export function resolveUncertainty(file: ScenarioFile, u: Uncertainty): ResolvedUncertainty {
  const first = dayNumber(file.startDate) as number;
  const channelIndex = new Map(file.channels.map((c, i) => [c.id, i]));
  const events = file.forecast.kind === 'profile' ? file.forecast.events : [];
  const days = Array.from({ length: file.days }, (_, d) => first + d);
  const uncertain: ResolvedUncertainEvent[] = [];
  u.events.forEach((entry, k) => {
    for (const e of events) {
      if (e.name !== entry.event) continue;
      // The strength of a day: (multiplier − 1) ÷ (factor − 1), read off the same rule with factor 2.
      const strength = days.map((day) => eventMultiplier({ ...e, factor: 2 }, day) - 1);
      uncertain.push({
        entry: k, name: e.name, channels: e.channels.map((id) => channelIndex.get(id) as number),
        factor: e.factor, strength, distribution: entry.factor,
      });
    }
  });
  const peakDays = file.channels.map((c) => days.map((day) =>
    events.some((e) => e.channels.includes(c.id) && eventMultiplier({ ...e, factor: 2 }, day) !== 1)));
  return {
    events: uncertain,
    eventEntries: u.events.length,
    peakDays,
    peakHandleTime: u.peakHandleTime ?? null,
    peakAbsence: u.peakAbsence ?? null,
    outsourcerYield: u.outsourcerYield ?? null,
    outsourcerRampDays: u.outsourcerRampDays ?? null,
    confidence: u.confidence,
  };
}
