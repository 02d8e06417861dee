// What verifying a yearly archive found, kept for the session by the SHA-256 and the size
// of the file's bytes. Verifying an archive replays its whole year (about 15 s of
// processor time for 110 000 events); hashing its file takes a fraction of that. The same
// bytes give the same verdict, so the archives screen shown again verifies nothing again;
// a file whose bytes changed (even by one) has another SHA-256 and is verified again, so
// a damaged archive is always said damaged. Kept in memory only (decision 0072): a verdict
// written to disk could be edited to call an altered archive sound.
import { createHash } from 'node:crypto';
import type { AppError } from '../../shared/errors';
import type { YearlyArchive } from '../../shared/ipc/contract';
import { verifyPackage } from '../../shared/package/verify';
import { YEARLY_ARCHIVE_NAME } from './package-names';

type Verdict = { ok: true; year: number | null; fingerprint: string } | { ok: false; problem: AppError };

function verdictOf(bytes: Uint8Array): Verdict {
  const verdict = verifyPackage(bytes);
  return verdict.ok ? { ok: true, year: verdict.value.manifest.year ?? null, fingerprint: verdict.value.fingerprint } : { ok: false, problem: verdict.error };
}

export interface ArchiveVerdicts {
  /** The archive as the archives screen shows it: verified, or its verdict for these very bytes. */
  describe(fileName: string, bytes: Uint8Array, onReserve: boolean): YearlyArchive;
}

export function createArchiveVerdicts(): ArchiveVerdicts {
  const known = new Map<string, Verdict>();
  return {
    describe(fileName, bytes, onReserve) {
      const key = `${createHash('sha256').update(bytes).digest('hex')}:${bytes.length}`;
      let verdict = known.get(key);
      if (!verdict) {
        verdict = verdictOf(bytes);
        known.set(key, verdict);
      }
      // A damaged archive's year is read from its name, which the manifest can no longer vouch for.
      const named = Number(YEARLY_ARCHIVE_NAME.exec(fileName)?.[1] ?? NaN);
      return {
        fileName,
        year: verdict.ok ? verdict.year : Number.isNaN(named) ? null : named,
        size: bytes.length,
        fingerprint: verdict.ok ? verdict.fingerprint : null,
        problem: verdict.ok ? null : verdict.problem,
        onReserve,
      };
    },
  };
}
