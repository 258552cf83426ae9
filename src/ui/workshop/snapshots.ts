/**
 * Snapshots: the figures on screen frozen under a name, so a room can line up "as planned",
 * "with 30 temps", "cheaper outsourcer" side by side. A snapshot holds the figures, not the
 * scenario: it stays what it was whatever is moved afterwards. Kept with the scenario: in the
 * store, saved with the scenario's results in the browser (src/ui/persist/), back after a reload.
 */
import type { LiveResult } from '../../simulation/run/liveWhatIf';

export interface SnapshotRow { id: string; name: string; meetsTargets: boolean | null; extraCost: number | null }
export interface Snapshot { name: string; takenAt: string; currency: string; rows: SnapshotRow[] }

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
