// The bundled server's TLS certificate: made once at set-up (or at the first start of a
// host set up before TLS), self-signed, and trusted by pinning its SHA-256 fingerprint,
// printed on the sheet for adding a counter. No certification authority can vouch for a
// PC on a practice's network; the sheet can. Node makes the key but no X.509 certificate:
// the few DER structures of RFC 5280 a self-signed certificate needs are written here,
// rather than bringing a library for them.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { chmod, chown, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fingerprint } from '../../../shared/network/certificate-fingerprint';

function length(size: number): Buffer {
  if (size < 0x80) return Buffer.from([size]);
  const bytes: number[] = [];
  for (let rest = size; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const der = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const sequence = (...content: Buffer[]) => der(0x30, ...content);
const set = (...content: Buffer[]) => der(0x31, ...content);
const explicit = (n: number, ...content: Buffer[]) => der(0xa0 + n, ...content);
const octets = (content: Buffer) => der(0x04, content);
const bits = (content: Buffer) => der(0x03, Buffer.from([0]), content);
const utf8 = (text: string) => der(0x0c, Buffer.from(text, 'utf8'));
const generalTime = (text: string) => der(0x18, Buffer.from(text, 'ascii'));
const TRUE = der(0x01, Buffer.from([0xff]));

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift(0x80 | (value & 0x7f));
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function positiveInteger(value: Buffer): Buffer {
  // A leading 0 keeps a serial whose first bit is set from reading as negative.
  return der(0x02, (value[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));

export interface ServerCertificate {
  /** PEM: given to PostgreSQL (server.crt) and pinned by the counters. */
  certificate: string;
  /** PEM (PKCS #8): stays in the cluster's folder (server.key). */
  key: string;
  fingerprint: Fingerprint;
}

/**
 * A self-signed certificate for a P-256 key. Valid from 2000 to 9999 (RFC 5280 § 4.1.2.5,
 * « no well-defined expiration date »): trust comes from the pinned fingerprint, not from
 * dates, and a counter whose clock is wrong must not refuse the register for it.
 */
export function makeServerCertificate(commonName: string, random: (size: number) => Buffer = randomBytes): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = sequence(set(sequence(oid('2.5.4.3'), utf8(commonName))));
  // basicConstraints cA: the certificate is its own trust anchor for the counter's TLS check.
  const extensions = explicit(3, sequence(sequence(oid('2.5.29.19'), TRUE, octets(sequence(TRUE)))));
  const tbs = sequence(
    explicit(0, der(0x02, Buffer.from([2]))),
    positiveInteger(random(16)),
    ECDSA_WITH_SHA256,
    name,
    sequence(generalTime('20000101000000Z'), generalTime('99991231235959Z')),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificateDer = sequence(tbs, ECDSA_WITH_SHA256, bits(signature));
  const certificate = `-----BEGIN CERTIFICATE-----\n${
    certificateDer
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? ''
  }\n-----END CERTIFICATE-----\n`;
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { certificate, key, fingerprint: fingerprintOf(certificate) };
}

export function fingerprintOf(certificate: string): Fingerprint {
  return new X509Certificate(certificate).fingerprint256;
}

/** Whether the key is the certificate's: a pair torn by a crash during its writing is made again. */
export function keyMatches(certificate: string, key: string): boolean {
  try {
    return new X509Certificate(certificate).checkPrivateKey(createPrivateKey(key));
  } catch {
    return false;
  }
}

/** PostgreSQL's default names, in the cluster's folder (ssl_cert_file, ssl_key_file). */
export const CERTIFICATE_FILE = 'server.crt';
export const KEY_FILE = 'server.key';

async function readText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/**
 * The cluster's certificate: the one in its folder, or a new one written there when there
 * is none (a new host, or a host set up before TLS: its first start with this version
 * makes it, and its counters then connect encrypted). The key is readable by the server's
 * account only, as PostgreSQL requires (it refuses a key others can read).
 */
export async function ensureServerCertificate(dataDir: string, commonName: string): Promise<{ certificate: string; fingerprint: Fingerprint }> {
  const certificatePath = join(dataDir, CERTIFICATE_FILE);
  const keyPath = join(dataDir, KEY_FILE);
  const [certificate, key] = await Promise.all([readText(certificatePath), readText(keyPath)]);
  if (certificate !== null && key !== null && keyMatches(certificate, key)) return { certificate, fingerprint: fingerprintOf(certificate) };
  const made = makeServerCertificate(commonName);
  // Written in place, not renamed over: the key first, so that a crash between the two leaves a pair that does not match and is made again.
  await writeFile(keyPath, made.key, { mode: 0o600 });
  await chmod(keyPath, 0o600);
  await writeFile(certificatePath, made.certificate, { mode: 0o644 });
  await giveToFolderOwner(dataDir, [keyPath, certificatePath]);
  return { certificate: made.certificate, fingerprint: made.fingerprint };
}

/**
 * The server runs under the account that owns its folder; a desktop app writes as that
 * account already. Under root (the tests here, where the server runs as `postgres`), the
 * files are given to the folder's owner, or the server could not read its own key.
 */
async function giveToFolderOwner(dataDir: string, paths: readonly string[]): Promise<void> {
  if (process.platform === 'win32' || process.getuid?.() !== 0) return;
  const owner = await stat(dataDir);
  for (const path of paths) await chown(path, owner.uid, owner.gid);
}
