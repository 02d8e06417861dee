// Producing an edition against a real register database (fake-indexeddb) and the
// in-memory main process: archive, then record, then open; nothing recorded that is not
// archived, and the hash recorded is the one the main process computed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { listEditions } from '../../../../renderer/features/editions/edition-events';
import { inlineRenderer, type EditionRenderer } from '../../../../renderer/features/editions/edition-renderer';
import { describeEditionFailure, produceEdition, type EditionDeps, type EditionFailure } from '../../../../renderer/features/editions/produce-edition';
import { appError } from '../../../../shared/errors';
import type { RegistreApi } from '../../../../shared/ipc/contract';
import { err, type Result } from '../../../../shared/result';
import { verifyChain } from '../../../../shared/register/chain';
import type { Draft } from '../../../../shared/register/validate';
import { dispensationDraft, ESTABLISHMENT, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { editionFonts } from '../../../fixtures/edition-fonts';
import { accepted } from '../../../fixtures/result';
import { fakeMain, sha256, type FakeMain } from './fake-main';
import { dexieStore } from '../../../../renderer/db/dexie-store';

/** 23 November 2026, 09:41 local time. */
const NOW = new Date(2026, 10, 23, 9, 41);
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const render: EditionRenderer = inlineRenderer(async () => editionFonts());

async function novemberRegister(): Promise<RegisterDatabase> {
  const db = trackedDatabase();
  const drafts: Draft[] = [
    on('2026-11-02', openingDraft()),
    on('2026-11-02', productDraft()),
    on('2026-11-03', receiptDraft({ quantity: units(28) })),
    on('2026-11-20', dispensationDraft({ quantity: units(12) })),
  ];
  for (const draft of drafts) accepted(await appendEvent(db, draft, NOW));
  return db;
}

function deps(db: RegisterDatabase, main: FakeMain | null, extra: Partial<EditionDeps> = {}): EditionDeps {
  return { store: dexieStore(db), api: main?.api ?? null, render, now: () => NOW, ...extra };
}

function done<T>(result: Result<T, EditionFailure>): T {
  if (!result.ok) throw new Error(`expected an edition, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function pdfText(bytes: Uint8Array, name: string): string {
  const folder = join('test-results', 'editions');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

describe('produceEdition', () => {
  it('archives the PDF, records its name, SHA-256 and size as the main process gave them, then opens it', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    const produced = done(await produceEdition(deps(db, main), { kind: 'product-register', productId: 'P2', period: NOVEMBER }, { open: true }));
    const fileName = '2026-11_registre_P2-morphine-sulfate-lp-10-mg_20261123-0941.pdf';
    const bytes = main.archive.get(fileName);
    expect(bytes).toBeDefined();
    expect(produced.event).toMatchObject({
      seq: 5,
      type: 'edition.produced',
      edition: 'product-register',
      from: '2026-11-01',
      to: '2026-11-30',
      productId: 'P2',
      fileName,
      sha256: sha256(bytes as Uint8Array),
      size: bytes?.length,
      operationDate: '2026-11-23',
      validatedBy: { name: 'Claire Martin', orderNumber: '10001234567' },
    });
    expect(produced.event).not.toHaveProperty('closureOf');
    expect(produced.openError).toBeNull();
    expect(main.opened).toEqual([fileName]);
    // The event is in the chain like any other, and the edition's frame names the head before it.
    const events = await db.events.toArray();
    expect(verifyChain(events)).toBeNull();
    const text = pdfText(bytes as Uint8Array, 'produce-product-register');
    expect(text).toContain(ESTABLISHMENT.name);
    expect(text).toContain('Morphine sulfate LP 10 mg');
    expect(text).toMatch(/Tête de chaîne à l’édition : n° 4, empreinte [0-9a-f]{16}/);
    expect(text).toContain('Édité le 23/11/2026 à 09:41');
  });

  it('takes the next name when a file of that name is already archived, and records it', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    const spec = { kind: 'period-journal' as const, period: NOVEMBER };
    const first = await produceEdition(deps(db, main), spec, { open: false });
    const second = await produceEdition(deps(db, main), spec, { open: false });
    // A file archived just before a crash, never recorded: its name is taken all the same.
    main.archive.set('2026-11_registre-tous-produits_20261123-0941-3.pdf', new Uint8Array([1]));
    const third = await produceEdition(deps(db, main), spec, { open: false });
    expect([first, second, third].map((result) => (result.ok ? result.value.event.fileName : null))).toEqual([
      '2026-11_registre-tous-produits_20261123-0941.pdf',
      '2026-11_registre-tous-produits_20261123-0941-2.pdf',
      '2026-11_registre-tous-produits_20261123-0941-4.pdf',
    ]);
    expect((await listEditions(dexieStore(db))).map((edition) => edition.seq)).toEqual([5, 6, 7]);
    expect(main.opened).toEqual([]);
  });

  it('records nothing when the archive refuses, and nothing is archived when there is no main process', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    main.failArchive = true;
    const refused = await produceEdition(deps(db, main), { kind: 'dispensations', period: NOVEMBER }, { open: true });
    expect(refused).toEqual({ ok: false, error: { kind: 'refused', error: { code: 'ipc.internal', params: { detail: 'disque plein' } } } });
    expect(await db.events.count()).toBe(4);
    expect(main.opened).toEqual([]);

    const alone = await produceEdition(deps(db, null), { kind: 'dispensations', period: NOVEMBER }, { open: true });
    expect(alone).toEqual({ ok: false, error: { kind: 'noMainProcess' } });
    expect(await db.events.count()).toBe(4);
  });

  it('archives nothing when the PDF cannot be built', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    const result = await produceEdition(deps(db, main), { kind: 'product-register', productId: 'P99', period: NOVEMBER }, { open: true });
    expect(result).toMatchObject({ ok: false, error: { kind: 'render', error: { code: 'unexpected' } } });
    expect(main.archive.size).toBe(0);
    expect(await db.events.count()).toBe(4);
  });

  it('words a jsPDF failure in French, with a reference, and keeps the English for the console', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    const jsPdf: EditionRenderer = async () => {
      throw new Error('Invalid argument passed to jsPDF.scale');
    };
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const result = await produceEdition(deps(db, main, { render: jsPdf }), { kind: 'dispensations', period: NOVEMBER }, { open: true });
      if (result.ok) throw new Error('expected a failure');
      const text = describeEditionFailure(result.error);
      expect(text).toMatch(/^L’édition n’a pas pu être produite\u202f: Erreur inattendue de l’application \(référence [A-Z2-9]{6}\)/);
      expect(text).not.toContain('jsPDF');
      const reference = /référence ([A-Z2-9]{6})/.exec(text)?.[1] ?? '';
      expect(logged.flat().join(' ')).toContain(reference);
      expect(logged.flat().join(' ')).toContain('Invalid argument passed to jsPDF.scale');
    } finally {
      console.error = original;
    }
    expect(main.archive.size).toBe(0);
  });

  it('is recorded in the name of the person chosen at the top of the window, and says when the viewer refused', async () => {
    const db = await novemberRegister();
    accepted(
      await appendEvent(
        db,
        on('2026-11-23', {
          operationDate: '2026-11-23',
          body: { type: 'validator.authorized', person: { name: 'Paul Adjoint', orderNumber: '10009999999', role: 'Pharmacien adjoint' } },
        }),
        NOW,
      ),
    );
    const main = fakeMain();
    const refusedOpen: RegistreApi['edition:open'] = async ({ fileName }) => err(appError('edition.altered', undefined, { fileName }));
    const api = { ...main.api, 'edition:archive': main.api['edition:archive'], 'edition:open': refusedOpen } as RegistreApi;
    const result = done(
      await produceEdition({ ...deps(db, main, { validatedBy: '10009999999' }), api }, { kind: 'month-balance', month: '2026-11' }, { open: true }),
    );
    expect(result.event.validatedBy).toEqual({ name: 'Paul Adjoint', orderNumber: '10009999999' });
    expect(result.event.fileName).toBe('2026-11_balance-mensuelle_20261123-0941.pdf');
    // Archived and recorded all the same: only the viewer failed.
    expect(result.openError).toEqual({ code: 'edition.altered', params: { fileName: result.event.fileName } });
    expect(await db.events.count()).toBe(6);
  });

  it('produces editions asked for together one after the other, each reading the register as the one before left it', async () => {
    const db = await novemberRegister();
    const main = fakeMain();
    // What each edition was built from: the slip must be built after the register edition is recorded.
    const seen: string[][] = [];
    const recording: EditionRenderer = async (input) => {
      seen.push(input.events.filter((event) => event.type === 'edition.produced').map((event) => (event.type === 'edition.produced' ? event.edition : '')));
      return Uint8Array.from([37, 80, 68, 70, 45, 49, 46, 52]);
    };
    const [register, slip] = await Promise.all([
      produceEdition(deps(db, main, { render: recording }), { kind: 'period-journal', period: NOVEMBER }, { open: false }),
      produceEdition(deps(db, main, { render: recording }), { kind: 'transmittal', period: NOVEMBER }, { open: false }),
    ]);
    expect(done(register).event.seq).toBe(5);
    expect(done(slip).event.seq).toBe(6);
    expect(seen).toEqual([[], ['period-journal']]);
  });
});
