// The machine's day a journal's event was recorded on, as the replay hands it to decide.ts
// for the rules that refuse a date in the future.

/**
 * The machine's day when the event was recorded. `recordedAt` is UTC and the operation
 * date is local: a day's grace covers every time zone, so a genuine entry is never taken
 * for one dated in the future.
 */
export function dayOfRecording(recordedAt: string): string {
  // A replay asks for every event, and the events of a day follow each other: an instant
  // written in UTC as the chain writes it gives the same answer as the last one of its day.
  const day = recordedAt.slice(0, 10);
  if (day === lastRecording.day && UTC_INSTANT.test(recordedAt)) return lastRecording.answer;
  const instant = Date.parse(recordedAt);
  const answer = new Date(instant + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (UTC_INSTANT.test(recordedAt)) lastRecording = { day, answer };
  return answer;
}

/** An instant in UTC with its seconds (`toISOString`): its day of recording depends on its date alone. */
const UTC_INSTANT = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
let lastRecording = { day: '', answer: '' };
