/**
 * A lever in plain words, for the strategies list and the comparison ("An outsourcer takes calls
 * that waited 30 s, 15–20 Jun 09:00–19:00, 20 agents, €29 per agent-hour"). Reads validated
 * levers (defaults filled in), names channels and pools by their names.
 */
import { utcFormat } from 'd3';
import type { Lever } from '../../simulation/levers';
import { formatPrice } from '../charts/money';

export interface WordsContext {
  channelName: (id: string) => string;
  poolName: (id: string) => string;
  currency: string;
}

const day = utcFormat('%-d %b');
const date = (iso: string) => day(new Date(`${iso}T00:00:00Z`));
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
const num = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function window(start?: string, end?: string, from?: string, to?: string): string {
  const days = start && end ? (start === end ? `on ${date(start)}` : `${date(start)} – ${date(end)}`) : start ? `from ${date(start)}` : end ? `until ${date(end)}` : 'over the whole horizon';
  return from || to ? `${days}, ${from ?? '00:00'}–${to ?? '24:00'}` : days;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export function describeLever(lever: Lever, ctx: WordsContext): string {
  const money = (x: number) => formatPrice(x, ctx.currency);
  switch (lever.kind) {
    case 'outsourcing': {
      const channels = list(lever.channels.map(ctx.channelName));
      const r = lever.routing;
      const routing = r.mode === 'share' ? `takes ${pct(r.share)} of ${channels} contacts`
        : r.mode === 'queueAbove' ? `takes ${channels} contacts when more than ${num(r.queue)} wait in-house`
          : r.mode === 'waitAbove' ? `takes ${channels} contacts that waited ${num(r.seconds)} s`
            : `handles all of ${channels}`;
      const p = lever.pricing;
      const price = p.mode === 'perContact' ? `${money(p.rate)} per contact` : p.mode === 'perMinute' ? `${money(p.rate)} per minute` : `${money(p.rate)} per agent-hour`;
      const capacity = lever.elastic ? 'elastic capacity' : `${num(lever.agents)} agents`;
      const decided = lever.decisionDate ? `, decided ${date(lever.decisionDate)} (${num(lever.leadTimeDays)} days' lead time)` : '';
      const setup = lever.setupFee > 0 ? `, setup ${money(lever.setupFee)}` : '';
      return `Outsourcer ${lever.name ?? lever.poolId} ${routing}, ${window(lever.start, lever.end, lever.from, lever.to)}; ${capacity}, ${price}${setup}${decided}.`;
    }
    case 'reallocation': {
      const to = lever.toChannel ? ctx.channelName(lever.toChannel) : 'voice';
      const from = lever.fromPoolId ? `${ctx.poolName(lever.fromPoolId)} agents` : 'agents of other channels';
      const trigger = lever.mode === 'planned' ? 'as planned'
        : [lever.queueAbove !== undefined ? `more than ${num(lever.queueAbove)} wait` : null, lever.waitAboveSeconds !== undefined ? `the wait passes ${num(lever.waitAboveSeconds)} s` : null].filter(Boolean).join(' or ');
      const when = lever.mode === 'planned' ? '' : ` while ${trigger}`;
      const standby = lever.chatStandby ? `; ${ctx.channelName(lever.chatStandby.channel)} on standby meanwhile` : '';
      const deferral = lever.emailDeferral ? `; ${ctx.channelName(lever.emailDeferral.channel)} may wait ${num(lever.emailDeferral.extraHours)} h more` : '';
      const days = lever.days?.length ? `on ${lever.days.length} chosen day(s)` : window(lever.start, lever.end, lever.from, lever.to);
      return `Up to ${num(lever.maxAgents)} ${from} move to ${to}${when}, ${days}${standby}${deferral}.`;
    }
    case 'temps':
      return `${num(lever.count)} temps for ${list(lever.skills.map(ctx.channelName))}, decided ${date(lever.decisionDate)}: ${num(lever.leadTimeDays)} days to recruit, ${num(lever.trainingDays)} days of paid training, `
        + `${num(lever.rampDays)}-day ramp-up; ${money(lever.hourlyWage)}/h × ${num(lever.agencyCoefficient)} agency coefficient${lever.contractEnd ? `, until ${date(lever.contractEnd)}` : ''}.`;
    case 'overtime':
      return `${pct(lever.participation)} of ${lever.poolId ? ctx.poolName(lever.poolId) : 'the team'} work ${num(lever.hoursPerAgentPerDay)} extra hour(s) a day (cap ${num(lever.capHoursPerDay)}), ${window(lever.start, lever.end)}, at +${Math.round((lever.premium - 1) * 100)}%.`;
  }
}
