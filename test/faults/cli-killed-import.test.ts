// The command-line import killed (SIGKILL) while it writes the journal it builds from a
// large CSV. It writes a hidden temporary file, checks it, then renames it: a kill must
// never leave a partial journal under its final name (it would be restored as the whole
// register), and a rerun must succeed. These runs would catch a journal written straight
// to its name (a half journal found, or a rerun refused because the name is taken).
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../electron/files/read-journal';
import { recordFault } from './campaign';
import { runCli, type KillAt } from './cli-process';

const RECEIPTS = 6000;
const EVENTS = RECEIPTS + 2;
let root: string;
let csv: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-import-killed-'));
  csv = join(root, 'operations.csv');
  const header =
    'type;date;établissement;adresse;nature;titulaire;n° RPPS/Ordre;produit;désignation;forme;dosage;unité;unités par boîte;CIP13;quantité;fournisseur;qualité fournisseur;adresse fournisseur;bon de livraison;lot;péremption';
  const rows = [
    header,
    'ouverture;02/03/2026;Pharmacie du Port;1 quai des Indes, 56100 Lorient;officine;Claire Martin;10001234567;;;;;;;;;;;;;;',
    'produit;02/03/2026;;;;;;SKENAN10;Morphine sulfate LP 10 mg;gélule;10 mg;gélule;14;;;;;;;;',
    ...Array.from(
      { length: RECEIPTS },
      (_, index) => `entrée;03/03/2026;;;;;;SKENAN10;;;;;;;14;Répartiteur Ouest;Grossiste-répartiteur;ZI de Kerpont, 56850 Caudan;BL-${index};L4521;06/2028`,
    ),
  ];
  await writeFile(csv, `${rows.join('\n')}\n`, 'utf8');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Journals under a final name in the folder, with what a verification finds in each. */
async function journalsIn(folder: string) {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.journal.jsonl') && !name.startsWith('.'));
  return Promise.all(names.map(async (name) => ({ name, verdict: await readJournal(join(folder, name)) })));
}

describe('import killed mid-write', { timeout: 300_000 }, () => {
  const outcomes: string[] = [];
  let partialTaken = 0;
  let rerunsFailed = 0;

  async function killedThenRerun(label: string, out: string, kill: { hook?: KillAt }) {
    let killedFromOutside: Promise<void> | undefined;
    const killed = await runCli(['import', csv, '--out', out], kill.hook, (pid) => {
      if (kill.hook) return;
      // From outside, as a power cut would: as soon as the temporary journal has bytes.
      killedFromOutside = expect
        .poll(
          async () => {
            const names = await readdir(out);
            const sizes = await Promise.all(names.map(async (name) => (await stat(join(out, name)).catch(() => null))?.size ?? 0));
            return sizes.some((size) => size > 0);
          },
          { timeout: 240_000, interval: 5 },
        )
        .toBe(true)
        .then(() => void process.kill(pid, 'SIGKILL'));
    });
    await killedFromOutside;
    expect(killed.signal).toBe('SIGKILL');
    const left = await journalsIn(out);
    // A journal under its final name after a kill must be the whole one.
    const partial = left.filter(({ verdict }) => !verdict.ok || verdict.events !== EVENTS);
    partialTaken += partial.length;
    expect(partial).toEqual([]);
    const hidden = (await readdir(out)).filter((name) => name.startsWith('.'));

    const rerun = await runCli(['import', csv, '--out', out]);
    if (rerun.code !== 0) rerunsFailed += 1;
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('Import réussi');
    const [journal] = await journalsIn(out);
    expect(journal?.verdict).toMatchObject({ ok: true, events: EVENTS, lastSeq: EVENTS });
    outcomes.push(
      `${label} : ${left.length} journal sous son nom, ${hidden.length} fichier(s) temporaire(s) caché(s) ; relancé : « Import réussi », ${EVENTS} événements vérifiés`,
    );
  }

  it('killed from outside as soon as the temporary journal has bytes: no journal under its name, the rerun succeeds', async () => {
    const out = join(root, 'sortie-tuee');
    await mkdir(out);
    await killedThenRerun('tué de l’extérieur dès que le journal temporaire a des octets', out, {});
  });

  it('killed half-way through writing the journal: no journal under its name, the rerun succeeds', async () => {
    const out = join(root, 'sortie-moitie');
    await mkdir(out);
    await killedThenRerun('tué au milieu de l’écriture du journal', out, { hook: { under: out, when: 'mid-write' } });
  });

  afterAll(async () => {
    await recordFault({
      fault: 'ligne de commande tuée (SIGKILL) pendant l’écriture d’un import',
      whatDone: `import d’un CSV de ${EVENTS} opérations : ${outcomes.join(' ; ')}`,
      eventsLost: 0, // the CSV is the source and is only read
      silentAlterations: partialTaken + rerunsFailed,
      namedInFrench: outcomes.length === 2,
    });
  });
});
