import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, sameOriginAs } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { AppInfo, MainHandlers } from '../../../shared/ipc/contract';
import { describeError } from '../../../shared/errors';
import { ok } from '../../../shared/result';

const APP_PAGE = 'app://registre/index.html';
const HARNESS_CONTEXT = { version: '0.1.0', shell: 'harness', dataFolder: '/nonexistent', chooseFolder: async () => null } as const;
const INFO: AppInfo = { version: '0.1.0', shell: 'electron', dataFolder: '/home/pharmacie/.registre' };

function dispatcherWith(getInfo: MainHandlers['app:getInfo'] = async () => ok(INFO)) {
  const handler = vi.fn(getInfo);
  const onInternalError = vi.fn();
  const dispatch = createDispatcher({
    handlers: { ...createHandlers(HARNESS_CONTEXT), 'app:getInfo': handler },
    isTrustedSender: sameOriginAs('app://registre'),
    onInternalError,
  });
  return { dispatch, handler, onInternalError };
}

describe('createDispatcher', () => {
  it('answers a good call from the application window with the handler value', async () => {
    const { dispatch, handler } = dispatcherWith();
    expect(await dispatch(APP_PAGE, 'app:getInfo', null)).toEqual({ ok: true, value: INFO });
    expect(handler).toHaveBeenCalledWith(null);
  });

  it('refuses a channel that is not in the contract', async () => {
    const { dispatch, handler } = dispatcherWith();
    expect(await dispatch(APP_PAGE, 'fs:readFile', '/etc/passwd')).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', 'https://evil.example'],
    ['a look-alike host', 'app://registre.evil.example/index.html'],
    ['an unreadable URL', 'not a url'],
    ['no sender frame', undefined],
  ])('refuses a sender from %s', async (_what, sender) => {
    const { dispatch, handler } = dispatcherWith();
    expect(await dispatch(sender, 'app:getInfo', null)).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['an object', { path: '/' }],
    ['a string', 'null'],
  ])('refuses a payload that does not match the request schema: %s', async (_what, payload) => {
    const { dispatch, handler } = dispatcherWith();
    expect(await dispatch(APP_PAGE, 'app:getInfo', payload)).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler that throws a TypeError into a French « erreur inattendue » whose reference is the one logged', async () => {
    const failure = new TypeError("Cannot read properties of undefined (reading 'seq')");
    const { dispatch, onInternalError } = dispatcherWith(async () => {
      throw failure;
    });
    const answer = await dispatch(APP_PAGE, 'app:getInfo', null);
    if (answer.ok) throw new Error('expected a refusal');
    expect(answer.error.code).toBe('unexpected');
    const reference = answer.error.params?.reference ?? '';
    expect(reference).toMatch(/^[A-Z2-9]{6}$/);
    expect(describeError(answer.error)).toContain(`Erreur inattendue de l’application (référence ${reference})`);
    expect(describeError(answer.error)).not.toContain('Cannot read');
    expect(onInternalError).toHaveBeenCalledWith('app:getInfo', failure, reference);
  });

  it.each([
    ['EISDIR', 'un dossier occupe la place du fichier'],
    ['EROFS', 'support en lecture seule'],
    ['ENOSPC', 'support plein'],
    ['EXDEV', 'erreur du système de fichiers'],
  ])('turns a file-system failure %s into a French io.failed', async (code, reason) => {
    const failure = Object.assign(new Error(`${code}: illegal operation`), { code });
    const { dispatch, onInternalError } = dispatcherWith(async () => {
      throw failure;
    });
    expect(await dispatch(APP_PAGE, 'app:getInfo', null)).toEqual({ ok: false, error: { code: 'io.failed', params: { code, reason } } });
    expect(onInternalError).toHaveBeenCalledWith('app:getInfo', failure, expect.any(String));
  });

  it('passes an expected refusal from the handler through unchanged', async () => {
    const { dispatch, onInternalError } = dispatcherWith(async () => ({ ok: false, error: { code: 'storage.writeOnce' } }));
    expect(await dispatch(APP_PAGE, 'app:getInfo', null)).toEqual({ ok: false, error: { code: 'storage.writeOnce' } });
    expect(onInternalError).not.toHaveBeenCalled();
  });
});

describe('sameOriginAs', () => {
  it('trusts any page of the origin and nothing else', () => {
    const trusted = sameOriginAs('app://registre');
    expect(trusted('app://registre/index.html')).toBe(true);
    expect(trusted('app://registre/assets/app.js?v=2#top')).toBe(true);
    expect(trusted('app://autre/index.html')).toBe(false);
    expect(trusted('https://registre/index.html')).toBe(false);
    expect(trusted('file:///index.html')).toBe(false);
  });

  it('compares a web origin scheme, host and port', () => {
    const trusted = sameOriginAs('http://127.0.0.1:5173');
    expect(trusted('http://127.0.0.1:5173/index.html')).toBe(true);
    expect(trusted('http://127.0.0.1:5174/index.html')).toBe(false);
    expect(trusted('https://127.0.0.1:5173/index.html')).toBe(false);
  });
});
