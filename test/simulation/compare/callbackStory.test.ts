/**
 * The web call-back story (src/simulation/compare/callbackStory.ts) on a day a planner can count:
 * 30-minute intervals, calls only in the first one, nobody on the floor until the fourth, every
 * attempt failing (each task is dialled twice, 60 s each), so every figure of the story follows
 * from the number of accepted callers alone.
 */
import { describe, expect, it } from 'vitest';
import { callbackStories, callbackStoryText, clockOf } from '../../../src/simulation/compare/callbackStory';
import { evaluationFromReplications } from '../../../src/simulation/compare/fromSimulation';
import { simulateReplication } from '../../../src/simulation/des';
import { callbackScenario } from '../des/callbackScenario';

describe('the web call-back story', () => {
  const s = callbackScenario({
    intervalsPerDay: 4, arrivals: [30, 0, 0, 0], agents: [0, 0, 0, 60], ahtSeconds: 200,
    rule: { acceptShare: 1, failShare: 1, failedAttemptSeconds: 60, retryAfterSeconds: 0, promiseSeconds: 3 * 3600 },
  });
  const r = simulateReplication(s, { seed: 5, replication: 0 });
  const accepted = r.channels[0]!.callbacksAccepted.reduce((a, b) => a + b, 0);
  const story = callbackStories(s, evaluationFromReplications(s, [r]))[0]!;

  it('counts the callers absorbed: everyone, since nobody answers before X and all accept', () => {
    expect(accepted).toBeGreaterThan(10);
    expect(story.accepted).toBe(accepted);
    expect(story.absorbedShare).toBe(1);
    expect(story.failed).toBe(accepted);
    // No promise the centre could keep or break: none to judge.
    expect(story.promisesKept).toBeNull();
  });

  it('puts the work where it was done: two 60 s attempts each, in the fourth interval, all after the last acceptance', () => {
    expect(story.workHours).toBeCloseTo((accepted * 120) / 3600, 9);
    expect(story.acceptedAround).toBe(15);
    expect(story.workedAround).toBe(105);
    expect(clockOf(story.workedAround!)).toBe('01:45');
    expect(story.laterShare).toBe(1);
    expect(callbackStoryText(story)).toMatch(/absorbed \d+ callers by call back \(100\.0% of the calls/);
  });
});
