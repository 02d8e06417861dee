// The journal file: one event per line, as JSON, in order. The same format serves the
// reserve copy, exports and the command line, so a register is one file everywhere.
import type { RegisterEvent } from '../register/events';
import { canonicalJson } from '../register/seal';

export const JOURNAL_EXTENSION = '.journal.jsonl';

export function journalFileName(registerId: string): string {
  return `${registerId}${JOURNAL_EXTENSION}`;
}

/**
 * Lines are written in RFC 8785 canonical form: the same event always gives the same
 * bytes, whichever way its keys were ordered in memory (IndexedDB, IPC validation…).
 */
export function serializeLine(event: RegisterEvent): string {
  return `${canonicalJson(event)}\n`;
}

export type ParsedLine = { ok: true; event: RegisterEvent } | { ok: false; reason: 'json' | 'shape' };

/** Reads one line; the chain verifier decides whether its content is genuine. */
export function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'shape' };
  const candidate = value as Partial<RegisterEvent>;
  const wellFormed =
    Number.isSafeInteger(candidate.seq) && typeof candidate.hash === 'string' && typeof candidate.prevHash === 'string' && typeof candidate.type === 'string';
  return wellFormed ? { ok: true, event: value as RegisterEvent } : { ok: false, reason: 'shape' };
}
