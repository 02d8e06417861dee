// What a counter's read copy asks of the shared register (renderer/db/follow-server.ts):
// the events after an order number, and a wait until there is one. The wait listens on
// the channel the server announces each committed event on (LISTEN/NOTIFY, migrations.ts
// version 3) with one connection of its own, reopened when it drops; after listening it
// reads the head once, so that an event committed just before is not waited for in vain.
// A register taken back to one PC (migration 7) is announced too, and ends every wait.
import pg from 'pg';
import type { RegisterEvent } from '../../shared/register/events';
import { EVENTS_CHANNEL, HANDBACK_CHANNEL } from './migrations';
import type { RegisterServer } from './register-pool';
import { CONNECT_TIMEOUT_MS, clientSettings } from './register-pool';
import { eventsAfter } from './server-state';

/** How long a wait lasts at most: the follower then asks again, and a silent link is found out. */
export const WAIT_MS = 25_000;

export interface ServerFeedConnection {
  eventsAfter(after: number, limit: number): Promise<RegisterEvent[]>;
  waitAfter(after: number): Promise<void>;
  close(): Promise<void>;
}

interface Waiter {
  after: number;
  done(error?: unknown): void;
}

export function openServerFeed(pool: pg.Pool, server: RegisterServer, waitMs = WAIT_MS): ServerFeedConnection {
  const waiters = new Set<Waiter>();
  let listening: Promise<pg.Client> | null = null;
  let closed = false;

  const settle = (predicate: (waiter: Waiter) => boolean, error?: unknown) => {
    for (const waiter of [...waiters]) if (predicate(waiter)) waiter.done(error);
  };
  const listen = (): Promise<pg.Client> => {
    listening ??= (async () => {
      const client = new pg.Client({
        ...clientSettings(server),
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        application_name: 'registre-stupefiants (suivi)',
      });
      const drop = (error?: unknown) => {
        listening = null;
        // Every wait ends with the link: the follower catches up and waits again on a new one.
        settle(() => true, error ?? new Error('Connection terminated'));
      };
      client.on('error', drop);
      client.on('end', () => drop());
      client.on('notification', ({ channel, payload }) => {
        const seq = Number(payload);
        if (channel === EVENTS_CHANNEL) settle((waiter) => seq > waiter.after);
        // The register taken back to one PC (handback.ts): every wait ends, and the counter asks why.
        if (channel === HANDBACK_CHANNEL) settle(() => true);
      });
      try {
        await client.connect();
        // A channel no one announces on (a server below version 7) is listened to all the same, harmlessly.
        await client.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${HANDBACK_CHANNEL}`);
      } catch (error) {
        listening = null;
        await client.end().catch(() => undefined);
        throw error;
      }
      return client;
    })();
    return listening;
  };

  return {
    eventsAfter: (after, limit) => eventsAfter(pool, after, limit),
    async waitAfter(after) {
      const client = await listen();
      const wait = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => waiter.done(), waitMs);
        const waiter: Waiter = {
          after,
          done(error) {
            clearTimeout(timer);
            waiters.delete(waiter);
            if (error) reject(error instanceof Error ? error : new Error(String(error)));
            else resolve();
          },
        };
        waiters.add(waiter);
      });
      // The waiter is in place before the head is read: an event committed before this read
      // is seen by it, any later one is announced to the waiter.
      client.query<{ seq: number }>('SELECT seq FROM register_head').then(
        ({ rows }) => {
          if ((rows[0]?.seq ?? 0) > after) settle((waiter) => waiter.after === after);
        },
        (error: unknown) => settle((waiter) => waiter.after === after, error),
      );
      return wait;
    },
    async close() {
      if (closed) return;
      closed = true;
      const client = await listening?.catch(() => null);
      listening = null;
      settle(() => true);
      await client?.end();
    },
  };
}
