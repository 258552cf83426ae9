/**
 * Outsourcing overflow in the simulator (levers/types.ts `RoutingRule`): zero capacity changes
 * nothing, each routing mode sends what it says and nothing more, a moved contact keeps its wait
 * and patience, the outsourcer's own FCR and handle-time multiplier apply to what it answers.
 */
import { describe, expect, it } from 'vitest';
import { buildScenario, repeat } from './scenarioBuilder';
import { binomialZ, outsourcing, run, strategy, total } from './leverScenario';

const N = 8; // 30-minute intervals: a 4-hour day

/** Voice, overloaded in-house (load 20 Erlangs on `inhouse` agents), optional patience. */
function voiceScenario(inhouse: number, patience: { dist: 'exponential' | 'fixed'; mean: number } | null = { dist: 'exponential', mean: 180 }) {
  return buildScenario({
    intervalsPerDay: N,
    channels: [{ id: 'voice', kind: 'voice', aht: { dist: 'exponential', mean: 300 }, patience, targets: { serviceLevel: { share: 0.8, seconds: 20 } } }],
    arrivals: [repeat(120, N)],
    pools: [{ id: 'agents', skills: [0], productive: repeat(inhouse, N) }],
  });
}

describe('an outsourcer with zero agents', () => {
  const base = voiceScenario(18);
  const modes = [
    { mode: 'share', share: 0.4 }, { mode: 'queueAbove', queue: 0 }, { mode: 'waitAbove', seconds: 5 }, { mode: 'channel' },
  ];
  for (const routing of modes) {
    it(`changes nothing (${routing.mode} routing, same seed)`, () => {
      const withBpo = strategy(base, outsourcing(['voice'], routing, { agents: 0 }));
      expect(withBpo.pools).toHaveLength(2);
      expect(withBpo.routing).toHaveLength(1);
      for (const seed of [1, 2]) {
        const a = run(base, seed);
        const b = run(withBpo, seed);
        expect(b.channels).toEqual(a.channels);
        expect(b.pools[0]).toEqual(a.pools[0]);
        expect(total(b.pools[1].handledContacts)).toBe(0);
      }
    });
  }
});

describe('wait above X', () => {
  it('never moves a contact that waited less than X, and moves some', () => {
    const s = strategy(voiceScenario(18), outsourcing(['voice'], { mode: 'waitAbove', seconds: 30 }, { agents: 3 }));
    for (const seed of [3, 4, 5]) {
      const waits: number[] = [];
      const r = run(s, seed, 0, { afterEvent() {}, movedToOutsourcer: (_c, waited) => { waits.push(waited); } });
      expect(waits.length).toBeGreaterThan(20);
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(30 - 1e-6);
      // Everything the outsourcer answered was moved to it (no other way in).
      expect(total(r.pools[1].handledContacts)).toBeGreaterThan(0);
      expect(total(r.pools[1].handledContacts)).toBeLessThanOrEqual(waits.length);
    }
  });

  it('a moved contact keeps its elapsed wait and its patience clock', () => {
    // Fixed patience 60 s, move after 25 s to a one-agent outsourcer that cannot keep up: every
    // abandon happens exactly 60 s after arrival, in-house or at the outsourcer (not 25 + 60).
    const s = strategy(voiceScenario(18, { dist: 'fixed', mean: 60 }), outsourcing(['voice'], { mode: 'waitAbove', seconds: 25 }, { agents: 1 }));
    const r = run(s, 6);
    const ch = r.channels[0];
    const abandoned = total(ch.abandoned);
    expect(abandoned).toBeGreaterThan(50);
    const abandonWaits = total(ch.waitAllSeconds) - total(ch.waitAnsweredSeconds);
    expect(abandonWaits).toBeCloseTo(60 * abandoned, 3);
    // The outsourcer answers only contacts that waited ≥ 25 s from their arrival: never within 20 s.
    const bpoAnswered = total(r.pools[1].handledContacts);
    expect(bpoAnswered).toBeGreaterThan(0);
    expect(total(ch.answeredWithin)).toBeLessThanOrEqual(total(ch.answered) - bpoAnswered);
  });
});

