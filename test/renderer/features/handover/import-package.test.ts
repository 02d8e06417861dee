// The buyer's import of a hand-over package is a restore like the reserve's: one act,
// marked in the database from its first page to its last, resumed by opening the package again.
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import { readOpeningState } from '../../../../renderer/db/opening-state';
import { importPackage } from '../../../../renderer/features/handover/import-package';
import type { OpenedPackage, RegistreApi } from '../../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase } from '../../../fixtures/database';
import { receiptDraft } from '../../../fixtures/drafts';
import { longJournal } from '../../../fixtures/long-journal';
import { accepted, refusal } from '../../../fixtures/result';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const journal = longJournal(2_300, 3, '2026-06-15');
const head = journal.at(-1) as RegisterEvent;

function opened(token: string): OpenedPackage {
  return {
    token,
    fileName: 'reprise.zip',
    registerId: 'REG-2026-001',
    establishmentName: 'Pharmacie du Port',
    holder: { name: 'Claire Martin', orderNumber: '10001234567' },
    createdAt: '2026-06-15T10:00:00.000Z',
    head: { seq: head.seq, hash: head.hash },
    editions: 0,
    fingerprint: 'f'.repeat(64),
  };
}

/** The main process's side of an opened package, serving its journal page by page; `failAt` breaks one page read. */
function packageApi(failAt?: number): RegistreApi {
  let reads = 0;
  return {
    'package:installEditions': async () => ({ ok: true, value: { installed: 0, alreadyThere: 0 } }),
    'package:readEvents': async ({ cursor, limit }: { cursor: number; limit: number }) => {
      reads += 1;
      if (reads === failAt) throw new Error('fenêtre fermée');
      const events = journal.slice(cursor, cursor + limit);
      return { ok: true, value: { events, nextCursor: cursor + events.length, done: cursor + events.length >= journal.length } };
    },
  } as unknown as RegistreApi;
}

describe('importPackage', () => {
  it('marks an interrupted import as a package restore, refuses to record meanwhile, and completes when the package is opened again', async () => {
    const db = trackedDatabase();
    await expect(importPackage(dexieStore(db), packageApi(2), opened('premier'))).rejects.toThrow('fenêtre fermée');
    expect(await readOpeningState(db)).toMatchObject({
      restore: { marker: { source: 'package', registerId: 'REG-2026-001', target: { seq: 2_302 } }, held: 1_000 },
    });
    expect(refusal(await appendEvent(db, receiptDraft(), new Date(2026, 5, 15, 12, 0)))).toMatchObject({ code: 'restore.underway' });

    expect(accepted(await importPackage(dexieStore(db), packageApi(), opened('second')))).toBe(2_302);
    expect(await readOpeningState(db)).toMatchObject({ restore: null });
    expect((await db.events.orderBy('seq').last())?.hash).toBe(head.hash);
  });
});
