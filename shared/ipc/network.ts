// What the window and the main process say to each other about the shared register
// (docs/reseau.md): where it lives, and the validations held « en attente » while its
// server was away. Plain data, the same on both sides of the channel.
import type { AppError } from '../errors';
import type { RegisterEvent } from '../register/events';
import type { Step } from '../register/act';

/** The connection settings typed at set-up. */
export interface ServerSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /**
   * The server certificate's SHA-256 fingerprint, from the sheet for adding a counter: the
   * counter then talks to that server only, encrypted (docs/reseau.md, « Chiffrement »).
   */
  fingerprint?: string;
  /** Encrypted or nothing, the certificate not checked: for a server whose fingerprint the holder does not have. */
  requireTls?: boolean;
}

/** What the window is told of the server: everything but the password. */
export type ServerAddress = Omit<ServerSettings, 'password'>;

/** How far one PC has written the reserve journal from the server (noted by that PC after each append). */
export interface ReserveProgress {
  /** The name of the PC that writes it, as its system knows it. */
  holder: string;
  /** The last order number written to its reserve. */
  seq: number;
  /** When it last wrote (the server's clock), ISO 8601. */
  writtenAt: string;
}

/**
 * The mark a register taken back to one PC leaves on its server (docs/reseau.md § 8 bis):
 * the head taken, by which PC, when. Nothing is written on the server after it.
 */
export interface RegisterHandback {
  seq: number;
  hash: string;
  /** The name of the PC that took it back, as its system knows it. */
  holder: string;
  /** When (the server's clock), ISO 8601. */
  takenAt: string;
}

/** A validation held while the server was away: never numbered here, sent when it answers. */
export interface PendingDraft {
  id: string;
  /** When the counter held it (its own clock). */
  heldAt: string;
  /** The act's steps, as the person validated them: drafts, and an inventory's adjustments said as data. */
  drafts: Step[];
  /** The server's refusal once sent, to show; absent while it waits. */
  refusal?: AppError;
}

export interface PendingSent {
  /** The events the server recorded from held drafts, act by act, in the order sent. */
  recorded: RegisterEvent[][];
  /** What is still held: waiting, or refused and not yet read. */
  pending: PendingDraft[];
}

/**
 * Where a move of the register between the modes stands (docs/reseau.md § 8 bis), asked
 * again and again by the window while the move runs: the last order number sent to the
 * server (`sending`) or written to the exported journal (`exporting`).
 */
export interface MoveProgress {
  phase: 'idle' | 'sending' | 'exporting';
  done: number;
  total: number;
}
