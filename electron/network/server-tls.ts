// How a counter protects its connection to the shared register (docs/reseau.md,
// « Chiffrement »). Three ways, chosen at set-up and kept with the counter's settings:
// - pinned: TLS, and the server's certificate must have the fingerprint printed on the
//   sheet for adding a counter; anything else is refused before the password exchange.
//   The bundled server's way, and any server whose certificate's fingerprint the holder has.
// - required: TLS or nothing, the certificate not checked: a listener on the network reads
//   nothing, but a machine that passes itself off as the server is not detected.
// - preferred: TLS when the server offers it, in clear otherwise. The way of counters set
//   up before TLS existed, so that they keep working; it protects against nothing active.
import { connect as connectTcp } from 'node:net';
import { connect as connectTls, type PeerCertificate } from 'node:tls';
import type pg from 'pg';
import type { Fingerprint } from '../../shared/network/certificate-fingerprint';
import { CONNECT_TIMEOUT_MS, type RegisterServer, type ServerTls } from './register-pool';

/** The error of a server whose certificate is not the pinned one: its own code, said in French by network-errors.ts. */
export const CERTIFICATE_MISMATCH = 'ECERTMISMATCH';

function mismatch(): Error {
  return Object.assign(new Error('certificate fingerprint does not match the pinned one'), { code: CERTIFICATE_MISMATCH });
}

/** PostgreSQL's request for TLS before the start-up message (protocol § 55.2.10): length 8, code 80877103. */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

export interface OfferedCertificate {
  certificate: string;
  fingerprint: Fingerprint;
}

/**
 * Asks the server for TLS and reads its certificate, sending nothing else (no name, no
 * password): null when the server offers no TLS. Only used to learn the certificate whose
 * fingerprint the person typed, never to trust it: the connections check it again.
 */
export function offeredCertificate(host: string, port: number, timeoutMs = CONNECT_TIMEOUT_MS): Promise<OfferedCertificate | null> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host, port });
    const timer = setTimeout(() => socket.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), timeoutMs);
    const done = (settle: () => void) => {
      clearTimeout(timer);
      settle();
    };
    socket.once('error', (error) => done(() => reject(error)));
    socket.once('connect', () => socket.write(SSL_REQUEST));
    socket.once('data', (answer) => {
      if (answer[0] !== 0x53 /* S */) {
        socket.destroy();
        done(() => resolve(null));
        return;
      }
      // Not checked here on purpose: this only reads what the server presents.
      const secure = connectTls({ socket, rejectUnauthorized: false, ...(isIpAddress(host) ? {} : { servername: host }) });
      secure.once('error', (error) => done(() => reject(error)));
      secure.once('secureConnect', () => {
        const peer: PeerCertificate = secure.getPeerCertificate();
        secure.destroy();
        done(() => resolve({ certificate: pemOf(peer.raw), fingerprint: peer.fingerprint256 }));
      });
    });
  });
}

const isIpAddress = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

function pemOf(raw: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${
    raw
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? ''
  }\n-----END CERTIFICATE-----\n`;
}

/**
 * The client library's TLS options for a pinned certificate: the certificate is the only
 * trust anchor, and its fingerprint is compared again, so that a server presenting another
 * one is cut off during the handshake, before the start-up message and the password exchange.
 */
export function pinnedSsl(tls: { fingerprint: Fingerprint; certificate: string }): pg.ConnectionConfig['ssl'] {
  return {
    ca: tls.certificate,
    rejectUnauthorized: true,
    // The host's name or address is not in a self-signed certificate: the fingerprint stands for it.
    checkServerIdentity: (_host, peer) => (peer.fingerprint256 === tls.fingerprint ? undefined : mismatch()),
  };
}

/**
 * The server with its connection's TLS options set from the kept way. For « preferred »,
 * the server is asked once whether it offers TLS (a server away rejects, as a connection would).
 */
export async function withTransport(server: RegisterServer): Promise<RegisterServer> {
  const tls = server.tls ?? { mode: 'preferred' };
  if (tls.mode === 'pinned') return { ...server, ssl: pinnedSsl(tls) };
  if (tls.mode === 'required') return { ...server, ssl: { rejectUnauthorized: false } };
  const offered = await offeredCertificate(server.host, server.port);
  return { ...server, ssl: offered ? { rejectUnauthorized: false } : false };
}

/**
 * The way to keep for the settings typed at set-up: pinned when a fingerprint was typed
 * (the server must present that very certificate), required when the holder asks for
 * encryption, preferred otherwise. A server that does not offer what is asked is refused
 * with the reason (network-errors.ts).
 */
export async function chooseTransport(
  server: Pick<RegisterServer, 'host' | 'port'>,
  asked: { fingerprint?: Fingerprint | undefined; requireTls?: boolean | undefined },
): Promise<ServerTls> {
  if (asked.fingerprint === undefined) return asked.requireTls ? { mode: 'required' } : { mode: 'preferred' };
  const offered = await offeredCertificate(server.host, server.port);
  if (!offered) throw Object.assign(new Error('The server does not support SSL connections'), { code: 'ENOTLS' });
  if (offered.fingerprint !== asked.fingerprint) throw mismatch();
  return { mode: 'pinned', fingerprint: offered.fingerprint, certificate: offered.certificate };
}
