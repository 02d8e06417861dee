// The host's channels through the app's own dispatcher, on a real bundled server: the
// set-up makes this PC host the register and joins it as a counter; the status says where
// it listens; the sheet for adding a counter is written where chosen, opened, and says
// the password the counters' role really logs in with.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/ipc/dispatch';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createHostService } from '../../../../electron/network/host/host-service';
import { lanAddresses } from '../../../../electron/network/host/lan-addresses';
import { createRegistreApi } from '../../../../shared/ipc/client';
import { newHostFolder, removeHostFolder } from '../../../support/host-folder';
import { stubSecretBox } from '../../../support/stub-secret-box';

const dataFolder = await newHostFolder();
const host = createHostService({ dataFolder, secretBox: stubSecretBox(), firstPort: 55_500 });
const opened: string[] = [];
let chosen: string | null = join(dataFolder, 'fiche.pdf');
const found = [{ hostName: 'ARRIERE-BOUTIQUE', establishment: '', address: '192.168.1.10', port: 5432, database: 'registre' }];
const dispatch = createDispatcher({
  handlers: createHandlers({
    version: 't',
    shell: 'harness',
    dataFolder,
    chooseFolder: async () => null,
    host,
    secretBox: stubSecretBox(),
    discoverHosts: async () => found,
    chooseCounterSheetPath: async () => chosen,
    openPath: async (path) => {
      opened.push(path);
      return '';
    },
  }),
  isTrustedSender: () => true,
});
const api = createRegistreApi((channel, request) => dispatch('app://registre/', channel, request));

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
    expect(status.ok && status.value.port).toBeGreaterThanOrEqual(55_500);
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
    const counter = new pg.Client({ host: address, port, database: 'registre', user: 'registre_poste', password });
    await counter.connect();
    const { rows } = await counter.query<{ seq: number }>('SELECT seq FROM register_head');
    await counter.end();
    expect(rows).toEqual([{ seq: 0 }]);
    // Never written over an existing file.
    expect(await api['host:printSheet'](null)).toMatchObject({ ok: false, error: { code: 'package.exists' } });
    chosen = null;
    expect(await api['host:printSheet'](null)).toMatchObject({ ok: false, error: { code: 'host.sheetCancelled' } });
  }, 60_000);

  it('lists the hosts heard on the network', async () => {
    expect(await api['discovery:browse'](null)).toEqual({ ok: true, value: { hosts: found } });
  });
});
