// The register of a counter in network mode (docs/decisions/0029, 0030), behind the same
// interface as on one PC (register-store.ts): the screens read this window's read copy
// (IndexedDB, kept by follow-server.ts), and write through the main process, which makes
// one transaction on the server. No number is ever given here. A validation the server
// could not be reached for is held « en attente » by the main process; it is sent again
// as soon as the follower reaches the server. What the banner shows — where the register
// lives, whether it answers, what waits — is `status`.
import { appError, type AppError } from '../../shared/errors';
import type { RegistreApi } from '../../shared/ipc/contract';
import type { PendingDraft, RegisterHandback, ReserveProgress, ServerAddress } from '../../shared/ipc/network';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { openRegisterDatabase } from './database';
import { dexieStore } from './dexie-store';
import { catchUp, followServer } from './follow-server';
import { ipcServerFeed, ServerRefusal } from './ipc-server-feed';
import type { RegisterStore, Watched } from './register-store';

export type NetworkApi = Pick<
  RegistreApi,
  | 'network:validate'
  | 'network:eventsAfter'
  | 'network:waitAfter'
  | 'network:pending'
  | 'network:sendPending'
  | 'network:dismissPending'
  | 'network:reserves'
  | 'network:handback'
>;

/** How often the banner asks how far the reserve is written, besides each new head: its lag shrinks without any new event here. */
const RESERVES_EVERY_MS = 30_000;

export interface NetworkStatus {
  server: ServerAddress;
  /** null until the first answer or failure. */
  reachable: boolean | null;
  /** Why the server was not reached, in French. */
  trouble: AppError | null;
  /** The order number the copy has reached. */
  headSeq: number;
  /** Validations held on this PC: waiting, or refused when sent and not yet read. */
  pending: PendingDraft[];
  /** How far each reserve journal is written, as the PC that writes it noted on the server; null until asked. */
  reserves: ReserveProgress[] | null;
  /**
   * The register taken back to one PC (docs/reseau.md § 8 bis): nothing more is written on
   * the server, and this copy, still readable, stops at the number it names. Null otherwise.
   */
  handback: RegisterHandback | null;
}

export interface NetworkRegister {
  store: RegisterStore;
  status: Watched<NetworkStatus>;
  /** Sends the held validations now (the follower also does it each time it reaches the server). */
  sendPending(): Promise<void>;
  /** Forgets a held validation's refusal once read. */
  dismiss(id: string): Promise<void>;
  /** Tries the server again now (the password typed again, for one). */
  retry(): void;
  /** The main process now connects to the same server another way (its certificate pinned): the banner says so, and the server is tried again. */
  protectionChanged(server: ServerAddress): void;
  stop(): Promise<void>;
}

/** One copy per server and database: a copy never mixes with this PC's own register or another server's. */
export function copyName(server: ServerAddress): string {
  return `registre-partage:${server.host}:${server.port}:${server.database}`;
}

function troubleOf(trouble: unknown): AppError {
  if (trouble instanceof ServerRefusal) return trouble.refusal;
  if (trouble && typeof trouble === 'object' && 'code' in trouble && typeof trouble.code === 'string') return trouble as AppError;
  return appError('network.failed');
}

