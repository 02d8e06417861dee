// Reads a journal one physical line at a time and says whether it is intact and valid,
// naming the first broken line: the chain first, then the register's own rules replayed
// over every event (shared/register/replay.ts). Pure: the caller owns the file (a Node
// stream in the command line, a Blob elsewhere), so a million-line journal never has to
// be held in memory.
import type { ErrorCode } from '../errors';
import { createChainVerifier } from '../register/chain';
import { isMovement, JOURNAL_FORMAT, type RegisterEvent } from '../register/events';
import type { RegisterState } from '../register/register-state';
import { createReplayValidator } from '../register/replay';
import { parseLine } from './line';
import { readByteLine, type ByteText } from './byte-line';
import { signingSummary, type SigningSummary } from '../signature/signing-summary';
import type { ChainHead } from '../register/chain-head';
import { hashEvent, sha256OfText, type TextSha256 } from '../register/seal';

/**
 * `rule`: intact, but an event breaks a rule of the register (named by `rule` and `message`).
 * `format`: the line says it is written in a newer format than this reader knows (docs/journal-format.md, § 6).
 */
export type JournalFault = 'json' | 'shape' | 'gap' | 'prevHash' | 'hash' | 'empty' | 'rule' | 'format';

export interface JournalSummary {
  ok: true;
  events: number;
  movements: number;
  /** Count of product.defined events. */
  products: number;
  lastSeq: number;
  headHash: string;
  /** The closures' signatures, verified with the rules; absent for a slice, whose rules are not replayed. */
  signing?: SigningSummary;
}

export interface JournalBreak {
  ok: false;
  /** 1-based physical line of the file. */
  line: number;
  /** The order number the broken line carries, when it could be read. */
  seq?: number;
  /** For a gap: the order number that should have come next. */
  expectedSeq?: number;
  reason: JournalFault;
  /** For a rule: the rule broken (an error code) and its French wording. */
  rule?: ErrorCode;
  message?: string;
  /** For a newer format: the version the line declares. */
  format?: number;
}

export type JournalVerdict = JournalSummary | JournalBreak;

export interface JournalReader {
  /** Feeds the next line, without its line break; returns the break it reveals, if any. */
  line(text: string): JournalBreak | null;
  /**
   * The same, for a line handed as its bytes, undecoded (byte-line.ts): from a block of
   * the file known to be valid UTF-8. Needs `ReaderChecks.byteText`.
   */
  byteLine(bytes: string): JournalBreak | null;
  /** The verdict once every line has been fed (or the first break, if one was returned). */
  end(): JournalVerdict;
  /** The register as the replayed events leave it (the app's own fold); null for a slice, checked for its chain only. */
  readonly state: RegisterState | null;
  /** Ends the lines only taken in (`ReaderChecks.foldFirst`): every check is made from the next line on. */
  checkFromHere(): void;
}

/**
 * A version above the one this reader knows is refused before anything else: its events
 * may be sealed or mean things this reader cannot check, and must not be misread as altered.
 */
function newerFormat(event: RegisterEvent): number | null {
  const declared: unknown = event.format;
  return typeof declared === 'number' && Number.isSafeInteger(declared) && declared > JOURNAL_FORMAT ? declared : null;
}

/** How a reader makes its checks: every check, on every line, unless `foldFirst`. */
export interface ReaderChecks {
  /** The SHA-256 the hashes are recomputed with (chain.ts): the domain's own by default. */
  sha256?: TextSha256;
  /**
   * The first lines are checked by another reader at the same time: until `checkFromHere`,
   * their links are followed and their events taken into the state, without recomputing
   * hashes nor replaying rules (the command line's second thread, electron/files/).
   */
  foldFirst?: boolean;
  /** How lines handed as bytes (`byteLine`) are decoded and hashed: the host's own. */
  byteText?: ByteText;
}

/**
 * `line`: the event's line as read, for a caller that keeps it longer (period-events.ts):
 * its text, or its bytes when `byteText` is given (to be read again by readByteLine).
 */
export type EventListener = (event: RegisterEvent, line: string, byteText?: ByteText) => void;

