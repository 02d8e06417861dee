// What verifying a yearly archive found, kept for the session by the SHA-256 and the size
// of the file's bytes. Verifying an archive replays its whole year (about 2.8 s of
// processor time for 110 000 events); hashing its file takes a fraction of that. The same
// bytes give the same verdict, so the archives screen shown again verifies nothing again;
// a file whose bytes changed (even by one) has another SHA-256 and is verified again, so
// a damaged archive is always said damaged. Kept in memory only (decision 0071): a verdict
// written to disk could be edited to call an altered archive sound. The verification
// itself runs in a thread of its own (archive-verify-thread.ts).
import { createHash } from 'node:crypto';
import { appError } from '../../shared/errors';
import type { YearlyArchive } from '../../shared/ipc/contract';
import type { ArchiveVerdict } from './archive-verdict';
import { createArchiveVerifier } from './archive-verify-thread';
import { YEARLY_ARCHIVE_NAME } from './package-names';

/** Verifies an archive's bytes somewhere; null when no verdict could be had. */
export type VerifyArchive = (bytes: Uint8Array) => Promise<ArchiveVerdict | null>;

export interface ArchiveVerdicts {
  /** The archive as the archives screen shows it: verified, or its verdict for these very bytes. */
  describe(fileName: string, bytes: Uint8Array, onReserve: boolean): Promise<YearlyArchive>;
}

export function createArchiveVerdicts(verify: VerifyArchive = createArchiveVerifier().verify): ArchiveVerdicts {
  const known = new Map<string, ArchiveVerdict>();
  return {
    async describe(fileName, bytes, onReserve) {
      const key = `${createHash('sha256').update(bytes).digest('hex')}:${bytes.length}`;
      let verdict = known.get(key);
      if (!verdict) {
        const found = await verify(bytes);
        // No verdict (the thread failed or the app is quitting) says nothing of the bytes:
        // not kept, so the next listing verifies them again.
        if (found) known.set(key, found);
        verdict = found ?? { ok: false, problem: appError('archive.verifyImpossible') };
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
