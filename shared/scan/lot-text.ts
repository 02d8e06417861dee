// A lot number as typed or pasted into its field. A scanner read into that field, or a
// code copied from elsewhere, brings invisible characters (GS between the fields of a
// DataMatrix, a line end): a lot number is printed on the box and never holds one, so the
// field drops them as they come, before anyone validates (docs/decisions/0034-lecture-des-boites.md).
// Other free-text fields keep the register's refusal (control-characters.ts): there, an
// invisible character may hide a mistake the person must see.

/** C0 and C1 control characters, DEL, and the bidirectional embeddings and isolates. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function lotAsTyped(text: string): string {
  return text.replace(INVISIBLE, '');
}
