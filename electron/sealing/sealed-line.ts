// One line of the encrypted reserve journal (decision 0041):
//   <seq> <hash> <age file in base64>\n
// The age file holds the event's clear journal line, '\n' included, encrypted to the
// reserve's X25519 recipient. The sequence number and hash stay in clear so that the
// head, a torn end and the continuation of the chain are found without the key.
import { Decrypter, Encrypter } from 'age-encryption';
import { parseLine, serializeLine } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterEvent } from '../../shared/register/events';

export const SEALED_JOURNAL_SUFFIX = '.journal-chiffre.txt';

export function sealedJournalFileName(registerId: string): string {
  return `${registerId}${SEALED_JOURNAL_SUFFIX}`;
}

/** "age-encryption.org/v1\n", the first bytes of every age file, in base64. */
const AGE_MAGIC_BASE64 = 'YWdlLWVuY3J5cHRpb24ub3JnL3Yx';
const HASH = /^[0-9a-f]{64}$/;
const SEQ = /^[1-9][0-9]{0,15}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface SealedLine extends ChainHead {
  sealed: Uint8Array;
}

/** Seals events into their lines; the recipient is public, writing needs no secret. */
export async function sealLines(events: readonly RegisterEvent[], recipient: string): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  const lines: string[] = [];
  for (const event of events) {
    const sealed = await encrypter.encrypt(serializeLine(event));
    lines.push(`${event.seq} ${event.hash} ${Buffer.from(sealed).toString('base64')}\n`);
  }
  return lines.join('');
}

/**
 * The clear part of a line, checked for shape only (no key): null when it is not a
 * sealed line — a torn end, whose base64 was cut short, is among those.
 */
export function parseSealedLine(text: string): SealedLine | null {
  const parts = text.replace(/\r$/, '').split(' ');
  if (parts.length !== 3) return null;
  const [seq, hash, payload] = parts as [string, string, string];
  if (!SEQ.test(seq) || !HASH.test(hash) || !payload.startsWith(AGE_MAGIC_BASE64)) return null;
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) return null;
  const seqNumber = Number(seq);
  if (!Number.isSafeInteger(seqNumber)) return null;
  return { seq: seqNumber, hash, sealed: Buffer.from(payload, 'base64') };
}

/** The head a sealed line announces, without the key. */
export function sealedLineHead(text: string): ChainHead | null {
  const line = parseSealedLine(text);
  return line === null ? null : { seq: line.seq, hash: line.hash };
}

/** Why a sealed line does not give back its event. */
export class SealedLineError extends Error {
  constructor(
    readonly seq: number,
    readonly reason: 'key' | 'content' | 'mismatch',
  ) {
    super(
      reason === 'key'
        ? `Ligne n° ${seq} : la clé ne l’ouvre pas ou elle a été modifiée`
        : reason === 'content'
          ? `Ligne n° ${seq} : le contenu déchiffré n’est pas un événement`
          : `Ligne n° ${seq} : l’événement déchiffré ne porte pas le n° d’ordre et l’empreinte écrits devant lui`,
    );
    this.name = 'SealedLineError';
  }
}

/** Opens sealed lines with the reserve's identity. */
export function createLineOpener(identity: string): (line: SealedLine) => Promise<{ event: RegisterEvent; text: string }> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return async (line) => {
    let text: string;
    try {
      // Poly1305 authenticates every byte: a changed bit is refused here, never read.
      text = await decrypter.decrypt(line.sealed, 'text');
    } catch {
      throw new SealedLineError(line.seq, 'key');
    }
    const parsed = parseLine(text.replace(/\n$/, ''));
    if (!parsed.ok) throw new SealedLineError(line.seq, 'content');
    // The clear seq and hash are what the writer continued and healed by: they must be the event's.
    if (parsed.event.seq !== line.seq || parsed.event.hash !== line.hash) throw new SealedLineError(line.seq, 'mismatch');
    return { event: parsed.event, text };
  };
}
