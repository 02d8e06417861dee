// Serves the built renderer to the window: the app:// protocol in Electron and the
// localhost server of the end-to-end tests both answer through this function, so the
// tests see the same files and the same security headers as the application.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** No remote content, no inline script, no eval: the window can only run what we ship. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface AppFile {
  status: 200 | 404;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/** Maps a URL path to a file inside the renderer folder, or null if it would leave it. */
export function resolveAppPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rendererDir);
  const target = resolve(root, relative);
  return target.startsWith(root + sep) ? target : null;
}

export async function readAppFile(rendererDir: string, urlPath: string): Promise<AppFile> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const path = resolveAppPath(rendererDir, urlPath);
  if (path !== null) {
    try {
      const body = await readFile(path);
      return { status: 200, body, headers: { ...headers, 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' } };
    } catch {
      // fall through to 404: a missing file is not an error of the application
    }
  }
  return { status: 404, body: new TextEncoder().encode('Introuvable'), headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } };
}
