// A journal held as bytes (a package's part, or the window's copy sent to the main
// process) read through the chain reader, with the tolerances of the journal format:
// a byte order mark, Windows line ends, blank lines at the end.
import { strFromU8 } from 'fflate';
import { createJournalReader, type JournalVerdict } from '../journal/read';
import type { RegisterEvent } from '../register/events';
import type { ChainHead } from '../register/chain-head';

export interface ReadJournalBytes {
  verdict: JournalVerdict;
  /** The events proven genuine, in order (all of them when the verdict is ok). */
  events: RegisterEvent[];
}

/** `after`: the head the first line continues (a yearly slice); the genesis when absent. */
export function readJournalBytes(bytes: Uint8Array, after?: ChainHead): ReadJournalBytes {
  const events: RegisterEvent[] = [];
  const reader = createJournalReader((event) => events.push(event), after);
  const lines = strFromU8(bytes)
    .replace(/^\ufeff/, '')
    .split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) if (reader.line(line.endsWith('\r') ? line.slice(0, -1) : line)) break;
  return { verdict: reader.end(), events };
}
