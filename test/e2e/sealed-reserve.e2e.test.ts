// The encrypted reserve (decision 0041) in the real window: after a session of
// dispensations, a hand-over package and a new recovery sheet (decision 0047), nothing
// on the reserve medium nor in the package's folder names a patient, an address, a
// prescriber or an identity number; a new PC refuses the replaced sheet's code in French,
// restores the register with the new one, and carries on encrypting.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-sealed-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function machine(name: string, reserveFolder: string, saveFolder?: string) {
  return launchApp({
    profileDir: join(workDir, name, 'profile'),
    dataFolder: join(workDir, name, 'data'),
    reserveFolder,
    ...(saveFolder ? { saveFolder } : {}),
  });
}

/** A new sheet while the register is open: a new code, the reserve sealed again to it (decision 0047). */
async function newSheet(app: RunningApp): Promise<string> {
  await openTab(app.page, 'Établissement');
  const sealing = app.page.getByRole('region', { name: 'Chiffrement de la copie de réserve' });
  await sealing.getByRole('button', { name: 'Imprimer une nouvelle fiche de secours (nouveau code)…' }).click();
  const recoveryCode = (await sealing.getByLabel('Code de secours').innerText()).trim();
  await sealing.getByRole('button', { name: 'Imprimer la fiche de secours' }).click();
  await expect.poll(() => app.opened.at(-1) ?? '').toMatch(/fiche-de-secours\.pdf$/);
  const asked = Number(/groupe n° (\d)/.exec(await sealing.innerText())?.[1]);
  await sealing.getByLabel(/Recopiez le groupe/).fill(recoveryCode.split('-')[asked - 1]!);
  await sealing.getByRole('button', { name: 'Confirmer : la fiche est imprimée' }).click();
  await expect.poll(() => sealing.getByRole('status').textContent()).toContain('Chiffrement en place');
  await app.screenshot('sealed-00b-new-sheet');
  return recoveryCode;
}

/** grep over every file of the folder, as a person who found the key would: the lines that match. */
function grep(folder: string, secret: string): string {
  try {
    return execFileSync('grep', ['-r', '-a', '-i', '-F', '-l', secret, folder], { encoding: 'utf8' });
  } catch {
    return ''; // grep answers 1 when nothing matches
  }
}

const SECRETS = [
  'Jean Martin',
  'Martin',
  'rue des Lilas',
  '69003',
  'Dr Claire Petit',
  'avenue Foch',
  'Paul Durand',
  'rue Mercière',
  'CNI 987654321098',
  '987654321098',
];

/** Set-up as a person does it: the code shown once, the sheet printed, a group typed back. */
async function setUpEncryption(app: RunningApp): Promise<string> {
  const old = app;
  await openTab(old.page, 'Établissement');
  const sealing = old.page.getByRole('region', { name: 'Chiffrement de la copie de réserve' });
  await sealing.getByRole('button', { name: 'Chiffrer la copie de réserve…' }).click();
  const recoveryCode = (await sealing.getByLabel('Code de secours').innerText()).trim();
  expect(recoveryCode).toMatch(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/);
  await sealing.getByRole('button', { name: 'Imprimer la fiche de secours' }).click();
  await expect.poll(() => old.opened.at(-1) ?? '').toMatch(/fiche-de-secours\.pdf$/);
  const sheet = execFileSync('pdftotext', ['-layout', old.opened.at(-1)!, '-'], { encoding: 'utf8' });
  expect(sheet).toContain(recoveryCode);
  const asked = Number(/groupe n° (\d)/.exec(await sealing.innerText())?.[1]);
  await sealing.getByLabel(/Recopiez le groupe/).fill(recoveryCode.split('-')[asked === 1 ? 1 : 0]!);
  await sealing.getByRole('button', { name: 'Confirmer : la fiche est imprimée' }).click();
  await expect.poll(() => sealing.getByRole('alert').textContent()).toContain('Ce groupe ne correspond pas à la fiche de secours');
  await sealing.getByLabel(/Recopiez le groupe/).fill(recoveryCode.split('-')[asked - 1]!);
  await sealing.getByRole('button', { name: 'Confirmer : la fiche est imprimée' }).click();
  await expect.poll(() => sealing.getByRole('status').textContent()).toContain('Chiffrement en place');
  await old.screenshot('sealed-00-set-up');
  // The sheet does not stay on the PC once the code is typed back.
  await expect(readFile(old.opened.at(-1)!)).rejects.toThrow();
  return recoveryCode;
}

