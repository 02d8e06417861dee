// The holder's recovery code: printed once at set-up, it replaces a forgotten holder code.
// 20 characters of an alphabet without the letters read for digits (no I, L, O, U): 100
// bits, typed in five groups of four, read back whatever the case, spaces or dashes.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 4;

export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group += 1) {
    let text = '';
    for (let index = 0; index < GROUP_LENGTH; index += 1) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}

/** The code as typed, reduced to what is hashed: capitals, no separators. */
export function normalizedRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
