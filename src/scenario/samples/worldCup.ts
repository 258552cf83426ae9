/**
 * The default sample: a French pay-TV and streaming operator's customer service over the three
 * weeks around its World Cup peak. Figures are those of a mid-size in-house center (about 160
 * full-time equivalents, in a phone team and a digital team); the staffing meets every target in a
 * normal week and falls short on the peak days, so there is something to decide.
 */
import type { ScenarioInput } from '../schema';
import { hourly, openHours } from './build';

const MINUTES = 30;

// Weekday voice: a morning peak around 10:00–11:00 and a second, lower one after lunch.
const VOICE_WEEKDAY = openHours(MINUTES, '08:00', [
  3, 4.5, 5.5, 6, 6.3, 6.3, 6, 5.5, 4.5, 4, 4, 4.5,
  5.2, 5.4, 5.2, 5, 4.6, 4.2, 3.8, 3.4, 2.8, 2.4, 2, 1.6,
]);
const VOICE_SATURDAY = openHours(MINUTES, '09:00', [4, 5, 6, 6.3, 6.3, 6, 5.5, 5, 4.5, 4.5, 4.8, 5, 5, 4.6, 4, 3.4]);
// Chat is flatter and holds up better into the evening.
const CHAT_WEEKDAY = openHours(MINUTES, '08:00', [
  2, 3, 4, 4.5, 5, 5, 5, 4.8, 4.5, 4.5, 4.6, 4.8,
  5, 5, 4.8, 4.6, 4.4, 4.2, 4.2, 4, 3.8, 3.5, 3, 2.5,
]);
const CHAT_SATURDAY = openHours(MINUTES, '09:00', [3, 4, 4.5, 5, 5, 5, 4.8, 4.6, 4.6, 4.8, 5, 5, 4.8, 4.6, 4.4, 4]);
// Email arrives around the clock, less at night; it is answered in opening hours.
const EMAIL_ALL_DAY = hourly(MINUTES, [
  0.4, 0.3, 0.3, 0.3, 0.3, 0.4, 0.6, 1, 1.4, 1.6, 1.6, 1.6,
  1.5, 1.5, 1.6, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.8, 0.6,
]);

const WEEKDAYS = [1, 2, 3, 4, 5];

