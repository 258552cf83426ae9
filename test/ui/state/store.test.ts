import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/ui/state/store';
import { isCurrentRun } from '../../../src/ui/state/runsSlice';
import { memoOnScenario, selectResolved } from '../../../src/ui/state/derived';
import { smallScenario } from '../fixtures';

describe('app store', () => {
  it('opens on the scenario step of the given scenario, and each action changes only its slice', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    expect(store.getState().view).toBe('scenario');
    store.getState().setView('staffing');
    store.getState().setFocusDay(2);
    expect(store.getState()).toMatchObject({ view: 'staffing', focusDay: 2, scenario: first });
    const second = smallScenario({ name: 'Other' });
    store.getState().setScenario(second);
    expect(store.getState()).toMatchObject({ view: 'staffing', scenario: second });
  });

  it('tags runs with their scenario so an outdated result is recognised', () => {
    const first = smallScenario();
    const store = createAppStore(first);
    store.getState().putRun({ id: 'r1', scenario: first, status: 'running', progress: 0.2 });
    store.getState().putRun({ id: 'r1', scenario: first, status: 'done', progress: 1 });
    expect(store.getState().runs).toHaveLength(1);
    expect(store.getState().runs[0].status).toBe('done');
    store.getState().setScenario(smallScenario());
    expect(isCurrentRun(store.getState().runs[0], store.getState().scenario)).toBe(false);
  });
});

describe('derived selectors', () => {
  it('compute once per scenario object and again for a new one', () => {
    let calls = 0;
    const select = memoOnScenario((s) => { calls += 1; return s.days * 2; });
    const a = smallScenario();
    expect(select(a)).toBe(8);
    expect(select(a)).toBe(8);
    expect(calls).toBe(1);
    select(smallScenario({ days: 3 }));
    expect(calls).toBe(2);
    expect(selectResolved(a)).toBe(selectResolved(a));
    expect(selectResolved(a).intervalCount).toBe(96);
  });
});
