// editions <journal> --out <folder>: the application's PDFs from a journal file, run in
// this process at a fixed instant, from journals sealed by the fixtures (the editions
// scenario: February to April 2026, February closed) and written by the import command.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { refusal } from './command-line';
import { verifyCommand } from '../../../electron/cli/commands/verify/verify';
import { runCli } from '../../../electron/cli/run';
import { PERIOD_JOURNAL_TITLE } from '../../../shared/editions/pdf/period-journal-pdf';
import { PRODUCT_REGISTER_TITLE } from '../../../shared/editions/pdf/product-register-pdf';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, lineOf, squeezed } from '../../shared/editions/pdf-text';
import { closedScenarioEvents, headOf } from '../../shared/editions/scenario';
import { EDITED, EDITED_AT, filesIn, pdfText, runEditions, sha256Of, STAMP, suiteFolder, suiteJournal, type EditionsRun } from './editions-files';
import { planEditions } from '../../../electron/cli/commands/editions/editions-plan';
import { loadEditionFonts } from '../../../electron/cli/common/edition-fonts';
import { captured, importInto, VALID, VETERINARY } from './import-files';
import { journalLines, plain, tempFolder, weekWithDestruction, writeJournal, writeJournalText } from './journal-files';

/** 93 events: opened 02/02/2026, three products, movements to 03/04/2026, February closed (n° 93, dated 28/02). */
const events = closedScenarioEvents();
const head = headOf(events);
const WHOLE = '2026-02-02_2026-04-03';
const P2 = 'P2-morphine-sulfate-lp-10-mg';
const P3 = 'P3-methadone-ap-hp-sirop-40-mg';
const P4 = 'P4-fentanyl-25-g-h';

const named = (...names: string[]) => names.map((name) => `${name}_${STAMP}.pdf`).sort();

describe('editions: every product, the whole journal', { timeout: 60_000 }, () => {
  let journal: string;
  let run: EditionsRun;
  beforeAll(async () => {
    journal = suiteJournal(events);
    run = await runEditions(journal, { out: join(suiteFolder(), 'editions') });
  }, 60_000);

  it('verifies the journal, then writes (b), (a) for each product that moved, (c) for each month, (d), (e) and (f) the thefts’ summary', async () => {
    const { code, stderr, out } = run;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(
      named(
        `${WHOLE}_registre-tous-produits`,
        `${WHOLE}_registre_${P2}`,
        `${WHOLE}_registre_${P3}`,
        `${WHOLE}_registre_${P4}`,
        '2026-02_balance-mensuelle',
        '2026-03_balance-mensuelle',
        '2026-04_balance-mensuelle',
        `${WHOLE}_ordonnancier`,
        `${WHOLE}_declaration-vol`,
        'integrite',
      ),
    );
  });

  it('says in French which period it took, and gives each file with its SHA-256', async () => {
    const { stdout, out } = run;
    expect(stdout).toContain(`Éditions écrites : 10 fichiers dans ${out}\n`);
    expect(stdout).toContain(`Journal intègre : ${journal} — 93 événements, tête de chaîne n° 93, empreinte ${head.hash}\n`);
    expect(stdout).toContain('Registre : REG-2026-001 — Pharmacie du Port\n');
    expect(stdout).toContain(
      'Période : du 02/02/2026 au 03/04/2026 — aucune date indiquée : tout le journal, de sa première à sa dernière date d’opération.\n',
    );
    expect(stdout).toContain('Chaque balance mensuelle couvre le mois entier');
    expect(stdout).toContain(`Édité le ${EDITED} (horloge du poste)`);
    expect(stdout).toContain('(a) Registre du produit P3 — Méthadone AP-HP sirop 40 mg (mL)');
    expect(stdout).toContain('(c) Balance mensuelle de février 2026');
    expect(stdout).toContain('(c) Balance mensuelle d’avril 2026');
    expect(stdout).toContain('(f) Vols et détournements de la période, pour leurs déclarations');
    for (const file of filesIn(out)) expect(stdout).toContain(`    ${file}\n    SHA-256 : ${sha256Of(join(out, file))}`);
  });

  it('prints the establishment on every page of every file, and the whole frame on the register of all products', async () => {
    const { out } = run;
    for (const file of filesIn(out)) {
      const pdf = pdfText(join(out, file));
      expect(pdf.pages.length, file).toBeGreaterThan(0);
      pdf.pages.forEach((page, index) => expect(squeezed(page), `${file}, page ${index + 1}`).toContain(ESTABLISHMENT.name));
    }
    const all = pdfText(join(out, `${WHOLE}_registre-tous-produits_${STAMP}.pdf`));
    expect(frameGaps(all, { establishment: ESTABLISHMENT, title: PERIOD_JOURNAL_TITLE, period: 'du 02/02/2026 au 03/04/2026', edited: EDITED, head })).toEqual(
      [],
    );
  });

  it('prints the movements: the morphine received on 02/03/2026 in its register, February sealed by its closure, the report intact', async () => {
    const { out } = run;
    const morphine = pdfText(join(out, `${WHOLE}_registre_${P2}_${STAMP}.pdf`));
    expect(
      frameGaps(morphine, { establishment: ESTABLISHMENT, title: PRODUCT_REGISTER_TITLE, period: 'du 02/02/2026 au 03/04/2026', edited: EDITED, head }),
    ).toEqual([]);
    const receipt = morphine.pages.map((page) => lineOf(page, 10)).find(Boolean);
    expect(squeezed(receipt ?? '')).toMatch(/^ ?10 02\/03\/2026 .*Réception .*Répartiteur Ouest.* 1 400 /);
    expect(squeezed(pdfText(join(out, `2026-02_balance-mensuelle_${STAMP}.pdf`)).text)).toContain('Mois clos');
    const integrity = squeezed(pdfText(join(out, `integrite_${STAMP}.pdf`)).text);
    expect(integrity).toContain('Registre intègre');
    expect(integrity).toContain('Événements vérifiés 93 (n° 1 à n° 93)');
    expect(integrity).toContain(`Objet vérifié journal ${journal}`);
  });

  it('refuses to run again into the same folder at the same minute, naming the files, and leaves them untouched', async () => {
    const { out } = run;
    const before = filesIn(out).map((file) => sha256Of(join(out, file)));
    const again = await runEditions(journal, { out });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('Éditions refusées : ces 10 fichiers existent déjà :\n');
    expect(again.stderr).toContain(`  ${join(out, `integrite_${STAMP}.pdf`)}\n`);
    expect(again.stderr).toContain('Aucun fichier n’a été écrit.');
    expect(filesIn(out).map((file) => sha256Of(join(out, file)))).toEqual(before);
  });
});

