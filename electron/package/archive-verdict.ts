// What verifying one yearly archive's bytes finds, as a message between threads can carry
// it (plain data): sound with its year and fingerprint, or the problem found. Computed in
// the archive verification thread (archive-verify-worker.ts), kept by archive-verdicts.ts.
import type { AppError } from '../../shared/errors';
import { verifyPackage } from '../../shared/package/verify';

export type ArchiveVerdict = { ok: true; year: number | null; fingerprint: string } | { ok: false; problem: AppError };

export function archiveVerdictOf(bytes: Uint8Array): ArchiveVerdict {
  const verdict = verifyPackage(bytes);
  return verdict.ok ? { ok: true, year: verdict.value.manifest.year ?? null, fingerprint: verdict.value.fingerprint } : { ok: false, problem: verdict.error };
}