export function openNetworkRegister(api: NetworkApi, server: ServerAddress, db: RegisterDatabase = openRegisterDatabase(copyName(server))): NetworkRegister {
  const local = dexieStore(db);
  const feed = ipcServerFeed(api);
  let status: NetworkStatus = { server, reachable: null, trouble: null, headSeq: 0, pending: [], reserves: null, handback: null };
  const listeners = new Set<(value: NetworkStatus) => void>();
  const update = (change: Partial<NetworkStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };
  // The follower and the write door both bring the copy forward: one catch-up at a time,
  // or the second would find the page it read already in the copy.
  let catching: Promise<unknown> = Promise.resolve();
  const catchUpNow = (): Promise<Result<ChainHead | null, AppError>> => {
    const next = catching.then(() => catchUp(db, feed));
    catching = next.catch(() => undefined);
    return next;
  };
  // The sending under way, if any: `stop` waits for it, since its catch-up writes into the copy.
  let sending: Promise<void> | null = null;
  const sendPending = (): Promise<void> => {
    if (sending || !status.pending.some((held) => !held.refusal)) return sending ?? Promise.resolve();
    sending = (async () => {
      try {
        const sent = await api['network:sendPending'](null);
        if (!sent.ok) return;
        update({ pending: sent.value.pending });
        if (sent.value.recorded.length > 0) await catchUpNow();
      } finally {
        sending = null;
      }
    })();
    return sending;
  };
  const askReserves = () =>
    void api['network:reserves'](null).then(
      (answer) => {
        if (answer.ok) update({ reserves: answer.value.reserves });
      },
      () => undefined,
    );
  // Asked at connection and each time the follower reaches the server: the server announces a
  // taking back (LISTEN/NOTIFY), which ends the follower's wait, so it is heard at once.
  const askHandback = () =>
    void api['network:handback'](null).then(
      (answer) => {
        if (answer.ok && answer.value.handback?.takenAt !== status.handback?.takenAt) update({ handback: answer.value.handback });
      },
      () => undefined,
    );
  const reservesTimer = setInterval(() => {
    if (status.reachable) askReserves();
  }, RESERVES_EVERY_MS);
  const following = followServer(db, feed, {
    catchUpNow,
    onHead: (head) => {
      update({ reachable: true, trouble: null, headSeq: head?.seq ?? 0 });
      void sendPending();
      askReserves();
      askHandback();
    },
    onTrouble: (trouble) => update({ reachable: false, trouble: troubleOf(trouble) }),
  });
  void api['network:pending'](null).then((answer) => {
    if (!answer.ok) return;
    update({ pending: answer.value.pending });
    // Held at an earlier session, and the server already answered: sent now.
    if (status.reachable) void sendPending();
  });

  const store: RegisterStore = {
    ...local,
    async record(steps) {
      // Every step is data (shared/register/act.ts): the act crosses whole and is decided in the server's one transaction.
      const answer = await api['network:validate']({ drafts: [...steps] });
      // Recorded, refused or held: the note of the entry under way is settled (entry-in-progress.ts).
      await local.settleEntry();
      if (!answer.ok) {
        if (answer.error.code === 'network.registerTakenBack') askHandback();
        if (answer.error.code === 'network.heldPending') {
          update({ reachable: false });
          const held = await api['network:pending'](null);
          if (held.ok) update({ pending: held.value.pending });
          following.wake();
        }
        return answer;
      }
      // The copy takes the new events in before the form says they are recorded: every screen shows them at once.
      await catchUpNow();
      return ok<RegisterEvent[]>(answer.value.events);
    },
    async importPage() {
      return err(appError('network.importUnsupported'));
    },
    close() {
      clearInterval(reservesTimer);
      void following.stop();
      local.close();
    },
  };

  return {
    store,
    status: {
      subscribe(onNext) {
        listeners.add(onNext);
        onNext(status);
        return { unsubscribe: () => listeners.delete(onNext) };
      },
    },
    sendPending,
    async dismiss(id) {
      const answer = await api['network:dismissPending']({ id });
      if (answer.ok) update({ pending: answer.value.pending });
    },
    retry: () => following.wake(),
    protectionChanged(server) {
      update({ server });
      following.wake();
    },
    async stop() {
      clearInterval(reservesTimer);
      await following.stop();
      // Held drafts sent in the background bring the copy forward when the server records
      // them: the copy may be closed once they are done, never under them.
      await sending?.catch(() => undefined);
      await catching;
    },
  };
}

/**
 * The reserve sync's channels in network mode: the reserve is written by the main process
 * from the server's events (electron/network/reserve-from-server.ts); the events of this
 * window's copy only say up to which order number.
 */
export function reserveFromServerApi(api: RegistreApi): RegistreApi {
  return {
    ...api,
    'reserve:append': async ({ registerId, events }) => {
      const [first] = events;
      const last = events.at(-1);
      if (!first || !last) return api['reserve:append']({ registerId, events });
      return api['network:reserveFromServer']({ registerId, after: first.seq - 1, through: last.seq });
    },
  };
}
