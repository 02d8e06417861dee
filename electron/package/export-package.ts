// package:export — the hand-over package on the seller's machine. The journal comes from
// the window's database (the reserve may lag behind it) and is verified again here, whole;
// the editions come from the archive folder, each with the hash the journal recorded.
// The package is sealed with a new passphrase (decision 0046), written where the seller
// chooses, never over a file, read back, opened and verified as the buyer will verify
// it; its décharge PDF is written beside it, and the sheet carrying the passphrase in the
// data folder, never beside the file it opens.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import type { ExportedPackage } from '../../shared/ipc/contract';
import { buildPackage } from '../../shared/package/build';
import { identityAtHead } from '../../shared/package/identity';
import { journalPartPath, TECHNICAL_LOG_PATH, type WholeRegisterPurpose } from '../../shared/package/manifest';
import { verifyPackage } from '../../shared/package/verify';
import { openSealedPackage, packagePassphraseFrom, sealPackage, SEALED_PACKAGE_SUFFIX } from '../../shared/package/sealed-package';
import { passphraseSheetPdf } from '../../shared/package/passphrase-sheet-pdf';
import { dischargePdf } from '../../shared/editions/pdf/discharge-pdf';
import { err, ok, type Result } from '../../shared/result';
import { createOnce } from '../files/write-once';
import { carriedEditions } from './package-editions';
import { dischargeFileName, PASSPHRASE_SHEETS_FOLDER, passphraseSheetFileName, wholeRegisterFileName } from './package-names';
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

  const passphrase = packagePassphraseFrom((context.random ?? (() => randomBytes(16)))());
  const sealed = await sealPackage(built.zip, passphrase, context.packageScryptWorkFactor);

  const chosen = await context.choosePackageSavePath(wholeRegisterFileName(purpose, registerId, createdAt) + SEALED_PACKAGE_SUFFIX);
  if (chosen === null) return err(appError('package.cancelled'));
  // The age tool's own naming: what `age -d -o dossier.zip` gives back is the name without `.age`.
  const path = chosen.endsWith(SEALED_PACKAGE_SUFFIX) ? chosen : `${chosen}${SEALED_PACKAGE_SUFFIX}`;
  const dischargePath = join(dirname(path), dischargeFileName(basename(path)));
  const sheetFolder = join(context.dataFolder, PASSPHRASE_SHEETS_FOLDER);
  const sheetPath = join(sheetFolder, passphraseSheetFileName(basename(path)));
  for (const target of [path, dischargePath, sheetPath]) if (await exists(target)) return err(appError('package.exists', undefined, { path: target }));

  const written = await createOnce(path, sealed);
  if (written.state === 'exists') return err(appError('package.exists', undefined, { path }));
  // What is on the disk is opened and checked as the buyer will: with the passphrase, whole.
  const opened = await openSealedPackage(written.onDisk, passphrase);
  if (!opened.ok) return opened;
  const reread = verifyPackage(opened.value);
  if (!reread.ok) return reread;

  const seller = identity.previousHolder ?? identity.holder;
  const frame = { establishment: identity.establishment, head: built.manifest.head, editedAt: createdAt, fonts: context.editionFonts() };
  const pdf = dischargePdf(
    {
      purpose,
      manifest: built.manifest,
      fingerprint: built.fingerprint,
      packageName: basename(path),
      sealedSha256: createHash('sha256').update(written.onDisk).digest('hex'),
      seller,
      buyer: identity.previousHolder ? identity.holder : null,
    },
    frame,
  );
  if ((await createOnce(dischargePath, pdf)).state === 'exists') return err(appError('package.exists', undefined, { path: dischargePath }));
  await mkdir(sheetFolder, { recursive: true });
  const sheet = passphraseSheetPdf({ purpose, passphrase, sealedName: basename(path), fingerprint: built.fingerprint }, frame);
  if ((await createOnce(sheetPath, sheet)).state === 'exists') return err(appError('package.exists', undefined, { path: sheetPath }));
  return ok({
    path,
    dischargePath,
    fingerprint: built.fingerprint,
    parts: built.manifest.parts.length + 1,
    size: written.onDisk.length,
    passphrase,
    passphraseSheetPath: sheetPath,
  });
}
