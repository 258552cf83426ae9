/**
 * The end-of-year season of an online retailer: six weeks from mid-November through Black Friday
 * and Christmas, hourly intervals, open every day. The rises are known long ahead, so temps and
 * overtime have time to work.
 */
import type { ScenarioInput } from '../schema';
import { openHours } from './build';

const MINUTES = 60;
const MON_SAT = [1, 2, 3, 4, 5, 6];

export const retailSeason: ScenarioInput = {
  schemaVersion: 1,
  name: 'Retail season — online store',
  description:
    'An online retailer’s customer service, 16 November – 27 December 2026, open 09:00–21:00 ' +
    'Monday to Saturday and 10:00–18:00 on Sunday. Black Friday weekend nearly doubles calls and ' +
    'chats; December builds up to Christmas (+35%) and returns follow on 26–27 December. Normal week: ' +
    'about 10,800 calls (AHT 4 min 30) and 6,300 chats (three at a time); one in-house team ' +
    '(32% shrinkage, €29 per loaded hour).',
  startDate: '2026-11-16',
  intervalMinutes: MINUTES,
  days: 42,
  channels: [
    {
      id: 'voice',
      name: 'Phone',
      kind: 'voice',
      aht: { dist: 'exponential', mean: 270 },
      patience: { dist: 'exponential', mean: 120 },
      targets: { serviceLevel: { share: 0.8, seconds: 30 }, minAnswerRate: 0.92 },
    },
    {
      id: 'chat',
      name: 'Chat',
      kind: 'chat',
      aht: { dist: 'exponential', mean: 480 },
      patience: { dist: 'exponential', mean: 300 },
      concurrency: 3,
      concurrentAhtMultiplier: 1.3,
      targets: { serviceLevel: { share: 0.8, seconds: 60 } },
    },
  ],
  forecast: {
    kind: 'profile',
    weekly: {
      voice: [1900, 1700, 1650, 1600, 1650, 1400, 900],
      chat: [1000, 950, 900, 900, 950, 900, 700],
    },
    intraday: {
      voice: openHours(MINUTES, '09:00', [6, 9, 10, 9, 7, 8, 9, 9, 8, 7, 6, 4]),
      chat: openHours(MINUTES, '09:00', [4, 6, 7, 7, 7, 7, 8, 8, 9, 10, 10, 8]),
    },
    intradayByWeekday: {
      voice: [{ weekdays: [7], weights: openHours(MINUTES, '10:00', [7, 9, 9, 8, 8, 8, 7, 6]) }],
      chat: [{ weekdays: [7], weights: openHours(MINUTES, '10:00', [6, 8, 8, 8, 9, 9, 9, 8]) }],
    },
    events: [
      { name: 'Black Friday to Cyber Monday', channels: ['voice', 'chat'], start: '2026-11-27', end: '2026-11-30', factor: 1.9, shape: 'ramp', rampDays: 1 },
      { name: 'Christmas orders', channels: ['voice', 'chat'], start: '2026-12-10', end: '2026-12-23', factor: 1.35, shape: 'ramp', rampDays: 4 },
      { name: 'Returns and exchanges', channels: ['voice', 'chat'], start: '2026-12-26', end: '2026-12-27', factor: 1.5, shape: 'flat' },
    ],
  },
  pools: [
    {
      id: 'inhouse',
      name: 'Customer care',
      skills: ['voice', 'chat'],
      shrinkage: 0.32,
      hourlyCost: 29,
      staffing: {
        kind: 'shifts',
        shifts: [
          { name: 'Opening', start: '09:00', end: '16:00', agents: 18, weekdays: MON_SAT },
          { name: 'Day', start: '11:00', end: '18:00', agents: 5, weekdays: MON_SAT },
          { name: 'Closing', start: '14:00', end: '21:00', agents: 26, weekdays: MON_SAT },
          { name: 'Part-time morning', start: '09:00', end: '13:00', agents: 10, weekdays: MON_SAT },
          { name: 'Part-time midday', start: '10:00', end: '14:00', agents: 9, weekdays: MON_SAT },
          { name: 'Part-time evening', start: '16:00', end: '20:00', agents: 9, weekdays: MON_SAT },
          { name: 'Sunday', start: '10:00', end: '18:00', agents: 30, weekdays: [7] },
          { name: 'Sunday part-time', start: '11:00', end: '15:00', agents: 2, weekdays: [7] },
        ],
      },
    },
  ],
  // The baseline (no lever) is implicit: every comparison starts with it.
  strategies: [
    {
      id: 'season-temps',
      name: 'Seasonal temps',
      description: '30 temps decided mid-October, three weeks to recruit, a week of training, voice and chat.',
      levers: [{
        kind: 'temps', poolId: 'temps', count: 30, decisionDate: '2026-10-15', leadTimeDays: 21, trainingDays: 5,
        skills: ['voice', 'chat'], hourlyWage: 13.5, agencyCoefficient: 1.85, contractEnd: '2026-12-31',
      }],
    },
    {
      id: 'overtime',
      name: 'Overtime in December',
      description: 'Four in ten agents work an extra hour a day from 7 to 24 December, at +25%.',
      levers: [{ kind: 'overtime', start: '2026-12-07', end: '2026-12-24', hoursPerAgentPerDay: 1, participation: 0.4, premium: 1.25 }],
    },
    {
      id: 'outsource-black-friday',
      name: 'Outsource chat over Black Friday',
      description: 'An outsourcer takes the whole chat channel from Black Friday to Cyber Monday.',
      levers: [{
        kind: 'outsourcing', poolId: 'chatpartner', channels: ['chat'], routing: { mode: 'channel' },
        start: '2026-11-27', end: '2026-11-30', agents: 25, ahtMultiplier: 1.1, fcr: 0.9,
        pricing: { mode: 'perAgentHour', rate: 27 }, setupFee: 2500, leadTimeDays: 14,
      }],
    },
  ],
  costs: { currency: 'EUR', abandonedContactCost: 0 },
};
