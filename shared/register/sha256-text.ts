// SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, for a verifier that hashes a million
// lines in a browser, where there is no node:crypto. `@noble/hashes` (seal.ts) is the
// domain's reference; per call it builds a hasher, its buffers and a DataView, which in
// Chromium cost about as much as the rounds themselves, and WebCrypto's `digest` crosses
// threads twice per line. This one keeps its message buffer and schedule from call to
// call and holds the state in locals: the same digest (tests compare the two), about a
// third cheaper per journal line in the verifier's worker (docs/decisions/0058).
import type { TextSha256 } from './seal';

// The domain compiles without DOM or Node types; TextEncoder is in every runtime it runs in.
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 § 4.2.2). */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Two lowercase hexadecimal digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

const encoder = new TextEncoder();
const schedule = new Int32Array(64);
/** The message and its padding; grown when a text needs more, never shrunk. */
let message = new Uint8Array(4_096);

function hex(word: number): string {
  return HEX[(word >>> 24) & 0xff]! + HEX[(word >>> 16) & 0xff]! + HEX[(word >>> 8) & 0xff]! + HEX[word & 0xff]!;
}

export const compactSha256OfText: TextSha256 = (text) => {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; then at most 72 bytes of padding.
  if (text.length * 3 + 72 > message.length) message = new Uint8Array(text.length * 3 + 72);
  const bytes = message;
  const w = schedule;
  const length = encoder.encodeInto(text, bytes).written;
  // Padding (§ 5.1.1): a 1 bit, zeros, then the length in bits on 64 bits, big-endian.
  const padded = ((length + 9 + 63) >>> 6) << 6;
  bytes[length] = 0x80;
  bytes.fill(0, length + 1, padded - 8);
  const high = Math.floor(length / 0x20000000);
  const low = (length << 3) >>> 0;
  bytes[padded - 8] = high >>> 24;
  bytes[padded - 7] = high >>> 16;
  bytes[padded - 6] = high >>> 8;
  bytes[padded - 5] = high;
  bytes[padded - 4] = low >>> 24;
  bytes[padded - 3] = low >>> 16;
  bytes[padded - 2] = low >>> 8;
  bytes[padded - 1] = low;
  // The initial hash value (§ 5.3.3).
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  for (let block = 0; block < padded; block += 64) {
    // The message schedule (§ 6.2.2, step 1).
    for (let t = 0; t < 16; t += 1) {
      const at = block + t * 4;
      w[t] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
    }
    for (let t = 16; t < 64; t += 1) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const sigma0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const sigma1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + sigma0 + w[t - 7]! + sigma1) | 0;
    }
    // The 64 rounds (steps 2 to 4).
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t += 1) {
      const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + sum1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (sum0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return hex(h0) + hex(h1) + hex(h2) + hex(h3) + hex(h4) + hex(h5) + hex(h6) + hex(h7);
};
