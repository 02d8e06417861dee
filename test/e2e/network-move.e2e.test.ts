// Moving a register between the modes from the app (docs/reseau.md § 8 bis): a register
// kept on one PC, with its reserve copy, is sent to an empty server from the
// establishment screen — a wrong password said first, in French — and this PC goes on as
// a counter of it; then it takes the register back, written to a chosen folder and
// verified, and keeps it alone again, the operation recorded meanwhile included; another
// counter's window is told by the server at once, and can no longer record there.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventsAfter } from '../../electron/network/server-state';
import { checkServer } from '../../electron/network/server-check';
import { useRegisterCluster } from '../support/register-server';
import { joinServer, sharedRegisterBanner, useNetworkApps } from './network-apps';
import { addSkenan, dispense, fillDispensation, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

const server = useRegisterCluster();
const apps = useNetworkApps('registre-e2e-passage-', { timeout: 15_000 });
const networkBanner = sharedRegisterBanner;

function moveUpCard(page: Page) {
  return page.getByRole('form', { name: 'Passer ce registre en réseau' });
}

async function typeServer(page: Page, settings: { host: string; port: number; database: string; user: string; password: string }) {
  const card = moveUpCard(page);
  await card.getByRole('textbox', { name: 'Adresse du serveur' }).fill(settings.host);
  await card.getByRole('textbox', { name: 'Port' }).fill(String(settings.port));
  await card.getByRole('textbox', { name: 'Base' }).fill(settings.database);
  await card.getByRole('textbox', { name: 'Utilisateur' }).fill(settings.user);
  await card.getByLabel('Mot de passe').fill(settings.password);
}

describe('moving a register between one PC and a server, from the establishment screen', () => {
  it('sends it to an empty server, goes on as a counter, then takes it back', async () => {
    const register = await server.freshRegister();
    const reserveFolder = apps.folder('cle-usb');
    const backFolder = apps.folder('retour');
    await mkdir(reserveFolder, { recursive: true });
    await mkdir(backFolder, { recursive: true });
    const app = await apps.counter(register, 'poste', { reserveFolder, moveBackFolder: backFolder, discoverHosts: async () => [] });
    const { page } = app;

    // A register kept on this PC, duplicated on its reserve copy.
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 2, 'ORD-UN-POSTE');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    await openTab(page, 'Établissement');
    const card = moveUpCard(page);
    const send = card.getByRole('button', { name: 'Vérifier et envoyer le registre (n° 1 à 4) au serveur' });
    // Nothing is sent before the person has read what happens after.
    expect(await send.isDisabled()).toBe(true);
    await typeServer(page, { ...register.server, password: 'pas le bon' });
    await card.getByRole('checkbox', { name: /J’ai compris/u }).check();
    await send.click();
    await expect.poll(() => card.getByRole('alert').textContent()).toContain('mot de passe du registre refusé');
    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'network-move-01-wrong-password.png') });

    await card.getByLabel('Mot de passe').fill(register.server.password);
    await send.click();
    // This PC is now a counter of the server, which holds the register as it was sealed.
    await expect.poll(() => networkBanner(page).textContent()).toContain('dernier n° d’ordre\u202f: 4');
    expect((await eventsAfter(register.counter, 0, 100)).map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    await dispense(page, 1, 'ORD-RESEAU');
    await expect.poll(() => networkBanner(page).textContent()).toContain('dernier n° d’ordre\u202f: 5');
    expect((await eventsAfter(register.counter, 0, 100)).at(-1)).toMatchObject({ seq: 5, ordonnancierNumber: 'ORD-RESEAU' });

    // Another counter joins the shared register, and follows it.
    const other = await apps.counter(register, 'autre-poste', { discoverHosts: async () => [] });
    await joinServer(other.page, register.server);
    await expect.poll(() => networkBanner(other.page).textContent()).toContain('dernier n° d’ordre\u202f: 5');

    // Back to one PC: the server's journal written and verified, taken into this PC's own register.
    await openTab(page, 'Établissement');
    const back = page.getByRole('region', { name: 'Reprendre le registre sur ce poste' });
    await back.getByRole('checkbox', { name: /J’ai compris/u }).check();
    await back.scrollIntoViewIfNeeded();
    await app.screenshot('network-move-02-take-back', { fullPage: false });
    await back.getByRole('button', { name: 'Choisir le dossier et reprendre le registre sur ce poste' }).click();
    await expect.poll(() => networkBanner(page).count()).toBe(0);
    expect(await readdir(backFolder)).toEqual([`${await firstRegisterId(register)}.journal.jsonl`]);
    // The other counter is told by the server at once, in its banner, and can no longer record there.
    const takenBack = new RegExp(`Registre repris sur le poste «\\s?${escapeRegExp(hostname())}\\s?» le .+, au n° d’ordre\\s?5`, 'u');
    await expect.poll(() => networkBanner(other.page).textContent()).toMatch(takenBack);
    expect(await networkBanner(other.page).textContent()).toContain('Ce poste doit cesser d’inscrire, ou rejoindre un autre registre');
    // What to do replaces how the exchanges are protected: nothing is written there any more.
    expect(await networkBanner(other.page).textContent()).not.toContain('Échanges chiffrés');
    await other.page.evaluate(() => window.scrollTo(0, 0));
    await networkBanner(other.page).screenshot({
      path: join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'network-move-03-other-counter-told.png'),
    });
    await fillDispensation(other.page, 4, 'ORD-APRES-REPRISE');
    await other.page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(async () => (await other.page.getByRole('alert').allTextContents()).join(' ')).toMatch(/a été repris sur le poste/u);
    expect(await eventsAfter(register.counter, 0, 100)).toHaveLength(5);
    // What it received stays readable.
    await openTab(other.page, 'Registre');
    await expect.poll(() => other.page.locator('.content').textContent()).toContain('ORD-RESEAU');
    await openTab(page, 'Registre');
    await expect.poll(() => page.locator('.content').textContent()).toContain('ORD-RESEAU');
    await expect.poll(() => page.locator('.content').textContent()).toContain('ORD-UN-POSTE');
    // Kept alone again: the next dispensation is numbered here, after n° 5 (a clock set-back
    // may come first if this PC's clock is a hair behind the server's last instant).
    await dispense(page, 3, 'ORD-DE-RETOUR');
    await expect.poll(async () => /à jour, (\d+)\/\1 /u.exec((await reserveBanner(page).textContent()) ?? '')?.[1]).toMatch(/^[67]$/u);
    const journal = (await readFile(join(reserveFolder, `${await firstRegisterId(register)}.journal.jsonl`), 'utf8')).trim().split('\n');
    const after = journal.slice(5).map((line) => JSON.parse(line) as { type: string; ordonnancierNumber?: string });
    expect(after.map((event) => event.type).join(' ')).toMatch(/^(clock\.setBack )?dispensation$/u);
    expect(after.at(-1)?.ordonnancierNumber).toBe('ORD-DE-RETOUR');
    expect(await eventsAfter(register.counter, 0, 100)).toHaveLength(5);
    await openTab(page, 'Établissement');
    await expect.poll(() => moveUpCard(page).count()).toBe(1);
  }, 240_000);
});

