// package:export — the hand-over package on the seller's machine. The journal comes from
// the window's database (the reserve may lag behind it) and is verified again here, whole;
// the editions come from the archive folder, each with the hash the journal recorded.
// The package is then written where the seller chooses, never over a file, read back and
// verified as the buyer will verify it, and its décharge PDF is written beside it.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { ExportedPackage } from '../../shared/ipc/contract';
import { buildPackage } from '../../shared/package/build';
import { identityAtHead } from '../../shared/package/identity';
import { journalPartPath, TECHNICAL_LOG_PATH, type WholeRegisterPurpose } from '../../shared/package/manifest';
import { verifyPackage } from '../../shared/package/verify';
import { dischargePdf } from '../../shared/editions/pdf/discharge-pdf';
import { err, ok, type Result } from '../../shared/result';
import { createOnce } from '../files/write-once';
import { carriedEditions } from './package-editions';
import { dischargeFileName, wholeRegisterFileName } from './package-names';
import type { PackageContext } from './package-context';
import { reserveFacts } from './reserve-facts';
import { technicalLog } from './technical-log';
import { verifierPart } from './verifier-page';
import { recordedEditions, windowJournal } from './window-journal';

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

export async function exportPackage(
  context: PackageContext,
  registerId: string,
  journal: Uint8Array,
  purpose: WholeRegisterPurpose,
): Promise<Result<ExportedPackage, AppError>> {
  const checked = windowJournal(registerId, journal);
  if (!checked.ok) return checked;
  const { events, summary } = checked.value;
  const identity = identityAtHead(events)!;
  const reserve = await reserveFacts(context.dataFolder, registerId, events);
  const editions = await carriedEditions(context.dataFolder, registerId, recordedEditions(events), true, reserve.reachable ? reserve.folder : null);
  if (!editions.ok) return editions;

  const createdAt = context.now();
  const technical = technicalLog({
    kind: purpose,
    appVersion: context.version,
    shell: context.shell,
    createdAt: createdAt.toISOString(),
    registerId,
    journal: summary,
    firstSeq: 1,
    reserve,
    editions: editions.value,
  });
  const built = buildPackage(
    {
      kind: purpose,
      registerId,
      establishment: identity.establishment,
      holder: identity.holder,
      createdAt: createdAt.toISOString(),
      appVersion: context.version,
      head: { seq: summary.lastSeq, hash: summary.headHash },
      after: null,
    },
    [
      { path: journalPartPath(registerId), role: 'journal', bytes: journal },
      ...editions.value.map((edition) => edition.part),
      { path: TECHNICAL_LOG_PATH, role: 'technical', bytes: technical },
      ...verifierPart(await context.verifierPage()),
    ],
  );

  const path = await context.choosePackageSavePath(wholeRegisterFileName(purpose, registerId, createdAt));
  if (path === null) return err(appError('package.cancelled'));
  const dischargePath = join(dirname(path), dischargeFileName(basename(path)));
  for (const target of [path, dischargePath]) if (await exists(target)) return err(appError('package.exists', undefined, { path: target }));

  const written = await createOnce(path, built.zip);
  if (written.state === 'exists') return err(appError('package.exists', undefined, { path }));
  // What is on the disk is checked as the buyer will check it.
  const reread = verifyPackage(written.onDisk);
  if (!reread.ok) return reread;

  const pdf = dischargePdf(
    {
      purpose,
      manifest: built.manifest,
      fingerprint: built.fingerprint,
      packageName: basename(path),
      seller: identity.previousHolder ?? identity.holder,
      buyer: identity.previousHolder ? identity.holder : null,
    },
    { establishment: identity.establishment, head: built.manifest.head, editedAt: createdAt, fonts: context.editionFonts() },
  );
  if ((await createOnce(dischargePath, pdf)).state === 'exists') return err(appError('package.exists', undefined, { path: dischargePath }));
  return ok({ path, dischargePath, fingerprint: built.fingerprint, parts: built.manifest.parts.length + 1, size: built.zip.length });
}
