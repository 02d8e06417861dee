// The reserve copy on a second medium: every validated event reaches the journal file,
// an unplugged medium loses nothing and says how much is not duplicated, and everything
// is caught up when the medium comes back or the application restarts. The empty folder
// an unplugged key leaves behind is never taken for the reserve, and a write cut short
// on the medium is moved aside and said, in the banner.
import { appendFile, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLine } from '../../shared/journal/line';
import { createChainVerifier } from '../../shared/register/chain';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, receiveBoxes, reserveBanner } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-reserve-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Reads the reserve journal as an inspector would: every line parsed, the chain re-checked. */
async function readReserve(folder: string) {
  const [file] = (await import('node:fs')).readdirSync(folder).filter((name) => name.endsWith('.journal.jsonl'));
  if (!file) return { seqs: [] as number[], broken: null };
  const lines = (await readFile(join(folder, file), 'utf8')).split('\n').filter(Boolean);
  const verifier = createChainVerifier();
  const seqs: number[] = [];
  for (const line of lines) {
    const parsed = parseLine(line);
    if (!parsed.ok) return { seqs, broken: parsed.reason };
    const broken = verifier.next(parsed.event);
    if (broken) return { seqs, broken: broken.kind };
    seqs.push(parsed.event.seq);
  }
  return { seqs, broken: null };
}

describe('reserve copy on a second medium', () => {
  it('duplicates every event, survives an unplugged medium and catches up after a restart', async () => {
    const profileDir = join(workDir, 'profile');
    const dataFolder = join(workDir, 'data');
    const reserveFolder = join(workDir, 'usb-key');
    const unplugged = join(workDir, 'usb-key-away');
    await mkdir(reserveFolder, { recursive: true });
    let app = await launchApp({ profileDir, dataFolder, reserveFolder });
    const { page } = app;

    await openRegister(page);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('Aucune copie de réserve\u202f: 1 mouvement');
    await app.screenshot('reserve-01-not-configured');

    await page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 1/1');
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 3/3');
    expect(await readReserve(reserveFolder)).toEqual({ seqs: [1, 2, 3], broken: null });
    // Beside the journal, the offline page that checks it with a browser alone, the build's own.
    expect(await readFile(join(reserveFolder, 'verificateur.html'))).toEqual(
      await readFile(join(import.meta.dirname, '..', '..', 'dist', 'verificateur.html')),
    );
    await app.screenshot('reserve-02-up-to-date');

    // The key is pulled out: the counter keeps working, and the banner counts the gap.
    await rename(reserveFolder, unplugged);
    await dispense(page, 10, '2026-0500');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('1 mouvement non dupliqué. Il le sera dès le retour du support.');
    await app.screenshot('reserve-03-unplugged');

    // The mount point stays behind, empty: it is not the reserve, nothing is written there.
    await mkdir(reserveFolder);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('Support de réserve introuvable ou différent');
    await expect.poll(() => reserveBanner(page).getAttribute('class')).toContain('reserve--danger');
    expect(await readdir(reserveFolder)).toEqual([]);
    await app.screenshot('reserve-03b-empty-mount-folder');
    await rm(reserveFolder, { recursive: true });

    // The key comes back: the missing event is written without anyone asking.
    await rename(unplugged, reserveFolder);
    await expect.poll(() => reserveBanner(page).textContent(), { timeout: 15_000 }).toContain('à jour, 4/4');
    expect(await readReserve(reserveFolder)).toEqual({ seqs: [1, 2, 3, 4], broken: null });

    // Unplugged again, an event recorded, then the browser closes before any retry:
    // at the next start the reserve catches up from the database.
    await rename(reserveFolder, unplugged);
    await dispense(page, 4, '2026-0501');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('non dupliqué');
    const { port } = app;
    await app.close();
    await rename(unplugged, reserveFolder);
    expect((await readReserve(reserveFolder)).seqs).toEqual([1, 2, 3, 4]);

    app = await launchApp({ profileDir, dataFolder, reserveFolder, port });
    await expect.poll(() => reserveBanner(app.page).textContent(), { timeout: 15_000 }).toContain('à jour, 5/5');
    expect(await readReserve(reserveFolder)).toEqual({ seqs: [1, 2, 3, 4, 5], broken: null });
    await app.screenshot('reserve-04-caught-up-after-restart');

    // A write cut short (the key pulled mid-line) left half a line: it is moved aside,
    // whole, the next event is duplicated, and the banner says what was done.
    const [journal] = (await readdir(reserveFolder)).filter((name) => name.endsWith('.journal.jsonl'));
    const torn = '{"format":1,"hash":"3f2a';
    await appendFile(join(reserveFolder, journal ?? ''), torn);
    await dispense(app.page, 2, '2026-0502');
    await expect.poll(() => reserveBanner(app.page).textContent(), { timeout: 15_000 }).toContain('à jour, 6/6');
    await expect.poll(() => reserveBanner(app.page).textContent()).toContain('Copie de réserve réparée');
    expect(await readReserve(reserveFolder)).toEqual({ seqs: [1, 2, 3, 4, 5, 6], broken: null });
    const [fragment] = (await readdir(reserveFolder)).filter((name) => name.includes('.fragment-'));
    expect(await readFile(join(reserveFolder, fragment ?? ''), 'utf8')).toBe(torn);
    await app.screenshot('reserve-05-torn-line-moved-aside');
    await app.close();
  });
});
