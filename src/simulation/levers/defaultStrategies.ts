/**
 * Ready-made strategies for the default sample (world-cup: voice, chat, email, one in-house pool
 * `inhouse`; peak on voice from 16 to 20 June 2026 with a two-day ramp), one per lever kind and a
 * mix, written in the levers' own parameter names so they validate with `parseLevers`.
 */
import type { StrategyFile } from '../../scenario/schema';

export const worldCupStrategies: StrategyFile[] = [
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
];
