// The yearly archive: a package of one year — the journal slice of the year with
// the head before it, the year's editions, the technical log, the manifest — written to
// `<data>/archives/<registerId>/` and copied to the reserve medium, never over a file and
// never purged. Listing verifies every archive whole, so an altered one is seen, in a
// thread of its own (archive-verify-thread.ts) so that the window's requests are answered
// meanwhile; the verdict on the same bytes is kept for the session (archive-verdicts.ts).
// The journal comes from the reserve copy when it ends at the window's head, else from
// the window page by page (archive-journal.ts): the window never holds it whole.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { MainHandlers, YearlyArchive } from '../../shared/ipc/contract';
import { createArchiveVerdicts, type ArchiveVerdicts } from './archive-verdicts';
import { buildPackage } from '../../shared/package/build';
import { identityAtHead } from '../../shared/package/identity';
import { journalPartPath, TECHNICAL_LOG_PATH } from '../../shared/package/manifest';
import { yearSlice } from '../../shared/package/year-slice';
import { serializeLine } from '../../shared/journal/line';
import { isMovement, type RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';
import { createSerialQueue } from '../../shared/serial-queue';
import { copyToReserve } from '../reserve/copy-to-reserve';
import { createJournalUploads, reserveJournalAt } from './archive-journal';
import { createOnce } from '../files/write-once';
import { recordedEditions, windowJournal } from './window-journal';
import { carriedEditions } from './package-editions';
import type { PackageContext } from './package-context';
import { YEARLY_ARCHIVE_NAME, yearlyArchiveFileName } from './package-names';
import { reserveFacts } from './reserve-facts';
import { technicalLog } from './technical-log';
import { verifierPart } from './verifier-page';

type ArchiveHandlers = Pick<MainHandlers, 'archive:create' | 'archive:sendJournal' | 'archive:written' | 'archive:list'>;

export function yearlyArchiveFolder(dataFolder: string, registerId: string): string {
  return join(dataFolder, 'archives', registerId);
}

export function reserveArchiveFolder(reserveFolder: string, registerId: string): string {
  return join(reserveFolder, `${registerId}.archives`);
}

/**
 * Builds and writes the archive of `year` from the register's whole journal (as bytes,
 * verified again here): the same bytes give the same archive, whatever brought them.
 */
export async function writeYearlyArchive(
  context: ArchiveContext,
  request: { registerId: string; year: number; journal: Uint8Array; automatic: boolean },
): Promise<Result<YearlyArchive, AppError>> {
  const { registerId, year, journal, automatic } = request;
  const checked = windowJournal(registerId, journal);
  if (!checked.ok) return checked;
  return writeArchiveOfYear(context, { registerId, year, events: checked.value.events, automatic });
}

type ArchiveContext = Pick<PackageContext, 'dataFolder' | 'version' | 'shell' | 'now' | 'verifierPage'> & {
  /** Where the new archive's verdict is kept, for the listing that follows; a fresh one when not said. */
  verdicts?: ArchiveVerdicts;
};

/** The archive of `year` from the whole journal's events, already verified (windowJournal). */
export async function writeArchiveOfYear(
  context: ArchiveContext,
  request: { registerId: string; year: number; events: RegisterEvent[]; automatic: boolean },
): Promise<Result<YearlyArchive, AppError>> {
  const { registerId, year, events, automatic } = request;
  const slice = yearSlice(events, year);
  if (!slice) return err(appError('archive.noEvents', undefined, { year: String(year) }));
  const last = slice.events.at(-1)!;
  const identity = identityAtHead(events.slice(0, last.seq))!;
  const reserve = await reserveFacts(context.dataFolder, registerId, slice.events);
  // The year's editions: those the slice records, and those covering the year recorded after it (December's closure).
  const first = slice.events[0]!.seq;
  const recorded = recordedEditions(events).filter((event) => (event.seq >= first && event.seq <= last.seq) || event.to.startsWith(`${year}-`));
  const editions = await carriedEditions(context.dataFolder, registerId, recorded, false, reserve.reachable ? reserve.folder : null);
  if (!editions.ok) return editions;
  const createdAt = context.now();
  const sliceBytes = new TextEncoder().encode(slice.events.map(serializeLine).join(''));
  const head = { seq: last.seq, hash: last.hash };
  const technical = technicalLog({
    kind: 'yearly',
    appVersion: context.version,
    shell: context.shell,
    createdAt: createdAt.toISOString(),
    registerId,
    journal: {
      ok: true,
      events: slice.events.length,
      movements: slice.events.filter(isMovement).length,
      products: slice.events.filter((event) => event.type === 'product.defined').length,
      lastSeq: head.seq,
      headHash: head.hash,
    },
    firstSeq: first,
    reserve,
    editions: editions.value,
  });
  const built = buildPackage(
    {
      kind: 'yearly',
      registerId,
      establishment: identity.establishment,
      holder: identity.holder,
      createdAt: createdAt.toISOString(),
      appVersion: context.version,
      head,
      after: slice.after,
      year,
    },
    [
      { path: journalPartPath(registerId), role: 'journal', bytes: sliceBytes },
      ...editions.value.map((edition) => edition.part),
      { path: TECHNICAL_LOG_PATH, role: 'technical', bytes: technical },
      ...verifierPart(await context.verifierPage()),
    ],
  );
  const folder = yearlyArchiveFolder(context.dataFolder, registerId);
  await mkdir(folder, { recursive: true });
  const fileName = yearlyArchiveFileName(registerId, year, automatic ? null : createdAt);
  const written = await createOnce(join(folder, fileName), built.zip);
  if (written.state === 'exists') return err(appError('package.exists', undefined, { path: fileName }));
  const onReserve = await copyToReserve(context.dataFolder, (reserve) => reserveArchiveFolder(reserve, registerId), fileName, written.onDisk);
  return ok(await (context.verdicts ?? createArchiveVerdicts()).describe(fileName, written.onDisk, onReserve));
}

export function createYearlyArchiveHandlers(context: PackageContext): ArchiveHandlers {
  const perRegister = createSerialQueue();
  const uploads = createJournalUploads();
  const verdicts = createArchiveVerdicts(context.verifyArchive);
  const archiveContext = { ...context, verdicts };
  const archiveNames = async (registerId: string) =>
    (await readdir(yearlyArchiveFolder(context.dataFolder, registerId)).catch(() => [] as string[])).filter((name) => YEARLY_ARCHIVE_NAME.test(name)).sort();
  return {
    'archive:sendJournal': ({ registerId, upload, offset, bytes }) => perRegister(registerId, async () => uploads.add(registerId, upload, offset, bytes)),

    'archive:create': ({ registerId, year, journal, automatic }) =>
      perRegister(registerId, async () => {
        let bytes: Uint8Array | null;
        if ('reserveAt' in journal) {
          bytes = await reserveJournalAt(context.dataFolder, registerId, journal.reserveAt);
          if (bytes === null) return err(appError('archive.reserveBehind'));
        } else {
          const sent = uploads.take(registerId, journal.sent);
          if (!sent.ok) return sent;
          bytes = sent.value;
        }
        return writeYearlyArchive(archiveContext, { registerId, year, journal: bytes, automatic });
      }),

    // Verifying an archive reads it whole (seconds for a busy year), so the check made at start
    // and after each closure asks only for the names; the archives screen verifies them
    // (once per session for the same bytes).
    'archive:written': ({ registerId }) => perRegister(registerId, async () => ok({ fileNames: await archiveNames(registerId) })),

    'archive:list': ({ registerId }) =>
      perRegister(registerId, async () => {
        const folder = yearlyArchiveFolder(context.dataFolder, registerId);
        const names = await archiveNames(registerId);
        const archives: YearlyArchive[] = [];
        for (const fileName of names) {
          const bytes = await readFile(join(folder, fileName));
          const onReserve = await copyToReserve(context.dataFolder, (reserve) => reserveArchiveFolder(reserve, registerId), fileName, bytes);
          archives.push(await verdicts.describe(fileName, bytes, onReserve));
        }
        return ok({ archives });
      }),
  };
}
