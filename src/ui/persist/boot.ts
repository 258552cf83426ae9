/**
 * At start-up: the saved scenario this tab had open (a reload), else the one opened last (a
 * browser restart), else the newest; validated and migrated like a file, so an older saved
 * scenario still opens after the format moves on.
 */
import { parseScenario } from '../../scenario/parse';
import type { ScenarioDb } from './db';
import { StorageError } from './db';
import { storageMessage } from './messages';
import type { Opened } from './persistence';
import type { SavedSummary } from './records';

export interface Boot {
  opened: Opened | null;
  list: SavedSummary[];
  /** Storage could not be read: shown, and the app starts on the default scenario. */
  problem: string | null;
}

export async function loadSaved(db: ScenarioDb, tabId: string | null): Promise<Boot> {
  try {
    const list = await db.list();
    const candidates = [tabId, await db.lastOpened(), ...list.map((s) => s.id)].filter((id): id is string => typeof id === 'string');
    for (const id of new Set(candidates)) {
      const found = await db.read(id);
      if (!found) continue;
      const parsed = parseScenario(found.record.scenario);
      if (parsed.ok) return { opened: { record: { ...found.record, scenario: parsed.scenario }, results: found.results }, list, problem: null };
    }
    return { opened: null, list, problem: null };
  } catch (error) {
    return { opened: null, list: [], problem: storageMessage(error instanceof StorageError ? error : new StorageError('unavailable', error)) };
  }
}
