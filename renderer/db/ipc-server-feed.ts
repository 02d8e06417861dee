// The shared register as the window reaches it: through the main process's channels
// (shared/ipc/contract.ts, `network:*`), which hold the connection to the server. A
// refusal of the main process (server away, not joined) becomes the follower's trouble,
// carried with its French wording.
import { describeError, type AppError } from '../../shared/errors';
import type { RegistreApi } from '../../shared/ipc/contract';
import type { ServerFeed } from './follow-server';

/** The main process's refusal, for whoever shows it. */
export class ServerRefusal extends Error {
  override readonly name = 'ServerRefusal';
  constructor(readonly refusal: AppError) {
    super(describeError(refusal));
  }
}

export function ipcServerFeed(api: Pick<RegistreApi, 'network:eventsAfter' | 'network:waitAfter'>): ServerFeed {
  return {
    async eventsAfter(after, limit) {
      const answer = await api['network:eventsAfter']({ after, limit });
      if (!answer.ok) throw new ServerRefusal(answer.error);
      return answer.value.events;
    },
    async waitAfter(after) {
      const answer = await api['network:waitAfter']({ after });
      if (!answer.ok) throw new ServerRefusal(answer.error);
    },
  };
}
