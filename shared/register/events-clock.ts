// The technical events the register writes by itself about the workstation, never asked
// for by the person: they explain in the chain what would otherwise look like an anomaly.

/**
 * The workstation's clock was behind the last event when this one was validated: the
 * events from here on carry the clock's own instant, earlier than `previous`. Nothing is
 * reordered or rewritten; the order number stays the order of validation.
 */
export interface ClockSetBack {
  type: 'clock.setBack';
  /** The order number of the last event before the set-back. */
  previousSeq: number;
  /** Its `recordedAt`: the latest instant the register had recorded. */
  previous: string;
  /** The clock when the set-back was noticed; the `recordedAt` of this event. */
  current: string;
}
