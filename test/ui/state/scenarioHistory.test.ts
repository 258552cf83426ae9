import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../../src/scenario/schema';
import { HISTORY_LIMIT } from '../../../src/ui/state/scenarioSlice';
import { createAppStore } from '../../../src/ui/state/store';
import { smallScenario } from '../fixtures';

/** The scenario with the voice service-level share set to `share` (a candidate, maybe invalid). */
function withVoiceShare(s: ScenarioFile, share: unknown): unknown {
  const channels = s.channels.map((c, k) => (k === 0 ? { ...c, targets: { ...c.targets, serviceLevel: { share, seconds: 20 } } } : c));
  return { ...s, channels };
}
const voiceShare = (s: ScenarioFile) => s.channels[0].targets.serviceLevel?.share;

describe('scenario edits', () => {
  it('applies a valid candidate and records the previous scenario for undo', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    const outcome = store.getState().editScenario(withVoiceShare(first, 0.7), 'a');
    expect(outcome.ok).toBe(true);
    expect(voiceShare(store.getState().scenario)).toBe(0.7);
    expect(store.getState().past).toEqual([first]);
    store.getState().undo();
    expect(store.getState().scenario).toBe(first);
    store.getState().redo();
    expect(voiceShare(store.getState().scenario)).toBe(0.7);
  });

  it('keeps an invalid candidate as a draft with its problems and leaves the scenario alone', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    const outcome = store.getState().editScenario(withVoiceShare(first, 1.5), 'a');
    expect(outcome.ok).toBe(false);
    expect(store.getState().scenario).toBe(first);
    expect(store.getState().draft?.problems).toContainEqual({ path: 'channels[0].targets.serviceLevel.share', message: 'must be ≤ 1', code: 'atMost', params: { max: '1' } });
    expect(store.getState().past).toEqual([]);
    // Undo first drops the draft, and only then goes back in history.
    store.getState().undo();
    expect(store.getState().draft).toBeNull();
    expect(store.getState().scenario).toBe(first);
  });

  it('merges keystrokes of one field into one undo step, through an invalid state, until the edit ends', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    const s = store.getState();
    s.editScenario(withVoiceShare(first, 0.5), 'share');
    s.editScenario(withVoiceShare(first, ''), 'share'); // emptied on the way to a new value
    expect(store.getState().draft).not.toBeNull();
    s.editScenario(withVoiceShare(first, 0.55), 'share');
    expect(store.getState().past).toHaveLength(1);
    s.endEdit();
    s.editScenario(withVoiceShare(store.getState().scenario, 0.6), 'share');
    expect(store.getState().past).toHaveLength(2);
    s.undo();
    expect(voiceShare(store.getState().scenario)).toBe(0.55);
    s.undo();
    expect(store.getState().scenario).toBe(first);
    s.undo(); // nothing left: no change
    expect(store.getState().scenario).toBe(first);
  });

  it('a new edit after an undo drops the redo steps; loading a scenario is one undo step', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    const s = store.getState();
    s.editScenario(withVoiceShare(first, 0.5), 'x');
    s.undo();
    expect(store.getState().future).toHaveLength(1);
    s.editScenario(withVoiceShare(first, 0.6), 'y');
    expect(store.getState().future).toHaveLength(0);
    const other = smallScenario({ name: 'Other' });
    s.setScenario(other);
    s.undo();
    expect(voiceShare(store.getState().scenario)).toBe(0.6);
  });

  it('undo then redo of any sequence of edits walks the same scenarios back and forth (property)', () => {
    const base = smallScenario();
    fc.assert(fc.property(
      fc.array(fc.record({ share: fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), fc.constant(2)), key: fc.constantFrom('a', 'b', null) }), { maxLength: 12 }),
      (edits) => {
        const store = createAppStore(base);
        const seen: ScenarioFile[] = [base];
        for (const e of edits) {
          const before = store.getState().scenario;
          const outcome = store.getState().editScenario(withVoiceShare(before, e.share), e.key ?? undefined);
          expect(outcome.ok).toBe(e.share <= 1);
          if (outcome.ok) {
            // A coalesced edit replaces the newest step; others add one.
            if (store.getState().past.length === seen.length) seen.push(store.getState().scenario);
            else seen[seen.length - 1] = store.getState().scenario;
          }
          expect(store.getState().past.length).toBe(seen.length - 1);
        }
        store.getState().discardDraft();
        for (let k = seen.length - 1; k >= 0; k--) {
          expect(store.getState().scenario).toBe(seen[k]);
          store.getState().undo();
        }
        for (let k = 0; k < seen.length; k++) {
          expect(store.getState().scenario).toBe(seen[k]);
          store.getState().redo();
        }
      },
    ), { numRuns: 40, seed: 7 });
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    const base = smallScenario();
    const store = createAppStore(base);
    for (let k = 0; k <= HISTORY_LIMIT + 5; k++) store.getState().setScenario(smallScenario({ name: `S${k}` }));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    // 106 loads: the past held the opening scenario and S0…S104; the 100 newest start at S5.
    expect(store.getState().past[0].name).toBe('S5');
    expect(store.getState().scenario.name).toBe(`S${HISTORY_LIMIT + 5}`);
  });
});

describe('guided path', () => {
  it('Next walks the steps in order and stays on the last one', () => {
    const store = createAppStore(smallScenario());
    const visited = [store.getState().view];
    for (let k = 0; k < 6; k++) {
      store.getState().nextView();
      visited.push(store.getState().view);
    }
    expect(visited).toEqual(['scenario', 'forecast', 'staffing', 'strategies', 'comparison', 'comparison', 'comparison']);
  });
});
