// Installing the shared register on an existing server (a NAS, a provider's machine) from
// the app, on a real cluster: the owner's account tried first, each failure said in
// French with nothing installed; then the app's migrations applied and the counters' role
// made with a generated password, which a counter then joins with; run again after an
// update, it applies nothing and keeps the role's password.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, schemaVersion } from '../../../electron/network/migrations';
import { checkServer } from '../../../electron/network/server-check';
import { validate } from '../../../electron/network/validate';
import { describeError } from '../../../shared/errors';
import { openingDraft } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { useRegisterCluster } from '../../support/register-server';
import { openRegisterPool } from '../../../electron/network/register-pool';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();

const api = mainProcessApi({ dataFolder: '/nulle-part' });

async function asSuperuser(sql: string): Promise<void> {
  const admin = new pg.Client(server.cluster().superuser());
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

describe('« Installer le registre sur un serveur existant »', () => {
  it('installs the schema and makes the counters’ role, with which a counter then records', async () => {
    const register = await server.freshRegister(0);
    const owner = server.serverFor(register.name, server.cluster().owner);

    const wrongPassword = await api['network:installSchema']({ owner: { ...owner, password: 'pas le bon' }, counterUser: 'registre_poste_nas' });
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: '28P01' } } });

    // An owner who may not create roles: said, and nothing installed.
    const noRole = await api['network:installSchema']({ owner, counterUser: 'registre_poste_nas' });
    expect(noRole).toMatchObject({ ok: false, error: { code: 'network.installNoRole', params: { name: 'registre_poste_nas' } } });
    if (!noRole.ok) expect(describeError(noRole.error)).toMatch(/ne peut pas créer le rôle des postes.{1,3}registre_poste_nas/u);
    const client = new pg.Client(owner);
    await client.connect();
    expect(await schemaVersion(client)).toBe(0);
    await client.end();

    await asSuperuser(`ALTER ROLE ${server.cluster().owner.user} CREATEROLE`);
    const installed = accepted(await api['network:installSchema']({ owner, counterUser: 'registre_poste_nas' }));
    expect(installed).toMatchObject({ version: LATEST_VERSION, applied: MIGRATIONS.map((migration) => migration.version), counterUser: 'registre_poste_nas' });
    expect(installed.counterPassword).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/u);

    const counter = { ...owner, user: 'registre_poste_nas', password: installed.counterPassword ?? '' };
    expect(await checkServer(counter)).toEqual({ ok: true, value: { headSeq: 0 } });
    const pool = openRegisterPool(counter);
    try {
      expect(accepted(await validate(pool, [openingDraft()]))).toMatchObject([{ seq: 1 }]);
      // The counters' role adds events, never changes them.
      await expect(pool.query('DELETE FROM register_events')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await pool.end();
    }

    // After an update of the app: nothing to apply, the role and its password kept.
    expect(accepted(await api['network:installSchema']({ owner, counterUser: 'registre_poste_nas' }))).toEqual({
      version: LATEST_VERSION,
      applied: [],
      counterUser: 'registre_poste_nas',
      counterPassword: null,
    });
    expect(await checkServer(counter)).toEqual({ ok: true, value: { headSeq: 1 } });
  }, 60_000);

  it('refuses a role name that is not a plain PostgreSQL name before anything is tried', async () => {
    const register = await server.freshRegister(0);
    const owner = server.serverFor(register.name, server.cluster().owner);
    expect(await api['network:installSchema']({ owner, counterUser: 'poste"; DROP TABLE x; --' })).toMatchObject({
      ok: false,
      error: { code: 'ipc.badRequest' },
    });
  });
});
