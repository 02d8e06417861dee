// The shared register's schema, as numbered migrations applied in order and noted in
// `register_migrations`: a server set up by an earlier version is brought forward, never
// rebuilt. A migration never changes nor removes a validated event (the events table
// refuses it, below); what a later version needs of the past it reads from the events.
// Run by the owner of the database, one migration per transaction, under a lock that
// lets two counters started at once migrate one after the other.
import type pg from 'pg';

/** The SQLSTATE the events table answers a change or a removal with (a class of our own). */
export const APPEND_ONLY_SQLSTATE = 'RG001';

/** The SQLSTATE an event is refused with once the register was taken back to one PC (migration 7). */
export const HANDED_BACK_SQLSTATE = 'RG002';

/** The channel on which a register taken back to one PC is announced (migration 7). */
export const HANDBACK_CHANNEL = 'registre_reprise';

/** The head's hash before the first event: the genesis of the chain (journal format). */
const GENESIS = '0'.repeat(64);

export interface Migration {
  version: number;
  /** What it brings, in a sentence (kept in the migrations table). */
  description: string;
  sql: string;
}

/**
 * A table added after the counters' role was made: whoever may add events gets `privileges`
 * on it too (grants.ts does the same for a role made later), so that a server migrated in
 * place keeps its counters working.
 */
