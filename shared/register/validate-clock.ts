// A clock set-back is written by the register itself, but it is checked like any other
// event: two real instants, the current one strictly before the previous one.
import type { ClockSetBack } from './events';
import { refuse } from './refusal';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

export function validateClockSetBack(body: ClockSetBack): ClockSetBack {
  if (!Number.isSafeInteger(body.previousSeq) || body.previousSeq < 1) refuse('clock.malformed', 'previousSeq');
  if (!isInstant(body.previous) || !isInstant(body.current) || body.current >= body.previous) refuse('clock.malformed', 'current');
  return { type: 'clock.setBack', previousSeq: body.previousSeq, previous: body.previous, current: body.current };
}