describe('installing the register on an existing server, from the set-up', () => {
  it('tries the owner’s account, installs the schema and shows the counters’ password once', async () => {
    const register = await server.freshRegister(0);
    const admin = new pg.Client(server.cluster().superuser());
    await admin.connect();
    await admin.query(`ALTER ROLE ${server.cluster().owner.user} CREATEROLE`);
    await admin.end();
    const app = await apps.launch({ profileDir: apps.folder('profil-nas'), dataFolder: apps.folder('donnees-nas'), discoverHosts: async () => [] });
    const { page } = app;
    await page.getByRole('radio', { name: 'Installer le registre sur un serveur existant (NAS, prestataire)' }).check();
    const card = page.getByRole('group', { name: 'Installer le registre sur un serveur existant' });
    await card.getByRole('textbox', { name: 'Adresse du serveur' }).fill(register.server.host);
    await card.getByRole('textbox', { name: 'Port' }).fill(String(register.server.port));
    await card.getByRole('textbox', { name: 'Base', exact: true }).fill(register.name);
    await card.getByRole('textbox', { name: 'Compte propriétaire de la base' }).fill(server.cluster().owner.user);
    await card.getByLabel('Mot de passe du compte propriétaire').fill('pas le bon');
    await card.getByRole('textbox', { name: 'Rôle des postes' }).fill('registre_poste_nas');
    await card.getByRole('button', { name: 'Essayer la connexion et installer le registre' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toContain('mot de passe du registre refusé');
    await card.getByLabel('Mot de passe du compte propriétaire').fill(server.cluster().owner.password);
    await card.getByRole('button', { name: 'Essayer la connexion et installer le registre' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Registre installé sur ce serveur');
    const said = (await card.getByRole('status').textContent()) ?? '';
    const password = /mot de passe ([0-9A-Z-]{29})/u.exec(said)?.[1] ?? '';
    // The password shown opens the register to a counter.
    expect(await checkServer({ ...register.server, user: 'registre_poste_nas', password })).toEqual({ ok: true, value: { headSeq: 0 } });
    await card.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'network-install-schema.png') });
  }, 120_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

async function firstRegisterId(register: { counter: import('pg').Pool }): Promise<string> {
  const [opened] = await eventsAfter(register.counter, 0, 1);
  return opened && 'registerId' in opened ? String(opened.registerId) : '';
}
