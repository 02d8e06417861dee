// The workstation's signing as the write door needs it (act-signing.ts): answered
// synchronously inside the write's transaction from what the keys' holder already said,
// and thrown out of the act for what it has not said yet. The caller then asks the holder
// and runs the act again from the start: the same act at the same instant asks for the
// same key and the same bytes. On one PC the window asks the main process, outside its
// IndexedDB transaction (renderer/db/record.ts); in network mode the main process asks its
// own keys, inside the server's transaction, the head still locked (electron/network/validate.ts).
import type { AppError } from '../errors';
import type { ActSigning } from './act-signing';
import { err, ok, type Result } from '../result';

/** What the holder of the register's keys answers (electron/signing/signing-keys.ts, or the channels to it). */
export interface WorkstationSigner {
  newKey(registerId: string): Promise<Result<string, AppError>>;
  holds(publicKey: string): Promise<boolean>;
  sign(publicKey: string, message: string): Promise<Result<string, AppError>>;
}

export type SigningNeed = { kind: 'holds'; publicKey: string } | { kind: 'key'; registerId: string } | { kind: 'sign'; publicKey: string; message: string };

/** Thrown out of the act, whose writes are then undone: nothing of the act is kept. */
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
