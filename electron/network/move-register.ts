// Moving a register between the two modes, the journal file (shared/journal/line.ts) being
// the one format both know. To a server: the whole journal of a one-PC register (its
// reserve journal, or an export) is verified first — chain and rules, by the same replay
// as every verification (shared/journal/read.ts) — then uploaded to a new, empty server in
// one transaction: every event as it was sealed, same numbers, same hashes, so the chain
// goes on unbroken (art. R. 5132-36 du code de la santé publique). A server that already
// holds a register is refused: two registers are never merged. Back to one PC: the
// server's journal is written to a `.journal.jsonl` that the one-PC restore reads.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type pg from 'pg';
import { appError, type AppError } from '../../shared/errors';
import { journalBreakWording } from '../../shared/journal/break-wording';
import { journalFileName, serializeLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { emptyState } from '../../shared/register/register-state';
import { err, ok, type Result } from '../../shared/result';
import { LotLedger } from '../../shared/stock/lot-ledger';
import { readJournal } from '../files/read-journal';
import { publish, temporaryName } from '../files/write-new-files';
import { syncFolder } from '../files/write-once';
import { eventsAfter, keepServerAllocations, lockHead, writeServerState } from './server-state';
import { insertEvent } from './validate';

/** Events read from the server at once when exporting: memory stays flat. */
const EXPORT_PAGE = 5_000;

/**
 * Uploads the one-PC register of `journalPath` to an empty server, after verifying it
 * whole. Returns the head uploaded; nothing is written on a refusal. The events are held
 * in memory between the verification and the upload (a register of a few hundred thousand
 * events is a few hundred megabytes).
 */
export async function uploadRegister(pool: pg.Pool, journalPath: string): Promise<Result<{ lastSeq: number }, AppError>> {
  const events: RegisterEvent[] = [];
  const verdict = await readJournal(journalPath, (event) => events.push(event));
  if (!verdict.ok) return err(appError('network.moveJournalBroken', undefined, { path: basename(journalPath), wording: journalBreakWording(verdict) }));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const head = await lockHead(client);
    if (head) {
      await client.query('ROLLBACK');
      return err(appError('network.serverNotEmpty', undefined, { seq: String(head.seq) }));
    }
    // The server's state is folded as the events go in, with what the lots learn, as at each validation.
    const state = emptyState();
    const ledger = new LotLedger();
    for (const event of events) {
      await insertEvent(client, event);
      evolve(state, event, ledger);
    }
    await keepServerAllocations(client, ledger);
    await writeServerState(client, state);
    await client.query('COMMIT');
    return ok({ lastSeq: verdict.lastSeq });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Writes the server's whole journal to `<registerId>.journal.jsonl` in `folder`, for the
 * one-PC mode to restore; written beside its name and named only once complete and read
 * back intact (chain and rules), never over an existing file. Returns its path.
 */
export async function exportServerJournal(pool: pg.Pool, folder: string): Promise<Result<{ path: string; lastSeq: number }, AppError>> {
  const [first] = await eventsAfter(pool, 0, 1);
  if (first?.type !== 'register.opened') return err(appError('register.notOpened'));
  const path = join(folder, journalFileName(first.registerId));
  const temporary = temporaryName(path);
  const handle = openSync(temporary, 'wx');
  try {
    for (let after = 0; ;) {
      const page = await eventsAfter(pool, after, EXPORT_PAGE);
      const last = page.at(-1);
      if (!last) break;
      writeSync(handle, page.map(serializeLine).join(''));
      after = last.seq;
    }
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  const verdict = await readJournal(temporary);
  if (!verdict.ok) {
    await unlink(temporary).catch(() => undefined);
    return err(appError('network.moveJournalBroken', undefined, { path: basename(path), wording: journalBreakWording(verdict) }));
  }
  await publish(temporary, path);
  await syncFolder(folder);
  return ok({ path, lastSeq: verdict.lastSeq });
}
