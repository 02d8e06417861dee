// The host's channels through the app's own dispatcher, on a real bundled server: the
// set-up makes this PC host the register and joins it as a counter; the status says where
// it listens; the sheet for adding a counter is written where chosen, opened, and says
// the password the counters' role really logs in with, and the fingerprint of the
// certificate the server really presents: counters connect over TLS pinned to it, a
// connection in clear from the network is refused, another fingerprint is refused in French.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createHostService } from '../../../../electron/network/host/host-service';
import { lanAddresses } from '../../../../electron/network/host/lan-addresses';
import { makeServerCertificate } from '../../../../electron/network/host/server-certificate';
import { networkError } from '../../../../electron/network/network-errors';
import { chooseTransport, withTransport } from '../../../../electron/network/server-tls';
import { clientSettings } from '../../../../electron/network/register-pool';
import { describeError } from '../../../../shared/errors';
import { readFingerprint } from '../../../../shared/network/certificate-fingerprint';
import { newHostFolder, removeHostFolder } from '../../../support/host-folder';
import { stubSecretBox } from '../../../support/stub-secret-box';
import { mainProcessApi } from '../../../fixtures/main-process';

const dataFolder = await newHostFolder();
const host = createHostService({ dataFolder, secretBox: stubSecretBox(), firstPort: 31_500 });
const opened: string[] = [];
let chosen: string | null = join(dataFolder, 'fiche.pdf');
const found = [{ hostName: 'ARRIERE-BOUTIQUE', establishment: '', address: '192.168.1.10', port: 5432, database: 'registre' }];
const api = mainProcessApi({
  dataFolder,
  host,
  discoverHosts: async () => found,
  chooseCounterSheetPath: async () => chosen,
  openPath: async (path) => {
    opened.push(path);
    return '';
  },
});

afterAll(async () => {
  await host.stop();
  await removeHostFolder(dataFolder);
}, 60_000);

describe('the host’s channels', () => {
  it('says this PC hosts nothing before the set-up, and refuses the sheet there', async () => {
    expect(await api['host:status'](null)).toMatchObject({ ok: true, value: { hosting: false, port: null, addresses: [] } });
    expect(await api['host:printSheet'](null)).toMatchObject({ ok: false, error: { code: 'host.notHosting' } });
  });

  it('sets up the server, joins this PC to it, and says where it listens', async () => {
    const setUp = await api['host:setUp'](null);
    expect(setUp).toMatchObject({ ok: true, value: { server: { host: '127.0.0.1', database: 'registre', user: 'registre_poste' }, headSeq: 0 } });
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { host: '127.0.0.1', user: 'registre_poste' } } });
    const status = await api['host:status'](null);
    expect(status).toMatchObject({ ok: true, value: { hosting: true, addresses: lanAddresses() } });
    expect(status.ok && status.value.port).toBeGreaterThanOrEqual(31_500);
  }, 120_000);

  it('writes the sheet for adding a counter, whose password opens the register from the network', async () => {
    const printed = await api['host:printSheet'](null);
    expect(printed).toEqual({ ok: true, value: { sheetPath: join(dataFolder, 'fiche.pdf') } });
    expect(opened).toEqual([join(dataFolder, 'fiche.pdf')]);
    const words = execFileSync('pdftotext', ['-layout', join(dataFolder, 'fiche.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const password = /[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}/.exec(words)?.[0] ?? '';
    const port = Number(/Port (\d+)/.exec(words)?.[1]);
    expect(words).toContain('Registre partagé (pas encore ouvert)');
    // What a counter types from the sheet, at the address printed on it.
    const [address = ''] = lanAddresses();
    expect(words).toContain(address);
    const counter = new pg.Client({ host: address, port, database: 'registre', user: 'registre_poste', password, ssl: { rejectUnauthorized: false } });
    await counter.connect();
    const { rows } = await counter.query<{ seq: number }>('SELECT seq FROM register_head');
    await counter.end();
    expect(rows).toEqual([{ seq: 0 }]);

    // The fingerprint printed on the sheet is the certificate's the server presents: a counter pinned to it talks TLS.
    const fingerprint = readFingerprint(/(?:[0-9A-F]{4} ){15}[0-9A-F]{4}/.exec(words)?.[0] ?? '');
    expect(fingerprint).not.toBeNull();
    const login = { host: address, port, database: 'registre', user: 'registre_poste', password };
    const pinned = { ...login, tls: await chooseTransport(login, { fingerprint: fingerprint ?? '' }) };
    expect(pinned.tls).toMatchObject({ mode: 'pinned', fingerprint });
    const secure = new pg.Client(clientSettings(await withTransport(pinned)));
    await secure.connect();
    const ssl = await secure.query<{ ssl: boolean; version: string }>('SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    await secure.end();
    expect(ssl.rows).toEqual([{ ssl: true, version: expect.stringMatching(/^TLSv1\.[23]$/) }]);

    // In clear from the network: refused before any password is asked (hostssl).
    const inClear = new pg.Client({ ...login, ssl: false });
    inClear.on('error', () => undefined);
    await expect(inClear.connect()).rejects.toMatchObject({ code: '28000', message: expect.stringContaining('no encryption') });

    // A counter set up with another fingerprint is refused, in French, and nothing is kept.
    const wrong = await api['network:configure']({ server: { ...login, fingerprint: 'AB'.repeat(32) } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: 'ECERTMISMATCH' } } });
    expect(wrong.ok ? '' : describeError(wrong.error)).toContain('le certificat du serveur ne correspond pas à l’empreinte de la fiche d’ajout d’un poste');
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { host: '127.0.0.1', fingerprint } } });
    // A counter pinned to another certificate (the server is not the one of its sheet) is cut off during the handshake.
    const impostor = makeServerCertificate('autre serveur');
    const elsewhere = new pg.Client(
      clientSettings(await withTransport({ ...login, tls: { mode: 'pinned', fingerprint: impostor.fingerprint, certificate: impostor.certificate } })),
    );
    elsewhere.on('error', () => undefined);
    const cutOff = await elsewhere.connect().then(
      () => null,
      (error: unknown) => networkError(error),
    );
    expect(cutOff).toMatchObject({ code: 'network.failed', params: { code: 'ECERTMISMATCH' } });
    expect(cutOff ? describeError(cutOff) : '').toContain('ce n’est peut-être pas le serveur du registre');

    // Never written over an existing file.
    expect(await api['host:printSheet'](null)).toMatchObject({ ok: false, error: { code: 'package.exists' } });
    chosen = null;
    expect(await api['host:printSheet'](null)).toMatchObject({ ok: false, error: { code: 'host.sheetCancelled' } });
  }, 60_000);

  it('lists the hosts heard on the network', async () => {
    expect(await api['discovery:browse'](null)).toEqual({ ok: true, value: { hosts: found } });
  });
});
