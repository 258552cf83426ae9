/**
 * `wfm plan scenario.json`: the analytic plan — required vs available agents per channel per
 * interval (JSON), or one line per channel per day (table): the day's volume, the most agents
 * required and available in one interval, the missing agent-hours and the intervals that miss
 * a target.
 */
import { addDays } from '../../scenario/calendar';
import { resolveScenario } from '../../scenario/resolve';
import { planScenario, type PlanResult } from '../../simulation/plan';
import { InputError } from '../errors';
import { parseCommandLine } from '../flags';
import { formatTable } from '../format';
import type { CliIo } from '../io';
import { readScenarioFile } from '../scenarioFile';

function dailyRows(plan: PlanResult, startDate: string, intervalsPerDay: number, days: number): Record<string, unknown>[] {
  const hours = plan.intervalMinutes / 60;
  const rows: Record<string, unknown>[] = [];
  for (const channel of plan.channels) {
    for (let d = 0; d < days; d++) {
      const from = d * intervalsPerDay;
      const slice = <T>(xs: T[]) => xs.slice(from, from + intervalsPerDay);
      const required = slice(channel.required);
      const available = slice(channel.available);
      const open = slice(channel.arrivals).map((a) => a > 0);
      rows.push({
        channel: channel.channelId,
        date: addDays(startDate, d),
        volume: Math.round(slice(channel.arrivals).reduce((a, b) => a + b, 0)),
        peakRequired: Math.max(0, ...required),
        peakAvailable: Math.max(0, ...available),
        missingAgentHours: Math.round(required.reduce((t, r, i) => t + Math.max(0, r - available[i]!), 0) * hours * 10) / 10,
        intervalsMissing: slice(channel.meetsTargets).filter((ok, i) => open[i] && !ok).length,
      });
    }
  }
  return rows;
}

export async function planCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' } });
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  const file = await readScenarioFile(positionals[0], io);
  const scenario = resolveScenario(file);
  const plan = planScenario(scenario);
  if (values.json) {
    io.stdout(`${JSON.stringify({ scenario: scenario.name, startDate: scenario.startDate, days: scenario.days, ...plan }, null, 2)}\n`);
    return;
  }
  io.stdout(`${scenario.name}: missing ${plan.missingAgentHours.toFixed(1)} agent-hours over ${scenario.days} days\n\n`);
  io.stdout(formatTable(dailyRows(plan, scenario.startDate, scenario.intervalsPerDay, scenario.days)));
}
