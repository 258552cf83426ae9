/**
 * A lever in plain words, for the strategies list and the comparison ("An outsourcer takes calls
 * that waited 30 s, 15–20 Jun 09:00–19:00, 20 agents, €29 per agent-hour"). Reads validated
 * levers (defaults filled in), names channels and pools by their names.
 */
import type { Lever } from '../../simulation/levers';
import { formatPrice } from '../charts/money';
import { formatDayMonth } from '../charts/time';
import { formatNumber, formatPercent } from '../format';
import { t } from '../i18n';

export interface WordsContext {
  channelName: (id: string) => string;
  poolName: (id: string) => string;
  currency: string;
}

const date = (iso: string) => formatDayMonth(new Date(`${iso}T00:00:00Z`));
const pct = (share: number) => formatPercent(share, share * 1000 % 10 === 0 ? 0 : 1);
const num = (x: number) => formatNumber(x, 2);
const w = (key: string, values: Record<string, unknown> = {}) => t(`words.${key}`, values);

function window(start?: string, end?: string, from?: string, to?: string): string {
  const days = start && end ? (start === end ? w('onDay', { day: date(start) }) : `${date(start)} – ${date(end)}`) : start ? w('fromDay', { day: date(start) }) : end ? w('untilDay', { day: date(end) }) : w('wholeHorizon');
  return from || to ? `${days}, ${from ?? '00:00'}–${to ?? '24:00'}` : days;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : w('list', { most: names.slice(0, -1).join(', '), last: names[names.length - 1] }));

export function describeLever(lever: Lever, ctx: WordsContext): string {
  const money = (x: number) => formatPrice(x, ctx.currency);
  switch (lever.kind) {
    case 'outsourcing': {
      const channels = list(lever.channels.map(ctx.channelName));
      const r = lever.routing;
      const routing = r.mode === 'share' ? w('routeShare', { share: pct(r.share), channels })
        : r.mode === 'queueAbove' ? w('routeQueue', { channels, queue: num(r.queue) })
          : r.mode === 'waitAbove' ? w('routeWait', { channels, seconds: num(r.seconds) })
            : w('routeChannel', { channels });
      const p = lever.pricing;
      const price = w(`price_${p.mode}`, { rate: money(p.rate) });
      const capacity = lever.elastic ? w('elastic') : w('agents', { n: num(lever.agents) });
      const decided = lever.decisionDate ? w('decidedLead', { day: date(lever.decisionDate), n: num(lever.leadTimeDays) }) : '';
      const setup = lever.setupFee > 0 ? w('setup', { fee: money(lever.setupFee) }) : '';
      return w('outsourcing', { name: lever.name ?? lever.poolId, routing, window: window(lever.start, lever.end, lever.from, lever.to), capacity, price, setup, decided });
    }
    case 'reallocation': {
      const to = lever.toChannel ? ctx.channelName(lever.toChannel) : w('voice');
      const from = lever.fromPoolId ? w('poolAgents', { pool: ctx.poolName(lever.fromPoolId) }) : w('otherAgents');
      const trigger = [lever.queueAbove !== undefined ? w('queueTrigger', { n: num(lever.queueAbove) }) : null, lever.waitAboveSeconds !== undefined ? w('waitTrigger', { n: num(lever.waitAboveSeconds) }) : null].filter(Boolean).join(w('or'));
      const when = lever.mode === 'planned' ? '' : w('while', { trigger });
      const standby = lever.chatStandby ? w('standby', { channel: ctx.channelName(lever.chatStandby.channel) }) : '';
      const deferral = lever.emailDeferral ? w('deferral', { channel: ctx.channelName(lever.emailDeferral.channel), n: num(lever.emailDeferral.extraHours) }) : '';
      const days = lever.days?.length ? w('chosenDays', { n: lever.days.length }) : window(lever.start, lever.end, lever.from, lever.to);
      return w('reallocation', { n: num(lever.maxAgents), from, to, when, days, standby, deferral });
    }
    case 'temps':
      return w('temps', {
        n: num(lever.count), channels: list(lever.skills.map(ctx.channelName)), day: date(lever.decisionDate), lead: num(lever.leadTimeDays),
        training: num(lever.trainingDays), ramp: num(lever.rampDays), wage: money(lever.hourlyWage), coefficient: num(lever.agencyCoefficient),
        until: lever.contractEnd ? w('until', { day: date(lever.contractEnd) }) : '',
      });
    case 'overtime':
      return w('overtime', {
        share: pct(lever.participation), pool: lever.poolId ? ctx.poolName(lever.poolId) : w('theTeam'), hours: num(lever.hoursPerAgentPerDay),
        cap: num(lever.capHoursPerDay), window: window(lever.start, lever.end), premium: Math.round((lever.premium - 1) * 100),
      });
    case 'callback':
      return w('callback', {
        channel: lever.channel ? ctx.channelName(lever.channel) : w('voice'), seconds: num(lever.offerAfterSeconds), share: pct(lever.acceptShare),
        minutes: num(lever.promiseMinutes), urgent: num(lever.urgentMinutes), fail: pct(lever.failShare),
        window: lever.days?.length ? w('chosenDays', { n: lever.days.length }) : window(lever.start, lever.end, lever.from, lever.to),
        cost: lever.costPerCallback > 0 ? w('callbackCost', { cost: money(lever.costPerCallback) }) : '',
      });
  }
}
