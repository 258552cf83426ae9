// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryButtons } from '../../../src/ui/editor/HistoryButtons';
import { StoreProvider } from '../../../src/ui/state/context';
import { createAppStore, type AppStore } from '../../../src/ui/state/store';
import { EditorView } from '../../../src/ui/views/EditorView';
import { smallScenario } from '../fixtures';

// Edits are validated by the derive client (in place here: jsdom has no Worker), so each step
// awaits the act that flushes its answer.
async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    input.focus();
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let container: HTMLDivElement;
let root: Root;
let store: AppStore;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  store = createAppStore(smallScenario());
  act(() => root.render(<StoreProvider store={store}><HistoryButtons /><EditorView /></StoreProvider>));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const input = (path: string) => container.querySelector<HTMLInputElement>(`[data-path="${path}"]`)!;
const messageOf = (el: HTMLElement) => {
  const id = el.getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent : null;
};

describe('EditorView', () => {
  it('shows each problem under its own field and keeps the valid scenario for the results', async () => {
    const valid = store.getState().scenario;
    await type(input('channels[0].aht.mean'), '0');
    await type(input('pools[0].shrinkage'), '100');
    expect(store.getState().scenario).toBe(valid);
    expect(input('channels[0].aht.mean').getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(input('channels[0].aht.mean'))).toContain('must be ≥ 1 s: a handle time is between 1 s and 24 h');
    expect(messageOf(input('pools[0].shrinkage'))).toContain('must be < 100 %');
    // Nothing else is marked.
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
    expect(container.textContent).toContain('Your last change is not applied');
  });

  it('applies a valid edit at once, and the percent typed is stored as a share', async () => {
    await type(input('channels[0].targets.serviceLevel.share'), '72,5');
    expect(store.getState().scenario.channels[0].targets.serviceLevel?.share).toBe(0.725);
    expect(store.getState().draft).toBeNull();
    expect(input('channels[0].targets.serviceLevel.share').value).toBe('72,5');
  });

  it('Undo and Redo, by button and by Ctrl+Z / Ctrl+Shift+Z, restore the field and the scenario', async () => {
    const first = store.getState().scenario;
    await type(input('channels[0].aht.mean'), '360');
    await act(async () => input('channels[0].aht.mean').blur());
    expect(store.getState().scenario.channels[0].aht.mean).toBe(360);
    const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(label))!;
    await act(async () => button('Undo').click());
    expect(store.getState().scenario).toBe(first);
    expect(input('channels[0].aht.mean').value).toBe('300');
    expect(button('Undo').disabled).toBe(true);
    await act(async () => button('Redo').click());
    expect(input('channels[0].aht.mean').value).toBe('360');
    await act(async () => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true })); });
    expect(input('channels[0].aht.mean').value).toBe('300');
    await act(async () => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true })); });
    expect(input('channels[0].aht.mean').value).toBe('360');
  });

  it('switching a pool to per-interval staffing keeps its head-counts', async () => {
    const before = store.getState().scenario;
    const radio = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.parentElement?.textContent?.includes('per interval'))!;
    await act(async () => radio.click());
    const after = store.getState().scenario;
    expect(after.pools[0].staffing.kind).toBe('intervals');
    expect(after).not.toBe(before);
    // 8:00–16:00, 40 agents, every weekday of the fixture.
    const scheduled = after.pools[0].staffing.kind === 'intervals' ? after.pools[0].staffing.scheduled : [];
    expect(scheduled.slice(0, 24)).toEqual([...Array(8).fill(0), ...Array(8).fill(40), ...Array(8).fill(0)]);
    expect(input('pools[0].staffing.scheduled[8]').value).toBe('40');
  });

  it('adds a pool, and a removal that would leave it with no skill waits as a draft, with the message on its skills', async () => {
    const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === label)!;
    await act(async () => button('Add a pool').click());
    expect(store.getState().scenario.pools.map((p) => p.id)).toEqual(['team', 'pool2']);
    expect(container.querySelectorAll('.pool-card')).toHaveLength(2);
    const valid = store.getState().scenario;
    // Pool 2 serves only the phone: removing the phone channel leaves it with nothing to do.
    const phoneCard = container.querySelector('[data-testid="channel-voice"]')!;
    await act(async () => [...phoneCard.querySelectorAll('button')].find((b) => b.textContent === 'Remove this channel')!.click());
    expect(store.getState().scenario).toBe(valid);
    expect(container.querySelectorAll('.channel-card')).toHaveLength(1);
    const skills = container.querySelectorAll('.pool-card')[1].querySelector('.skills')!;
    expect(skills.querySelector('[role="alert"]')?.textContent).toContain('must name at least one channel');
    // While a change waits, structure edits wait too.
    expect(button('Add a pool').disabled).toBe(true);
    await act(async () => store.getState().discardDraft());
    expect(container.querySelectorAll('.channel-card')).toHaveLength(2);
  });
});