describe('editions: a period, a product', { timeout: 60_000 }, () => {
  const journal = suiteJournal(events);

  it('--from and --to: the month of March, every product moved in it, its balance only', async () => {
    const { code, stdout, stderr, out } = await runEditions(journal, { from: '2026-03-01', to: '2026-03-31' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(
      named(
        '2026-03_registre-tous-produits',
        `2026-03_registre_${P2}`,
        `2026-03_registre_${P3}`,
        `2026-03_registre_${P4}`,
        '2026-03_balance-mensuelle',
        '2026-03_ordonnancier',
        '2026-03_declaration-vol',
        'integrite',
      ),
    );
    expect(stdout).toContain('Période : du 01/03/2026 au 31/03/2026.\n');
    expect(stdout).not.toContain('balance mensuelle couvre');
    const all = pdfText(join(out, `2026-03_registre-tous-produits_${STAMP}.pdf`));
    expect(frameGaps(all, { establishment: ESTABLISHMENT, title: PERIOD_JOURNAL_TITLE, period: 'du 01/03/2026 au 31/03/2026', edited: EDITED, head })).toEqual(
      [],
    );
    expect(squeezed(lineOf(all.pages[0] ?? '', 11) ?? '')).toMatch(/Méthadone .* Dispensation .* 12,5 987,5 /);
    expect(all.text).not.toMatch(/^\s*7\s{2,}10\/02\/2026/m);
  });

  it('--from alone runs to the journal’s last operation day and says so; a product without movement gets no register', async () => {
    const { code, stdout, out } = await runEditions(journal, { from: '2026-04-01' });
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(
      named(
        '2026-04-01_2026-04-03_registre-tous-produits',
        `2026-04-01_2026-04-03_registre_${P2}`,
        `2026-04-01_2026-04-03_registre_${P3}`,
        '2026-04_balance-mensuelle',
        '2026-04-01_2026-04-03_ordonnancier',
        'integrite',
      ),
    );
    expect(stdout).toContain('Période : du 01/04/2026 au 03/04/2026 — --to absent : jusqu’à la dernière date d’opération du journal.\n');
    expect(stdout).toContain('Pas de registre par produit pour 1 produit sans mouvement sur la période.\n');
    expect(stdout).toContain('Chaque balance mensuelle couvre le mois entier, même quand la période n’en prend qu’une partie.\n');
  });

  it('--to alone starts at the journal’s first operation day and says so', async () => {
    const { code, stdout, out } = await runEditions(journal, { to: '2026-02-28' });
    expect(code).toBe(0);
    expect(stdout).toContain('Période : du 02/02/2026 au 28/02/2026 — --from absent : depuis la première date d’opération du journal.\n');
    expect(filesIn(out)).toContain(`2026-02_balance-mensuelle_${STAMP}.pdf`);
    expect(filesIn(out)).toContain(`2026-02-02_2026-02-28_ordonnancier_${STAMP}.pdf`);
  });

  it('--product: that product’s register and its dispensations only, and the integrity report', async () => {
    const { code, stdout, stderr, out } = await runEditions(journal, { product: 'P3' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(named(`${WHOLE}_registre_${P3}`, `${WHOLE}_ordonnancier_${P3}`, 'integrite'));
    expect(stdout).toContain('Produit : P3 — Méthadone AP-HP sirop 40 mg (mL)\n');
    const register = pdfText(join(out, `${WHOLE}_registre_${P3}_${STAMP}.pdf`));
    expect(squeezed(register.text)).toContain('Méthadone AP-HP sirop 40 mg — sirop, 40 mg/15 mL');
    expect(squeezed(register.pages.map((page) => lineOf(page, 20)).find(Boolean) ?? '')).toMatch(/09\/03\/2026 .*Vol/);
    const ordonnancier = squeezed(pdfText(join(out, `${WHOLE}_ordonnancier_${P3}_${STAMP}.pdf`)).text);
    expect(ordonnancier).toContain('2026-000101');
    expect(ordonnancier).toContain('2026-000400');
    expect(ordonnancier).not.toContain('2026-000102');
    expect(ordonnancier).not.toContain('Morphine');
  });

  it('--product keeps only that product’s movements, and writes the same PDF text as from every event', async () => {
    for (const [product, period] of [
      ['P2', {}],
      ['P3', { from: '2026-03-01', to: '2026-03-31' }],
      ['P4', { from: '2026-04-01' }],
    ] as const) {
      const { code, out } = await runEditions(journal, { product, ...period });
      expect(code).toBe(0);
      // The same editions planned from every event of the journal, the other products' movements included.
      const planned = planEditions(
        events,
        { product, ...period },
        { editedAt: EDITED_AT, fonts: () => loadEditionFonts(), subject: `journal ${resolve(journal)}` },
      );
      if (!planned.ok) throw new Error('plan refusé');
      expect(planned.plan.editions.map((edition) => edition.fileName).sort()).toEqual(filesIn(out));
      for (const edition of planned.plan.editions) {
        const fromAll = join(suiteFolder(), edition.fileName);
        writeFileSync(fromAll, edition.make());
        expect(pdfText(join(out, edition.fileName)).text).toBe(pdfText(fromAll).text);
      }
    }
  });

  it('--product and a period together', async () => {
    const { code, out } = await runEditions(journal, { product: 'P2', from: '2026-04-01', to: '2026-04-30' });
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(named(`2026-04_registre_${P2}`, `2026-04_ordonnancier_${P2}`, 'integrite'));
    const register = squeezed(pdfText(join(out, `2026-04_registre_${P2}_${STAMP}.pdf`)).text);
    expect(register).toMatch(/\b92 03\/04\/2026 .*Contre-passation du .* 28 1 236 Annule : Dispensation du 04\/03\/2026, 28/);
  });
});

describe('editions: refusals, nothing written', { timeout: 60_000 }, () => {
  const journal = suiteJournal(events);

  it('refuses an altered journal with the same verdict as verify, naming the line, and creates no folder', async () => {
    const lines = journalLines(events);
    lines[11] = lines[11]!.replace('"quantity":12000', '"quantity":2000');
    const altered = writeJournalText(`${lines.join('\n')}\n`);
    const { code, stdout, stderr, out } = await runEditions(altered);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Ligne 12 (n° d’ordre 12) : l’empreinte ne correspond pas au contenu — la ligne a été modifiée.');
    const verify = captured();
    expect(await verifyCommand({ journal: altered }, verify)).toBe(1);
    expect(stderr).toBe(verify.stderr.join('\n'));
    expect(filesIn(out)).toEqual([]);
  });

  it('refuses a journal cut short in its last line, and leaves an existing empty folder empty', async () => {
    const text = journalLines(events).join('\n');
    const cut = writeJournalText(text.slice(0, text.length - 40));
    const out = tempFolder();
    const { code, stderr } = await runEditions(cut, { out });
    expect(code).toBe(1);
    expect(stderr).toContain('Ligne 93 : ce n’est pas du JSON lisible');
    expect(filesIn(out)).toEqual([]);
  });

  it('refuses when one edition’s file already exists, naming it, and writes none of the others', async () => {
    const out = tempFolder();
    const existing = join(out, `integrite_${STAMP}.pdf`);
    writeFileSync(existing, 'ancien\n');
    const { code, stdout, stderr } = await runEditions(journal, { out });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `Éditions refusées : « ${existing} » existe déjà. Une édition existante n’est jamais remplacée ; choisissez un autre dossier ou relancez la commande dans une minute (le nom porte l’heure de l’édition). Aucun fichier n’a été écrit.`,
    );
    expect(filesIn(out)).toEqual([`integrite_${STAMP}.pdf`]);
    expect(readFileSync(existing, 'utf8')).toBe('ancien\n');
  });

  it('refuses --out naming a file', async () => {
    const file = join(tempFolder(), 'editions.pdf');
    writeFileSync(file, 'x');
    const { code, stderr } = await runEditions(journal, { out: file });
    expect(code).toBe(2);
    expect(stderr).toContain(`Éditions refusées : « ${file} » existe et n’est pas un dossier.`);
  });

  it('refuses an unknown product, listing the journal’s products', async () => {
    const { code, stderr, out } = await runEditions(journal, { product: 'P9' });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'Produit inconnu pour --product : « P9 » ; produits du journal : P2 (Morphine sulfate LP 10 mg (comprimé)), P3 (Méthadone AP-HP sirop 40 mg (mL)), P4 (Fentanyl 25 µg/h (patch)). Aucun fichier n’a été écrit.',
    );
    expect(filesIn(out)).toEqual([]);
  });

  it('refuses a lone date outside the journal rather than guess the other end', async () => {
    const late = await runEditions(journal, { from: '2026-05-01' });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('Période invalide : --from 2026-05-01 est après la dernière date d’opération du journal (03/04/2026)');
    const early = await runEditions(journal, { to: '2026-01-31' });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('Période invalide : --to 2026-01-31 est avant la première date d’opération du journal (02/02/2026)');
    expect([...filesIn(late.out), ...filesIn(early.out)]).toEqual([]);
  });

  it('exits 2 on a journal it cannot read, through the command line dispatcher', async () => {
    const io = captured();
    const out = join(tempFolder(), 'editions');
    expect(await runCli(['editions', join(tempFolder(), 'absent.journal.jsonl'), '--out', out], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('fichier introuvable');
    expect(filesIn(out)).toEqual([]);
  });
});

describe('editions from journals written by the import command', { timeout: 60_000 }, () => {
  it('an officine: every page names the establishment, the ordonnancier lists the dispensation', async () => {
    const imported = await importInto(VALID);
    expect(imported.code).toBe(0);
    const { code, stdout, out } = await runEditions(imported.path);
    expect(code).toBe(0);
    const period = '2026-03-02_2026-03-06';
    expect(filesIn(out)).toEqual(
      named(
        `${period}_registre-tous-produits`,
        `${period}_registre_P2-morphine-sulfate-lp-10-mg`,
        `${period}_registre_P3-methadone-sirop-5-mg-ml`,
        '2026-03_balance-mensuelle',
        `${period}_ordonnancier`,
        'integrite',
      ),
    );
    expect(stdout).toContain('Registre : REG-IMPORT — Pharmacie du Port\n');
    for (const file of filesIn(out)) {
      for (const page of pdfText(join(out, file)).pages) {
        expect(page, file).toContain('Pharmacie du Port');
        expect(page, file).toContain('1 quai des Indes; 56100 Lorient');
      }
    }
    const ordonnancier = squeezed(pdfText(join(out, `${period}_ordonnancier_${STAMP}.pdf`)).text);
    expect(ordonnancier).toContain('Classement par patient');
    expect(ordonnancier).toMatch(/\b6 05\/03\/2026 2026-000042 Jean Dupont .*Dr Anne Le Goff/);
  });

  it('a veterinary practice: the dispensations by keeper', async () => {
    const imported = await importInto(VETERINARY);
    expect(imported.code).toBe(0);
    const { code, out } = await runEditions(imported.path, { from: '2026-09-01', to: '2026-09-30' });
    expect(code).toBe(0);
    expect(filesIn(out)).toContain(`2026-09_ordonnancier_${STAMP}.pdf`);
    const dispensations = squeezed(pdfText(join(out, `2026-09_ordonnancier_${STAMP}.pdf`)).text);
    expect(dispensations).toContain('Délivrances de stupéfiants');
    expect(dispensations).toContain('Classement par détenteur');
    expect(dispensations).toContain('Anne Guivarc’h');
    expect(squeezed(pdfText(join(out, `2026-09_balance-mensuelle_${STAMP}.pdf`)).text)).toContain('Clinique vétérinaire des Abers');
  });
});

describe('the words of editions', () => {
  it('reads the journal, --out and the optional period and product, in any order', () => {
    expect(readCommandLine(['editions', 'a.jsonl', '--out', 'pdf'])).toEqual({ ok: true, command: { name: 'editions', journal: 'a.jsonl', out: 'pdf' } });
    expect(readCommandLine(['editions', '--product=P2', '--to', '2026-03-31', '--out=pdf', '--from', '2026-03-01', 'a.jsonl'])).toEqual({
      ok: true,
      command: { name: 'editions', journal: 'a.jsonl', out: 'pdf', from: '2026-03-01', to: '2026-03-31', product: 'P2' },
    });
  });

  it('names what is missing or wrong, in French, before the usage of editions', () => {
    expect(refusal(['editions', '--out', 'pdf']).problem).toBe('La commande editions attend le chemin d’un fichier journal (.journal.jsonl).');
    const missingOut = 'La commande editions attend --out suivi du dossier où écrire les PDF (il est créé s’il n’existe pas).';
    expect(refusal(['editions', 'a.jsonl']).problem).toBe(missingOut);
    expect(refusal(['editions', 'a.jsonl', '--out']).problem).toBe(missingOut);
    expect(refusal(['editions', 'a.jsonl', '--out', 'pdf', '--from']).problem).toBe('L’option --from attend une date au format AAAA-MM-JJ.');
    expect(refusal(['editions', 'a.jsonl', '--out', 'pdf', '--to', '31/03/2026']).problem).toBe(
      'Date invalide pour --to : « 31/03/2026 ». Utilisez le format AAAA-MM-JJ, par exemple 2026-03-31.',
    );
    const reversed = refusal(['editions', 'a.jsonl', '--out', 'pdf', '--from', '2026-04-01', '--to', '2026-03-31']);
    expect(reversed.problem).toBe('Période invalide : --from 2026-04-01 est après --to 2026-03-31.');
    expect(reversed.help).toMatch(/^Usage : npm run cli -- editions <journal> --out <dossier> \[--from AAAA-MM-JJ\] \[--to AAAA-MM-JJ\] \[--product <id>\]\n/);
    const product = 'L’option --product attend l’identifiant d’un produit du journal, par exemple P2.';
    expect(refusal(['editions', 'a.jsonl', '--out', 'pdf', '--product', '--from']).problem).toBe(product);
    expect(refusal(['editions', 'a.jsonl', '--out', 'pdf', '--product=-P2']).problem).toBe(product);
    expect(refusal(['editions', 'a.jsonl', '--out', 'pdf', '--out', 'autre']).problem).toBe(
      'L’option --out est donnée deux fois pour editions : indiquez-la une seule fois.',
    );
    expect(refusal(['editions', 'a.jsonl', '--at', '2026-03-01', '--out', 'pdf']).problem).toBe(
      'Option inconnue pour editions : « --at ». Options possibles : --out, --from, --to, --product, --help.',
    );
  });
});

describe('editions: the papers of a destruction', { timeout: 60_000 }, () => {
  it('writes (f) the notice and the PV of a dossier dated in the period, each naming its dossier', async () => {
    const { code, stdout, stderr, out } = await runEditions(writeJournal(weekWithDestruction()), { from: '2026-03-09', to: '2026-03-10' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(filesIn(out)).toEqual(
      expect.arrayContaining([`2026-03-09_avis-destruction_PV-2026-001_${STAMP}.pdf`, `2026-03-10_pv-destruction_PV-2026-001_${STAMP}.pdf`]),
    );
    expect(stdout).toContain('(f) Avis de destruction, dossier PV-2026-001');
    expect(stdout).toContain('(f) Procès-verbal de destruction PV-2026-001');
    const pv = plain(pdfText(join(out, `2026-03-10_pv-destruction_PV-2026-001_${STAMP}.pdf`)).text).replace(/\s+/g, ' ');
    expect(pv).toContain('Procès-verbal n° PV-2026-001 — destruction du 10/03/2026');
    // The register of every product closes with the same steps.
    const register = plain(pdfText(join(out, `2026-03-09_2026-03-10_registre-tous-produits_${STAMP}.pdf`)).text);
    expect(register.split('Inventaires, destructions et vols de la période')[1]).toMatch(/Avis de destruction, dossier[\s\S]*PV de destruction PV-2026-001/);
  });
});
