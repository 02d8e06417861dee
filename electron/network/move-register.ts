// Moving a register between the two modes, the journal file (shared/journal/line.ts) being
// the one format both know. To a server: the whole journal of a one-PC register (its
// reserve journal, or an export) is verified as it is read — chain and rules, by the same
// reader as every verification (shared/journal/read.ts) — and uploaded to a new, empty
// server batch by batch inside one transaction, committed only after its last line: every
// event as it was sealed, same numbers, same hashes, so the chain goes on unbroken
// (art. R. 5132-36 du code de la santé publique). A server that already holds a register
// is refused: two registers are never merged. Back to one PC: the server's journal is
// written to a `.journal.jsonl` that the one-PC register takes in.
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
import { fileLines } from '../files/file-lines';
import { createJournalReader } from '../../shared/journal/read';
import type { ChainHead } from '../../shared/register/chain-head';
import { publish, temporaryName } from '../files/write-new-files';
import { syncFolder } from '../files/write-once';
import { eventsAfter, keepServerAllocations, lockHead, writeServerState } from './server-state';
import { schemaVersion } from './migrations';

/** Events read from the server at once when exporting: memory stays flat. */
const EXPORT_PAGE = 5_000;

/**
 * Events sent to the server in one round trip while uploading: a batch is all the upload
 * holds of the journal, so a register of a million events never sits in memory.
 */
const UPLOAD_BATCH = 500;

const BYTE_ORDER_MARK = '\ufeff';

export interface UploadOptions {
  /** The head the one-PC register holds: a journal that does not end there is refused (a reserve behind its register). */
  expected?: ChainHead;
  /** Each batch written: the last order number sent. */
  onProgress?: (seq: number) => void;
}

/** An event as a literal insert: one round trip for a whole batch. */
function insertStatement(client: pg.PoolClient, event: RegisterEvent): string {
  const text = (value: string) => client.escapeLiteral(value);
  const seq = String(Math.trunc(event.seq));
  return `INSERT INTO register_events (seq, prev_hash, hash, type, event) VALUES (${seq}, ${text(event.prevHash)}, ${text(event.hash)}, ${text(event.type)}, ${text(JSON.stringify(event))}::json);`;
}

function headStatement(client: pg.PoolClient, event: RegisterEvent): string {
  return `UPDATE register_head SET seq = ${String(Math.trunc(event.seq))}, hash = ${client.escapeLiteral(event.hash)};`;
}

/**
 * From schema version 6 an event follows the last event, and the head moves once per
 * batch; before it, the server checks each event against the head, which must then move
 * after every event (migrations.ts) — correct, and slow for a long register.
 */
const BATCH_HEAD_VERSION = 6;

function batchStatements(client: pg.PoolClient, events: readonly RegisterEvent[], headEachEvent: boolean): string {
  const last = events.at(-1);
  if (!last) return '';
  if (headEachEvent) return events.map((event) => insertStatement(client, event) + headStatement(client, event)).join('');
  return events.map((event) => insertStatement(client, event)).join('') + headStatement(client, last);
}

/**
 * Uploads the one-PC register whose journal lines `lines` gives (a clear reserve journal,
 * an export, or an encrypted reserve opened line by line: move-source.ts) to an empty
 * server. The journal is verified as it goes — chain and rules, by the same reader as
 * every verification (shared/journal/read.ts) — and written batch by batch inside one
 * transaction, committed only once the last line is verified: a break anywhere rolls
 * everything back, and the server holds nothing. Returns the head uploaded.
 */
