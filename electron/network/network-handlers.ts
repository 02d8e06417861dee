// The shared register's channels (shared/ipc/contract.ts), over the connection settings
// this counter was given at set-up. The pool and the listening connection are opened at
// the first request and kept; without settings every request is refused in French.
import type { MainHandlers } from '../../shared/ipc/contract';
import { appError } from '../../shared/errors';
import { err, ok } from '../../shared/result';
import { networkError } from './network-errors';
import { openRegisterPool, type RegisterServer } from './register-pool';
import { openServerFeed, type ServerFeedConnection } from './server-feed';
import { validate } from './validate';
import type pg from 'pg';

type NetworkChannel = 'network:validate' | 'network:eventsAfter' | 'network:waitAfter';

export interface NetworkHandlers extends Pick<MainHandlers, NetworkChannel> {
  /** Closes the connections (the app quitting). */
  close(): Promise<void>;
}

/** A failure of the server in French; anything else (a bug) goes on to the dispatcher's « erreur inattendue ». */
function refused(error: unknown) {
  const known = networkError(error);
  if (known) return err(known);
  throw error;
}

export function createNetworkHandlers(server: RegisterServer | null): NetworkHandlers {
  let connection: { pool: pg.Pool; feed: ServerFeedConnection } | null = null;
  const connected = () => {
    if (!server) return null;
    if (!connection) {
      const pool = openRegisterPool(server);
      connection = { pool, feed: openServerFeed(pool, server) };
    }
    return connection;
  };
  const notConfigured = () => err(appError('network.notConfigured'));
  return {
    async 'network:validate'({ drafts }) {
      const shared = connected();
      if (!shared) return notConfigured();
      const result = await validate(shared.pool, drafts);
      return result.ok ? ok({ events: result.value }) : result;
    },
    async 'network:eventsAfter'({ after, limit }) {
      const shared = connected();
      if (!shared) return notConfigured();
      return shared.feed.eventsAfter(after, limit).then((events) => ok({ events }), refused);
    },
    async 'network:waitAfter'({ after }) {
      const shared = connected();
      if (!shared) return notConfigured();
      return shared.feed.waitAfter(after).then(() => ok(null), refused);
    },
    async close() {
      const open = connection;
      connection = null;
      if (!open) return;
      await open.feed.close();
      await open.pool.end();
    },
  };
}
