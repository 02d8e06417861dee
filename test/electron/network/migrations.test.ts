// The shared register's schema: from an empty database and from each earlier version to
// the latest, the same schema; nothing validated before a migration is lost or changed.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/network/migrations';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { replayJournal } from '../../../shared/register/replay';
import { accepted } from '../../fixtures/result';
import { correctionDraft, dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster } from '../../support/register-server';
import { quarantineMoveDraft } from '../../shared/register/drafts';

const server = useRegisterCluster();

/** What the schema is: tables and columns, indexes, triggers, and the grants on the tables. */
async function schemaOf(pool: pg.Pool): Promise<unknown> {
  const columns = await pool.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  const indexes = await pool.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
  const triggers = await pool.query(
    `SELECT tgname, tgrelid::regclass::text AS on_table, tgtype, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`,
  );
  const grants = await pool.query(
    `SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants
      WHERE table_schema = 'public' AND grantee <> current_user ORDER BY table_name, grantee, privilege_type`,
  );
  const versions = await pool.query('SELECT version, description FROM register_migrations ORDER BY version');
  return { columns: columns.rows, indexes: indexes.rows, triggers: triggers.rows, grants: grants.rows, versions: versions.rows };
}

describe('the shared register’s migrations', () => {
  it('installs every version in order on an empty database, once', async () => {
    const { owner } = await server.freshRegister(0);
    const client = await owner.connect();
    try {
      expect(await schemaVersion(client)).toBe(0);
      expect(await migrate(client)).toEqual(MIGRATIONS.map((migration) => migration.version));
      expect(await schemaVersion(client)).toBe(LATEST_VERSION);
      expect(await migrate(client)).toEqual([]);
    } finally {
      client.release();
    }
    const { rows } = await owner.query<{ version: number }>('SELECT version FROM register_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(MIGRATIONS.slice(0, -1).map((migration) => migration.version))(
    'brings a register of version %i to the same schema as a new one, its events kept and read',
    async (version) => {
      const reference = await server.freshRegister();
      const old = await server.freshRegister(version);
      expect(await old.owner.query('SELECT max(version) AS v FROM register_migrations')).toMatchObject({ rows: [{ v: version }] });
      // A register kept under the old version: a receipt of a lot, a dispensation, and their look-ups.
      const before = accepted(await validate(old.counter, [openingDraft(), productDraft(), receiptDraft(), dispensationDraft({ quantity: units(2) })], NOW));
      const client = await old.owner.connect();
      try {
        expect(await migrate(client)).toEqual(MIGRATIONS.filter((migration) => migration.version > version).map((migration) => migration.version));
      } finally {
        client.release();
      }
      expect(await schemaOf(old.owner)).toEqual(await schemaOf(reference.owner));
      expect(await eventsAfter(old.counter, 0, 100)).toEqual(before);
      // The look-ups of the later version find what was validated before it: a lot received, a movement to correct.
      accepted(await validate(old.counter, [quarantineMoveDraft({ quantity: units(1) }), correctionDraft(4, { reason: 'quantite' })], NOW));
      expect(replayJournal(await eventsAfter(old.counter, 0, 100))).toBeNull();
    },
  );
});
