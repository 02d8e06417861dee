// The workstation's signing as the write door needs it (shared/signature/act-signing.ts):
// answered synchronously inside the IndexedDB transaction from what the main process
// already said, and thrown out of it for what it has not said yet. The write door then
// asks the main process, outside any transaction, and runs the act again from the start:
// the same act at the same instant asks for the same key and the same bytes.
import type { AppError } from '../../shared/errors';
import type { ActSigning } from '../../shared/signature/act-signing';
import { err, ok, type Result } from '../../shared/result';

/** What the main process answers about the register's keys (electron/signing/). */
export interface WorkstationSigner {
  newKey(registerId: string): Promise<Result<string, AppError>>;
  holds(publicKey: string): Promise<boolean>;
  sign(publicKey: string, message: string): Promise<Result<string, AppError>>;
}

export type SigningNeed = { kind: 'holds'; publicKey: string } | { kind: 'key'; registerId: string } | { kind: 'sign'; publicKey: string; message: string };

/** Thrown inside the transaction, which it aborts: nothing of the act is written. */
export class SigningNeeded extends Error {
  override readonly name = 'SigningNeeded';
  constructor(readonly need: SigningNeed) {
    super('Signature à demander au processus principal');
  }
}

export class ActSigningCache implements ActSigning {
  private readonly held = new Map<string, boolean>();
  private readonly fresh = new Map<string, string>();
  private readonly signatures = new Map<string, string>();

  constructor(private readonly signer: WorkstationSigner) {}

  holds(publicKey: string): boolean {
    const held = this.held.get(publicKey);
    if (held === undefined) throw new SigningNeeded({ kind: 'holds', publicKey });
    return held;
  }

  freshKey(registerId: string): string {
    const key = this.fresh.get(registerId);
    if (key === undefined) throw new SigningNeeded({ kind: 'key', registerId });
    return key;
  }

  sign(publicKey: string, message: string): string {
    const signature = this.signatures.get(`${publicKey}\n${message}`);
    if (signature === undefined) throw new SigningNeeded({ kind: 'sign', publicKey, message });
    return signature;
  }

  /** Asks the main process for what the act lacked; its refusal, in French, when it cannot. */
  async fill(need: SigningNeed): Promise<Result<void, AppError>> {
    switch (need.kind) {
      case 'holds':
        this.held.set(need.publicKey, await this.signer.holds(need.publicKey));
        return ok(undefined);
      case 'key': {
        const created = await this.signer.newKey(need.registerId);
        if (!created.ok) return err(created.error);
        this.fresh.set(need.registerId, created.value);
        this.held.set(created.value, true);
        return ok(undefined);
      }
      case 'sign': {
        const signed = await this.signer.sign(need.publicKey, need.message);
        if (!signed.ok) return err(signed.error);
        this.signatures.set(`${need.publicKey}\n${need.message}`, signed.value);
        return ok(undefined);
      }
    }
  }
}

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
