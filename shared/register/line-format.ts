// The version each journal line is written in: the lowest that describes it. A line that
// a reader of version 1 reads in full stays version 1, so that the journals of a register
// that never uses what version 2 added remain readable by every earlier release; a line
// that uses it says so, and an earlier release refuses it as newer instead of misreading
// it (docs/journal-format.md, § 6).
import type { JournalFormat } from './events';
import type { ValidBody } from './validate';

/**
 * What version 2 added: the role recorded with an authorisation (shared/access/roles.ts).
 * What version 3 added: the register's signing key, at its opening or recorded later, and
 * the signature of a closure (`signed`, shared/signature/).
 */
export function lineFormatFor(body: ValidBody, signed = false): JournalFormat {
  if (signed || body.type === 'signingKey.recorded' || (body.type === 'register.opened' && body.signingKey !== undefined)) return 3;
  return body.type === 'validator.authorized' && body.person.roleKind !== undefined ? 2 : 1;
}
