// The screens' live reads of one head share one state (state-row.ts): after a write they
// take what the write door wrote, and a write made by another connection is never hidden.
import { describe, expect, it } from 'vitest';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { record } from '../../../renderer/db/record';
import { readState } from '../../../renderer/db/state-row';
import { foldEvents } from '../../../shared/register/fold';
import { trackedDatabase } from '../../fixtures/database';
import { accepted } from '../../fixtures/result';
import { NOW, officineDrafts } from './every-draft';

/** Counts the state rows read through this connection. */
function countRowReads(db: RegisterDatabase): { count: number } {
  const reads = { count: 0 };
  db.state.hook('reading', (row) => {
    reads.count += 1;
    return row;
  });
  return reads;
}

const readInTransaction = (db: RegisterDatabase) => db.transaction('r', db.events, db.state, () => readState(db));

describe('reading the state: one per head', () => {
  it('reads the row once for many reads of the same head', async () => {
    const db = trackedDatabase();
    accepted(await record(db, officineDrafts().slice(0, 6), NOW));
    const other = trackedDatabase(db.name);
    const reads = countRowReads(other);
    const [first, second, third] = await Promise.all([readInTransaction(other), readInTransaction(other), readInTransaction(other)]);
    // Asked together, after a write made elsewhere: one row read, one state shared.
    expect(reads.count).toBe(1);
    expect([second, third]).toEqual([first, first]);
    expect(second).toBe(first);
    expect(first.head?.seq).toBe(6);
    expect([second.head, third.head]).toEqual([first.head, first.head]);
    const before = reads.count;
    const later = await readInTransaction(other);
    expect(await readInTransaction(other)).toBe(later);
    expect([first, second, third]).toContain(later);
    expect(reads.count).toBe(before);
  });

  it('gives the state a write left without reading the row back', async () => {
    const db = trackedDatabase();
    const reads = countRowReads(db);
    const drafts = officineDrafts();
    accepted(await record(db, drafts.slice(0, 6), NOW));
    const readsAfterWrite = reads.count;
    const state = await readInTransaction(db);
    expect(reads.count).toBe(readsAfterWrite);
    expect(state).toEqual(foldEvents(await db.events.orderBy('seq').toArray()));
  });

  it('never hides what another connection wrote since', async () => {
    const db = trackedDatabase();
    const drafts = officineDrafts();
    accepted(await record(db, drafts.slice(0, 6), NOW));
    const before = await readInTransaction(db);
    const counter = trackedDatabase(db.name);
    accepted(await record(counter, drafts.slice(6, 8), NOW));
    const after = await readInTransaction(db);
    expect(before.head?.seq).toBe(6);
    expect(after.head?.seq).toBe(8);
    expect(after).toEqual(foldEvents(await db.events.orderBy('seq').toArray()));
  });
});
