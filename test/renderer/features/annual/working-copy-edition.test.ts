// The JARE working copy as an edition: the window sends the year's layout to the main
// process, archives the workbook it gets back and records it; when the main process
// cannot make it, nothing is archived and nothing recorded.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workingCopyWorkbook } from '../../../../electron/annual/working-copy-workbook';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { inlineRenderer } from '../../../../renderer/features/editions/edition-renderer';
import { produceEdition } from '../../../../renderer/features/editions/produce-edition';
import { appError } from '../../../../shared/errors';
import type { RegistreApi } from '../../../../shared/ipc/contract';
import { requestSchemas } from '../../../../shared/ipc/requests';
import { err, ok } from '../../../../shared/result';
import type { Draft } from '../../../../shared/register/validate';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { editionFonts } from '../../../fixtures/edition-fonts';
import { accepted } from '../../../fixtures/result';
import { fakeMain, sha256 } from '../editions/fake-main';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const NOW = new Date(2027, 0, 20, 9, 5);
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

async function yearRegister(): Promise<RegisterDatabase> {
  const db = trackedDatabase();
  const drafts: Draft[] = [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft({ substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 10_000 } })),
    on('2026-03-03', receiptDraft({ quantity: units(28), authorisation: { kind: 'AIS', number: 'AIS-77' } })),
    on('2026-06-20', dispensationDraft({ quantity: units(12) })),
  ];
  for (const draft of drafts) accepted(await appendEvent(db, draft, NOW));
  return db;
}

function withWorkbook(api: RegistreApi, workbook: RegistreApi['annual:workbook']): RegistreApi {
  return new Proxy(api, { get: (target, channel: string) => (channel === 'annual:workbook' ? workbook : target[channel as keyof RegistreApi]) });
}

describe('the working copy as an edition', () => {
  it('is made by the main process from the window’s layout, archived as .xlsx and recorded with its hash', async () => {
    const db = await yearRegister();
    const main = fakeMain();
    const api = withWorkbook(main.api, async (request) => {
      // As the dispatcher would: the request is checked against its schema first.
      if (!requestSchemas['annual:workbook'].safeParse(request).success) return err(appError('ipc.badRequest'));
      return ok({ bytes: await workingCopyWorkbook(request.copy, request.establishment, new Date(request.createdAt)) });
    });
    const produced = await produceEdition(
      { store: dexieStore(db), api, render: inlineRenderer(async () => editionFonts()), now: () => NOW },
      { kind: 'annual-working-copy', period: YEAR },
      { open: false },
    );
    if (!produced.ok) throw new Error(JSON.stringify(produced.error));
    const fileName = '2026_jare-copie-de-travail_20270120-0905.xlsx';
    expect(produced.value.event).toMatchObject({ type: 'edition.produced', edition: 'annual-working-copy', from: '2026-01-01', to: '2026-12-31', fileName });
    const bytes = main.archive.get(fileName)!;
    expect(produced.value.event.sha256).toBe(sha256(bytes));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheetS = workbook.getWorksheet('S')!;
    expect([sheetS.getCell('A7').value, sheetS.getCell('I7').value, sheetS.getCell('M7').value, sheetS.getCell('Q7').value]).toEqual([
      'Morphine (sulfate)',
      280,
      120,
      160,
    ]);
  });

  it('archives and records nothing when the main process cannot make the workbook', async () => {
    const db = await yearRegister();
    const main = fakeMain();
    const api = withWorkbook(main.api, async () => err(appError('io.failed', undefined, { code: 'ENOSPC', reason: 'support plein' })));
    const before = await db.events.count();
    const produced = await produceEdition(
      { store: dexieStore(db), api, render: inlineRenderer(async () => editionFonts()), now: () => NOW },
      { kind: 'annual-working-copy', period: YEAR },
      { open: false },
    );
    expect(produced).toMatchObject({ ok: false, error: { kind: 'render', error: { code: 'io.failed', params: { reason: 'support plein' } } } });
    expect(main.archive.size).toBe(0);
    expect(await db.events.count()).toBe(before);
  });
});
