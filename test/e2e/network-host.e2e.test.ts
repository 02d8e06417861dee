// A practice without IT staff (docs/reseau.md): the back-office PC hosts the shared
// register itself (« Ce poste héberge le registre partagé »: a real bundled PostgreSQL in
// its data folder), prints the sheet for adding a counter, and opens the register; a
// counter hears it on the network (mDNS), takes its address with « Utiliser », types the
// password from the sheet and finds the register the host opened.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHostService, type HostService } from '../../electron/network/host/host-service';
import { announceHost } from '../../electron/network/discovery/announce-host';
import { lanAddresses } from '../../electron/network/host/lan-addresses';
import { newHostFolder, removeHostFolder } from '../support/host-folder';
import { stubSecretBox } from '../support/stub-secret-box';
import { sharedRegisterBanner, useNetworkApps } from './network-apps';
import { pdfWords, plain } from './reading';
import { openRegister } from './steps';

let hostFolder: string;
let host: HostService;
// The host stopped once the windows are closed: a counter never sees its server go first.
const apps = useNetworkApps('registre-e2e-hote-', { timeout: 20_000 }, async () => {
  await host.stop();
  await removeHostFolder(hostFolder);
});

beforeAll(async () => {
  hostFolder = await newHostFolder();
  host = createHostService({
    dataFolder: hostFolder,
    secretBox: stubSecretBox(),
    firstPort: 31_900,
    announce: (settings) => announceHost(settings, { recheckMs: 500 }),
  });
});

const networkBanner = sharedRegisterBanner;

describe('a practice whose back-office PC hosts the shared register', () => {
  it('sets up the host, prints the sheet, and a counter finds the host on the network and joins it', async () => {
    const sheets = apps.folder('fiches');
    await mkdir(sheets);
    const backOffice = await apps.launch({ profileDir: apps.folder('hote-profile'), dataFolder: hostFolder, saveFolder: sheets, host });
    const page = backOffice.page;

    await page.getByRole('radio', { name: 'Ce poste héberge le registre partagé' }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Installer et démarrer le serveur sur ce poste' }).isVisible()).toBe(true);
    await backOffice.screenshot('network-host-01-choice');
    await page.getByRole('button', { name: 'Installer et démarrer le serveur sur ce poste' }).click();
    await expect
      .poll(() => page.locator('.network-choice').textContent(), { timeout: 60_000 })
      .toContain('Ce poste est relié au registre partagé sur 127.0.0.1');
    const [address = ''] = lanAddresses();
    await expect
      .poll(async () => plain(await page.locator('.network-choice').textContent()))
      .toContain(`Ce poste héberge le registre partagé : les autres postes s’y relient à l’adresse ${address}`);

    await page.getByRole('button', { name: 'Imprimer la fiche d’ajout d’un poste…' }).click();
    await expect.poll(() => page.locator('.network-choice').textContent()).toContain('Fiche d’ajout d’un poste enregistrée');
    await backOffice.screenshot('network-host-02-hosting');
    const [sheetName = ''] = await readdir(sheets);
    const sheet = pdfWords(join(sheets, sheetName));
    const password = /[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}/.exec(sheet)?.[0] ?? '';
    const port = /Port (\d+)/.exec(sheet)?.[1] ?? '';
    expect(sheet).toContain(address);
    expect(password).not.toBe('');

    // The host opens the register, as the first counter of a shared register does.
    await openRegister(page);
    await expect.poll(() => networkBanner(page).textContent()).toContain('joignable');

    // A counter: the host is heard on the network; « Utiliser » fills its address.
    const counter = await apps.launch({ profileDir: apps.folder('comptoir-profile'), dataFolder: apps.folder('comptoir-data') });
    await counter.page.getByRole('radio', { name: 'Plusieurs postes, registre sur un serveur PostgreSQL' }).check();
    const found = counter.page.getByRole('region', { name: 'Postes hôtes trouvés sur le réseau' });
    // Announced again with its establishment once the host opened the register.
    await expect.poll(() => found.textContent()).toContain(`— Pharmacie du Marché (${address}:${port})`);
    await counter.screenshot('network-host-03-found');
    await found.getByRole('button', { name: 'Utiliser' }).first().click();
    expect(await counter.page.getByRole('textbox', { name: 'Adresse du serveur' }).inputValue()).toBe(address);
    expect(await counter.page.getByRole('textbox', { name: 'Port' }).inputValue()).toBe(port);
    await counter.page.getByLabel('Mot de passe').fill(password);
    // The certificate's fingerprint as printed on the sheet: the counter then talks to that server only, encrypted.
    const fingerprint = /(?:[0-9A-F]{4} ){15}[0-9A-F]{4}/.exec(sheet)?.[0] ?? '';
    expect(fingerprint).not.toBe('');
    await counter.page.getByRole('textbox', { name: 'Empreinte du certificat du serveur' }).fill(fingerprint);
    await counter.page.getByRole('button', { name: 'Essayer la connexion et relier ce poste' }).click();
    await expect.poll(() => counter.page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await expect.poll(() => networkBanner(counter.page).textContent()).toContain(`Registre partagé sur le serveur ${address}:${port}`);
    expect(await networkBanner(counter.page).textContent()).toContain('Échanges chiffrés, avec le serveur dont l’empreinte est sur la fiche.');
  }, 240_000);
});
