// One stable origin for the window, app://registre: IndexedDB belongs to an origin, so
// the register must never move from one origin to another between versions.
import { protocol } from 'electron';
import { readAppFile } from './app-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://registre`;

/** Must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    // Not url.origin: Node's URL gives a non-special scheme such as app: the opaque origin
    // "null", which never equals APP_ORIGIN and would answer every page with a 404.
    if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return new Response('Introuvable', { status: 404 });
    const file = await readAppFile(rendererDir, url.pathname);
    return new Response(file.body, { status: file.status, headers: file.headers });
  });
}
