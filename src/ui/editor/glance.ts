/**
 * The editor's side panel figures: per channel, does the schedule meet the targets over the peak,
 * and how many agent-hours are missing — the analytic plan's verdict, in words, so that an edit's
 * effect shows without leaving the page.
 */
import type { ResolvedScenario } from '../../scenario/model';
import type { PlanResult } from '../../simulation/plan';
import type { PeakDays } from '../data/peaks';
import { missingAgentHours, targetCoverage } from '../data/staffingSeries';

export interface ChannelGlance {
  channelId: string;
  name: string;
  /** Open intervals of the peak (or of the horizon, when no peak is marked) missing a target. */
  failing: number;
  open: number;
  missingAgentHours: number;
}

export function channelGlances(resolved: ResolvedScenario, plan: PlanResult, peaks: PeakDays): ChannelGlance[] {
  const hasPeak = peaks.bands.length > 0;
  const inPeakDay = (d: number) => (hasPeak ? peaks.isPeak[d] : true);
  return plan.channels.map((p, c) => {
    const coverage = targetCoverage(p, (i) => inPeakDay(Math.floor(i / resolved.intervalsPerDay)));
    return {
      channelId: p.channelId,
      name: resolved.channels[c].name,
      failing: coverage.open - coverage.met,
      open: coverage.open,
      missingAgentHours: missingAgentHours(resolved, p, inPeakDay),
    };
  });
}
