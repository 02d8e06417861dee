import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, readAppFile, resolveAppPath } from '../../electron/app-files';

const ROOT = '/opt/registre/renderer';

describe('resolveAppPath', () => {
  it('maps the root to index.html', () => {
    expect(resolveAppPath(ROOT, '/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, '')).toBe(join(ROOT, 'index.html'));
  });

  it('maps a path inside the folder, ignoring query and fragment', () => {
    expect(resolveAppPath(ROOT, '/assets/app.js?v=3#x')).toBe(join(ROOT, 'assets', 'app.js'));
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e%2fsecret.txt', '/%2E%2E/%2E%2E/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/.'])(
    'refuses %s, which would leave the folder',
    (urlPath) => {
      expect(resolveAppPath(ROOT, urlPath)).toBeNull();
    },
  );

  it('refuses a sibling folder whose name starts like the root', () => {
    expect(resolveAppPath(ROOT, '/../renderer-old/index.html')).toBeNull();
  });

  it('refuses a path whose percent-encoding is broken', () => {
    expect(resolveAppPath(ROOT, '/%E0%A4%A')).toBeNull();
  });
});

describe('readAppFile', () => {
  let base: string;
  let rendererDir: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'registre-app-files-'));
    rendererDir = join(base, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Registre</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("registre");');
    await writeFile(join(rendererDir, 'assets', 'data.bin'), new Uint8Array([1, 2, 3]));
    await writeFile(join(base, 'secret.txt'), 'hors du dossier');
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves index.html for the root with the CSP, nosniff and its content type', async () => {
    const file = await readAppFile(rendererDir, '/');
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(file.body)).toBe('<!doctype html><title>Registre</title>');
    expect(file.headers).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
    });
  });

  it('serves a script with the JavaScript content type', async () => {
    const file = await readAppFile(rendererDir, '/assets/app.js');
    expect(file.status).toBe(200);
    expect(file.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves an unknown extension as octet-stream', async () => {
    const file = await readAppFile(rendererDir, '/assets/data.bin');
    expect([...file.body]).toEqual([1, 2, 3]);
    expect(file.headers['Content-Type']).toBe('application/octet-stream');
  });

  it('answers 404, still with the CSP, for a missing file', async () => {
    const file = await readAppFile(rendererDir, '/absent.js');
    expect(file.status).toBe(404);
    expect(file.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(file.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  it('answers 404 for a folder', async () => {
    expect((await readAppFile(rendererDir, '/assets')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e%2fsecret.txt'])('answers 404 for %s, a file that exists outside the folder', async (urlPath) => {
    const file = await readAppFile(rendererDir, urlPath);
    expect(file.status).toBe(404);
    expect(new TextDecoder().decode(file.body)).not.toContain('hors du dossier');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the application’s own scripts, with no inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