describe('share routing', () => {
  it('sends about `share` of the arrivals (binomial bound), the rest in-house', () => {
    // No patience and capacity to spare on both sides: every contact is answered where it was sent.
    const base = voiceScenario(30, null);
    const s = strategy(base, outsourcing(['voice'], { mode: 'share', share: 0.3 }, { elastic: true }));
    for (const seed of [7, 8, 9, 10]) {
      const r = run(s, seed);
      const offered = total(r.channels[0].offered);
      const bpo = total(r.pools[1].handledContacts);
      expect(total(r.channels[0].answered)).toBe(offered);
      expect(total(r.pools[0].handledContacts) + bpo).toBe(offered);
      expect(binomialZ(bpo, offered, 0.3)).toBeLessThan(4);
    }
  });
});

describe('queue above Q', () => {
  it('keeps the in-house queue at Q + 1 or fewer while the outsourcer takes the overflow', () => {
    const s = strategy(voiceScenario(18, null), outsourcing(['voice'], { mode: 'queueAbove', queue: 2 }, { agents: 4 }));
    let worst = 0;
    let total4 = 0;
    const r = run(s, 11, 0, {
      afterEvent(_now, v) {
        worst = Math.max(worst, v.waitingInHouse(0));
        total4 = Math.max(total4, v.waiting(0));
      },
    });
    expect(worst).toBeLessThanOrEqual(3);
    expect(total4).toBeGreaterThan(3); // the outsourcer's own queue builds up: load 20 on 22 agents, bursts
    expect(total(r.pools[1].handledContacts)).toBeGreaterThan(100);
  });
});

describe('whole channel', () => {
  it('sends every contact of the channel to the outsourcer while the contract runs, none outside', () => {
    const base = buildScenario({
      intervalsPerDay: N,
      channels: [{ id: 'email', kind: 'email', aht: { dist: 'exponential', mean: 400 } }],
      arrivals: [repeat(20, N)],
      pools: [{ id: 'agents', skills: [0], productive: repeat(6, N) }],
    });
    // Hours 01:00–03:00 of the day: intervals 2..5.
    const s = strategy(base, outsourcing(['email'], { mode: 'channel' }, { agents: 6, from: '01:00', to: '03:00' }));
    const r = run(s, 12);
    const inhouse = r.pools[0].handledContacts;
    const bpo = r.pools[1].handledContacts;
    for (let i = 2; i < 6; i++) expect(inhouse[i]).toBe(0);
    for (const i of [0, 1, 6, 7]) expect(bpo[i]).toBe(0);
    expect(total(bpo)).toBeGreaterThan(40);
  });
});

describe("the outsourcer's quality", () => {
  it('its FCR makes repeat contacts of what it answers, the channel keeps its own', () => {
    const base = buildScenario({
      intervalsPerDay: N,
      channels: [{ id: 'voice', kind: 'voice', aht: { dist: 'exponential', mean: 120 }, fcr: 1, repeatDelaySeconds: 60 }],
      arrivals: [repeat(100, N)],
      pools: [{ id: 'agents', skills: [0], productive: repeat(12, N) }],
    });
    const s = strategy(base, outsourcing(['voice'], { mode: 'share', share: 0.5 }, { elastic: true, fcr: 0.6 }));
    const r = run(s, 13);
    expect(total(run(base, 13).channels[0].repeats)).toBe(0);
    const repeats = total(r.channels[0].repeats);
    // Each outsourced answer comes back with probability 0.4 (unless its repeat falls past the horizon).
    const bpo = total(r.pools[1].handledContacts);
    expect(repeats).toBeGreaterThan(0.4 * bpo - 4 * Math.sqrt(bpo * 0.24) - 0.4 * 20);
    expect(binomialZ(repeats, bpo, 0.4)).toBeLessThan(5);
  });

  it('its AHT multiplier stretches the handle times it draws', () => {
    const base = voiceScenario(40, null);
    const s = strategy(base, outsourcing(['voice'], { mode: 'share', share: 0.5 }, { elastic: true, ahtMultiplier: 2 }));
    const r = run(s, 14);
    const mean = (p: number) => total(r.pools[p].handledSeconds) / total(r.pools[p].handledContacts);
    expect(mean(0)).toBeGreaterThan(300 * 0.85);
    expect(mean(0)).toBeLessThan(300 * 1.15);
    expect(mean(1) / mean(0)).toBeGreaterThan(1.7);
    expect(mean(1) / mean(0)).toBeLessThan(2.3);
  });
});
