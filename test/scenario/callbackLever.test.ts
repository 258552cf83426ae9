/**
 * The web call-back lever's schema and references (src/scenario/levers/callback.ts,
 * levers/references.ts): defaults stated once, bad input refused with the field, the reason and
 * the limit.
 */
import { describe, expect, it } from 'vitest';
import { CallbackSchema } from '../../src/scenario/levers/callback';
import { parseScenario } from '../../src/scenario/parse';
import { defaultSample } from '../../src/scenario/samples';
import type { ScenarioInput } from '../../src/scenario/schema';

function withLever(lever: Record<string, unknown>): ReturnType<typeof parseScenario> {
  const file = structuredClone(defaultSample.scenario) as ScenarioInput;
  file.strategies = [{ id: 'cb', name: 'Call back', levers: [lever as never] }];
  return parseScenario(file);
}
const messages = (r: ReturnType<typeof parseScenario>) => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`));

describe('the web call-back lever', () => {
  it('fills its defaults: offer at 60 s, half accept, 1 h promise, 15 min margin, 10% fail, one retry after 10 min, no cost', () => {
    expect(CallbackSchema.parse({ kind: 'callback' })).toEqual({
      kind: 'callback', offerAfterSeconds: 60, acceptShare: 0.5, promiseMinutes: 60, urgentMinutes: 15, ahtMultiplier: 1,
      failShare: 0.1, failedAttemptSeconds: 60, retryAfterMinutes: 10, costPerCallback: 0,
    });
    expect(withLever({ kind: 'callback' }).ok).toBe(true);
  });

  it('refuses a channel that is not voice, or unknown, naming the field', () => {
    expect(messages(withLever({ kind: 'callback', channel: 'chat' }))).toEqual(["strategies[0].levers[0].channel: must name a voice channel ('chat' is chat)"]);
    expect(messages(withLever({ kind: 'callback', channel: 'fax' }))[0]).toMatch(/^strategies\[0\]\.levers\[0\]\.channel: unknown channel 'fax'/);
  });

  it('refuses shares outside 0–1, a margin longer than the promise, and a promise beyond a day, with the limit', () => {
    expect(messages(withLever({ kind: 'callback', acceptShare: 1.2 }))).toEqual(['strategies[0].levers[0].acceptShare: must be ≤ 1']);
    expect(messages(withLever({ kind: 'callback', promiseMinutes: 30, urgentMinutes: 45 }))).toEqual(['strategies[0].levers[0].urgentMinutes: must be ≤ promiseMinutes (30)']);
    expect(messages(withLever({ kind: 'callback', promiseMinutes: 2000 }))[0]).toMatch(/promiseMinutes: must be ≤ 1,440 min: a web call-back promise/);
    expect(messages(withLever({ kind: 'callback', promiseMinutes: 0 }))[0]).toMatch(/promiseMinutes: must be > 0/);
  });

  it('holds a voice channel to the share of promises kept, and refuses that target on other kinds', () => {
    const file = structuredClone(defaultSample.scenario) as ScenarioInput & { channels: { id: string; targets?: object }[] };
    file.channels.find((c) => c.id === 'chat')!.targets = { serviceLevel: { share: 0.8, seconds: 60 }, minPromisesKept: 0.9 };
    const problems = messages(parseScenario(file));
    expect(problems.some((p) => p.startsWith('channels[1].targets.minPromisesKept'))).toBe(true);
  });
});