export async function uploadRegister(
  pool: pg.Pool,
  lines: AsyncIterable<readonly string[]>,
  source: string,
  { expected, onProgress }: UploadOptions = {},
): Promise<Result<ChainHead, AppError>> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const head = await lockHead(client);
    if (head) {
      await client.query('ROLLBACK');
      return err(appError('network.serverNotEmpty', undefined, { seq: String(head.seq) }));
    }
    const headEachEvent = (await schemaVersion(client)) < BATCH_HEAD_VERSION;
    // The server's state is folded as the events go in, with what the lots learn, as at each validation.
    const state = emptyState();
    const ledger = new LotLedger();
    let batch: RegisterEvent[] = [];
    const reader = createJournalReader((event) => {
      evolve(state, event, ledger);
      batch.push(event);
    });
    const flush = async () => {
      if (batch.length === 0) return;
      const sending = batch;
      batch = [];
      await client.query(batchStatements(client, sending, headEachEvent));
      // What the lots learnt, kept batch by batch (each movement's attribution is noted at its
      // own event): one statement of a million attributions at the end would hold them all twice.
      const batchLedger = new LotLedger();
      for (const event of sending) {
        const allocation = ledger.allocationOf(event.seq);
        if (!allocation) continue;
        batchLedger.remember(event.seq, allocation);
        ledger.recall(event.seq, allocation);
      }
      await keepServerAllocations(client, batchLedger);
      onProgress?.(sending.at(-1)?.seq ?? 0);
    };
    let first = true;
    reading: for await (const chunk of lines) {
      for (const raw of chunk) {
        // An editor may have prefixed a byte order mark; it is not part of any event.
        const text = first && raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
        first = false;
        if (reader.line(text)) break reading;
        if (batch.length >= UPLOAD_BATCH) await flush();
      }
    }
    const verdict = reader.end();
    if (!verdict.ok) {
      await client.query('ROLLBACK');
      return err(appError('network.moveJournalBroken', undefined, { path: source, wording: journalBreakWording(verdict) }));
    }
    if (expected && (verdict.lastSeq !== expected.seq || verdict.headHash !== expected.hash)) {
      await client.query('ROLLBACK');
      return err(appError('network.moveJournalBehind', undefined, { path: source, journal: String(verdict.lastSeq), database: String(expected.seq) }));
    }
    await flush();
    await keepServerAllocations(client, ledger);
    await writeServerState(client, state);
    await client.query('COMMIT');
    return ok({ seq: verdict.lastSeq, hash: verdict.headHash });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A clear journal file's lines, block by block: what uploadRegister reads from a `.journal.jsonl`. */
export function journalFileLines(path: string, end?: number): AsyncIterable<string[]> {
  return fileLines(path, end);
}

/**
 * Writes the server's whole journal to `<registerId>.journal.jsonl` in `folder`, for the
 * one-PC mode to take back; written beside its name and named only once complete and read
 * back intact (chain and rules), never over an existing file. `onProgress` hears the last
 * order number written, page by page. `through`, the head a mark of taking back names
 * (handback.ts): the journal is read up to it and must end exactly there.
 */
export async function exportServerJournal(
  pool: pg.Pool,
  folder: string,
  onProgress?: (seq: number) => void,
  through?: ChainHead,
): Promise<Result<{ path: string; registerId: string; head: ChainHead }, AppError>> {
  const [first] = await eventsAfter(pool, 0, 1);
  if (first?.type !== 'register.opened') return err(appError('register.notOpened'));
  const path = join(folder, journalFileName(first.registerId));
  const temporary = temporaryName(path);
  const handle = openSync(temporary, 'wx');
  try {
    for (let after = 0; ;) {
      const page = await eventsAfter(pool, after, through ? Math.min(EXPORT_PAGE, through.seq - after) : EXPORT_PAGE);
      const last = page.at(-1);
      if (!last) break;
      writeSync(handle, page.map(serializeLine).join(''));
      after = last.seq;
      onProgress?.(after);
    }
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  const verdict = await readJournal(temporary);
  // Taken back to a mark (handback.ts): the journal must end exactly at the head it names.
  if (!verdict.ok) {
    await unlink(temporary).catch(() => undefined);
    return err(appError('network.moveJournalBroken', undefined, { path: basename(path), wording: journalBreakWording(verdict) }));
  }
  // Taken back to a mark (handback.ts): the journal must end exactly at the head it names.
  if (through && (verdict.lastSeq !== through.seq || verdict.headHash !== through.hash)) {
    await unlink(temporary).catch(() => undefined);
    const wording = `Le journal lu s’arrête au n° d’ordre ${verdict.lastSeq}, et la reprise marquée sur le serveur nomme le n° ${through.seq}.`;
    return err(appError('network.moveJournalBroken', undefined, { path: basename(path), wording }));
  }
  await publish(temporary, path);
  await syncFolder(folder);
  return ok({ path, registerId: first.registerId, head: { seq: verdict.lastSeq, hash: verdict.headHash } });
}
