/**
 * Snapshots: the figures on screen frozen under a name, so a room can line up "as planned",
 * "with 30 temps", "cheaper outsourcer" side by side. A snapshot holds the figures, not the
 * scenario: it stays what it was whatever is moved afterwards. Kept in the scenario itself (its
 * optional `workshop.snapshots`, docs/scenario-format.md): saved, exported, shared and undone with
 * it; the engines never read it, and results stay current when one is taken (run/hash.ts).
 */
import type { ScenarioFile, Snapshot } from '../../scenario/schema';
import type { LiveResult } from '../../simulation/run/liveWhatIf';

export type { Snapshot, SnapshotRow } from '../../scenario/schema';

const NONE: Snapshot[] = [];

/** The scenario's snapshots, oldest first. */
export function snapshotsOf(scenario: ScenarioFile): Snapshot[] {
  return scenario.workshop?.snapshots ?? NONE;
}

/** The scenario keeping `snapshots` (the field is left out when there are none). */
export function withSnapshots(scenario: ScenarioFile, snapshots: Snapshot[]): ScenarioFile {
  const { workshop: _old, ...rest } = scenario;
  return snapshots.length === 0 ? rest : { ...rest, workshop: { ...scenario.workshop, snapshots } };
}

/** At most this many snapshots are lined up at once (a projector's width). */
export const MAX_SHOWN = 4;

export function takeSnapshot(name: string, currency: string, strategies: { id: string; name: string }[], live: Map<string, LiveResult>, now: Date): Snapshot {
  return {
    name, currency, takenAt: now.toISOString(),
    rows: strategies.map((s) => {
      const f = live.get(s.id);
      return { id: s.id, name: s.name, meetsTargets: f?.ok ? f.figures.meetsTargets : null, extraCost: f?.ok ? f.figures.extraCost : null };
    }),
  };
}

/** Shown snapshots after pressing the key of snapshot `k`: on or off, never more than MAX_SHOWN (the oldest shown goes). */
export function toggleShown(shown: readonly number[], k: number): number[] {
  if (shown.includes(k)) return shown.filter((x) => x !== k);
  return [...shown, k].slice(-MAX_SHOWN);
}
