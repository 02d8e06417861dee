// The offline verifier page (docs/verifier.md), written loose at the root of the reserve
// medium, beside the reserve journal: whoever finds the key (an inspector, the next
// holder, the pharmacist on a new PC) can check the journal on it with a browser alone.
// It holds no data of the register, so it is written in clear even when the reserve is
// encrypted. The app's own page replaces an earlier one left there (it is a file of the
// app, not of the register); a failure never stands in the way of the copy of the events.
import { join } from 'node:path';
import { VERIFIER_PAGE_PATH } from '../../shared/package/manifest';
import { replaceWhole } from '../files/replace-whole';
import { readIfPresent } from '../files/write-once';

export type PagePlaced = 'written' | 'alreadyThere' | 'noPage' | 'failed';

/** Makes the medium's page the app's own: written when missing or different, left when the same. */
export async function placeVerifierPage(folder: string, page: Uint8Array | null): Promise<PagePlaced> {
  if (page === null) return 'noPage';
  const path = join(folder, VERIFIER_PAGE_PATH);
  try {
    const there = await readIfPresent(path);
    if (there !== null && Buffer.compare(there, page) === 0) return 'alreadyThere';
    await replaceWhole(path, page);
    return 'written';
  } catch {
    // A medium removed or write-protected meanwhile: the next set-up or synchronisation tries again.
    return 'failed';
  }
}
