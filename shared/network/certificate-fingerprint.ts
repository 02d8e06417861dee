// The SHA-256 fingerprint of the shared register's server certificate, as the sheet for
// adding a counter prints it and as the person types it: 64 hexadecimal characters in
// sixteen groups of four. A counter keeps it and refuses any server whose certificate
// does not have it (docs/reseau.md, « Chiffrement »): the sheet, not the network, says
// which server is the register's.

/** Node's form (`X509Certificate.fingerprint256`): upper-case bytes separated by colons. */
export type Fingerprint = string;

/**
 * The fingerprint typed or pasted, in Node's form, or null when it is not 64 hexadecimal
 * characters. Spaces, colons and dashes are ignored: the sheet groups the characters, a
 * server's administrator may paste OpenSSL's colon form.
 */
export function readFingerprint(typed: string): Fingerprint | null {
  const hex = typed.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

/** As printed and shown: sixteen groups of four characters, easy to read aloud and compare. */
export function printedFingerprint(fingerprint: Fingerprint): string {
  return fingerprint.replace(/:/g, '').match(/.{4}/g)?.join(' ') ?? fingerprint;
}
