/**
 * A product recall: a small-appliance maker's consumer line, twelve days in which a safety recall
 * notice triples calls and emails for two days with no warning (no build-up, no lead time for
 * temps: an outsourcer already under contract and overtime are the levers that can still act).
 */
import type { ScenarioInput } from '../schema';
import { hourly, openHours } from './build';

const MINUTES = 30;
const WEEKDAYS = [1, 2, 3, 4, 5];

export const productRecall: ScenarioInput = {
  schemaVersion: 1,
  name: 'Product recall — consumer hotline',
  description:
    'A French small-appliance maker’s consumer hotline, open 09:00–18:00 on weekdays; emails are also answered on Saturday mornings. A safety ' +
    'recall of a kettle model triples calls and emails on Tuesday 10 and Wednesday 11 March. ' +
    'Normal week: about 4,000 calls (AHT 6 min) and 1,500 emails; one in-house team of about 40 ' +
    'full-time equivalents (28% shrinkage, €30 per loaded hour).',
  startDate: '2026-03-02',
  intervalMinutes: MINUTES,
  days: 12,
  channels: [
    {
      id: 'voice',
      name: 'Hotline',
      kind: 'voice',
      aht: { dist: 'exponential', mean: 360 },
      patience: { dist: 'exponential', mean: 180 },
      targets: { serviceLevel: { share: 0.8, seconds: 30 }, minAnswerRate: 0.9 },
    },
    {
      id: 'email',
      name: 'Email',
      kind: 'email',
      aht: { dist: 'lognormal', mean: 480, cv: 0.5 },
      targets: { responseWithin: [{ share: 0.8, hours: 48 }] },
    },
  ],
  forecast: {
    kind: 'profile',
    weekly: {
      voice: [900, 820, 780, 760, 740, 0, 0],
      email: [300, 260, 250, 240, 230, 110, 110],
    },
    intraday: {
      voice: openHours(MINUTES, '09:00', [5, 6.5, 7, 7, 6.5, 6, 4.5, 4, 5, 5.5, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2]),
      email: hourly(MINUTES, [0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1, 1.4, 1.6, 1.6, 1.5, 1.4, 1.5, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.8, 0.6, 0.4]),
    },
    events: [
      { name: 'Kettle recall notice', channels: ['voice', 'email'], start: '2026-03-10', end: '2026-03-11', factor: 3, shape: 'flat' },
    ],
  },
  pools: [
    {
      id: 'inhouse',
      name: 'Consumer team',
      skills: ['voice', 'email'],
      shrinkage: 0.28,
      hourlyCost: 30,
      staffing: {
        kind: 'shifts',
        shifts: [
          { name: 'Day', start: '09:00', end: '16:00', agents: 27, weekdays: WEEKDAYS },
          { name: 'Part-time morning', start: '09:00', end: '13:00', agents: 8, weekdays: WEEKDAYS },
          { name: 'Part-time midday', start: '13:00', end: '17:00', agents: 3, weekdays: WEEKDAYS },
          { name: 'Part-time afternoon', start: '14:00', end: '18:00', agents: 20, weekdays: WEEKDAYS },
          { name: 'Saturday email', start: '09:00', end: '13:00', agents: 4, weekdays: [6] },
        ],
      },
    },
  ],
  // The baseline (no lever) is implicit: every comparison starts with it.
  strategies: [
    {
      id: 'outsource-overflow',
      name: 'Emergency outsourcing',
      description: 'A partner already under framework contract takes calls waiting more than 20 s, paid per call.',
      levers: [{
        kind: 'outsourcing', poolId: 'standby', name: 'Standby partner', channels: ['voice'],
        routing: { mode: 'waitAbove', seconds: 20 }, start: '2026-03-10', end: '2026-03-11', from: '09:00', to: '18:00',
        elastic: true, ahtMultiplier: 1.2, fcr: 0.8, pricing: { mode: 'perContact', rate: 4.5 }, setupFee: 1500,
      }],
    },
    {
      id: 'outsource-half',
      name: 'Half the calls to the partner',
      description: 'The standby partner answers half of the recall-day calls, paid per call.',
      levers: [{
        kind: 'outsourcing', poolId: 'standby', name: 'Standby partner', channels: ['voice'],
        routing: { mode: 'share', share: 0.5 }, start: '2026-03-10', end: '2026-03-11', from: '09:00', to: '18:00',
        elastic: true, ahtMultiplier: 1.2, fcr: 0.8, pricing: { mode: 'perContact', rate: 4.5 }, setupFee: 1500,
      }],
    },
    {
      id: 'overtime',
      name: 'Overtime on recall days',
      description: 'Everyone stays two extra hours on both recall days, at +25%.',
      levers: [{ kind: 'overtime', start: '2026-03-10', end: '2026-03-11', hoursPerAgentPerDay: 2, participation: 1, premium: 1.25 }],
    },
  ],
  costs: { currency: 'EUR', abandonedContactCost: 0 },
};