describe('the encrypted reserve', () => {
  it('holds no name, address or identity number, and is restored with the recovery code', { timeout: 180_000 }, async () => {
    const usb = join(workDir, 'usb-key');
    await mkdir(usb);
    const sent = join(workDir, 'old-pc', 'envois');
    await mkdir(sent, { recursive: true });
    const old = await machine('old-pc', usb, sent);
    await openRegister(old.page);
    const recoveryCode = await setUpEncryption(old);
    await old.page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await addSkenan(old.page);
    await receiveBoxes(old.page, 2);
    await dispense(old.page, 10, '2026-0800');
    // A dispensation to a bearer who shows an identity card.
    await openTab(old.page, 'Sorties');
    await old.page.getByLabel('Nom du porteur').fill('Paul Durand');
    await old.page.getByLabel('Adresse du porteur').fill('7 rue Mercière, 69002 Lyon');
    await old.page.getByLabel('Pièce d’identité du porteur').fill('CNI 987654321098');
    await dispense(old.page, 4, '2026-0801');
    await expect.poll(() => reserveBanner(old.page).textContent()).toContain('à jour, 5/5');
    // The hand-over package, saved outside the data folder: sealed too (docs/package-format.md § 9).
    await openTab(old.page, 'Établissement');
    const handover = old.page.getByRole('region', { name: 'Dossier de reprise (cession)' });
    await handover.getByRole('button', { name: 'Préparer le dossier de reprise…' }).click();
    await expect.poll(() => handover.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('Dossier de reprise écrit');
    // A new sheet while the register is open: the first code no longer opens the reserve.
    const firstCode = recoveryCode;
    const secondCode = await newSheet(old);
    await old.close();

    for (const secret of SECRETS) expect({ secret, found: grep(usb, secret) }).toEqual({ secret, found: '' });
    for (const secret of SECRETS) expect({ secret, found: grep(sent, secret) }).toEqual({ secret, found: '' });

    const fresh = await machine('new-pc', usb);
    const { page } = fresh;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    const code = page.getByLabel('Code de secours (fiche de secours)');
    await expect.poll(() => code.isVisible()).toBe(true);
    // The sheet replaced by the new one is a wrong code now: refused, nothing opened.
    await code.fill(firstCode);
    await page.getByRole('button', { name: 'Ouvrir la copie chiffrée' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code de secours refusé');
    await fresh.screenshot('sealed-01-wrong-code');
    await code.fill(secondCode.toLowerCase());
    await page.getByRole('button', { name: 'Ouvrir la copie chiffrée' }).click();
    await expect.poll(() => page.locator('.journals').textContent()).toContain('Pharmacie du Marché — 5 mouvements');
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Marché\u202f»' }).click();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 5/5');
    // The names were on the medium all along, sealed: the restored register shows them.
    await openTab(page, 'Registre');
    await expect.poll(() => page.locator('table.register-table').innerText()).toContain('Jean Martin');
    await expect.poll(() => page.locator('table.register-table').innerText()).toContain('CNI 987654321098');
    await dispense(page, 1, '2026-0802');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 6/6');
    await fresh.screenshot('sealed-02-carried-on');
    await fresh.close();
    for (const secret of SECRETS) expect({ secret, found: grep(usb, secret) }).toEqual({ secret, found: '' });
  });

  it('migrates a clear reserve on consent, after which nothing on the medium is in clear', { timeout: 180_000 }, async () => {
    const usb = join(workDir, 'usb-clear');
    await mkdir(usb);
    const app = await machine('clear-pc', usb);
    await openRegister(app.page);
    await app.page.getByRole('button', { name: 'Choisir le dossier de réserve…' }).click();
    await addSkenan(app.page);
    await receiveBoxes(app.page, 2);
    await dispense(app.page, 10, '2026-0900');
    await expect.poll(() => reserveBanner(app.page).textContent()).toContain('à jour, 4/4');
    expect(grep(usb, 'Jean Martin')).not.toBe(''); // the reserve of an earlier version: in clear

    await setUpEncryption(app);
    const sealing = app.page.getByRole('region', { name: 'Chiffrement de la copie de réserve' });
    await expect.poll(() => sealing.innerText()).toContain('Une copie en clair de ce registre est encore sur le support de réserve');
    await app.screenshot('sealed-03-migration-consent');
    await sealing.getByRole('button', { name: 'Chiffrer la copie existante, puis supprimer la copie en clair du support' }).click();
    await expect.poll(() => sealing.getByRole('status').last().textContent()).toContain('Copie de réserve chiffrée et vérifiée (4 mouvements)');
    for (const secret of SECRETS.slice(0, 6)) expect({ secret, found: grep(usb, secret) }).toEqual({ secret, found: '' });
    // The register goes on, encrypted.
    await dispense(app.page, 2, '2026-0901');
    await expect.poll(() => reserveBanner(app.page).textContent()).toContain('à jour, 5/5');
    expect(grep(usb, 'Jean Martin')).toBe('');
    await app.close();
  });
});