function grantToWhoeverAdds(privileges: string, table: string): string {
  return `DO $$
      DECLARE adder text;
      BEGIN
        FOR adder IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
          WHERE table_schema = current_schema() AND table_name = 'register_events' AND privilege_type = 'INSERT'
            AND grantee NOT IN (current_user, 'PUBLIC')
        LOOP
          EXECUTE format('GRANT ${privileges} ON ${table} TO %I', adder);
        END LOOP;
      END $$;`;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'événements en ajout seul, tête de chaîne, état, répartition par lot',
    sql: `
      CREATE TABLE register_events (
        seq integer PRIMARY KEY CHECK (seq >= 1),
        prev_hash text NOT NULL UNIQUE,
        hash text NOT NULL UNIQUE,
        type text NOT NULL,
        event json NOT NULL
      );
      -- One row: the last event's number and hash. Locked by each validation (SELECT … FOR UPDATE):
      -- the order number is head + 1 in the same transaction, never a sequence (which leaves gaps).
      CREATE TABLE register_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq integer NOT NULL CHECK (seq >= 0),
        hash text NOT NULL
      );
      INSERT INTO register_head (seq, hash) VALUES (0, '${GENESIS}');
      -- The register's state after the head (shared/register/state-record.ts); NULL until the first event.
      CREATE TABLE register_state (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        record jsonb
      );
      INSERT INTO register_state (record) VALUES (NULL);
      -- What each movement was attributed, lot by lot, for its correction (shared/stock/lot-ledger.ts).
      CREATE TABLE register_lot_allocations (
        seq integer PRIMARY KEY REFERENCES register_events (seq),
        parts jsonb NOT NULL
      );

      CREATE FUNCTION register_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'un événement validé du registre ne peut être ni modifié ni supprimé'
          USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
      END $$;
      CREATE TRIGGER register_events_append_only BEFORE UPDATE OR DELETE ON register_events
        FOR EACH ROW EXECUTE FUNCTION register_refuse_change();
      CREATE TRIGGER register_events_no_truncate BEFORE TRUNCATE ON register_events
        FOR EACH STATEMENT EXECUTE FUNCTION register_refuse_change();
      CREATE TRIGGER register_allocations_append_only BEFORE UPDATE OR DELETE ON register_lot_allocations
        FOR EACH ROW EXECUTE FUNCTION register_refuse_change();
      CREATE TRIGGER register_allocations_no_truncate BEFORE TRUNCATE ON register_lot_allocations
        FOR EACH STATEMENT EXECUTE FUNCTION register_refuse_change();

      -- Whoever writes, an event follows the head exactly and the head names the last event:
      -- a client that skipped the lock could leave neither a gap nor a fork.
      CREATE FUNCTION register_event_follows_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head record;
      BEGIN
        SELECT seq, hash INTO head FROM register_head;
        IF NEW.seq <> head.seq + 1 OR NEW.prev_hash <> head.hash THEN
          RAISE EXCEPTION 'l’événement n° % ne suit pas la tête de chaîne n° %', NEW.seq, head.seq
            USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER register_events_follow_head BEFORE INSERT ON register_events
        FOR EACH ROW EXECUTE FUNCTION register_event_follows_head();
      CREATE FUNCTION register_head_names_last() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM register_events WHERE seq = NEW.seq AND hash = NEW.hash)
           OR EXISTS (SELECT 1 FROM register_events WHERE seq > NEW.seq) THEN
          RAISE EXCEPTION 'la tête de chaîne doit nommer le dernier événement'
            USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER register_head_follows_events BEFORE UPDATE ON register_head
        FOR EACH ROW EXECUTE FUNCTION register_head_names_last();
    `,
  },
  {
    version: 2,
    description: 'index des recherches : réceptions par lot, dispensations par patient',
    // The look-ups a draft declares (shared/register/stored-lookups.ts), by index as on one PC.
    sql: `
      CREATE INDEX register_events_receipts_by_lot ON register_events ((event->>'lot'), (event->>'productId'))
        WHERE type = 'receipt';
      CREATE INDEX register_events_by_patient ON register_events ((event->'recipient'->>'name'), (event->'prescription'->>'date') COLLATE "C")
        WHERE type = 'dispensation';
    `,
  },
  {
    version: 3,
    description: 'avis aux postes à chaque événement (LISTEN/NOTIFY)',
    // The counters' read copies follow the server: each committed event is announced by its number.
    sql: `
      CREATE FUNCTION register_announce_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('registre_evenements', NEW.seq::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER register_events_announce AFTER INSERT ON register_events
        FOR EACH ROW EXECUTE FUNCTION register_announce_event();
    `,
  },
  {
    version: 4,
    description: 'clés d’envoi des postes : une saisie en attente n’est inscrite qu’une fois',
    // A counter names each act it sends again by a key of its own, kept here in the act's
    // transaction: a held validation sent again after the app stopped between the commit
    // and the rewrite of its file is recognised, not recorded twice. Beside the events, so
    // that neither the journal's format nor any event's hashed content changes.
    sql: `
      CREATE TABLE register_submissions (
        key uuid PRIMARY KEY,
        first_seq integer NOT NULL REFERENCES register_events (seq),
        last_seq integer NOT NULL REFERENCES register_events (seq),
        CHECK (last_seq >= first_seq)
      );
      CREATE TRIGGER register_submissions_append_only BEFORE UPDATE OR DELETE ON register_submissions
        FOR EACH ROW EXECUTE FUNCTION register_refuse_change();
      CREATE TRIGGER register_submissions_no_truncate BEFORE TRUNCATE ON register_submissions
        FOR EACH STATEMENT EXECUTE FUNCTION register_refuse_change();
      -- Whoever may add events may name them (grants.ts): a server migrated in place keeps its counters working.
      ${grantToWhoeverAdds('SELECT, INSERT', 'register_submissions')}
    `,
  },
  {
    version: 5,
    description: 'avancement des copies de réserve, lu par le bandeau de chaque poste',
    // The PC that writes the reserve (the second medium) says here how far it has written,
    // so that every counter's banner can show the reserve's lag (reserve-progress.ts). A
    // statement about a copy, not part of the register: rewritten in place, never hashed.
    sql: `
      CREATE TABLE register_reserves (
        holder text PRIMARY KEY,
        seq integer NOT NULL CHECK (seq >= 0),
        written_at timestamptz NOT NULL
      );
      ${grantToWhoeverAdds('SELECT, INSERT, UPDATE', 'register_reserves')}
    `,
  },
  {
    version: 6,
    description: 'un événement suit le dernier événement : un registre entier s’envoie en une transaction',
    // A register moved from one PC is sent whole in one transaction (move-register.ts).
    // Checked against the head row, each event needed the head moved before the next:
    // a million updates of one row in one transaction, whose versions all stay until the
    // commit and are walked by every later read of the head — hours, not minutes. The
    // event now follows the last event, found by its order number (the primary key); the
    // head, still locked by each validation and moved in the same transaction, must still
    // name the last event whenever it moves (register_head_names_last). Neither a gap nor
    // a fork can be written, by anyone, as before.
    sql: `
      CREATE OR REPLACE FUNCTION register_event_follows_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last record;
      BEGIN
        SELECT seq, hash INTO last FROM register_events ORDER BY seq DESC LIMIT 1;
        IF NOT FOUND THEN
          SELECT seq, hash INTO last FROM register_head;
        END IF;
        IF NEW.seq <> last.seq + 1 OR NEW.prev_hash <> last.hash THEN
          RAISE EXCEPTION 'l’événement n° % ne suit pas le dernier événement, n° %', NEW.seq, last.seq
            USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
        END IF;
        RETURN NEW;
      END $$;
    `,
  },
  {
    version: 7,
    description: 'marque de reprise du registre sur un poste : plus aucun événement après elle',
    // A register taken back to one PC (move-handlers.ts) goes on there alone: an event
    // written on the server after it would never reach that PC — a fork of the register.
    // The mark names the head taken (checked here: it must be the head, locked by the one
    // who writes it), the PC and the instant; once it exists no event is added, by anyone,
    // even by a counter of an earlier version that never reads it. Append-only like the
    // events; announced to the counters (handback.ts) as each event is.
    sql: `
      CREATE TABLE register_handbacks (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seq integer NOT NULL CHECK (seq >= 1),
        hash text NOT NULL,
        holder text NOT NULL CHECK (length(holder) BETWEEN 1 AND 200),
        taken_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE TRIGGER register_handbacks_append_only BEFORE UPDATE OR DELETE ON register_handbacks
        FOR EACH ROW EXECUTE FUNCTION register_refuse_change();
      CREATE TRIGGER register_handbacks_no_truncate BEFORE TRUNCATE ON register_handbacks
        FOR EACH STATEMENT EXECUTE FUNCTION register_refuse_change();

      CREATE FUNCTION register_handback_names_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head record;
      BEGIN
        SELECT seq, hash INTO head FROM register_head;
        IF NEW.seq <> head.seq OR NEW.hash <> head.hash THEN
          RAISE EXCEPTION 'la reprise doit nommer la tête de chaîne, n° %', head.seq
            USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER register_handbacks_name_head BEFORE INSERT ON register_handbacks
        FOR EACH ROW EXECUTE FUNCTION register_handback_names_head();

      CREATE FUNCTION register_refuse_after_handback() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE mark record;
      BEGIN
        SELECT seq, holder, taken_at INTO mark FROM register_handbacks ORDER BY id DESC LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'le registre a été repris sur le poste « % » au n° d’ordre % : plus rien ne s’inscrit sur ce serveur', mark.holder, mark.seq
            USING ERRCODE = '${HANDED_BACK_SQLSTATE}',
                  DETAIL = json_build_object('seq', mark.seq, 'holder', mark.holder, 'takenAt', mark.taken_at)::text;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER register_events_not_after_handback BEFORE INSERT ON register_events
        FOR EACH ROW EXECUTE FUNCTION register_refuse_after_handback();

      CREATE FUNCTION register_announce_handback() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${HANDBACK_CHANNEL}', NEW.seq::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER register_handbacks_announce AFTER INSERT ON register_handbacks
        FOR EACH ROW EXECUTE FUNCTION register_announce_handback();
      ${grantToWhoeverAdds('SELECT, INSERT', 'register_handbacks')}
    `,
  },
];

/** The channel on which each committed event's order number is announced. */
export const EVENTS_CHANNEL = 'registre_evenements';

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Any number, the same on every server: the lock two migrating counters take in turn. */
const MIGRATION_LOCK = 5_132_036;

/** The schema's version on this server: 0 when nothing is installed. */
export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('register_migrations') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return 0;
  const versions = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM register_migrations');
  return versions.rows[0]?.version ?? 0;
}

/**
 * Brings the schema to `to` (the latest by default), each migration in its own
 * transaction with its note. Returns the versions applied, none when it was already there.
 */
export async function migrate(client: pg.ClientBase, to = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version > to) break;
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS register_migrations (
        version integer PRIMARY KEY,
        description text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      if ((await schemaVersion(client)) >= migration.version) {
        await client.query('COMMIT');
        continue;
      }
      await client.query(migration.sql);
      await client.query('INSERT INTO register_migrations (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
      await client.query('COMMIT');
      applied.push(migration.version);
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  return applied;
}
