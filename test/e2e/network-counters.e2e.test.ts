// Two counters on one shared register (docs/reseau.md): two windows, each with its own
// profile and main process, joined at set-up to one real PostgreSQL server. Each records
// a dispensation; both see both, and the server numbers them 1..n without a gap.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsAfter } from '../../electron/network/server-state';
import { verifyChain } from '../../shared/register/chain';
import { useRegisterCluster, type TestRegister } from '../support/register-server';
import { joinServer, sharedRegisterBanner, useNetworkApps } from './network-apps';
import { addSkenan, chooseProduct, dispense, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

const server = useRegisterCluster();
/** What the window waits on goes through the server: longer than expect.poll's default second on a busy machine. */
const SERVER_WAIT = { timeout: 10_000 };
const SCREENS = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
// The shared steps' waits too: each save goes to the server and back before the form empties.
const apps = useNetworkApps('registre-e2e-reseau-', SERVER_WAIT);
const counter = (name: string, register: TestRegister) => apps.counter(register, name);
const networkBanner = sharedRegisterBanner;

describe('two counters on one shared register', () => {
  it('each records a dispensation, both see both, numbered 1..n without a gap', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [await counter('comptoir', register), await counter('arriere-boutique', register)];

    // Set-up: one PC is the default; a wrong password is said in French and nothing is joined.
    await expect.poll(() => desk.page.getByRole('radio', { name: 'Un seul poste' }).isChecked(), SERVER_WAIT).toBe(true);
    await joinServer(desk.page, { ...register.server, password: 'pas le bon' });
    await expect.poll(() => desk.page.getByRole('alert').textContent(), SERVER_WAIT).toContain('mot de passe du registre refusé');
    await desk.screenshot('network-01-setup-choice');
    await joinServer(desk.page, register.server);
    await expect.poll(() => desk.page.getByRole('status').textContent(), SERVER_WAIT).toContain('Ce poste est relié au registre partagé');

    // The first counter opens the shared register; the server numbers it.
    await openRegister(desk.page);
    await expect.poll(() => networkBanner(desk.page).textContent(), SERVER_WAIT).toContain('joignable');
    await addSkenan(desk.page);
    await receiveBoxes(desk.page, 2);
    await desk.screenshot('network-02-banner', { fullPage: false });

    // The second counter joins and finds the register as it is on the server.
    await joinServer(backOffice.page, register.server);
    await expect.poll(() => backOffice.page.locator('.topbar').textContent(), { timeout: 15_000 }).toContain('Pharmacie du Marché');

    await dispense(desk.page, 2, 'ORD-COMPTOIR');
    await dispense(backOffice.page, 3, 'ORD-ARRIERE');

    const onServer = await eventsAfter(register.counter, 0, 1000);
    expect(onServer.map((event) => event.seq)).toEqual(onServer.map((_, index) => index + 1));
    expect(verifyChain(onServer)).toBeNull();
    expect(onServer.slice(-2).map((event) => event.type)).toEqual(['dispensation', 'dispensation']);
    const head = onServer.length;

    // Both windows follow the server: same head, same stock (28 − 2 − 3).
    for (const app of [desk, backOffice]) {
      await expect.poll(() => networkBanner(app.page).textContent(), { timeout: 5_000 }).toContain(`dernier n° d’ordre\u202f: ${head}`);
      // Opened without a reserve: every counter's banner says that no PC writes the second medium yet.
      expect(await networkBanner(app.page).textContent()).toContain('aucun poste ne l’écrit encore depuis le serveur');
      await openTab(app.page, 'Stock');
      await expect.poll(() => app.page.locator('.content').textContent(), SERVER_WAIT).toContain('23');
      await openTab(app.page, 'Registre');
      await expect.poll(() => app.page.locator('.content').textContent(), SERVER_WAIT).toContain('ORD-COMPTOIR');
      await expect.poll(() => app.page.locator('.content').textContent(), SERVER_WAIT).toContain('ORD-ARRIERE');
    }
    await backOffice.screenshot('network-03-register-second-counter', { fullPage: false });

    // The server away: the counter says so at once, and a dispensation validated then is
    // held « en attente », unnumbered, then sent when the server answers again.
    await server.cluster().pause();
    try {
      await expect.poll(() => networkBanner(desk.page).textContent(), { timeout: 15_000 }).toContain('injoignable');
      await openTab(desk.page, 'Sorties');
      await desk.page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
      await chooseProduct(desk.page, SKENAN);
      await desk.page.getByLabel('Quantité (gélule)').fill('1');
      await desk.page.getByRole('radio', { name: 'Patient', exact: true }).check();
      await desk.page.getByLabel('Nom du patient').fill('Jean Martin');
      await desk.page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
      await desk.page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
      await desk.page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
      await desk.page.getByLabel('N° d’ordonnancier').fill('ORD-EN-ATTENTE');
      await desk.page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
      await expect.poll(() => desk.page.getByRole('alert').first().textContent(), SERVER_WAIT).toContain('gardée');
      await expect.poll(() => networkBanner(desk.page).textContent(), SERVER_WAIT).toContain('Opération en attente');
      await desk.page.evaluate(() => window.scrollTo(0, 0));
      await desk.screenshot('network-04-server-away', { fullPage: false });
      await desk.page
        .getByRole('alert')
        .first()
        .screenshot({ path: join(SCREENS, 'network-05-held-alert.png') });
    } finally {
      await server.cluster().resume();
    }
    await expect.poll(() => networkBanner(desk.page).textContent(), { timeout: 20_000 }).toContain(`dernier n° d’ordre\u202f: ${head + 1}`);
    // The held operation leaves the banner once its list is read again, just after the head.
    await expect.poll(() => networkBanner(desk.page).textContent(), SERVER_WAIT).not.toContain('Opération en attente');
    await expect.poll(() => networkBanner(backOffice.page).textContent(), { timeout: 5_000 }).toContain(`dernier n° d’ordre\u202f: ${head + 1}`);
    const after = await eventsAfter(register.counter, 0, 1000);
    expect(after.map((event) => event.seq)).toEqual(after.map((_, index) => index + 1));
    expect(after.at(-1)).toMatchObject({ type: 'dispensation', ordonnancierNumber: 'ORD-EN-ATTENTE' });
  }, 180_000);
});
