// Verifies one file the inspector opened, with the application's own shared/ code: a
// journal is streamed through the journal reader (chain, then the register's rules
// replayed with the app's own decide and fold); a package or a yearly archive is read
// whole and verified by verifyPackage, as the buyer's application and the command line
// verify it. A sealed package (docs/package-format.md § 9) is opened first with the
// passphrase the page asked. The first fault is the verdict, in the same French wording.
import { describeError } from '../../shared/errors';
import { frenchTypography } from '../../shared/french';
import { journalBreakWording } from '../../shared/journal/break-wording';
import { PACKAGE_LIMITS } from '../../shared/package/limits';
import { verifyPackage, type VerifiedPackage } from '../../shared/package/verify';
import { isSealedPackage, openSealedPackage } from '../../shared/package/sealed-package';
import { createFactsCollector } from '../../shared/verifier/register-facts';
import { checkJournalFile, type FirstPartElsewhere } from './journal-file';
import type { PackageFacts, VerifierReport } from './report';
import type { RegisterFacts } from '../../shared/verifier/register-facts';

/** The report, with the register's facts whole: the worker keeps their days and sends the rest (report.ts). */
export type VerifiedReport = Omit<VerifierReport, 'facts'> & { facts?: RegisterFacts };

export interface OpenedFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number): Blob;
}

const ZIP_SIGNATURES = ['PK\u0003\u0004', 'PK\u0005\u0006'];

/** A .zip or .zip.age, or any file that starts like one: a journal never does (its lines start with "{"). */
async function isPackage(file: OpenedFile): Promise<boolean> {
  if (/\.zip(\.age)?$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  return ZIP_SIGNATURES.includes(String.fromCharCode(...head.subarray(0, 4))) || isSealedPackage(head);
}

/** A sealed package: the page asks its passphrase before handing it over. */
export async function isSealedFile(file: Pick<OpenedFile, 'slice'>): Promise<boolean> {
  return isSealedPackage(new Uint8Array(await file.slice(0, 32).arrayBuffer()));
}

export async function verifyFile(
  file: OpenedFile,
  onProgress: (read: number, total: number) => void,
  firstPartElsewhere?: FirstPartElsewhere,
  now: () => number = () => performance.now(),
  passphrase?: string,
): Promise<VerifiedReport> {
  const started = now();
  const base = { fileName: file.name, size: file.size };
  const report = (await isPackage(file))
    ? await verifyPackageFile(file, onProgress, passphrase)
    : await verifyJournalFile(file, onProgress, firstPartElsewhere);
  return { ...base, ...report, elapsedMs: Math.round(now() - started) };
}

type Verified = Omit<VerifiedReport, 'fileName' | 'size' | 'elapsedMs'>;

async function verifyJournalFile(
  file: OpenedFile,
  onProgress: (read: number, total: number) => void,
  firstPartElsewhere?: FirstPartElsewhere,
): Promise<Verified> {
  const facts = createFactsCollector();
  const verdict = await checkJournalFile(
    file,
    (read) => onProgress(read, file.size),
    (event) => facts.add(event),
    firstPartElsewhere,
  );
  if (!verdict.ok) {
    return {
      source: 'journal',
      ok: false,
      verdict: frenchTypography(journalBreakWording(verdict)),
      fault: { line: verdict.line, ...(verdict.seq === undefined ? {} : { seq: verdict.seq }) },
      wholeRegister: false,
    };
  }
  const collected = facts.facts();
  return {
    source: 'journal',
    ok: true,
    verdict: frenchTypography('Chaînage vérifié en entier, et chaque événement relu par les règles du registre.'),
    summary: verdict,
    facts: collected,
    wholeRegister: collected.registerId !== null,
  };
}

async function verifyPackageFile(file: OpenedFile, onProgress: (read: number, total: number) => void, passphrase?: string): Promise<Verified> {
  if (file.size > PACKAGE_LIMITS.maxPackageBytes)
    return packageRefusal(describeError({ code: 'package.tooLarge', params: { max: String(PACKAGE_LIMITS.maxPackageBytes) } }));
  onProgress(0, file.size);
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  onProgress(file.size, file.size);
  if (isSealedPackage(bytes)) {
    if (passphrase === undefined) return packageRefusal(describeError({ code: 'package.passphraseNeeded', params: { fileName: file.name } }));
    const opened = await openSealedPackage(bytes, passphrase);
    if (!opened.ok) return packageRefusal(describeError(opened.error));
    bytes = opened.value;
  }
  const verdict = verifyPackage(bytes);
  if (!verdict.ok) {
    const { params } = verdict.error;
    const seq = params?.seq ? Number(params.seq) : undefined;
    const line = params?.line ? Number(params.line) : undefined;
    return packageRefusal(describeError(verdict.error), { ...(params?.path ? { part: params.path } : {}), ...(line ? { line } : {}), ...(seq ? { seq } : {}) });
  }
  const verified = verdict.value;
  const facts = createFactsCollector();
  for (const event of verified.events) facts.add(event);
  const whole = verified.manifest.after === null;
  return {
    source: 'package',
    ok: true,
    verdict: frenchTypography(
      whole
        ? 'Manifeste et parties conformes, chaînage vérifié en entier, chaque événement relu par les règles du registre, éditions inscrites présentes.'
        : 'Manifeste et parties conformes, chaînage de la tranche vérifié en entier depuis l’événement qui la précède, éditions inscrites présentes.',
    ),
    summary: verified.journal,
    package: packageFacts(verified),
    facts: facts.facts(),
    wholeRegister: whole,
  };
}

function packageRefusal(sentence: string, fault?: VerifierReport['fault']): Verified {
  return { source: 'package', ok: false, verdict: sentence, ...(fault ? { fault } : {}), wholeRegister: false };
}

function packageFacts({ manifest, fingerprint, editions }: VerifiedPackage): PackageFacts {
  return {
    kind: manifest.kind,
    ...(manifest.year === undefined ? {} : { year: manifest.year }),
    registerId: manifest.registerId,
    establishment: manifest.establishment,
    holder: manifest.holder,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    after: manifest.after,
    fingerprint,
    parts: manifest.parts.length + 1,
    editions: editions.map(({ fileName, recordedBy }) => ({ fileName, recordedBy })),
  };
}
