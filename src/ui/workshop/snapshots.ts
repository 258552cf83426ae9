/**
 * Snapshots: the figures on screen frozen under a name, so a room can line up "as planned",
 * "with 30 temps", "cheaper outsourcer" side by side. A snapshot holds the figures, not the
 * scenario: it stays what it was whatever is moved afterwards. Kept per scenario (by its name) in
 * the browser's storage.
 */
import type { LiveResult } from '../compare/liveWhatIf';

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

const KEY = (scenarioName: string) => `renfort.snapshots.${scenarioName}`;

export function loadSnapshots(scenarioName: string): Snapshot[] {
  try {
    const raw = localStorage.getItem(KEY(scenarioName));
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as Snapshot[]) : [];
  } catch {
    return [];
  }
}

export function saveSnapshots(scenarioName: string, snapshots: Snapshot[]): void {
  try { localStorage.setItem(KEY(scenarioName), JSON.stringify(snapshots)); } catch { /* kept for this session only */ }
}
