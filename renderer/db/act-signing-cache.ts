// The window's signer: the main process's signing channels (electron/signing/), as the
// write door's cache asks them (shared/signature/act-signing-cache.ts).
import type { AppError } from '../../shared/errors';
import { ok, type Result } from '../../shared/result';
import type { WorkstationSigner } from '../../shared/signature/act-signing-cache';

export { ActSigningCache, SigningNeeded, type SigningNeed, type WorkstationSigner } from '../../shared/signature/act-signing-cache';

/** Keys the main process said it holds: a key file is never removed, so the answer stands for the window's life. */
const heldHere = new Set<string>();

/** The signer over the main process's channels. */
export function mainProcessSigner(api: {
  'signing:newKey': (request: { registerId: string }) => Promise<Result<{ publicKey: string }, AppError>>;
  'signing:holds': (request: { publicKey: string }) => Promise<Result<{ held: boolean }, AppError>>;
  'signing:sign': (request: { publicKey: string; message: string }) => Promise<Result<{ signature: string }, AppError>>;
}): WorkstationSigner {
  return {
    async newKey(registerId) {
      const answer = await api['signing:newKey']({ registerId });
      return answer.ok ? ok(answer.value.publicKey) : answer;
    },
    async holds(publicKey) {
      if (heldHere.has(publicKey)) return true;
      const answer = await api['signing:holds']({ publicKey });
      if (answer.ok && answer.value.held) heldHere.add(publicKey);
      return answer.ok && answer.value.held;
    },
    async sign(publicKey, message) {
      const answer = await api['signing:sign']({ publicKey, message });
      return answer.ok ? ok(answer.value.signature) : answer;
    },
  };
}
