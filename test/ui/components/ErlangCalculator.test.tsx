// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErlangCalculator } from '../../../src/ui/components/ErlangCalculator';

// React reads input changes through the native value setter plus an input event.
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<ErlangCalculator />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const field = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const figure = (label: string) => [...container.querySelectorAll('dt')].find((dt) => dt.textContent!.startsWith(label))?.nextElementSibling?.textContent;

describe('ErlangCalculator', () => {
  it('recomputes on each change', () => {
    const before = figure('Service level');
    expect(before).toMatch(/^\d+\.\d %$/);
    type(field('agents'), '16');
    expect(figure('Service level')).not.toBe(before);
    expect(Number.parseFloat(figure('Service level')!)).toBeGreaterThan(Number.parseFloat(before!));
  });

  it('shows the problem next to the bad field and hides the figures', () => {
    type(field('aht'), '-4');
    const problem = document.getElementById(field('aht').getAttribute('aria-describedby')!);
    expect(problem?.textContent).toBe('Average handle time must be ≥ 1 s: a handle time is between 1 s and 24 h');
    expect(field('aht').closest('.calc-field')?.contains(problem!)).toBe(true);
    expect(container.querySelector('[data-testid="calc-results"]')).toBeNull();
  });

  it('explains an unstable queue in words and prints no NaN', () => {
    type(field('agents'), '9'); // 100 calls × 180 s / 1800 s = 10 Erlangs > 9 agents
    const text = container.textContent!;
    expect(text).toContain('Unstable');
    expect(text).toContain('At least 11 agents');
    expect(text).not.toContain('NaN');
  });
});