export const worldCup: ScenarioInput = {
  schemaVersion: 1,
  name: 'World Cup peak — pay-TV customer service',
  description:
    'A French pay-TV and streaming operator, three weeks around the opening of the 2026 World Cup. ' +
    'Voice and chat open 08:00–20:00 on weekdays and 09:00–17:00 on Saturdays, closed on Sundays; ' +
    'email arrives around the clock and is answered in opening hours (a small Sunday team). ' +
    'Normal week: about 17,800 calls (AHT 5 min 30), 6,750 chats (two at a time) and 5,200 emails. ' +
    'Subscriptions and streaming-access calls rise 40% from Tuesday 16 to Saturday 20 June, with a ' +
    'two-day build-up and wind-down. One in-house workforce of about 160 full-time equivalents (30% ' +
    'shrinkage, €32 per loaded hour) in two teams: phone, and digital (chat first, then email). It ' +
    'meets every target in a normal week; on the peak days voice misses 80% in 20 s.',
  startDate: '2026-06-08',
  intervalMinutes: MINUTES,
  days: 21,
  shortAbandonSeconds: 5,
  channels: [
    {
      id: 'voice',
      name: 'Phone',
      kind: 'voice',
      aht: { dist: 'exponential', mean: 330 },
      patience: { dist: 'exponential', mean: 150 },
      targets: { serviceLevel: { share: 0.8, seconds: 20 }, minAnswerRate: 0.9 },
    },
    {
      id: 'chat',
      name: 'Chat',
      kind: 'chat',
      aht: { dist: 'exponential', mean: 600 },
      patience: { dist: 'exponential', mean: 240 },
      concurrency: 2,
      // Two sessions at once: each takes 20% longer than alone.
      concurrentAhtMultiplier: 1.2,
      targets: { serviceLevel: { share: 0.8, seconds: 60 } },
    },
    {
      id: 'email',
      name: 'Email',
      kind: 'email',
      aht: { dist: 'lognormal', mean: 420, cv: 0.6 },
      targets: { responseWithin: [{ share: 0.9, hours: 24 }] },
    },
  ],
  forecast: {
    kind: 'profile',
    weekly: {
      voice: [3400, 3300, 3250, 3200, 3150, 1500, 0],
      chat: [1300, 1250, 1200, 1200, 1150, 650, 0],
      email: [900, 850, 850, 820, 800, 520, 460],
    },
    intraday: { voice: VOICE_WEEKDAY, chat: CHAT_WEEKDAY, email: EMAIL_ALL_DAY },
    intradayByWeekday: {
      voice: [{ weekdays: [6], weights: VOICE_SATURDAY }],
      chat: [{ weekdays: [6], weights: CHAT_SATURDAY }],
    },
    events: [
      {
        name: 'World Cup kick-off: subscriptions and streaming access',
        channels: ['voice'],
        start: '2026-06-16',
        end: '2026-06-20',
        factor: 1.4,
        shape: 'ramp',
        rampDays: 2,
      },
    ],
  },
  // One in-house workforce in two teams that share nothing: the phone team and the digital team
  // (chat first, email as filler work). Shifts are sized on a normal Monday, the busiest weekday,
  // with one agent to spare at every interval.
  pools: [
    {
      id: 'phone',
      name: 'Phone team',
      kind: 'inhouse',
      skills: ['voice'],
      shrinkage: 0.3,
      hourlyCost: 32,
      staffing: {
        kind: 'shifts',
        shifts: [
          { name: 'Early', start: '08:00', end: '15:00', agents: 29, weekdays: WEEKDAYS },
          { name: 'Day', start: '09:00', end: '16:00', agents: 5, weekdays: WEEKDAYS },
          { name: 'Mid', start: '10:00', end: '17:00', agents: 1, weekdays: WEEKDAYS },
          { name: 'Late', start: '13:00', end: '20:00', agents: 21, weekdays: WEEKDAYS },
          { name: 'Part-time morning', start: '08:00', end: '12:00', agents: 14, weekdays: WEEKDAYS },
          { name: 'Part-time late morning', start: '09:00', end: '13:00', agents: 8, weekdays: WEEKDAYS },
          { name: 'Part-time afternoon', start: '15:00', end: '19:00', agents: 22, weekdays: WEEKDAYS },
          { name: 'Saturday', start: '09:00', end: '17:00', agents: 30, weekdays: [6] },
          { name: 'Saturday part-time', start: '10:00', end: '14:00', agents: 6, weekdays: [6] },
        ],
      },
    },
    {
      id: 'digital',
      name: 'Digital team',
      kind: 'inhouse',
      skills: ['chat', 'email'],
      shrinkage: 0.3,
      hourlyCost: 32,
      staffing: {
        kind: 'shifts',
        shifts: [
          { name: 'Early', start: '08:00', end: '15:00', agents: 26, weekdays: WEEKDAYS },
          { name: 'Day', start: '09:00', end: '16:00', agents: 2, weekdays: WEEKDAYS },
          { name: 'Late', start: '13:00', end: '20:00', agents: 27, weekdays: WEEKDAYS },
          { name: 'Part-time morning', start: '09:00', end: '13:00', agents: 6, weekdays: WEEKDAYS },
          { name: 'Part-time afternoon', start: '15:00', end: '19:00', agents: 4, weekdays: WEEKDAYS },
          { name: 'Saturday', start: '09:00', end: '17:00', agents: 27, weekdays: [6] },
          { name: 'Sunday email', start: '09:00', end: '17:00', agents: 11, weekdays: [7] },
        ],
      },
    },
  ],
  // The baseline (no lever) is implicit: every comparison starts with it.
  strategies: [
    {
      id: 'outsource-voice',
      name: 'Outsource voice overflow',
      description: 'An outsourcer takes calls that waited 30 s, over the peak week; contract signed three weeks ahead.',
      levers: [{
        kind: 'outsourcing', poolId: 'atlantique', name: 'Atlantique Relation', channels: ['voice'],
        routing: { mode: 'waitAbove', seconds: 30 }, start: '2026-06-15', end: '2026-06-20', from: '09:00', to: '19:00',
        agents: 20, ahtMultiplier: 1.15, fcr: 0.85, decisionDate: '2026-05-25', leadTimeDays: 21,
        onboardingHoursPerAgent: 14, pricing: { mode: 'perAgentHour', rate: 29 }, setupFee: 4000,
      }],
    },
    {
      id: 'outsource-share',
      name: 'Outsource 25% of calls, paid per call',
      description: 'A quarter of the peak-week calls go straight to an outsourcer billed per handled call.',
      levers: [{
        kind: 'outsourcing', poolId: 'atlantique', name: 'Atlantique Relation', channels: ['voice'],
        routing: { mode: 'share', share: 0.25 }, start: '2026-06-15', end: '2026-06-20', elastic: true,
        ahtMultiplier: 1.15, fcr: 0.85, leadTimeDays: 21, pricing: { mode: 'perContact', rate: 4.2 },
        setupFee: 4000, minimumVolume: 3000,
      }],
    },
    {
      id: 'reallocate',
      name: 'Move digital agents to voice',
      description: 'Up to 15 agents leave chat and email for voice while 10 or more calls wait; chat on standby meanwhile (half the chats call instead); email may wait 24 h more.',
      levers: [{
        kind: 'reallocation', mode: 'dynamic', toChannel: 'voice', maxAgents: 15, queueAbove: 10, releaseBelowQueue: 3,
        start: '2026-06-15', end: '2026-06-20',
        chatStandby: { channel: 'chat', moveTo: [{ channel: 'voice', share: 0.5 }] },
        emailDeferral: { channel: 'email', extraHours: 24 },
      }],
    },
    {
      id: 'temps',
      name: 'Hire 25 temps for voice',
      description: 'Agency temps decided on 11 May: two weeks to recruit, one week of paid training, then a ten-day ramp-up.',
      levers: [{
        kind: 'temps', poolId: 'temps', count: 25, decisionDate: '2026-05-11', leadTimeDays: 14, trainingDays: 7,
        traineesPerTrainer: 12, rampDays: 10, rampStartMultiplier: 1.5, attritionPerDay: 0.004,
        contractEnd: '2026-06-28', skills: ['voice'], hoursPerDay: 7, hourlyWage: 14.5, agencyCoefficient: 1.9,
      }],
    },
    {
      id: 'overtime',
      name: 'Overtime on peak days',
      description: 'Half the team works 1.5 extra hours on each peak day, at +25%.',
      levers: [{
        kind: 'overtime', start: '2026-06-15', end: '2026-06-20', hoursPerAgentPerDay: 1.5, capHoursPerDay: 2,
        participation: 0.5, premium: 1.25,
      }],
    },
    {
      id: 'temps-and-overtime',
      name: 'Temps plus overtime',
      description: '15 temps and one overtime hour for half the team on peak days.',
      levers: [
        {
          kind: 'temps', poolId: 'temps', count: 15, decisionDate: '2026-05-11', leadTimeDays: 14, trainingDays: 7,
          skills: ['voice'], hourlyWage: 14.5, agencyCoefficient: 1.9, contractEnd: '2026-06-28',
        },
        { kind: 'overtime', start: '2026-06-15', end: '2026-06-20', hoursPerAgentPerDay: 1, participation: 0.5, premium: 1.25 },
      ],
    },
    {
      id: 'web-callback',
      name: 'Web call back on peak days',
      description: 'Callers who have waited a minute, 09:00–18:00 on the peak week, are offered a call back within two hours; half accept. The phone team calls them back when no call waits, or before live calls in the last 20 minutes of a promise; 10% of attempts fail and are tried once more; 5 cents of telephony per attempt.',
      levers: [{
        kind: 'callback', channel: 'voice', start: '2026-06-15', end: '2026-06-20', from: '09:00', to: '18:00',
        offerAfterSeconds: 30, acceptShare: 0.6, promiseMinutes: 120, urgentMinutes: 20, failShare: 0.1,
        failedAttemptSeconds: 60, retryAfterMinutes: 10, costPerCallback: 0.05,
      }],
    },
  ],
  costs: { currency: 'EUR', abandonedContactCost: 0 },
  // The peak cannot be known exactly (docs/model.md, "Uncertain inputs"): the kick-off uplift is
  // between +20% and +80%, most likely +40%; calls run a little longer on peak days, a match day
  // can keep one agent in 25 at home, and an outsourcer ramps up over its first three days.
  uncertainty: {
    events: [{ event: 'World Cup kick-off: subscriptions and streaming access', factor: { dist: 'triangular', min: 1.2, mode: 1.4, max: 1.8 } }],
    peakHandleTime: { dist: 'triangular', min: 1, mode: 1, max: 1.08 },
    peakAbsence: { dist: 'cases', cases: [{ name: 'as planned', value: 0, weight: 3 }, { name: 'match-day absence', value: 0.04, weight: 1 }] },
    outsourcerYield: { dist: 'triangular', min: 0.7, mode: 0.9, max: 1 },
    outsourcerRampDays: 3,
    confidence: 0.9,
  },
};
