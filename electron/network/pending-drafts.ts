// The validations a counter could not send while the server was away. No order number is
// ever given here: the server alone numbers (art. R. 5132-36 du code de la santé
// publique, one number per operation, in order). A draft held « en attente » is kept
// in the main process's data folder, so that closing the window loses nothing, and is
// sent when the server answers again, through the same transaction as any validation
// (validate.ts): it is then decided against the register as it stands, and may be
// refused — the refusal is kept, with its reason, until the person has read it.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppError } from '../../shared/errors';
import type { PendingDraft, PendingSent } from '../../shared/ipc/network';
import type { RegisterEvent } from '../../shared/register/events';
import type { Step } from '../../shared/register/act';
import type { Result } from '../../shared/result';
import { replaceWhole } from '../files/replace-whole';

export const PENDING_FILE = 'registre-partage-en-attente.json';

export type { PendingDraft, PendingSent } from '../../shared/ipc/network';

/** Why a failure leaves the draft to send again rather than refused: the server was not reached, nothing was written. */
export function serverAway(error: AppError): boolean {
  if (error.code !== 'network.failed') return false;
  const code = error.params?.['code'] ?? '';
  // Node's errno (ECONNREFUSED, ETIMEDOUT…), a server stopping or starting (57P0x), a link lost (08xxx).
  return /^E[A-Z]+$/.test(code) || /^57P0[123]$/.test(code) || /^08/.test(code);
}

export interface PendingQueue {
  list(): Promise<PendingDraft[]>;
  hold(drafts: readonly Step[], at: Date): Promise<PendingDraft>;
  /**
   * Sends the waiting drafts in the order held, stopping at the first the server does not
   * answer. Each is sent under its id as the act's key (validate.ts): if the app stopped
   * after the server recorded it and before this file was rewritten, the next send is
   * answered with what was recorded, and nothing is recorded twice.
   */
  send(validate: (drafts: readonly Step[], key: string) => Promise<Result<RegisterEvent[], AppError>>): Promise<PendingSent>;
  /** Forgets a refusal the person has read; a waiting draft is never forgotten. */
  dismiss(id: string): Promise<PendingDraft[]>;
}

export function pendingQueue(dataFolder: string): PendingQueue {
  const path = join(dataFolder, PENDING_FILE);
  // One change at a time: a send and a hold never read the same list and both write it.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (): Promise<PendingDraft[]> => {
    try {
      return (JSON.parse(await readFile(path, 'utf8')) as { pending: PendingDraft[] }).pending;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
  };
  const write = async (pending: readonly PendingDraft[]) => {
    await mkdir(dataFolder, { recursive: true });
    await replaceWhole(path, new TextEncoder().encode(`${JSON.stringify({ pending }, null, 2)}\n`));
  };
  return {
    list: () => serially(read),
    hold: (drafts, at) =>
      serially(async () => {
        const held: PendingDraft = { id: randomUUID(), heldAt: at.toISOString(), drafts: [...drafts] };
        await write([...(await read()), held]);
        return held;
      }),
    send: (validate) =>
      serially(async () => {
        const pending = await read();
        const recorded: RegisterEvent[][] = [];
        const kept: PendingDraft[] = [];
        let away = false;
        for (const held of pending) {
          if (away || held.refusal) {
            kept.push(held);
            continue;
          }
          const result = await validate(held.drafts, held.id);
          if (result.ok) recorded.push(result.value);
          else if (serverAway(result.error)) {
            away = true;
            kept.push(held);
          } else kept.push({ ...held, refusal: result.error });
          // Written after each answer, so that a recorded draft is not sent again; if the app stops
          // before this write, its key makes the server answer the events it already holds.
          await write([...kept, ...pending.slice(kept.length + recorded.length)]);
        }
        return { recorded, pending: kept };
      }),
    dismiss: (id) =>
      serially(async () => {
        const kept = (await read()).filter((held) => held.id !== id || !held.refusal);
        await write(kept);
        return kept;
      }),
  };
}
