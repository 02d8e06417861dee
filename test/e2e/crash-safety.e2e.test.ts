// Crash safety of the reserve copy. The window writes each event to IndexedDB first,
// then asks the main process to append it to the reserve journal. These scenarios kill
// the browser (SIGKILL) before the IndexedDB commit and between the two writes, or make
// the reserve impossible to write, and check that nothing is lost or half-written and
// that the reserve catches up. Each kill adds its row to the fault campaign's table.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { parseLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { recordFault } from '../faults/campaign';
import { launchApp } from './harness/launch';
import { plain } from './reading';
import { addSkenan, dispense, fillReceipt, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-crash-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function registerRows(page: Page) {
  return page.locator('table.register-table tbody tr');
}

/** The one register journal in the reserve folder. */
async function journalIn(folder: string): Promise<string> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.journal.jsonl'));
  expect(names).toHaveLength(1);
  return join(folder, names[0]!);
}

/** The events on disk, line by line, as an inspector would read them (no chain check). */
async function eventsOnDisk(path: string): Promise<RegisterEvent[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed = parseLine(line);
      if (!parsed.ok) throw new Error(`ligne illisible : ${line}`);
      return parsed.event;
    });
}

/** The reserve folder, chosen, with the opening and the product duplicated. */
async function registerWithReserve(page: Page) {
  await openRegister(page);
  await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
  await addSkenan(page);
  await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 2/2');
}

