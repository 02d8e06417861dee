// A million-line file, imported by a separate Node process whose heap is far smaller than
// the file: the import streams it and refuses it in French, instead of dying out of memory.
import { execFile } from 'node:child_process';
import { createWriteStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plain, tempFolder } from './journal-files';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LINES = 1_000_000;
/** Megabytes of heap: less than the file (about 75 MB), enough for Node and tsx to start. */
const HEAP_MB = 40;

async function millionLines(): Promise<string> {
  const path = join(tempFolder(), 'operations.csv');
  const file = createWriteStream(path);
  const write = (text: string) => new Promise<void>((resolve) => (file.write(text) ? resolve() : file.once('drain', resolve)));
  await write(
    'type;date;établissement;adresse;nature;titulaire;n° RPPS/Ordre;produit;désignation;forme;dosage;unité;unités par boîte;quantité;fournisseur;qualité fournisseur;adresse fournisseur;bon de livraison;lot;péremption\n',
  );
  await write('ouverture;01/09/2026;Pharmacie;1 quai;officine;Claire Martin;10001234567;;;;;;;;;;;;;\n');
  await write(';01/09/2026;;;;;;K;Kétamine;solution;100 mg/mL;mL;10;;;;;;;\n'.replace(/^/, 'produit'));
  let batch = '';
  for (let index = 3; index < LINES; index += 1) {
    batch += `entrée;02/09/2026;;;;;;K;;;;;;1;Centravet;Grossiste;Landerneau;BL-${index};L${index};11/2027\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve) => file.end(resolve));
  return path;
}

describe('import of a million-line file', { timeout: 120_000 }, () => {
  it('is refused in French within a small heap, without running out of memory, and writes nothing', async () => {
    const csv = await millionLines();
    const folder = tempFolder();
    const outcome = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'electron/cli.ts', 'import', csv, '--out', folder],
        { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1 << 20 },
        (error, stdout, stderr) =>
          resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout: plain(stdout), stderr: plain(stderr) }),
      );
    });
    expect(outcome.stderr).not.toMatch(/heap|memory|FATAL/i);
    expect(outcome.stderr).toBe(
      'Ligne 500002 : Le fichier compte plus de 500 000 opérations, la limite d’un import : aucun registre tenu à la main n’en a autant, ce fichier n’est sans doute pas celui des opérations. Rien n’est importé.\n',
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(readdirSync(folder)).toEqual([]);
  });
});
