/** The saved scenarios in IndexedDB (fake-indexeddb in Node): revisions, atomic writes, removal. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openScenarioDb, StorageError } from '../../../src/ui/persist/db';
import type { SavedRecord } from '../../../src/ui/persist/records';
import { smallScenario } from '../fixtures';

let dbCount = 0;
const freshDb = () => openScenarioDb(`test-${++dbCount}`);

function record(id: string, name: string): Omit<SavedRecord, 'rev'> {
  return {
    id, name, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z',
    scenario: smallScenario({ name }), view: 'forecast', focusDay: null, runSettings: { seed: 1, replications: 20 },
  };
}

describe('scenario db', () => {
  it('creates, lists newest first, reads back and remembers the last opened', async () => {
    const db = freshDb();
    expect(await db.list()).toEqual([]);
    const a = await db.write(record('a', 'First'), null);
    expect(a).toMatchObject({ kind: 'saved', record: { rev: 1 } });
    await db.write(record('b', 'Second'), null, { comparison: null, simulation: null });
    expect((await db.list()).map((s) => s.name)).toEqual(['Second', 'First']);
    expect(await db.lastOpened()).toBe('b');
    const read = await db.read('a');
    expect(read?.record).toMatchObject({ name: 'First', view: 'forecast', rev: 1 });
    expect(read?.record.scenario.name).toBe('First');
  });

  it('refuses a write made on an older revision (another tab saved in between) and keeps theirs', async () => {
    const db = freshDb();
    await db.write(record('a', 'Mine'), null);
    const theirs = await db.write({ ...record('a', 'Theirs') }, 1);
    expect(theirs).toMatchObject({ kind: 'saved', record: { rev: 2 } });
    const stale = await db.write({ ...record('a', 'Mine, edited') }, 1);
    expect(stale.kind).toBe('conflict');
    expect(stale.kind === 'conflict' ? stale.theirs?.name : null).toBe('Theirs');
    expect((await db.read('a'))?.record).toMatchObject({ name: 'Theirs', rev: 2 });
    // Creating an id that exists is a conflict too, not an overwrite.
    expect((await db.write(record('a', 'Again'), null)).kind).toBe('conflict');
  });

  it('leaves the previous version whole when a write fails half-way', async () => {
    const db = freshDb();
    await db.write(record('a', 'Kept'), null, { comparison: null, simulation: null });
    // A value that cannot be cloned fails inside the transaction, after the record's put.
    const poisoned = { comparison: null, simulation: (() => 1) as unknown as null };
    await expect(db.write(record('a', 'Half-written'), 1, poisoned)).rejects.toBeInstanceOf(StorageError);
    expect((await db.read('a'))?.record).toMatchObject({ name: 'Kept', rev: 1 });
    expect((await db.list()).map((s) => s.name)).toEqual(['Kept']);
  });

  it('removes a scenario with its results, and returns them so it can be put back', async () => {
    const db = freshDb();
    await db.write(record('a', 'A'), null);
    await db.write(record('b', 'B'), null);
    const removed = await db.remove('a');
    expect(removed?.record.name).toBe('A');
    expect((await db.list()).map((s) => s.id)).toEqual(['b']);
    expect(await db.read('a')).toBeUndefined();
    await db.write(removed!.record, null, removed!.results);
    expect((await db.list()).map((s) => s.id).sort()).toEqual(['a', 'b']);
  });
});