describe('crash safety of the reserve copy', () => {
  it('keeps an event committed to IndexedDB when the browser is killed before its reserve write, and writes it at the next start', async () => {
    const profileDir = join(workDir, 'kill-profile');
    const dataFolder = join(workDir, 'kill-data');
    const reserveFolder = join(workDir, 'kill-usb-key');
    await mkdir(reserveFolder, { recursive: true });

    // From `holding` on, the harness swallows each reserve:append the window sends: it
    // never reaches the main process, so the reserve file is never written, and the
    // window never hears back. That is the instant between the IndexedDB commit and the
    // reserve write, held open for as long as the test needs.
    let holding = false;
    const held: { events: RegisterEvent[] }[] = [];
    let app = await launchApp({
      profileDir,
      dataFolder,
      reserveFolder,
      holdReserveAppend: (request) => {
        if (holding) held.push(request as { events: RegisterEvent[] });
        return holding;
      },
    });
    // Playwright's clock drives the window's timers, so that the reserve's 20 s wait can run out below.
    await app.context.clock.install({ time: app.now() });
    await registerWithReserve(app.page);
    const journal = await journalIn(reserveFolder);

    holding = true;
    await receiveBoxes(app.page, 2);
    // The window committed the receipt, then asked for its reserve write: that request is held.
    await expect.poll(() => held.length).toBe(1);
    const [receipt] = held[0]!.events;
    expect(held[0]!.events).toHaveLength(1);
    expect(receipt).toMatchObject({ seq: 3, type: 'receipt' });
    await openTab(app.page, 'Registre');
    await expect.poll(() => registerRows(app.page).allInnerTexts()).toEqual([expect.stringMatching(/^3\t.*\tRéception\tOCP Répartition\b.*\t28\t\t28\t/)]);
    const rowsBeforeKill = await registerRows(app.page).allInnerTexts();
    expect((await eventsOnDisk(journal)).map((event) => event.seq)).toEqual([1, 2]);
    expect(await readFile(journal, 'utf8')).not.toContain(receipt!.hash);
    // The window's wait for the reserve runs out (its clock moved on, not a sleep): the
    // person is told in French that the reserve did not answer, before the crash.
    await app.context.clock.runFor(21_000);
    await expect.poll(() => reserveBanner(app.page).textContent()).toContain('La copie de réserve ne répond pas');
    // The sentence itself, without the folder and the buttons that share the banner.
    const toldBeforeKill = /La copie de réserve ne répond pas[^.]*\./.exec((await reserveBanner(app.page).textContent()) ?? '')?.[0] ?? '';
    await app.screenshot('crash-01-committed-reserve-write-held');

    // No polite close: SIGKILL to Chromium's browser process while the write is pending.
    const { port } = app;
    await app.kill();
    expect((await eventsOnDisk(journal)).map((event) => event.seq)).toEqual([1, 2]);

    // Same profile, same origin, ordinary handlers: the receipt is still in IndexedDB and
    // the start-up comparison of the two heads writes it to the reserve.
    app = await launchApp({ profileDir, dataFolder, reserveFolder, port });
    await expect.poll(() => reserveBanner(app.page).textContent(), { timeout: 15_000 }).toContain('à jour, 3/3');
    const verdict = await readJournal(journal);
    expect(verdict).toMatchObject({ ok: true, events: 3, lastSeq: 3, headHash: receipt!.hash });
    // The very event sealed before the kill, not a new one sealed again at start-up.
    expect((await eventsOnDisk(journal))[2]).toEqual(receipt);
    await openTab(app.page, 'Registre');
    await expect.poll(() => registerRows(app.page).allInnerTexts()).toEqual(rowsBeforeKill);
    await app.screenshot('crash-02-caught-up-after-kill');
    await app.close();
    const onDisk = await eventsOnDisk(journal);
    await recordFault({
      fault: 'navigateur tué (SIGKILL) après l’écriture dans IndexedDB, avant celle de la réserve',
      whatDone: `réception validée et écrite dans IndexedDB, son ajout à la réserve retenu ; bandeau : « ${toldBeforeKill} » ; SIGKILL de Chromium ; relance : la réserve reçoit le n° 3 tel qu’il avait été scellé, registre identique`,
      eventsLost: onDisk[2]?.hash === receipt!.hash ? 0 : 1,
      silentAlterations: onDisk.length === 3 ? 0 : 1,
      namedInFrench: toldBeforeKill.includes('ne répond pas'),
    });
  });

  // Would catch a write path that commits part of an event (the event without its
  // monthly totals, or a seq taken but no event) or that leaves the form unusable: the
  // kill lands while the window's transaction is queued behind another, so it cannot
  // have committed; afterwards the event must be nowhere, and the same form must record it.
  it('leaves nothing half-written when the browser is killed before the IndexedDB commit, and the form records it after the restart', async () => {
    const profileDir = join(workDir, 'precommit-profile');
    const dataFolder = join(workDir, 'precommit-data');
    const reserveFolder = join(workDir, 'precommit-usb-key');
    await mkdir(reserveFolder, { recursive: true });
    let app = await launchApp({ profileDir, dataFolder, reserveFolder });
    await registerWithReserve(app.page);
    const journal = await journalIn(reserveFolder);

    // Filled first: the form's lists read the database, which the hold below would block.
    await fillReceipt(app.page, 2);
    // Another connection holds a read-write transaction on the register's stores, kept
    // alive by a chain of requests: the window's own transaction waits behind it.
    await app.page.evaluate(() => {
      const request = indexedDB.open('registre-stupefiants');
      request.onsuccess = () => {
        const transaction = request.result.transaction(['events', 'monthlyTotals'], 'readwrite');
        const store = transaction.objectStore('events');
        const spin = () => {
          store.count().onsuccess = spin;
        };
        spin();
        (window as unknown as { registerHeld: boolean }).registerHeld = true;
      };
    });
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { registerHeld?: boolean }).registerHeld === true)).toBe(true);
    await app.page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    // The validation is in flight: the form says it is saving, and waits for the database.
    await expect.poll(() => app.page.getByRole('button', { name: 'Enregistrement…' }).count()).toBe(1);
    // A save still running in this window is not one cut short: nothing warns of it.
    expect(await app.page.getByRole('alert', { name: 'Saisie interrompue' }).count()).toBe(0);
    await app.screenshot('crash-06-validation-in-flight');
    const { port } = app;
    await app.kill();

    app = await launchApp({ profileDir, dataFolder, reserveFolder, port });
    await expect.poll(() => reserveBanner(app.page).textContent(), { timeout: 15_000 }).toContain('à jour, 2/2');
    // The person clicked « Enregistrer » and saw no outcome: the window tells them the entry was not kept.
    const interrupted = app.page.getByRole('alert', { name: 'Saisie interrompue' });
    await expect
      .poll(async () => plain(await interrupted.textContent()))
      .toMatch(
        /^La saisie « Réception » validée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} n’a pas été enregistrée : l’application s’est arrêtée avant la fin de son inscription/,
      );
    const toldAfterRestart = plain(await interrupted.locator('strong').textContent());
    await app.screenshot('crash-06b-interrupted-entry-notice');
    await interrupted.getByRole('button', { name: 'J’ai vérifié' }).click();
    await expect.poll(() => interrupted.count()).toBe(0);
    await openTab(app.page, 'Registre');
    await expect.poll(() => registerRows(app.page).count()).toBe(0);
    const afterKill = (await eventsOnDisk(journal)).map((event) => event.seq);
    expect(afterKill).toEqual([1, 2]);
    // Nothing half-done blocks the register: the same receipt, entered again, is n° 3.
    await receiveBoxes(app.page, 2);
    await expect.poll(() => reserveBanner(app.page).textContent(), { timeout: 15_000 }).toContain('à jour, 3/3');
    expect(await readJournal(journal)).toMatchObject({ ok: true, events: 3, lastSeq: 3 });
    await app.screenshot('crash-07-recorded-after-restart');
    await app.close();
    await recordFault({
      fault: 'navigateur tué (SIGKILL) pendant la validation, avant l’écriture dans IndexedDB',
      whatDone: `transaction de la fenêtre mise en attente derrière une autre ; clic sur « Enregistrer l’entrée » (bouton « Enregistrement… ») puis SIGKILL de Chromium ; relance : rien dans la base ni dans la réserve (2/2), la fenêtre dit « ${toldAfterRestart} » ; la même réception saisie de nouveau devient le n° 3`,
      eventsLost: 0, // the receipt was never recorded, and the person is told so
      silentAlterations: afterKill.length === 2 ? 0 : 1,
      namedInFrench: toldAfterRestart.includes('n’a pas été enregistrée'),
    });
  });

  it('loses nothing while the reserve cannot be written, says so, and catches up once it can', async () => {
    const profileDir = join(workDir, 'protect-profile');
    const dataFolder = join(workDir, 'protect-data');
    const reserveFolder = join(workDir, 'protect-usb-key');
    await mkdir(reserveFolder, { recursive: true });
    const app = await launchApp({ profileDir, dataFolder, reserveFolder });
    const { page } = app;
    await registerWithReserve(page);
    const journal = await journalIn(reserveFolder);
    const aside = join(workDir, 'protect-journal-aside');

    // What is simulated, and why. The tests run as root, for whom chmod changes nothing:
    // a read-only file or folder is still written. So the reserve is made unwritable with
    // something root cannot write through either. First, the folder stays in place and
    // writable, but where the journal file should be there is now a directory: every
    // read or append of the journal fails with EISDIR, as writing a journal that is
    // read-only or locked by another program would fail for an ordinary user.
    await rename(journal, aside);
    await mkdir(journal);
    await receiveBoxes(page, 2);
    await expect.poll(() => reserveBanner(page).textContent()).toMatch(/Copie de réserve en échec.*un dossier occupe la place du fichier \(EISDIR\)/);
    await expect.poll(() => reserveBanner(page).getAttribute('class')).toContain('reserve--danger');
    await app.screenshot('crash-03-journal-unwritable');
    // Recording goes on, and the register shows it.
    await dispense(page, 10, '2026-0600');
    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(2);
    expect(await readdir(journal)).toEqual([]);
    expect((await eventsOnDisk(aside)).map((event) => event.seq)).toEqual([1, 2]);

    // The journal is back: the two events recorded meanwhile are written, once, in order.
    await rm(journal, { recursive: true });
    await rename(aside, journal);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('à jour, 4/4');
    expect(await readJournal(journal)).toMatchObject({ ok: true, events: 4, lastSeq: 4 });

    // Second, the medium is there but the reserve folder's path is now a regular file
    // (what a mount point left without its medium, or a name taken by a file, looks
    // like): the folder itself cannot be written into, the same refusal the application
    // gives a write-protected medium (its folder check fails, nothing is attempted).
    const folderAside = join(workDir, 'protect-usb-key-aside');
    await rename(reserveFolder, folderAside);
    await writeFile(reserveFolder, 'pas un dossier');
    await dispense(page, 4, '2026-0601');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('1 mouvement non dupliqué.');
    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(3);
    await app.screenshot('crash-04-folder-unwritable');

    await rm(reserveFolder);
    await rename(folderAside, reserveFolder);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('à jour, 5/5');
    const verdict = await readJournal(journal);
    expect(verdict).toMatchObject({ ok: true, events: 5, lastSeq: 5 });
    expect((await eventsOnDisk(journal)).map((event) => event.type)).toEqual(['register.opened', 'product.defined', 'receipt', 'dispensation', 'dispensation']);
    await app.screenshot('crash-05-caught-up');
    await app.close();
  });
});
