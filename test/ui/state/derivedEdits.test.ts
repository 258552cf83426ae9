/**
 * Edits validated in the derive worker and figures computed there: an answer overtaken by an undo
 * or a newer edit never lands on the wrong scenario, and figures carry the scenario they came from.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import type { ScenarioFile } from '../../../src/scenario/schema';
import { scenarioHash } from '../../../src/simulation/run/hash';
import { createDeriveClient, setDeriveClient } from '../../../src/ui/derive/client';
import { createAppStore } from '../../../src/ui/state/store';
import type { DeriveHandle } from '../../../workers/browserDerive';
import { smallScenario } from '../fixtures';

/** A derive worker that answers only when the test says so, with the real jobs' answers. */
function manualWorker() {
  const waiting: { kind: string; input: unknown; answer: (v: unknown) => void }[] = [];
  const factory = (): DeriveHandle => ({
    call: (kind, input) => new Promise((resolve) => { waiting.push({ kind, input, answer: resolve as (v: unknown) => void }); }),
    terminate: () => {},
  });
  setDeriveClient(createDeriveClient(factory));
  /** Answers the oldest waiting request of `kind` with `value`. */
  const answer = async (kind: string, value: unknown) => {
    const k = waiting.findIndex((w) => w.kind === kind);
    waiting.splice(k, 1)[0]!.answer(value);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { waiting, answer };
}

const renamed = (s: ScenarioFile, name: string) => ({ ...s, name });
const validated = (candidate: unknown) => parseScenario(candidate);

afterEach(() => setDeriveClient(null));

describe('edits validated in the worker', () => {
  it('shows the edit as pending, then applies the answer', async () => {
    const worker = manualWorker();
    const store = createAppStore(smallScenario());
    const candidate = renamed(store.getState().scenario, 'Pending');
    const outcome = store.getState().proposeScenario(candidate, 'name');
    expect(store.getState().pending?.candidate).toBe(candidate);
    expect(store.getState().scenario.name).not.toBe('Pending');
    await worker.answer('validate', validated(candidate));
    expect((await outcome).ok).toBe(true);
    expect(store.getState().scenario.name).toBe('Pending');
    expect(store.getState().pending).toBeNull();
  });

  it('drops an answer that an undo overtook', async () => {
    const worker = manualWorker();
    const store = createAppStore(smallScenario());
    const start = store.getState().scenario;
    const candidate = renamed(start, 'Overtaken');
    const outcome = store.getState().proposeScenario(candidate, 'name');
    store.getState().undo();
    expect(store.getState().pending).toBeNull();
    await worker.answer('validate', validated(candidate));
    expect((await outcome).ok).toBeNull();
    expect(store.getState().scenario).toBe(start);
  });

  it('keeps a validation that failed as a draft with the reason, instead of losing the edit', async () => {
    const { waiting } = manualWorker();
    const store = createAppStore(smallScenario());
    const candidate = renamed(store.getState().scenario, 'Hung');
    const outcome = store.getState().proposeScenario(candidate);
    // The worker throws: the client ends it and answers `failed`.
    const failing = waiting.shift()!;
    (failing.answer as unknown as (v: Promise<never>) => void)(Promise.reject(new Error('boom')));
    const result = await outcome;
    expect(result.ok).toBe(false);
    expect(store.getState().draft?.candidate).toBe(candidate);
    expect(store.getState().draft?.problems[0]?.message).toMatch(/could not be checked \(boom\)/);
  });
});

describe('derived figures', () => {
  it('are tagged with the scenario they came from; a late answer lands as outdated until the newer one', async () => {
    const worker = manualWorker();
    const store = createAppStore(smallScenario());
    const first = store.getState().scenario;
    const asked = store.getState().requestDerived('plan');
    // A second caller for the same scenario awaits the same request.
    void store.getState().requestDerived('plan');
    expect(worker.waiting.filter((w) => w.kind === 'plan')).toHaveLength(1);
    store.getState().setScenario(renamed(first, 'Second'));
    const second = store.getState().scenario;
    void store.getState().requestDerived('plan');
    await worker.answer('plan', 'plan of the first');
    await asked;
    const late = store.getState().plan!;
    expect(late.scenario).toBe(first);
    expect(late.hash).not.toBe(scenarioHash(second));
    await worker.answer('plan', 'plan of the second');
    expect(store.getState().plan).toMatchObject({ scenario: second, hash: scenarioHash(second), value: 'plan of the second' });
  });
});

describe('saving while an edit is checked', () => {
  it('whenSettled gives the scenario once the newest edit is applied', async () => {
    const worker = manualWorker();
    const store = createAppStore(smallScenario());
    const candidate = renamed(store.getState().scenario, 'Typed just before saving');
    void store.getState().proposeScenario(candidate, 'name');
    let saved: ScenarioFile | null = null;
    void store.getState().whenSettled().then((s) => { saved = s; });
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toBeNull();
    await worker.answer('validate', validated(candidate));
    await new Promise((r) => setTimeout(r, 0));
    expect(saved!.name).toBe('Typed just before saving');
  });
});
