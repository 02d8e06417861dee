// Builds dist/verificateur.html: the offline verifier, one self-contained page an
// inspector opens in any browser. Its worker and its page are bundled by esbuild from the
// same shared/ code as the application, then inlined; the page's CSP allows exactly
// these inline blocks (by their SHA-256), a worker made from them, and nothing from the
// network (docs/verifier.md).
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

export const VERIFIER_PAGE = join('dist', 'verificateur.html');

const common = { bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

async function bundle(options) {
  const result = await esbuild({ ...common, ...options });
  return result.outputFiles[0].text;
}

/** An inline block must not end its element early: the HTML parser would cut the script there. */
function assertInlinable(text, what) {
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error(`${what} contient une séquence qui fermerait son élément HTML`);
  return text;
}

function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export async function buildVerifierPage(root = '.') {
  const worker = await bundle({ entryPoints: [join(root, 'renderer/verifier/verifier.worker.ts')] });
  const script = assertInlinable(
    await bundle({ entryPoints: [join(root, 'renderer/verifier/page.ts')], define: { __VERIFIER_WORKER_SOURCE__: JSON.stringify(worker) } }),
    'Le script',
  );
  const style = assertInlinable(await readFile(join(root, 'renderer/verifier/page.css'), 'utf8'), 'Le style');
  const template = await readFile(join(root, 'renderer/verifier/verificateur.html'), 'utf8');
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The whole element is replaced, whatever the template's layout around the marker: the
  // CSP hash covers the element's exact content. Function replacements: a `$` in the
  // bundle is not a replacement pattern.
  const page = template
    .replace('%CSP%', () => csp)
    .replace(/<style>\s*\/\*%STYLE%\*\/\s*<\/style>/, () => `<style>${style}</style>`)
    .replace(/<script>\s*\/\*%SCRIPT%\*\/\s*<\/script>/, () => `<script>${script}</script>`);
  if (page.includes('%STYLE%') || page.includes('%SCRIPT%') || page.includes('%CSP%'))
    throw new Error('Modèle du vérificateur : un marqueur n’a pas été remplacé');
  const out = join(root, VERIFIER_PAGE);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Vérificateur : ${await buildVerifierPage()}`);
}
