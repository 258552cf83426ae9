// @vitest-environment jsdom
/**
 * The sequential comparison on the page: the partial results while it runs (settled first, the
 * recommendation provisional with how sure it is so far), in English and in French.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartialComparison } from '../../../src/simulation/run/sequentialRun';
import { setLanguage } from '../../../src/ui/i18n';
import { PartialStatus } from '../../../src/ui/compare/SequentialStatus';

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  setLanguage('en');
});

const partial: PartialComparison = {
  strategies: [
    { id: 'baseline', name: 'Baseline', source: 'baseline', replications: 10, stoppedBecause: 'x', stop: { kind: 'fails', check: { channelId: 'voice', target: 'serviceLevel', date: '2026-06-15', goal: 0.8 } }, meetsTargets: false, cost: 100 },
    { id: 'dear', name: 'Dear', source: 'scenario', replications: 10, stoppedBecause: 'x', stop: { kind: 'dominated', by: 'ot', byName: 'Overtime' }, meetsTargets: true, cost: 300 },
    { id: 'short', name: 'Short', source: 'scenario', replications: 10, stoppedBecause: 'x', stop: { kind: 'belowConfidence', confidence: 0.9, successes: 0, replications: 10 }, meetsTargets: false, cost: 150 },
    { id: 'ot', name: 'Overtime', source: 'scenario', replications: 20, stoppedBecause: null, stop: null, meetsTargets: true, cost: 200 },
  ],
  recommendation: { strategyId: 'ot', confidence: 0.874, provisional: true },
};
const channels = [{ id: 'voice', name: 'Phone' }];

describe('PartialStatus', () => {
  it('says why each settled strategy stopped and marks the recommendation provisional, with how sure it is so far', () => {
    act(() => root.render(<PartialStatus partial={partial} channels={channels} />));
    const text = container.textContent!;
    expect(container.querySelector('[data-testid="seq-partial"]')!.getAttribute('data-provisional')).toBe('true');
    expect(text).toContain('Provisional recommendation: Overtime');
    expect(text).toContain('87 %');
    const rows = [...container.querySelectorAll('[data-testid="seq-row"]')].map((li) => li.textContent);
    expect(rows[0]).toMatch(/10 replications · stopped: clearly misses service level of Phone on .*15.*2026/);
    expect(rows[1]).toContain('dearer than Overtime');
    expect(rows[2]).toMatch(/10 replications · stopped: clearly below 90\s?% sure \(met in 0 of 10 worlds\)/);
    expect(rows[3]).toContain('running (20 replications so far)');
  });

  it('speaks French', () => {
    setLanguage('fr');
    act(() => root.render(<PartialStatus partial={partial} channels={channels} />));
    const text = container.textContent!;
    expect(text).toContain('Recommandation provisoire : Overtime');
    expect(text).toContain('niveau de service');
    expect(text).toContain('87\u202f%');
    expect(text).toContain('nettement sous 90\u202f% de certitude (objectifs tenus dans 0 mondes sur 10)');
    expect(text).not.toMatch(/\b(stopped|running|replications so far|Provisional|sure|worlds)\b/);
  });
});
