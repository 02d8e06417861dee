// The command-line tool killed (SIGKILL) while it writes the editions: before, each PDF
// was written straight under its final name, so a kill left a half PDF that passed for a
// complete edition and made every rerun refuse ("ne remplace jamais un fichier"). These
// runs would catch that: a file under a final name that is not a whole PDF, or a rerun
// that does not succeed. Each kill is made at an exact write by the kill hook.
import { readdir, readFile, rm, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLine } from '../../shared/journal/line';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';
import { recordFault } from './campaign';
import { runCli, type KillAt } from './cli-process';

let root: string;
let journal: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-cli-killed-'));
  journal = join(root, 'REG-2026-001.journal.jsonl');
  const events = sealAll([openingDraft(), productDraft(), receiptDraft(), dispensationDraft(), dispensationDraft({ ordonnancierNumber: '2026-0002' })]);
  await writeFile(journal, events.map(serializeLine).join(''), 'utf8');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A PDF is whole when it ends with its end-of-file marker. */
const isWholePdf = (bytes: Buffer) => bytes.subarray(-8).toString('latin1').trimEnd().endsWith('%%EOF');

async function finalFiles(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [])).filter((name) => !name.startsWith('.')).sort();
}

const STEPS: { label: string; killAt: (out: string) => KillAt }[] = [
  { label: 'au milieu de l’écriture du premier PDF', killAt: (out) => ({ under: out, when: 'mid-write', nth: 1 }) },
  { label: 'au milieu de l’écriture du troisième PDF', killAt: (out) => ({ under: out, when: 'mid-write', nth: 3 }) },
  { label: 'juste après le fsync du premier PDF', killAt: (out) => ({ under: out, when: 'after-fsync', nth: 1 }) },
];

describe('editions killed mid-write', { timeout: 120_000 }, () => {
  const outcomes: string[] = [];
  let partialTaken = 0;
  let rerunsFailed = 0;

  for (const [index, step] of STEPS.entries()) {
    it(`leaves no half PDF under a final name, and a rerun succeeds: kill ${step.label}`, async () => {
      const out = join(root, `editions-${index}`);
      const killed = await runCli(['editions', journal, '--out', out], step.killAt(out));
      expect(killed.signal).toBe('SIGKILL');
      const left = await finalFiles(out);
      const halves = (await Promise.all(left.map(async (name) => (isWholePdf(await readFile(join(out, name))) ? null : name)))).filter((name) => name !== null);
      partialTaken += halves.length;
      expect(halves).toEqual([]);

      const rerun = await runCli(['editions', journal, '--out', out]);
      if (rerun.code !== 0) rerunsFailed += 1;
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      const written = await finalFiles(out);
      expect(written.length).toBeGreaterThan(3);
      for (const name of written) expect(isWholePdf(await readFile(join(out, name)))).toBe(true);
      const hidden = (await readdir(out)).filter((name) => name.startsWith('.'));
      outcomes.push(
        `tué ${step.label} : ${left.length} fichier(s) sous leur nom, ${hidden.length} fichier(s) caché(s) « .partiel » ; relancé : ${written.length} PDF complets`,
      );
    });
  }

  afterAll(async () => {
    await recordFault({
      fault: 'ligne de commande tuée (SIGKILL) pendant l’écriture des éditions',
      whatDone: `editions --out <dossier> : ${outcomes.join(' ; ')}`,
      eventsLost: 0, // editions read the journal and never write it
      silentAlterations: partialTaken + rerunsFailed,
      // A process killed says nothing; what is left is named for what it is (« .partiel »), and the rerun reports in French.
      namedInFrench: outcomes.length === STEPS.length,
    });
  });
});
