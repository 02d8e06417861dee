// A counter joined without the fingerprint (docs/reseau.md § 3 bis) pins its server's
// certificate from the « Établissement » tab, without leaving the register: a wrong
// fingerprint is refused in French and nothing changes; the right one is kept, the banner
// says « Certificat vérifié », the card goes away, and the app started again connects pinned.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeServerCertificate } from '../../electron/network/host/server-certificate';
import { NETWORK_SETTINGS_FILE } from '../../electron/network/network-settings';
import { printedFingerprint } from '../../shared/network/certificate-fingerprint';
import { useRegisterCluster, type TestRegister } from '../support/register-server';
import { sharedRegisterBanner, useNetworkApps } from './network-apps';
import { openRegister, openTab } from './steps';

const hostCertificate = makeServerCertificate('ARRIERE-BOUTIQUE');
const server = useRegisterCluster(hostCertificate);
/** The card and the banner alone, as docs/reseau.md shows them. */
const SCREENS = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
const apps = useNetworkApps('registre-e2e-empreinte-', { timeout: 10_000 });
const counter = (register: TestRegister) => apps.counter(register, 'comptoir');
const banner = sharedRegisterBanner;
const card = (page: Page) => page.locator('.network-verify');

describe('pinning the certificate from the counter’s screen', () => {
  it('refuses a wrong fingerprint, keeps the right one, and the banner says the certificate is verified', async () => {
    const register = await server.freshRegister();
    const app = await counter(register);
    const { page } = app;

    // Joined as before: address and password, no fingerprint (« préféré »).
    await page.getByRole('radio', { name: 'Plusieurs postes, registre sur un serveur PostgreSQL' }).check();
    await page.getByRole('textbox', { name: 'Adresse du serveur' }).fill(register.server.host);
    await page.getByRole('textbox', { name: 'Port' }).fill(String(register.server.port));
    await page.getByRole('textbox', { name: 'Base' }).fill(register.server.database);
    await page.getByRole('textbox', { name: 'Utilisateur' }).fill(register.server.user);
    await page.getByLabel('Mot de passe').fill(register.server.password);
    await page.getByRole('button', { name: 'Essayer la connexion et relier ce poste' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Ce poste est relié au registre partagé');
    // Offered on the first screen too, before the register is opened.
    await expect.poll(() => card(page).count()).toBe(1);
    await card(page).getByLabel('Empreinte du certificat du serveur').fill(printedFingerprint(hostCertificate.fingerprint));
    await app.screenshot('network-verify-setup-joined', { fullPage: false });
    await card(page).getByLabel('Empreinte du certificat du serveur').fill('');
    await openRegister(page);
    await expect.poll(() => banner(page).textContent()).toContain('joignable');
    expect(await banner(page).textContent()).toContain('sans vérifier son certificat');

    await openTab(page, 'Établissement');
    await expect.poll(() => card(page).count()).toBe(1);
    const settingsFile = apps.folder(join('comptoir-data', NETWORK_SETTINGS_FILE));
    const before = await readFile(settingsFile, 'utf8');
    await card(page).screenshot({ path: join(SCREENS, 'network-verify-00-card.png') });

    // Another certificate's fingerprint: refused in French, nothing kept.
    await card(page)
      .getByLabel('Empreinte du certificat du serveur')
      .fill(printedFingerprint(makeServerCertificate('autre').fingerprint));
    await card(page).getByRole('button', { name: 'Vérifier le certificat et garder l’empreinte' }).click();
    await expect.poll(() => card(page).getByRole('alert').textContent()).toContain('ne présente pas le certificat de cette empreinte');
    expect(await card(page).getByRole('alert').textContent()).toContain('Rien n’a changé');
    expect(await readFile(settingsFile, 'utf8')).toBe(before);
    await card(page).screenshot({ path: join(SCREENS, 'network-verify-01-refused.png') });

    // The fingerprint of the sheet, typed as printed.
    await card(page).getByLabel('Empreinte du certificat du serveur').fill(printedFingerprint(hostCertificate.fingerprint));
    await card(page).getByRole('button', { name: 'Vérifier le certificat et garder l’empreinte' }).click();
    await expect.poll(() => card(page).getByRole('status').textContent()).toContain('Certificat vérifié');
    await expect.poll(() => banner(page).textContent()).toContain('Certificat vérifié.');
    await expect.poll(() => banner(page).textContent()).toContain('joignable');
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toMatchObject({ server: { tls: { mode: 'pinned', fingerprint: hostCertificate.fingerprint } } });
    await card(page).screenshot({ path: join(SCREENS, 'network-verify-02-card-verified.png') });
    await banner(page).screenshot({ path: join(SCREENS, 'network-verify-03-banner-verified.png') });

    // Nothing leads back: once pinned, the card is not offered again (the page shown anew).
    await openTab(page, 'Stock');
    await openTab(page, 'Établissement');
    await expect.poll(() => page.locator('.content').textContent()).toContain('Reprendre le registre sur ce poste');
    expect(await card(page).count()).toBe(0);
  });
});
