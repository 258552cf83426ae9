/** The step in the address: each step its own fragment, Back/Forward set the step, links go to their handler. */
import { describe, expect, it } from 'vitest';
import { bindRoute, type RouteWindow } from '../../../src/ui/route/bindRoute';
import { parseHash, stepHash } from '../../../src/ui/route/hashRoute';
import { createAppStore } from '../../../src/ui/state/store';
import { VIEWS } from '../../../src/ui/state/viewSlice';
import { smallScenario } from '../fixtures';

/** A history with entries and an index, firing popstate on back/forward like a browser. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners: Record<string, (() => void)[]> = { popstate: [], hashchange: [] };
  const win: RouteWindow & { back(): void; forward(): void; entries: string[]; type(hash: string): void } = {
    location: { get hash() { return entries[index]; } },
    history: {
      pushState: (_d, _u, url) => { entries.splice(index + 1, entries.length, url); index++; },
      replaceState: (_d, _u, url) => { entries[index] = url; },
    },
    addEventListener: (type, l) => { listeners[type].push(l); },
    removeEventListener: (type, l) => { listeners[type] = listeners[type].filter((x) => x !== l); },
    back: () => { index--; for (const l of listeners.popstate) l(); },
    forward: () => { index++; for (const l of listeners.popstate) l(); },
    type: (hash) => { entries.splice(index + 1, entries.length, hash); index++; for (const l of listeners.hashchange) l(); },
    entries,
  };
  return win;
}

describe('hash route', () => {
  it('reads every step back from its own fragment, and anything else as none', () => {
    for (const view of VIEWS) expect(parseHash(stepHash(view))).toEqual({ kind: 'step', view });
    expect(parseHash('')).toEqual({ kind: 'none' });
    expect(parseHash('#/nowhere')).toEqual({ kind: 'none' });
    expect(parseHash('#scenario=abc')).toEqual({ kind: 'link', fragment: 'scenario=abc' });
  });

  it('opens on the step the address names, and pushes one entry per step change', () => {
    const store = createAppStore(smallScenario());
    const win = fakeWindow('#/staffing');
    bindRoute(store, win, () => {});
    expect(store.getState().view).toBe('staffing');
    store.getState().setView('strategies');
    store.getState().nextView();
    expect(win.entries).toEqual(['#/staffing', '#/strategies', '#/comparison']);
  });

  it('walks the steps with Back and Forward without adding entries', () => {
    const store = createAppStore(smallScenario());
    const win = fakeWindow('');
    bindRoute(store, win, () => {});
    expect(win.location.hash).toBe('#/scenario');
    store.getState().setView('forecast');
    store.getState().setView('comparison');
    win.back();
    expect(store.getState().view).toBe('forecast');
    win.back();
    expect(store.getState().view).toBe('scenario');
    win.forward();
    expect(store.getState().view).toBe('forecast');
    expect(win.entries).toEqual(['#/scenario', '#/forecast', '#/comparison']);
  });

  it('hands a #scenario= fragment to the link handler and shows the open step again', () => {
    const store = createAppStore(smallScenario());
    const win = fakeWindow('#scenario=xyz');
    const seen: string[] = [];
    const stop = bindRoute(store, win, (f) => seen.push(f));
    expect(seen).toEqual(['scenario=xyz']);
    expect(win.location.hash).toBe('#/scenario');
    win.type('#scenario=second');
    expect(seen).toEqual(['scenario=xyz', 'scenario=second']);
    stop();
    store.getState().setView('forecast');
    expect(win.location.hash).toBe('#/scenario');
  });
});
