// One product's register of 100 000 lines in the window, as the e2e register-long test
// checks it at 3 000: restored from a reserve journal, the table keeps a bounded number of
// rows in the page, newest first, and scrolling reaches the middle and the oldest line
// with as few. Too long for the test suite (the restore alone takes minutes here), so it
// is a section of the bench: BENCH_SECTIONS=list.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { launchApp } from '../../test/e2e/harness/launch';
import { longJournal } from '../../test/e2e/long-register';

const OPENED = new Date(2026, 10, 23, 10, 0);
/** The rows a screen of the table may hold, spacers aside: a few dozen, whatever the register's length. */
export const MOST_ROWS = 100;

export interface LongListFigures {
  lines: number;
  restoreS: number;
  shownS: number;
  /** Rows in the page at the top, half-way and at the end of the list. */
  rowsTop: number;
  rowsMiddle: number;
  rowsEnd: number;
  /** The n° d’ordre of the first row shown half-way, and of the last row at the end (3, the receipt). */
  middleSeq: number;
  endSeq: number;
  /** From the jump to the middle until its lines are shown, then until their balances are. */
  middleLinesMs: number;
  middleBalancesMs: number;
  scrollMs: number;
}

const seqOf = async (row: Locator) => Number(/^(\d+)\t/.exec(await row.innerText())?.[1] ?? NaN);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function longListBench(site: string, events: number, log: (line: string) => void): Promise<LongListFigures> {
  const work = await mkdtemp(join(tmpdir(), 'registre-liste-'));
  const reserveFolder = join(work, 'usb-key');
  await mkdir(reserveFolder);
  log(`  journal de ${events} lignes d’un seul produit…`);
  await writeFile(join(reserveFolder, 'REG-2026-001.journal.jsonl'), longJournal(events, OPENED, events * 2));
  const app = await launchApp({ profileDir: join(work, 'profile'), dataFolder: join(work, 'data'), reserveFolder, clock: OPENED, rendererDir: site });
  try {
    const { page } = app;
    page.setDefaultTimeout(600_000);
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    const restoring = performance.now();
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    log('  restauration…');
    await page.getByRole('table', { name: 'Stock actuel' }).waitFor();
    const restoreS = (performance.now() - restoring) / 1000;
    const opening = performance.now();
    await page.getByRole('button', { name: 'Registre', exact: true }).click();
    const table = page.locator('table.register-table');
    const rows = table.locator('tbody tr:not(.register-table__spacer)');
    await page.waitForFunction((count) => document.querySelector('table.register-table')?.getAttribute('aria-rowcount') === String(count), events - 1, {
      timeout: 600_000,
    });
    const shownS = (performance.now() - opening) / 1000;
    const rowsTop = await rows.count();
    const box = page.locator('.register-scroll');
    const scrolling = performance.now();
    await box.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
    const middleSeq = await until(
      () => seqOf(rows.first()),
      (seq) => seq < events * 0.6,
      10_000,
    );
    const middleLinesMs = performance.now() - scrolling;
    await app.screenshot('bench-list-middle-lines', { fullPage: false });
    // The balances follow the lines: summed from the nearer end of the register, at the first jump.
    await until(
      () => rows.first().locator('.register-table__pending').count(),
      (pending) => pending === 0,
      600_000,
    );
    const middleBalancesMs = performance.now() - scrolling;
    await app.screenshot('bench-list-middle-balances', { fullPage: false });
    const rowsMiddle = await rows.count();
    await box.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const endSeq = await until(
      () => seqOf(rows.last()),
      (seq) => seq === 3,
      10_000,
    );
    const scrollMs = performance.now() - scrolling;
    const rowsEnd = await rows.count();
    await app.screenshot('bench-list-end', { fullPage: false });
    return { lines: events - 2, restoreS, shownS, rowsTop, rowsMiddle, rowsEnd, middleSeq, endSeq, middleLinesMs, middleBalancesMs, scrollMs };
  } finally {
    await app.close();
    await rm(work, { recursive: true, force: true });
  }
}

export function longListRows(figures: LongListFigures) {
  const bounded = (rows: number) => rows < MOST_ROWS;
  const rows = [
    { measure: `— registre d’un produit de ${figures.lines} lignes (liste virtualisée) —`, value: NaN, unit: '', target: '' },
    { measure: 'restauration depuis la réserve (jusqu’au stock affiché)', value: figures.restoreS, unit: 's', target: '' },
    { measure: 'registre du produit affiché', value: figures.shownS, unit: 's', target: '' },
    { measure: 'lignes dans la page, en haut', value: figures.rowsTop, unit: '', target: `< ${MOST_ROWS}`, met: bounded(figures.rowsTop) },
    {
      measure: `lignes dans la page, à mi-hauteur (1re : n° ${figures.middleSeq})`,
      value: figures.rowsMiddle,
      unit: '',
      target: `< ${MOST_ROWS}`,
      met: bounded(figures.rowsMiddle) && figures.middleSeq > figures.lines * 0.4 && figures.middleSeq < figures.lines * 0.6,
    },
    {
      measure: 'lignes dans la page, en bas (dernière : la réception, n° 3)',
      value: figures.rowsEnd,
      unit: '',
      target: `< ${MOST_ROWS}, n° 3 atteint`,
      met: bounded(figures.rowsEnd) && figures.endSeq === 3,
    },
    { measure: 'saut à mi-hauteur : lignes affichées', value: figures.middleLinesMs, unit: 'ms', target: '' },
    { measure: 'saut à mi-hauteur : soldes affichés (1er saut : somme jusqu’au bout le plus proche)', value: figures.middleBalancesMs, unit: 'ms', target: '' },
    { measure: 'défilement à mi-hauteur puis en bas', value: figures.scrollMs, unit: 'ms', target: '' },
  ];
  return rows.map((row) => ({ ...row, key: `liste ${row.measure.split(',')[0]}` }));
}
