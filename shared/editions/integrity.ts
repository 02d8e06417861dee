// What the integrity report states: the result of re-checking the chain, link by link,
// as the command line and the window do it (shared/register/chain.ts).
import type { ChainHead } from '../register/chain-head';

export type IntegrityVerdict =
  | { intact: true; events: number; head: ChainHead }
  | {
      intact: false;
      /** Order number of the first event that breaks the chain. */
      brokenAt: number;
      /** Why, in French ("l’empreinte ne correspond pas au contenu"…). */
      reason: string;
      /** The last event that was still sound, if any. */
      lastSound: ChainHead | null;
    };

export interface IntegrityCheck {
  /** What was checked: "base de l’application", "copie de réserve E:\\REG-2026-001.journal.jsonl"… */
  subject: string;
  checkedAt: Date;
  verdict: IntegrityVerdict;
}

/** The 64 hex digits in four groups of 16, so that a person can read them out and compare. */
export function groupedHash(hash: string): string {
  return hash.match(/.{1,16}/g)?.join(' ') ?? hash;
}
