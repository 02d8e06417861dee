// Movements a reader of the journal let go (shared/editions/period-events.ts) and may need
// again: a correction of the period names the movement it reverses, which may be dated in
// a month long closed. Only each one's hash is kept while reading (32 bytes per order
// number, not the event); a movement asked for again is read back from the file and taken
// only if its content still gives the hash the verified chain held: the file cannot have
// changed under the reader unnoticed.
import { hashEvent, type UnsealedEvent } from '../../shared/register/seal';
import { parseLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';
import type { ForgottenMovement } from '../../shared/editions/period-events';
import { fileLines } from './file-lines';
import { sha256OfTextNative } from './sha256';

const HASH_BYTES = 32;
const SEQ_KEY = '"seq":';

export interface ForgottenHashes {
  record(movement: ForgottenMovement): void;
  /** The hash the chain held at `seq`, if that event was recorded here. */
  hashAt(seq: number): string | undefined;
  /** The hashes recorded, as bytes another thread can be handed (and `createForgottenHashes` take back). */
  bytes(): Uint8Array;
}

/**
 * Hashes by order number, in one buffer that doubles as the journal goes on. An order
 * number never recorded reads as 32 zero bytes, which no SHA-256 of a line gives in
 * practice: no set of numbers beside the buffer.
 */
export function createForgottenHashes(recorded?: Uint8Array): ForgottenHashes {
  let bytes = recorded === undefined ? Buffer.alloc(0) : Buffer.from(recorded.buffer, recorded.byteOffset, recorded.byteLength);
  return {
    bytes: () => bytes,
    record(movement) {
      const at = movement.seq * HASH_BYTES;
      if (at + HASH_BYTES > bytes.length) {
        const grown = Buffer.alloc(Math.max(at + HASH_BYTES, bytes.length * 2, 1 << 16));
        bytes.copy(grown);
        bytes = grown;
      }
      bytes.write(movement.hash, at, HASH_BYTES, 'hex');
    },
    hashAt(seq) {
      const at = seq * HASH_BYTES;
      if (!Number.isSafeInteger(seq) || seq < 0 || at + HASH_BYTES > bytes.length) return undefined;
      const hash = bytes.subarray(at, at + HASH_BYTES);
      return hash.every((byte) => byte === 0) ? undefined : hash.toString('hex');
    },
  };
}

/**
 * The events of order numbers `seqs`, read back from the file; null when one is missing
 * or no longer gives the hash recorded while the chain was verified (the file changed).
 */
export async function readForgotten(path: string, seqs: readonly number[], hashes: ForgottenHashes): Promise<RegisterEvent[] | null> {
  const wanted = new Map<number, string>();
  for (const seq of seqs) {
    const hash = hashes.hashAt(seq);
    if (hash === undefined) return null;
    wanted.set(seq, hash);
  }
  const found: RegisterEvent[] = [];
  if (wanted.size === 0) return found;
  for await (const lines of fileLines(path)) {
    for (const text of lines) {
      if (!namesWanted(text, wanted)) continue;
      const parsed = parseLine(text);
      if (!parsed.ok) continue;
      const { event } = parsed;
      const hash = wanted.get(event.seq);
      if (hash === undefined) continue;
      const { hash: carried, ...unsealed } = event;
      if (carried !== hash || hashEvent(unsealed as UnsealedEvent, sha256OfTextNative) !== hash) return null;
      found.push(event);
      wanted.delete(event.seq);
      if (wanted.size === 0) return found.sort((a, b) => a.seq - b.seq);
    }
  }
  return null;
}

/** Whether a line holds `"seq":N` for a wanted N, without parsing it: most lines do not. */
function namesWanted(text: string, wanted: ReadonlyMap<number, string>): boolean {
  for (let at = text.indexOf(SEQ_KEY); at !== -1; at = text.indexOf(SEQ_KEY, at + SEQ_KEY.length)) {
    let end = at + SEQ_KEY.length;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
    if (wanted.has(Number(text.slice(at + SEQ_KEY.length, end)))) return true;
  }
  return false;
}
