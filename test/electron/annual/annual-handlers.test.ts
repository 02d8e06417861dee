// The annual declaration's channels through the real dispatcher: the working copy
// rendered by exceljs and read back, a request that is not a working copy refused before
// exceljs sees it, and the settings kept per register next to the reserve folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, sameOriginAs } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { loadSettings } from '../../../electron/reserve/settings';
import { FIRST_DATA_ROW } from '../../../electron/annual/working-copy-workbook';
import { annualStatement } from '../../../shared/jare/annual';
import { workingCopy } from '../../../shared/jare/working-copy';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { annualJournal } from '../../shared/jare/annual-journal';

const PAGE = 'app://registre/index.html';
let dataFolder: string;

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'registre-annual-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

function dispatcher() {
  return createDispatcher({
    handlers: createHandlers({ version: 't', shell: 'harness', dataFolder, chooseFolder: async () => null }),
    isTrustedSender: sameOriginAs('app://registre'),
  });
}

function copy() {
  const events = annualJournal({ trade: true });
  const head = events.at(-1)!;
  return workingCopy(annualStatement(events, 2026), {
    establishment: ESTABLISHMENT,
    registerId: 'REG-2026-001',
    head: { seq: head.seq, hash: head.hash },
    editedAt: '20/01/2027 à 09:05',
  });
}

describe('annual:workbook', () => {
  it('renders the working copy the window computed, sheet S holding the import in its column', async () => {
    const answer = await dispatcher()(PAGE, 'annual:workbook', {
      copy: copy(),
      establishment: { name: ESTABLISHMENT.name, address: ESTABLISHMENT.address },
      createdAt: '2027-01-20T08:05:00.000Z',
    });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const { bytes } = answer.value as { bytes: Uint8Array };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['D', 'S', 'P']);
    const sheetS = workbook.getWorksheet('S')!;
    expect(sheetS.getCell(`A${FIRST_DATA_ROW}`).value).toBe('Morphine (sulfate)');
    expect(sheetS.getCell('I5').value).toBe('Importation (+)');
    expect(sheetS.getCell(`I${FIRST_DATA_ROW}`).value).toBe(1680);
  });

  it('writes as inert text an establishment and a row that a spreadsheet would take for formulas', async () => {
    const hostile = copy();
    hostile.sheets[0]!.rows[0]![1] = { text: '=HYPERLINK("http://x.invalid","Pharmacie")' };
    const answer = await dispatcher()(PAGE, 'annual:workbook', {
      copy: hostile,
      establishment: { name: '@Pharmacie', address: '+1 quai' },
      createdAt: '2027-01-20T08:05:00.000Z',
    });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((answer.value as { bytes: Uint8Array }).bytes as never);
    const sheetD = workbook.getWorksheet('D')!;
    expect(sheetD.getCell('A3').value).toBe("'@Pharmacie — +1 quai");
    expect(sheetD.getCell(`B${FIRST_DATA_ROW}`).value).toBe('\'=HYPERLINK("http://x.invalid","Pharmacie")');
    expect(workbook.getWorksheet('S')!.getCell(`I${FIRST_DATA_ROW}`).value).toBe(1680);
  });

  it.each([
    ['a formula smuggled as a figure', { figure: '=HYPERLINK("http://x")' }],
    ['an unknown cell shape', { formula: 'SUM(A1)' }],
  ])('refuses %s before exceljs sees it', async (_what, cell) => {
    const bad = copy();
    bad.sheets[1]!.rows[0]![5] = cell as never;
    expect(
      await dispatcher()(PAGE, 'annual:workbook', { copy: bad, establishment: { name: 'X', address: 'Y' }, createdAt: '2027-01-20T08:05:00.000Z' }),
    ).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
  });
});

describe('annual settings', () => {
  it('default to no filing and 15 February, then keep what is saved, per register, beside the reserve folder', async () => {
    await writeFile(join(dataFolder, 'settings.json'), JSON.stringify({ reserveFolder: '/media/cle' }));
    const dispatch = dispatcher();
    expect(await dispatch(PAGE, 'annual:getSettings', { registerId: 'REG-1' })).toEqual({ ok: true, value: { operator: false, deadline: '02-15' } });
    expect(await dispatch(PAGE, 'annual:setSettings', { registerId: 'REG-1', settings: { operator: true, deadline: '04-15' } })).toEqual({
      ok: true,
      value: { operator: true, deadline: '04-15' },
    });
    expect(await dispatch(PAGE, 'annual:getSettings', { registerId: 'REG-1' })).toEqual({ ok: true, value: { operator: true, deadline: '04-15' } });
    expect(await dispatch(PAGE, 'annual:getSettings', { registerId: 'REG-2' })).toEqual({ ok: true, value: { operator: false, deadline: '02-15' } });
    expect(await loadSettings(dataFolder)).toEqual({ reserveFolder: '/media/cle', annual: { 'REG-1': { operator: true, deadline: '04-15' } } });
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8'))).toMatchObject({ reserveFolder: '/media/cle' });
  });

  it('refuse a deadline that is not a day of every year', async () => {
    expect(await dispatcher()(PAGE, 'annual:setSettings', { registerId: 'REG-1', settings: { operator: true, deadline: '02-29' } })).toEqual({
      ok: false,
      error: { code: 'ipc.badRequest' },
    });
  });
});
