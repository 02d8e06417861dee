// The monthly editions against a real register database: every closure produces its
// balance and the register of each product that moved, recorded with closureOf; a run
// interrupted between the closure and its editions is completed at the next start-up.
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { closeAndEdit } from '../../../../renderer/features/closure/close-and-edit';
import { completeClosureEditions, missingEditions } from '../../../../renderer/features/editions/complete-closure-editions';
import { listEditions } from '../../../../renderer/features/editions/edition-events';
import { inlineRenderer } from '../../../../renderer/features/editions/edition-renderer';
import type { EditionDeps } from '../../../../renderer/features/editions/produce-edition';
import { appError } from '../../../../shared/errors';
import type { RegistreApi } from '../../../../shared/ipc/contract';
import { err } from '../../../../shared/result';
import type { Draft } from '../../../../shared/register/validate';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { editionFonts } from '../../../fixtures/edition-fonts';
import { accepted } from '../../../fixtures/result';
import { fakeMain, sha256, type FakeMain } from './fake-main';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const IN_JANUARY = new Date(2026, 0, 20, 12, 0);
const IN_APRIL = new Date(2026, 3, 2, 9, 0);
const render = inlineRenderer(async () => editionFonts());

/** Opened 5 January 2026; morphine (P2) and methadone (P3); only the morphine moves, in January. */
async function januaryRegister(): Promise<RegisterDatabase> {
  const db = trackedDatabase();
  const drafts: Draft[] = [
    on('2026-01-05', openingDraft()),
    on('2026-01-05', productDraft()),
    on('2026-01-05', productDraft({ designation: 'Méthadone sirop', form: 'sirop', strength: '5 mg/mL', unit: 'mL' })),
    on('2026-01-15', receiptDraft({ quantity: units(30) })),
    on('2026-01-20', dispensationDraft({ quantity: units(12) })),
  ];
  for (const draft of drafts) accepted(await appendEvent(db, draft, IN_JANUARY));
  return db;
}

function deps(db: RegisterDatabase, main: FakeMain, api: RegistreApi = main.api): EditionDeps {
  return { store: dexieStore(db), api, render, now: () => IN_APRIL };
}

/** The editions recorded, as [closureOf, edition, productId]. */
async function recorded(db: RegisterDatabase) {
  return (await listEditions(dexieStore(db))).map((edition) => [edition.closureOf, edition.edition, edition.productId ?? '']);
}

const APRIL_SET = [
  ['2026-01', 'month-balance', ''],
  ['2026-01', 'product-register', 'P2'],
  ['2026-02', 'month-balance', ''],
  ['2026-03', 'month-balance', ''],
];

describe('closure editions', () => {
  it('follow the closures: each month’s balance, and the register of each product that moved in it', async () => {
    const db = await januaryRegister();
    const main = fakeMain();
    const { closed, editions } = await closeAndEdit(deps(db, main));
    expect(accepted(closed).map((event) => event.seq)).toEqual([6, 7, 8]);
    expect(editions.ok && editions.value.map((produced) => produced.event.seq)).toEqual([9, 10, 11, 12]);
    expect(await recorded(db)).toEqual(APRIL_SET);
    // Archived under their names, hashed by the main process, not opened: nobody asked to print them.
    for (const edition of await listEditions(dexieStore(db))) {
      expect(sha256(main.archive.get(edition.fileName) ?? new Uint8Array())).toBe(edition.sha256);
      expect(edition.validatedBy.orderNumber).toBe('10001234567');
      expect(edition.operationDate).toBe('2026-04-02');
    }
    expect([...main.archive.keys()]).toEqual([
      '2026-01_balance-mensuelle_cloture_20260402-0900.pdf',
      '2026-01_registre_P2-morphine-sulfate-lp-10-mg_cloture_20260402-0900.pdf',
      '2026-02_balance-mensuelle_cloture_20260402-0900.pdf',
      '2026-03_balance-mensuelle_cloture_20260402-0900.pdf',
    ]);
    expect(main.opened).toEqual([]);
    expect(await missingEditions(dexieStore(db))).toEqual([]);

    // The next start-up finds nothing to close and nothing missing.
    const again = await closeAndEdit(deps(db, main));
    expect(accepted(again.closed)).toEqual([]);
    expect(again.editions).toEqual({ ok: true, value: [] });
    expect(await db.events.count()).toBe(12);
  });

  it('are completed at the next start-up when the window stopped between the closure and its editions', async () => {
    const db = await januaryRegister();
    const main = fakeMain();
    // The archive fails after two editions: the disk is full, or the window closes.
    let archived = 0;
    const failing: RegistreApi = {
      ...main.api,
      'edition:archive': async (request) =>
        archived++ < 2 ? main.api['edition:archive'](request) : err(appError('ipc.internal', undefined, { detail: 'disque plein' })),
    } as RegistreApi;
    const first = await closeAndEdit(deps(db, main, failing));
    expect(accepted(first.closed)).toHaveLength(3);
    expect(first.editions).toEqual({ ok: false, error: { kind: 'refused', error: { code: 'ipc.internal', params: { detail: 'disque plein' } } } });
    expect(await recorded(db)).toEqual(APRIL_SET.slice(0, 2));
    expect((await missingEditions(dexieStore(db))).map((spec) => [spec.closureOf, spec.kind])).toEqual([
      ['2026-02', 'month-balance'],
      ['2026-03', 'month-balance'],
    ]);

    const second = await closeAndEdit(deps(db, main));
    expect(accepted(second.closed)).toEqual([]);
    expect(second.editions.ok && second.editions.value).toHaveLength(2);
    expect(await recorded(db)).toEqual(APRIL_SET);
  });

  it('are produced once when two checks run together', async () => {
    const db = await januaryRegister();
    const main = fakeMain();
    accepted(await closeAndEdit({ ...deps(db, main), api: null }).then(({ closed }) => closed));
    // Without a main process nothing was archived nor recorded: the editions wait.
    expect(await recorded(db)).toEqual([]);
    const [a, b] = await Promise.all([completeClosureEditions(deps(db, main)), completeClosureEditions(deps(db, main))]);
    expect(a).toBe(b);
    expect(await recorded(db)).toEqual(APRIL_SET);
    expect(main.archive.size).toBe(4);
  });
});
