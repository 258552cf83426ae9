/**
 * A fingerprint of a scenario's content, to tag runs with the inputs they came from: a result
 * whose tag differs from the current scenario's is outdated and not shown as current.
 * Two 32-bit FNV-1a passes with different offsets (64 bits): collisions are not a practical
 * concern for one person's edits, and it needs no crypto API (jsdom, Node, browsers alike).
 */
import type { ScenarioFile } from '../../scenario/schema';

function fnv1a(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Hex fingerprint of any JSON-able value (key order as given: the store keeps it stable). */
export function contentHash(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x2f1b3c4d).toString(16).padStart(8, '0');
}

const cache = new WeakMap<ScenarioFile, string>();

/** The scenario without what the engines never read (its workshop snapshots). */
export function engineInput(scenario: ScenarioFile): ScenarioFile {
  if (scenario.workshop === undefined) return scenario;
  const { workshop: _kept, ...rest } = scenario;
  return rest;
}

/**
 * `contentHash` of what the engines read of a scenario, memoised on its identity (the store never
 * mutates one). The workshop's snapshots are left out: freezing one changes no figure, so results
 * stay current.
 */
export function scenarioHash(scenario: ScenarioFile): string {
  let h = cache.get(scenario);
  if (h === undefined) {
    h = contentHash(engineInput(scenario));
    cache.set(scenario, h);
  }
  return h;
}