export function createJournalReader(onEvent?: EventListener, after?: ChainHead, checks: ReaderChecks = {}): JournalReader {
  // `after`: a slice of a journal (a yearly archive) continues a head known from elsewhere.
  // The links are followed here; the hash, checked after them as chain.ts does, only while `checking`.
  const verifier = createChainVerifier(after, { hashes: false });
  const sha256 = checks.sha256 ?? sha256OfText;
  let checking = !(checks.foldFirst ?? false);
  const byteText = checks.byteText;
  // The rules need the register from its opening: a slice is checked for its chain only.
  const rules = after === undefined ? createReplayValidator() : null;
  let lineNumber = 0;
  let firstBlankLine: number | null = null;
  let broken: JournalBreak | null = null;
  let events = 0;
  let movements = 0;
  let products = 0;
  let signatures = 0;
  let head: ChainHead | null = null;

  function fail(found: Omit<JournalBreak, 'ok'>): JournalBreak {
    broken = { ok: false, ...found };
    return broken;
  }

  /**
   * The checks of a parsed line. `hashHolds`: already known (a line read as bytes, hashed
   * by its host), or null to recompute it here. `lineBytes`: the line is bytes that need
   * this to be read again.
   */
  function checkEvent(event: RegisterEvent, line: string, hashHolds: boolean | null, lineBytes?: ByteText): JournalBreak | null {
    const format = newerFormat(event);
    if (format !== null) return fail({ line: lineNumber, seq: event.seq, reason: 'format', format });
    const chainBreak = verifier.next(event);
    if (chainBreak) {
      return fail({
        line: lineNumber,
        seq: chainBreak.seq,
        reason: chainBreak.kind,
        ...(chainBreak.kind === 'gap' ? { expectedSeq: chainBreak.expectedSeq } : {}),
      });
    }
    if (checking) {
      if (hashHolds === null) {
        const { hash, ...unsealed } = event;
        hashHolds = hashEvent(unsealed, sha256) === hash;
      }
      if (!hashHolds) return fail({ line: lineNumber, seq: event.seq, reason: 'hash' });
    }
    if (!checking) rules?.take(event);
    const fault = checking ? rules?.next(event) : null;
    if (fault) return fail({ line: lineNumber, seq: fault.seq, reason: 'rule', rule: fault.rule, message: fault.message });
    events += 1;
    if (event.type === 'product.defined') products += 1;
    if (isMovement(event)) movements += 1;
    if (rules && event.signature !== undefined) signatures += 1;
    head = { seq: event.seq, hash: event.hash };
    onEvent?.(event, line, lineBytes);
    return null;
  }

  function line(text: string): JournalBreak | null {
    if (broken) return broken;
    lineNumber += 1;
    // Blank lines are tolerated only at the end of the file (an editor's trailing newline);
    // a blank line followed by an event is a damaged journal.
    if (text.trim() === '') {
      firstBlankLine ??= lineNumber;
      return null;
    }
    if (firstBlankLine !== null) return fail({ line: firstBlankLine, reason: 'json' });
    const parsed = parseLine(text);
    if (!parsed.ok) return fail({ line: lineNumber, reason: parsed.reason });
    return checkEvent(parsed.event, text, null);
  }

  return {
    state: rules?.state ?? null,
    checkFromHere() {
      checking = true;
    },
    line,
    byteLine(bytes) {
      if (broken) return broken;
      if (byteText === undefined) throw new TypeError('createJournalReader: lignes en octets sans ByteText');
      // A blank line does not parse: it is read as text, below, as is any other line not vouched for.
      const read = readByteLine(bytes, byteText, checking);
      if (!read.ok) return line(read.text);
      lineNumber += 1;
      if (firstBlankLine !== null) return fail({ line: firstBlankLine, reason: 'json' });
      return checkEvent(read.event, bytes, read.hashHolds, read.ascii ? undefined : byteText);
    },
    end() {
      if (broken) return broken;
      if (head === null) return fail({ line: 1, reason: 'empty' });
      return {
        ok: true,
        events,
        movements,
        products,
        lastSeq: head.seq,
        headHash: head.hash,
        ...(rules ? { signing: signingSummary(signatures, rules.state) } : {}),
      };
    },
  };
}
