// What the counters' database role may do, and nothing more: read the register, add
// events after the head, move the head and the state on. No UPDATE, DELETE nor TRUNCATE
// on the events: the grants say so, and the table's triggers refuse them from anyone
// (migrations.ts). Given by the owner after migrating, to the role the counters log in as.
import type pg from 'pg';

/** Each table and what a counter is granted on it. */
export const COUNTER_GRANTS: readonly [table: string, privileges: string][] = [
  ['register_events', 'SELECT, INSERT'],
  ['register_lot_allocations', 'SELECT, INSERT'],
  // UPDATE on the head is what SELECT … FOR UPDATE asks for: the lock every validation takes.
  ['register_head', 'SELECT, UPDATE'],
  ['register_state', 'SELECT, UPDATE'],
  ['register_migrations', 'SELECT'],
  ['register_submissions', 'SELECT, INSERT'],
  // How far each reserve is written (migration 5): the holder's PC moves its own row on.
  ['register_reserves', 'SELECT, INSERT, UPDATE'],
  // The mark of a register taken back to one PC (migration 7): written by the counter that takes it, never changed.
  ['register_handbacks', 'SELECT, INSERT'],
];

/** Grants the counters' role exactly COUNTER_GRANTS, taking back anything else given before. */
export async function grantToCounters(client: pg.ClientBase, role: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  for (const [table, privileges] of COUNTER_GRANTS) {
    // A server at an earlier version has not every table yet: they are granted after its migration.
    const { rows } = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
    if (!rows[0]?.present) continue;
    await client.query(`REVOKE ALL ON ${table} FROM ${name}, PUBLIC`);
    await client.query(`GRANT ${privileges} ON ${table} TO ${name}`);
  }
}
