// A counter joined without the fingerprint (« préféré » or « exigé ») pins its server's
// certificate afterwards, through the app's own dispatcher, on a real PostgreSQL that
// offers TLS with a certificate made as the bundled host makes it: the fingerprint from the
// sheet is tried first and kept only when the server presents that certificate and still
// takes the password; the next connection is then pinned to it. A wrong fingerprint, a
// password the server no longer takes, or a server without TLS is refused in French, and
// the kept settings are left byte for byte as they were.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { makeServerCertificate } from '../../../electron/network/host/server-certificate';
import { NETWORK_SETTINGS_FILE, readNetworkSettings } from '../../../electron/network/network-settings';
import { describeError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { printedFingerprint } from '../../../shared/network/certificate-fingerprint';
import { openingDraft } from '../../fixtures/drafts';
import { mainProcessApi } from '../../fixtures/main-process';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';
import { stubSecretBox } from '../../support/stub-secret-box';

const hostCertificate = makeServerCertificate('ARRIERE-BOUTIQUE');
const withTls = useRegisterCluster(hostCertificate);
const withoutTls = useRegisterCluster();

/** A counter's main process on its data folder: a new one is the app started again. */
const counter = (folder: string): RegistreApi => mainProcessApi({ dataFolder: folder, secretBox: stubSecretBox() });
const settingsText = (folder: string) => readFile(join(folder, NETWORK_SETTINGS_FILE), 'utf8');
// The wording's typography (thin spaces before « : » and « ; ») read as plain spaces.
const said = (error: AppError) => describeError(error).replace(/[\u202f\u00a0]/g, ' ');

/** A counter joined as before this screen existed: nothing typed (« préféré »), or « Exiger le chiffrement ». */
async function joinedWithoutFingerprint(register: TestRegister, requireTls = false): Promise<{ folder: string; api: RegistreApi }> {
  const folder = await mkdtemp(join(tmpdir(), 'registre-poste-'));
  const api = counter(folder);
  const joined = await api['network:configure']({ server: { ...register.server, ...(requireTls ? { requireTls } : {}) } });
  expect(joined).toMatchObject({ ok: true });
  return { folder, api };
}

/** Whether this register's counters are connected over TLS, as the server itself sees them (its superuser sees every session). */
async function countersOverTls(register: TestRegister): Promise<boolean[]> {
  const admin = new pg.Client(withTls.cluster().superuser());
  await admin.connect();
  try {
    const { rows } = await admin.query<{ ssl: boolean }>(
      `SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
        WHERE a.datname = $1 AND a.usename = $2 AND a.application_name = 'registre-stupefiants'`,
      [register.name, register.server.user],
    );
    return rows.map((row) => row.ssl);
  } finally {
    await admin.end();
  }
}

describe('pinning the certificate of the server a counter already joined', () => {
  it('keeps the fingerprint typed from the sheet once the server presents it and takes the password; the next start connects pinned', async () => {
    const register = await withTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register);
    expect(await api['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true });

    // As printed on the sheet, in lower case: the same reading as when joining.
    const typed = printedFingerprint(hostCertificate.fingerprint).toLowerCase();
    const pinned = await api['network:verifyCertificate']({ fingerprint: typed });
    expect(pinned).toEqual({
      ok: true,
      value: {
        server: {
          host: register.server.host,
          port: register.server.port,
          database: register.name,
          user: register.server.user,
          fingerprint: hostCertificate.fingerprint,
        },
        headSeq: 1,
      },
    });
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { fingerprint: hostCertificate.fingerprint } } });
    expect(await readNetworkSettings(folder, stubSecretBox())).toMatchObject({
      server: { tls: { mode: 'pinned', fingerprint: hostCertificate.fingerprint, certificate: hostCertificate.certificate } },
    });
    expect(await settingsText(folder)).not.toContain(register.server.password);

    // The same main process goes on, pinned, and so does the app started again.
    expect(await api['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: true, value: { events: [{ seq: 1 }] } });
    const restarted = counter(folder);
    expect(await restarted['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: true, value: { events: [{ seq: 1 }] } });
    const overTls = await countersOverTls(register);
    expect(overTls.length).toBeGreaterThan(0);
    expect(overTls.every(Boolean)).toBe(true);

    // Another machine answering with another certificate: the pinned counter is cut off, in French.
    await withTls.cluster().useCertificate(makeServerCertificate('autre machine'));
    try {
      const cutOff = await counter(folder)['network:eventsAfter']({ after: 0, limit: 10 });
      expect(cutOff).toMatchObject({ ok: false, error: { code: 'network.failed', params: { code: 'ECERTMISMATCH' } } });
      expect(cutOff.ok ? '' : said(cutOff.error)).toContain('ce n’est peut-être pas le serveur du registre');
    } finally {
      await withTls.cluster().useCertificate(hostCertificate);
    }
  });

  it('pins a counter that required encryption without checking the certificate', async () => {
    const register = await withTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register, true);
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { requireTls: true } } });
    expect(await api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint })).toMatchObject({
      ok: true,
      value: { server: { fingerprint: hostCertificate.fingerprint }, headSeq: 0 },
    });
    const settings = await api['network:settings'](null);
    expect(settings.ok && settings.value.server?.requireTls).toBeFalsy();
    expect(await readNetworkSettings(folder, stubSecretBox())).toMatchObject({ server: { tls: { mode: 'pinned' } } });

    // Pinned, it takes no other fingerprint from here, even one the server would present.
    const pinnedFile = await settingsText(folder);
    try {
      const other = makeServerCertificate('serveur réinstallé');
      await withTls.cluster().useCertificate(other);
      const swapped = await api['network:verifyCertificate']({ fingerprint: other.fingerprint });
      expect(swapped).toMatchObject({ ok: false, error: { code: 'network.certificateAlreadyPinned' } });
      expect(swapped.ok ? '' : said(swapped.error)).toContain('Ce poste vérifie déjà le certificat du serveur, avec une autre empreinte');
      expect(await settingsText(folder)).toBe(pinnedFile);
    } finally {
      await withTls.cluster().useCertificate(hostCertificate);
    }
    // The same fingerprint again: tried and kept as it was.
    expect(await api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint })).toMatchObject({ ok: true });
  });

  it('refuses another fingerprint in French, and keeps the settings as they were', async () => {
    const register = await withTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register);
    const before = await settingsText(folder);

    const wrong = await api['network:verifyCertificate']({ fingerprint: printedFingerprint(makeServerCertificate('autre').fingerprint) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'network.certificateNotVerified', params: { code: 'ECERTMISMATCH' } } });
    expect(wrong.ok ? '' : said(wrong.error)).toBe(
      'Certificat du serveur non vérifié : le serveur qui répond ne présente pas le certificat de cette empreinte : ' +
        'vérifiez l’empreinte recopiée, groupe par groupe ; si elle est juste, ce n’est peut-être pas le serveur du registre qui répond : ' +
        'prévenez la personne qui l’a installé (ECERTMISMATCH). Rien n’a changé : ce poste reste relié comme avant, sans vérifier le certificat.',
    );
    // Not 64 hexadecimal characters: said on the field, nothing asked of the server.
    const short = await api['network:verifyCertificate']({ fingerprint: '3F2A 9C01' });
    expect(short).toMatchObject({ ok: false, error: { code: 'network.certificateNotVerified', field: 'fingerprint' } });
    expect(short.ok ? '' : said(short.error)).toContain('l’empreinte doit avoir 64 caractères');

    expect(await settingsText(folder)).toBe(before);
    const settings = await api['network:settings'](null);
    expect(settings.ok && settings.value.server?.fingerprint).toBeUndefined();
    // Still joined the old way.
    expect(await counter(folder)['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true });
  });

  it('keeps nothing when the server no longer takes the password, even with the right fingerprint', async () => {
    const register = await withTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register);
    const before = await settingsText(folder);
    const cluster = withTls.cluster();
    const admin = new pg.Client(cluster.superuser());
    await admin.connect();
    try {
      await admin.query(`ALTER ROLE ${cluster.counter.user} PASSWORD 'un-autre-mot-de-passe'`);
      const refused = await api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint });
      expect(refused).toMatchObject({ ok: false, error: { code: 'network.certificateNotVerified', params: { code: '28P01' } } });
      expect(refused.ok ? '' : said(refused.error)).toContain('mot de passe du registre refusé');
    } finally {
      await admin.query(`ALTER ROLE ${cluster.counter.user} PASSWORD '${cluster.counter.password}'`);
      await admin.end();
    }
    expect(await settingsText(folder)).toBe(before);
  });

  it('refuses a server that offers no TLS with a clear reason, and keeps the settings', async () => {
    const register = await withoutTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register);
    const before = await settingsText(folder);
    const refused = await api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint });
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.certificateNotVerified', params: { code: 'ENOTLS' } } });
    expect(refused.ok ? '' : said(refused.error)).toContain('ce serveur ne propose pas de connexion chiffrée (TLS) : il n’a aucun certificat à vérifier');
    expect(await settingsText(folder)).toBe(before);
    expect(await api['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true });
  });

  it('does not join again a counter that left while its certificate was being checked', async () => {
    const register = await withTls.freshRegister();
    const { folder, api } = await joinedWithoutFingerprint(register);
    // « Revenir à un seul poste » clicked while the server is being tried: the pin, asked first, is kept, then the leave.
    const [pinned, left] = await Promise.all([
      api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint }),
      api['network:configure']({ server: null }),
    ]);
    expect(pinned).toMatchObject({ ok: true });
    expect(left).toEqual({ ok: true, value: { server: null, headSeq: 0 } });
    expect(await api['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
    expect(await counter(folder)['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
  });

  it('refuses on one PC, and a request that is not a fingerprint', async () => {
    const api = counter(await mkdtemp(join(tmpdir(), 'registre-poste-')));
    expect(await api['network:verifyCertificate']({ fingerprint: hostCertificate.fingerprint })).toMatchObject({
      ok: false,
      error: { code: 'network.notConfigured' },
    });
    expect(await api['network:verifyCertificate']({ fingerprint: 'A'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(await api['network:verifyCertificate']({ fingerprint: 42 } as never)).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
  });
});
