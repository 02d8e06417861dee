// The shared register's channels (shared/ipc/contract.ts), over the connection settings
// this PC was given at set-up (network-settings.ts). The pool and the listening
// connection are opened at the first request and kept, and closed when the settings
// change; without settings every request about the register is refused in French. A
// validation the server could not be reached for is held « en attente »
// (pending-drafts.ts), never numbered here.
import type { MainHandlers } from '../../shared/ipc/contract';
import { appError, type AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Step } from '../../shared/register/act';
import { err, ok, type Result } from '../../shared/result';
import { readHandback } from './handback';
import { networkError } from './network-errors';
import { addressOf, readNetworkSettings, writeNetworkSettings, type KeptServer } from './network-settings';
import { pendingQueue, serverAway } from './pending-drafts';
import { pinKeptServer } from './pin-certificate';
import { openRegisterPool, type RegisterServer } from './register-pool';
import { checkServer } from './server-check';
import { withTransport } from './server-tls';
import { withChosenTransport } from './typed-server';
import { openServerFeed, type ServerFeedConnection } from './server-feed';
import { reserveFromServer, type ReserveAppend } from './reserve-from-server';
import { noteReserveProgress, readReserveProgress } from './reserve-progress';
import { hostname } from 'node:os';
import { LOCK_TIMEOUT_MS, validate } from './validate';
import type pg from 'pg';
import type { SecretBox } from '../signing/secret-box';
import type { WorkstationSigner } from '../../shared/signature/act-signing-cache';

/** The moves between the modes have their own channels (move-handlers.ts). */
type NetworkChannel = Exclude<Extract<keyof MainHandlers, `network:${string}`>, `network:${'move' | 'readMoved' | 'installSchema'}${string}`>;

export interface NetworkHandlers extends Pick<MainHandlers, NetworkChannel> {
  /** Closes the connections (the app quitting). */
  close(): Promise<void>;
  /** The joined server's pool, or why there is none (moving the register back to one PC: move-handlers.ts). */
  pool(): Promise<Result<pg.Pool, AppError>>;
}

export interface NetworkOptions {
  /** Where the settings and the held validations are kept; none: nothing kept (tests of the channels alone). */
  dataFolder?: string;
  /** A server given outright (tests, the CLI); otherwise the one written at set-up. */
  server?: RegisterServer | null;
  now?: () => Date;
  /** The reserve's append (electron/reserve/reserve-handlers.ts): the second medium written from the server's events. */
  appendToReserve?: ReserveAppend;
  /** The system's store that protects the register's password on disk (network-settings.ts); without one, no server is kept. */
  secretBox?: SecretBox | null;
  /** This PC's name, as the banner of the other counters shows who writes the reserve; the system's by default. */
  holderName?: () => string;
  /** This PC's signing keys (electron/signing/signing-keys.ts): closures are signed here as on one PC (decision 0044). */
  signer?: WorkstationSigner | null;
}

/** A failure of the server in French; anything else (a bug) goes on to the dispatcher's « erreur inattendue ». */
function refused(error: unknown) {
  const known = networkError(error);
  if (known) return err(known);
  throw error;
}

