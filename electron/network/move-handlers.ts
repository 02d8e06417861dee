// The channels that move the register between the two modes (docs/reseau.md § 8 bis),
// over move-register.ts. To a server: this PC's reserve journal is sent to an empty server
// (verified as it goes, one transaction), then this PC joins the server as a counter. Back
// to one PC: the server is marked taken back (handback.ts: nothing is written there after
// it), its journal is written to a folder the person chooses up to the mark, read back and
// verified, then paged to the window, which takes it into this PC's own register. One move
// at a time; how far it has gone is asked by the window while it runs (a progress bar over
// a million events), since a channel answers only once.
import { hostname } from 'node:os';
import type pg from 'pg';
import type { MainHandlers } from '../../shared/ipc/contract';
import type { MoveProgress } from '../../shared/ipc/network';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { readJournalEvents } from '../reserve/journal-file';
import { markHandback } from './handback';
import { exportServerJournal, uploadRegister } from './move-register';
import { reserveMoveSource } from './move-source';
import { networkError } from './network-errors';
import { addressOf } from './network-settings';
import { openRegisterPool } from './register-pool';
import { withTransport } from './server-tls';
import { withChosenTransport } from './typed-server';
import { checkServer } from './server-check';

type MoveChannel = 'network:moveUp' | 'network:moveProgress' | 'network:moveBack' | 'network:readMovedBack';

export interface MoveContext {
  dataFolder: string;
  /** Joins this PC to a server as a counter: the network channels' own set-up (network:configure). */
  configure: MainHandlers['network:configure'];
  /** The joined server's pool (network-handlers.ts), for the way back. */
  joinedPool: () => Promise<Result<pg.Pool, AppError>>;
  /** This PC's name, as the other counters are told who took the register back (the system's by default). */
  holderName?: () => string;
  /** Where to write the journal taken back (a folder dialog); null when the person cancels. */
  chooseFolder: () => Promise<string | null>;
}

const IDLE: MoveProgress = { phase: 'idle', done: 0, total: 0 };

/** A failure of the server while moving, in French; anything else (a bug) goes on to « erreur inattendue ». */
function moveFailed(error: unknown): Result<never, AppError> {
  const known = networkError(error);
  if (!known) throw error;
  return err(appError('network.moveFailed', undefined, { code: known.params?.['code'] ?? '', reason: known.params?.['reason'] ?? 'erreur du serveur' }));
}

/** A failure once the register is marked taken back (handback.ts): said with the number it stopped at, and what to do. */
function moveBackUnfinished(seq: number) {
  return (error: unknown): Result<never, AppError> => {
    const known = networkError(error);
    const code = known?.params?.['code'] ?? String((error as { code?: unknown } | null)?.code ?? '');
    // Anything but the server is the folder being written: its system message is not French.
    const reason = known?.params?.['reason'] ?? 'écriture du journal impossible dans le dossier choisi';
    return err(appError('network.moveBackUnfinished', undefined, { code, reason, seq: String(seq) }));
  };
}

export function createMoveHandlers(moveContext: MoveContext): Pick<MainHandlers, MoveChannel> {
  const context = { holderName: hostname, ...moveContext };
  let progress: MoveProgress = IDLE;
  /** The journal written by the last way back, read by the window page by page; never a path the window names. */
  let exported: string | null = null;
  const oneAtATime = async <T>(phase: MoveProgress['phase'], total: number, work: () => Promise<Result<T, AppError>>) => {
    if (progress.phase !== 'idle') return err(appError('network.moveBusy'));
    progress = { phase, done: 0, total };
    try {
      return await work();
    } finally {
      progress = IDLE;
    }
  };
  return {
    async 'network:moveUp'({ registerId, head, server }) {
      return oneAtATime('sending', head.seq, async () => {
        const source = await reserveMoveSource(context.dataFolder, registerId);
        if (!source.ok) return source;
        const { name, lines } = source.value;
        // A reserve behind the register is said before the server is even asked.
        const last = source.value.head;
        if (last.seq !== head.seq || last.hash !== head.hash)
          return err(appError('network.moveJournalBehind', undefined, { path: name, journal: String(last.seq), database: String(head.seq) }));
        // Protected as the counter will connect (TLS, the certificate pinned when its fingerprint
        // is typed), then tried: an address, a password or a schema wrong is said in French.
        const chosen = await withChosenTransport(server);
        if (!chosen.ok) return chosen;
        const checked = await checkServer(chosen.value);
        if (!checked.ok) return checked;
        if (checked.value.headSeq > 0) return err(appError('network.serverNotEmpty', undefined, { seq: String(checked.value.headSeq) }));
        const pool = openRegisterPool(await withTransport(chosen.value), 1);
        try {
          const uploaded = await uploadRegister(pool, lines, name, {
            expected: head,
            onProgress: (done) => (progress = { ...progress, done }),
          }).catch(moveFailed);
          if (!uploaded.ok) return uploaded;
        } finally {
          await pool.end();
        }
        // The register is on the server: this PC becomes one of its counters.
        const joined = await context.configure({ server });
        if (!joined.ok) return joined;
        return ok({ server: addressOf(server), head });
      });
    },
    async 'network:moveProgress'() {
      return ok(progress);
    },
    async 'network:moveBack'() {
      const pool = await context.joinedPool();
      if (!pool.ok) return pool;
      const folder = await context.chooseFolder();
      if (folder === null) return err(appError('network.moveBackCancelled'));
      return oneAtATime('exporting', 0, async () => {
        // The mark first, with the head locked (handback.ts): from its commit no counter writes
        // on the server, so the journal written next holds every event there will ever be.
        // Written after the export instead, an event could land between the two, on the server
        // only. A failure after the mark stops the register everywhere, loses nothing, and is
        // taken up by doing it again (decision 0069).
        const marked = await markHandback(pool.value, context.holderName()).catch(moveFailed);
        if (!marked.ok) return marked;
        const mark = marked.value;
        const unfinished = mark ? moveBackUnfinished(mark.seq) : moveFailed;
        // A server below version 7 has no mark: the register is written as it stands, as before.
        const total = mark
          ? ok(mark.seq)
          : await pool.value.query<{ seq: string }>('SELECT seq FROM register_head').then(({ rows }) => ok(Number(rows[0]?.seq ?? 0)), moveFailed);
        if (!total.ok) return total;
        progress = { ...progress, total: total.value };
        const written = await exportServerJournal(pool.value, folder, (done) => (progress = { ...progress, done }), mark ?? undefined).catch(unfinished);
        if (!written.ok) return written;
        exported = written.value.path;
        return ok(written.value);
      });
    },
    async 'network:readMovedBack'({ cursor, limit }) {
      if (exported === null) return err(appError('network.moveBackMissing'));
      return ok(await readJournalEvents(exported, cursor, limit));
    },
  };
}
