/**
 * The order of events at the same instant (engine.ts, events.ts), now that abandons live in
 * their own deadline heap and fresh arrivals beside the main heap: a patience deadline runs
 * before a wait-above-X transfer due at the same instant (patience wins the tie), and one second
 * earlier the transfer runs first. Fixed patience and a fixed X make the tie exact.
 */
import { describe, expect, it } from 'vitest';
import { buildScenario, repeat } from './scenarioBuilder';
import { outsourcing, run, strategy, total } from './leverScenario';

const N = 4;

/** Voice with no in-house agent: every contact waits; fixed patience of 60 s. */
function waitingVoice() {
  return buildScenario({
    intervalsPerDay: N,
    channels: [{ id: 'voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'fixed', mean: 60 } }],
    arrivals: [repeat(40, N)],
    pools: [{ id: 'agents', skills: [0], productive: repeat(0, N) }],
  });
}

describe('events at the same instant', () => {
  it('an abandon due when a wait-above-X transfer is due runs first: nobody is moved', () => {
    const s = strategy(waitingVoice(), outsourcing(['voice'], { mode: 'waitAbove', seconds: 60 }, { agents: 50 }));
    for (const seed of [1, 2, 3]) {
      let moved = 0;
      const r = run(s, seed, 0, { afterEvent() {}, movedToOutsourcer: () => { moved++; } });
      const ch = r.channels[0];
      expect(total(ch.offered)).toBeGreaterThan(100);
      expect(moved).toBe(0);
      expect(total(r.pools[1]!.handledContacts)).toBe(0);
      expect(total(ch.abandoned)).toBe(total(ch.offered));
    }
  });

  it('a transfer due a second before the deadline moves every contact to the outsourcer', () => {
    const s = strategy(waitingVoice(), outsourcing(['voice'], { mode: 'waitAbove', seconds: 59 }, { agents: 50 }));
    for (const seed of [1, 2, 3]) {
      let moved = 0;
      const r = run(s, seed, 0, { afterEvent() {}, movedToOutsourcer: () => { moved++; } });
      const ch = r.channels[0];
      // 50 outsourced agents for about 0.7 Erlangs: each moved contact is answered at once.
      expect(moved).toBe(total(ch.offered));
      expect(total(ch.answered)).toBe(total(ch.offered));
      expect(total(r.pools[1]!.handledContacts)).toBe(total(ch.offered));
      expect(total(ch.abandoned)).toBe(0);
    }
  });
});