export function createNetworkHandlers(options: NetworkOptions | RegisterServer | null = {}): NetworkHandlers {
  const {
    dataFolder,
    server: given,
    now = () => new Date(),
    appendToReserve,
    secretBox = null,
    signer = null,
    holderName = hostname,
  } = options !== null && 'host' in options ? { server: options } : (options ?? {});
  let settings: Promise<KeptServer | null> | null = given !== undefined ? Promise.resolve(given && { server: given }) : null;
  const kept = () => (settings ??= dataFolder ? readNetworkSettings(dataFolder, secretBox) : Promise.resolve(null));
  let connection: { server: RegisterServer; pool: pg.Pool; feed: ServerFeedConnection } | null = null;
  /** The open connection, or why there is none: one PC, or a password this PC can no longer open. */
  const connected = async (): Promise<Result<NonNullable<typeof connection>, AppError>> => {
    const current = await kept();
    if (!current) return err(appError('network.notConfigured'));
    if (!('server' in current)) return err(appError('network.passwordUnreadable'));
    if (!connection) {
      // TLS as kept at set-up (server-tls.ts); a server away is said as any connection that fails.
      let server: RegisterServer;
      try {
        server = await withTransport(current.server);
      } catch (error) {
        return refused(error);
      }
      if (connection) return ok(connection);
      const pool = openRegisterPool(server);
      connection = { server, pool, feed: openServerFeed(pool, server) };
    }
    return ok(connection);
  };
  const disconnect = async () => {
    const open = connection;
    connection = null;
    if (!open) return;
    await open.feed.close();
    await open.pool.end();
  };
  // Joining, leaving and pinning the certificate each read the kept settings, try the server, then write:
  // one at a time, or a « Revenir à un seul poste » clicked during a pin would be undone by the pin's write.
  let changing: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const run = changing.then(change);
    changing = run.catch(() => undefined);
    return run;
  };
  const pending = dataFolder ? pendingQueue(dataFolder) : null;
  const notConfigured = () => err(appError('network.notConfigured'));
  const send = async (drafts: readonly Step[], key?: string): Promise<Result<RegisterEvent[], AppError>> => {
    const shared = await connected();
    if (!shared.ok) return shared;
    return validate(shared.value.pool, drafts, undefined, LOCK_TIMEOUT_MS, key, signer);
  };
  return {
    async 'network:validate'({ drafts }) {
      const result = await send(drafts);
      if (result.ok) return ok({ events: result.value });
      // The server was not reached and nothing was written: the validation waits on this PC, unnumbered.
      if (pending && serverAway(result.error)) {
        await pending.hold(drafts, now());
        return err(appError('network.heldPending', undefined, { reason: result.error.params?.['reason'] ?? '' }));
      }
      return result;
    },
    async 'network:eventsAfter'({ after, limit }) {
      const shared = await connected();
      if (!shared.ok) return shared;
      return shared.value.feed.eventsAfter(after, limit).then((events) => ok({ events }), refused);
    },
    async 'network:waitAfter'({ after }) {
      const shared = await connected();
      if (!shared.ok) return shared;
      return shared.value.feed.waitAfter(after).then(() => ok(null), refused);
    },
    async 'network:settings'() {
      const current = await kept();
      if (!current) return ok({ server: null });
      if ('server' in current) return ok({ server: addressOf(current.server) });
      return ok({ server: current.address, passwordUnreadable: true });
    },
    'network:configure': ({ server }) =>
      oneAtATime(async () => {
        if (!dataFolder) return notConfigured();
        if (server) {
          const kept = await withChosenTransport(server);
          if (!kept.ok) return kept;
          // Tried as the counter will use it before it is kept: a typo is said now, in French.
          const checked = await checkServer(kept.value);
          if (!checked.ok) return checked;
          const written = await writeNetworkSettings(dataFolder, kept.value, secretBox);
          if (!written.ok) return written;
          await disconnect();
          settings = Promise.resolve({ server: kept.value });
          return ok({ server: addressOf(kept.value), headSeq: checked.value.headSeq });
        }
        await writeNetworkSettings(dataFolder, null, secretBox);
        await disconnect();
        settings = Promise.resolve(null);
        return ok({ server: null, headSeq: 0 });
      }),
    'network:verifyCertificate': ({ fingerprint }) =>
      oneAtATime(async () => {
        if (!dataFolder) return notConfigured();
        const current = await kept();
        if (!current) return notConfigured();
        if (!('server' in current)) return err(appError('network.passwordUnreadable'));
        // Tried before anything is written: a wrong fingerprint or password leaves the kept way as it was.
        const pinned = await pinKeptServer(current.server, fingerprint);
        if (!pinned.ok) return pinned;
        const written = await writeNetworkSettings(dataFolder, pinned.value.server, secretBox);
        if (!written.ok) return written;
        // The next request connects pinned: the connections opened the old way are closed.
        await disconnect();
        settings = Promise.resolve({ server: pinned.value.server });
        return ok({ server: addressOf(pinned.value.server), headSeq: pinned.value.headSeq });
      }),
    async 'network:pending'() {
      return ok({ pending: pending ? await pending.list() : [] });
    },
    async 'network:sendPending'() {
      if (!pending) return ok({ recorded: [], pending: [] });
      return ok(await pending.send((drafts, key) => send(drafts, key)));
    },
    async 'network:dismissPending'({ id }) {
      return ok({ pending: pending ? await pending.dismiss(id) : [] });
    },
    async 'network:reserveFromServer'(request) {
      const shared = await connected();
      if (!shared.ok) return shared;
      if (!appendToReserve) return err(appError('reserve.notConfigured'));
      const written = await reserveFromServer(shared.value.pool, appendToReserve, request).catch(refused);
      // Told to every counter (reserve-progress.ts); a note that fails does not undo what the reserve holds.
      if (written.ok) await noteReserveProgress(shared.value.pool, holderName(), written.value.seq).catch(() => undefined);
      return written;
    },
    async 'network:reserves'() {
      const shared = await connected();
      if (!shared.ok) return shared;
      return readReserveProgress(shared.value.pool).then((reserves) => ok({ reserves }), refused);
    },
    async 'network:handback'() {
      const shared = await connected();
      if (!shared.ok) return shared;
      // A server below version 7 keeps no mark: said as not taken back.
      return readHandback(shared.value.pool).then((handback) => ok({ handback: handback ?? null }), refused);
    },
    close: disconnect,
    pool: async () => {
      const shared = await connected();
      return shared.ok ? ok(shared.value.pool) : shared;
    },
  };
}
