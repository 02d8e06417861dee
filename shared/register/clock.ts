// A clock set back (a manual change, a flat CMOS battery, a wrong time zone) would make
// the register's recording instants go backwards without a word. The order number stays
// the order of validation and no instant is ever corrected; instead the register writes,
// just before the first event validated while the clock is behind, a `clock.setBack`
// event that states both instants, in the same act as that event.
import { formatEditionInstant } from '../editions/wording';
import { appError, describeError, type AppError } from '../errors';
import { localDay } from './dates';
import type { RegisterEvent } from './events';
import type { Draft } from './validate';
import type { ChainHead } from './chain-head';

/** The last event of the register, as far as its clock is concerned. */
export type ClockHead = ChainHead & Pick<RegisterEvent, 'recordedAt'>;

/** Whether a write validated `now` comes before the register's last recording instant. */
export function isClockBehind(head: ClockHead | undefined, now: Date): head is ClockHead {
  return head !== undefined && now.toISOString() < head.recordedAt;
}

/**
 * The `clock.setBack` that must precede `draft`, or null when the clock is not behind. It
 * is validated by the person validating the draft and decided like any event.
 */
export function clockSetBackDraft(head: ClockHead | undefined, draft: Draft, now: Date): Draft | null {
  if (!isClockBehind(head, now)) return null;
  return {
    operationDate: localDay(now),
    body: { type: 'clock.setBack', previousSeq: head.seq, previous: head.recordedAt, current: now.toISOString() },
    ...(draft.validatedBy === undefined ? {} : { validatedBy: draft.validatedBy }),
  };
}

/**
 * When the set-back cannot be recorded (the clock shows a day the register cannot date
 * anything on), the write is refused with a message that names the clock, not the draft's date.
 */
export function clockSetBackRefused(head: ClockHead, now: Date, reason: AppError): AppError {
  return appError('clock.setBackRefused', undefined, {
    current: formatEditionInstant(now),
    previous: formatEditionInstant(new Date(head.recordedAt)),
    seq: String(head.seq),
    reason: describeError(reason),
  });
}

/** What the window tells the person about the clock, if anything. */
export type ClockNotice =
  /** The clock is behind the last event: the next write will record a set-back. */
  | { kind: 'behind'; now: Date; head: ClockHead }
  /** A set-back was recorded and the clock has not yet caught up with the instant before it. */
  | { kind: 'recorded'; setBack: Extract<RegisterEvent, { type: 'clock.setBack' }> };

export function clockNotice(
  now: Date,
  head: ClockHead | undefined,
  lastSetBack: Extract<RegisterEvent, { type: 'clock.setBack' }> | undefined,
): ClockNotice | null {
  if (isClockBehind(head, now)) return { kind: 'behind', now, head };
  if (lastSetBack && now.toISOString() < lastSetBack.previous) return { kind: 'recorded', setBack: lastSetBack };
  return null;
}
