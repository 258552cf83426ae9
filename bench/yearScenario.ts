/**
 * The bench's large horizon (issue 14, "Large horizons"): a whole year at 15-minute intervals,
 * six channels and ten pools — the retail sample's shape (src/scenario/samples/retailSeason.ts)
 * grown to a year-round multi-skill centre, with its peaks and three strategies to compare.
 * Built here, not shipped as a sample: it exists to time the engines on a large scenario.
 */
import type { ScenarioInput } from '../src/scenario/schema';
import { hourly } from '../src/scenario/samples/build';

const MINUTES = 15;
const WEEKDAYS = [1, 2, 3, 4, 5];
const MON_SAT = [1, 2, 3, 4, 5, 6];

/** Office hours 08:00–20:00, busiest mid-morning and early afternoon. */
const office = hourly(MINUTES, [0, 0, 0, 0, 0, 0, 0, 0, 6, 9, 10, 9, 7, 8, 9, 9, 8, 7, 5, 4, 0, 0, 0, 0]);
/** Chat: later in the day. */
const evening = hourly(MINUTES, [0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 6, 6, 6, 7, 7, 8, 8, 9, 10, 9, 0, 0, 0, 0]);
/** Email arrives around the clock. */
const allDay = hourly(MINUTES, [1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 7, 7, 6, 5, 4, 3, 2, 2, 1]);

const voice = (id: string, name: string, aht: number) => ({
  id, name, kind: 'voice' as const, aht: { dist: 'exponential' as const, mean: aht }, patience: { dist: 'exponential' as const, mean: 150 },
  targets: { serviceLevel: { share: 0.8, seconds: 20 }, minAnswerRate: 0.9 },
});
const chat = (id: string, name: string) => ({
  id, name, kind: 'chat' as const, aht: { dist: 'exponential' as const, mean: 420 }, patience: { dist: 'exponential' as const, mean: 300 },
  concurrency: 2, concurrentAhtMultiplier: 1.25, targets: { serviceLevel: { share: 0.8, seconds: 60 } },
});

const shifts = (agents: number) => [
  { name: 'Early', start: '08:00', end: '15:00', agents, weekdays: MON_SAT },
  { name: 'Late', start: '13:00', end: '20:00', agents, weekdays: MON_SAT },
  { name: 'Mid', start: '10:00', end: '17:00', agents: Math.ceil(agents / 2), weekdays: WEEKDAYS },
];

const pool = (id: string, skills: string[], agents: number) => ({
  id, name: id, skills, shrinkage: 0.3, hourlyCost: 30, staffing: { kind: 'shifts' as const, shifts: shifts(agents) },
});

export function yearScenario(): ScenarioInput {
  const channels = [
    voice('sales', 'Sales', 240), voice('support', 'Support', 360), voice('billing', 'Billing', 300),
    chat('chat', 'Chat'), chat('chat-pro', 'Chat pro'),
    { id: 'email', name: 'Email', kind: 'email' as const, aht: { dist: 'exponential' as const, mean: 480 }, targets: { responseWithin: [{ share: 0.9, hours: 24 }] } },
  ];
  const week = (perDay: number) => [perDay, perDay * 0.95, perDay * 0.9, perDay * 0.9, perDay * 0.95, perDay * 0.5, 0];
  return {
    schemaVersion: 1,
    name: 'A year at 15 minutes (bench)',
    description: 'Six channels, ten pools, 2026 at 15-minute intervals, with a spring sale, a summer low and a winter peak.',
    startDate: '2026-01-05',
    intervalMinutes: MINUTES,
    days: 364,
    channels,
    forecast: {
      kind: 'profile',
      weekly: {
        sales: week(500), support: week(700), billing: week(400), chat: week(450), 'chat-pro': week(200),
        email: [300, 280, 270, 270, 260, 150, 100],
      },
      intraday: { sales: office, support: office, billing: office, chat: evening, 'chat-pro': evening, email: allDay },
      events: [
        { name: 'Spring sale', channels: ['sales', 'chat'], start: '2026-03-16', end: '2026-03-29', factor: 1.4, shape: 'ramp', rampDays: 2 },
        { name: 'Summer', channels: ['sales', 'support', 'billing', 'chat', 'chat-pro', 'email'], start: '2026-07-13', end: '2026-08-23', factor: 0.75, shape: 'flat' },
        { name: 'Winter peak', channels: ['sales', 'support', 'billing', 'chat', 'chat-pro', 'email'], start: '2026-11-23', end: '2026-12-20', factor: 1.3, shape: 'ramp', rampDays: 5 },
      ],
    },
    pools: [
      pool('sales-a', ['sales'], 8), pool('sales-b', ['sales', 'chat'], 5),
      pool('support-a', ['support'], 10), pool('support-b', ['support', 'billing'], 6),
      pool('billing-a', ['billing'], 6), pool('chat-a', ['chat'], 5),
      pool('chat-pro', ['chat-pro'], 3), pool('email-a', ['email'], 6),
      pool('blended', ['support', 'chat', 'email'], 4), pool('experts', ['sales', 'support', 'billing', 'chat-pro'], 3),
    ],
    strategies: [
      {
        id: 'winter-overtime', name: 'Overtime over the winter peak',
        levers: [{ kind: 'overtime', start: '2026-11-23', end: '2026-12-20', hoursPerAgentPerDay: 1, participation: 0.4, premium: 1.25 }],
      },
      {
        id: 'winter-temps', name: 'Temps for the winter peak',
        levers: [{
          kind: 'temps', poolId: 'temps', count: 15, decisionDate: '2026-10-01', leadTimeDays: 21, trainingDays: 5,
          skills: ['sales', 'support', 'chat'], hourlyWage: 13.5, agencyCoefficient: 1.85, contractEnd: '2026-12-31',
        }],
      },
      {
        id: 'spring-outsourcing', name: 'Outsource chat over the spring sale',
        levers: [{
          kind: 'outsourcing', poolId: 'partner', channels: ['chat'], routing: { mode: 'channel' },
          start: '2026-03-16', end: '2026-03-29', agents: 8, ahtMultiplier: 1.1, fcr: 0.9,
          pricing: { mode: 'perAgentHour', rate: 27 }, setupFee: 2500, leadTimeDays: 14,
        }],
      },
    ],
    costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}
