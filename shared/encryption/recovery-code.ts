// The recovery code printed on the recovery sheet: it unlocks the key that opens the
// encrypted reserve (decision 0041). 25 characters of Crockford's alphabet (no I, L, O
// or U: nothing to misread on paper), 125 bits, shown as five groups of five. The age
// tool takes it as a passphrase exactly as printed, dashes included; the application
// also accepts it typed in lower case, with spaces, or with O for 0 and I or L for 1.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 5;
export const RECOVERY_CODE_LENGTH = GROUPS * GROUP_LENGTH;

/** A new recovery code from 16 random bytes (only the first 125 bits are used). */
export function recoveryCodeFrom(random: Uint8Array): string {
  if (random.length < 16) throw new Error('16 octets aléatoires sont nécessaires au code de secours');
  let bits = 0n;
  for (const byte of random.subarray(0, 16)) bits = (bits << 8n) | BigInt(byte);
  let characters = '';
  for (let index = 0; index < RECOVERY_CODE_LENGTH; index += 1) characters += ALPHABET[Number((bits >> BigInt(5 * index + 3)) & 31n)];
  return grouped(characters);
}

function grouped(characters: string): string {
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += GROUP_LENGTH) groups.push(characters.slice(start, start + GROUP_LENGTH));
  return groups.join('-');
}

/**
 * The code as printed, from what a person typed; null when it cannot be one (wrong
 * length or a character outside the alphabet). Only the forms that read the same on
 * paper are forgiven: case, spaces and dashes, O for 0, I or L for 1.
 */
export function normalizeRecoveryCode(typed: string): string | null {
  const characters = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (characters.length !== RECOVERY_CODE_LENGTH) return null;
  for (const character of characters) if (!ALPHABET.includes(character)) return null;
  return grouped(characters);
}

/** Which group set-up asks the person to type back (1-based), to prove the sheet exists. */
export function groupToTypeBack(code: string, random: number): { position: number; expected: string } {
  const groups = code.split('-');
  const position = (Math.abs(Math.trunc(random)) % groups.length) + 1;
  return { position, expected: groups[position - 1] ?? '' };
}

/** The group typed back, as the person typed it, is the one printed. */
export function typedBackMatches(typed: string, expected: string): boolean {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean === expected;
}
