// Every request from a window passes here: known channel, trusted sender, valid
// payload, then the handler. Whatever happens, the answer is a Result; nothing throws
// across the boundary.
import { appError } from '../../shared/errors';
import { CHANNELS, type Channel, type IpcResult, type MainHandlers, type RequestOf } from '../../shared/ipc/contract';
import { requestSchemas } from '../../shared/ipc/requests';
import { err } from '../../shared/result';
import { errorReference } from '../../shared/unexpected-error';
import { describeSystemFailure } from '../files/file-errors';

export type Dispatch = (senderUrl: string | undefined, channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  handlers: MainHandlers;
  /** Only pages of the application itself may call the main process. */
  isTrustedSender: (url: string) => boolean;
  /** Keeps the English detail under the reference the window is given (the technical log). */
  onInternalError?: (channel: string, error: unknown, reference: string) => void;
}

// Narrowing to one channel keeps the request and the handler of the same channel together.
function callHandler<C extends Channel>(handlers: MainHandlers, channel: C, request: RequestOf<C>): Promise<IpcResult<unknown>> {
  const handler = handlers[channel] as (request: RequestOf<C>) => Promise<IpcResult<unknown>>;
  return handler(request);
}

function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

export function createDispatcher({ handlers, isTrustedSender, onInternalError }: DispatcherOptions): Dispatch {
  return async (senderUrl, channel, payload) => {
    if (!isChannel(channel)) return err(appError('ipc.unknownChannel'));
    if (senderUrl === undefined || !isTrustedSender(senderUrl)) return err(appError('ipc.forbiddenSender'));
    const request = requestSchemas[channel].safeParse(payload);
    if (!request.success) return err(appError('ipc.badRequest'));
    try {
      return await callHandler(handlers, channel, request.data as RequestOf<typeof channel>);
    } catch (error) {
      const reference = errorReference();
      onInternalError?.(channel, error, reference);
      return err(describeSystemFailure(error, reference));
    }
  };
}

/** A sender is trusted when its page was served from the application's own origin. */
export function sameOriginAs(origin: string): (url: string) => boolean {
  return (url) => {
    try {
      // Not URL.origin: for a non-special scheme such as app:, Node's URL gives the opaque origin "null".
      const { protocol, host } = new URL(url);
      return `${protocol}//${host}` === origin;
    } catch {
      return false;
    }
  };
}
