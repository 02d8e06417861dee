// import <file.csv> --out <dest>: a spreadsheet of operations becomes a new chained journal,
// every row checked as the app checks it; the first refusal names its line and column and
// leaves nothing on disk.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { refusal } from './command-line';
import { parseCsv } from '../../../electron/cli/commands/import/import-csv';
import { importCommand } from '../../../electron/cli/commands/import/import';
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { captured, fixtureWith, importInto, MINIMAL_BOM, NOW, readEvents, VALID } from './import-files';
import { tempFolder } from './journal-files';

/** The valid fixture with one physical line replaced (1-based), or removed when `text` is null. */
function validWith(lineNumber: number, change: (line: string) => string | null): string {
  return fixtureWith(VALID, lineNumber, change);
}

describe('parseCsv', () => {
  it('reads quoted fields holding separators, line breaks and doubled quotes, and numbers lines', () => {
    const parsed = parseCsv('\ufeffa;b;c\r\n1;"x; y";"z\r\nsuite"\r\n2;"dit ""oui""";\n\n3;;');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x; y', 'z\nsuite'] },
        { line: 4, fields: ['2', 'dit "oui"', ''] },
        { line: 5, fields: [''] },
        { line: 6, fields: ['3', '', ''] },
      ],
    });
  });

  it('refuses a quote left open, naming the line it opens on', () => {
    expect(parseCsv('a;b\n1;"jamais fermé\n2;3\n')).toEqual({ ok: false, line: 2, reason: 'unclosedQuote' });
    expect(parseCsv('a;b\n1;x"y\n')).toEqual({ ok: false, line: 2, reason: 'strayQuote' });
  });
});

describe('the words of import', () => {
  it('reads the file and --out in either order', () => {
    const command = { name: 'import', csv: 'ops.csv', out: 'dossier' };
    expect(readCommandLine(['import', 'ops.csv', '--out', 'dossier'])).toEqual({ ok: true, command });
    expect(readCommandLine(['import', '--out=dossier', 'ops.csv'])).toEqual({ ok: true, command });
  });

  it('says what is missing', () => {
    const missingOut = 'La commande import attend --out suivi d’un dossier existant ou d’un chemin se terminant par .journal.jsonl.';
    expect(refusal(['import', 'ops.csv']).problem).toBe(missingOut);
    expect(refusal(['import', '--out', 'dossier']).problem).toBe('La commande import attend le chemin d’un fichier CSV d’opérations.');
    expect(refusal(['import', 'ops.csv', '--out']).problem).toBe(missingOut);
  });
});

describe('import command', () => {
  it('writes a journal that verify accepts, with the expected events and stock', async () => {
    const { code, io, folder } = await importInto(VALID);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    const path = join(folder, 'REG-IMPORT.journal.jsonl');
    expect(readdirSync(folder)).toEqual(['REG-IMPORT.journal.jsonl']);
    expect(io.stdout.join('\n')).toContain(`Import réussi : ${path}`);
    expect(io.stdout.join('\n')).toContain('Lignes lues : 7\nÉvénements écrits : 7, dont 4 mouvements\nProduits : 2\nIdentifiant du registre : REG-IMPORT');

    const verify = captured();
    expect(await runCli(['verify', path], verify)).toBe(EXIT_OK);
    expect(verify.stdout.join('\n')).toContain('Événements : 7, dont 4 mouvements');

    const stock = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-10'], stock)).toBe(EXIT_OK);
    const table = stock.stdout.join('\n');
    expect(table).toContain('Stock au 10/03/2026 — Pharmacie du Port, registre REG-IMPORT');
    expect(table).toMatch(/Morphine sulfate LP 10 mg +gélule +10 mg +16 +16 +0 +gélule/);
    expect(table).toMatch(/Méthadone sirop 5 mg\/mL +sirop +5 mg\/mL +988 +988 +0 +mL/);
  });

  it('records what each row says, signed by the holder and stamped with the import time', async () => {
    const { folder } = await importInto(VALID);
    const events = readEvents(join(folder, 'REG-IMPORT.journal.jsonl'));
    expect(events.map((event) => [event.seq, event.type, event.operationDate])).toEqual([
      [1, 'register.opened', '2026-03-02'],
      [2, 'product.defined', '2026-03-02'],
      [3, 'product.defined', '2026-03-02'],
      [4, 'receipt', '2026-03-03'],
      [5, 'receipt', '2026-03-04'],
      [6, 'dispensation', '2026-03-05'],
      [7, 'dispensation', '2026-03-06'],
    ]);
    for (const event of events) {
      expect(event.recordedAt).toBe(NOW.toISOString());
      expect(event.validatedBy).toEqual({ name: 'Claire Martin', orderNumber: '10001234567' });
    }
    expect(events[0]).toMatchObject({
      registerId: 'REG-IMPORT',
      establishment: { name: 'Pharmacie du Port', address: '1 quai des Indes; 56100 Lorient', kind: 'officine' },
    });
    expect(events[1]).toMatchObject({ productId: 'P2', product: { designation: 'Morphine sulfate LP 10 mg', perBox: 14_000, cip13: '3400930000014' } });
    expect(events[3]).toMatchObject({
      productId: 'P2',
      quantity: 28_000,
      supplier: { name: 'Répartiteur Ouest', profession: 'Grossiste-répartiteur', address: 'ZI de Kerpont\n56850 Caudan' },
      deliveryRef: 'BL-2026-0303',
      lot: 'L4521',
      expiry: '2028-06',
    });
    expect(events[3]).not.toHaveProperty('observation');
    expect(events[4]).toMatchObject({ productId: 'P3', quantity: 1_000_500, expiry: '2027-03', observation: 'Reprise du registre papier n° 3' });
    expect(events[6]).toMatchObject({
      productId: 'P3',
      quantity: 12_500,
      recipient: { kind: 'patient', name: 'Marie "Mimi" Durand', address: '8 rue de Siam, 29200 Brest' },
      prescriber: { name: 'Dr Paul Kerhervé', address: '2 place de la Liberté, 29200 Brest' },
    });
    expect(events[6]).not.toHaveProperty('bearer');
  });

  it('tolerates a byte order mark, LF line ends, headers in any order and case, and a decimal comma', async () => {
    const { code, io, folder } = await importInto(MINIMAL_BOM);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    const events = readEvents(join(folder, 'REG-IMPORT.journal.jsonl'));
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ operationDate: '2026-09-01', establishment: { kind: 'veterinaire' }, holder: { name: 'Yann Le Bris' } });
    expect(events[2]).toMatchObject({
      type: 'receipt',
      quantity: 20_250,
      supplier: { name: 'Centravet', profession: 'Grossiste-répartiteur' },
      expiry: '2027-11',
    });
    expect(events[3]).toMatchObject({ type: 'vet.administration', quantity: 750, animal: { species: 'bovin' }, owner: { name: 'GAEC de Kerlouan' } });
  });

  it('names the register after a folder destination with a fresh UUID', async () => {
    const folder = tempFolder();
    const io = captured();
    expect(await importCommand(VALID, folder, io, NOW)).toBe(EXIT_OK);
    const [name] = readdirSync(folder);
    expect(name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.journal\.jsonl$/);
    expect(readEvents(join(folder, name!))[0]).toMatchObject({ registerId: name!.replace('.journal.jsonl', '') });
  });

  const refusals: [string, number, (line: string) => string | null, string][] = [
    [
      'an unknown product reference',
      8,
      (line) => line.replace('SKENAN10', 'SKENAN30'),
      'Ligne 8, colonne « produit » : Produit inconnu : choisissez un produit de la liste. La référence « SKENAN30 » n’est définie par aucune ligne produit plus haut dans le fichier.',
    ],
    [
      'an exit beyond the stock',
      8,
      (line) => line.replace(';12;', ';40;'),
      'Ligne 8, colonne « quantité » : Stock insuffisant : quantité demandée 40, disponible 28.',
    ],
    [
      'a malformed quantity',
      7,
      (line) => line.replace('"1 000,5"', 'mille'),
      'Ligne 7, colonne « quantité » : Quantité illisible : saisissez un nombre, par exemple 12 ou 0,5.',
    ],
    [
      'a quantity with more than three decimals',
      9,
      (line) => line.replace('12,5', '12,5001'),
      'Ligne 9, colonne « quantité » : La quantité ne peut pas avoir plus de trois décimales.',
    ],
    ['a missing quantity', 8, (line) => line.replace(';12;', ';;'), 'Ligne 8, colonne « quantité » : Le champ « quantité » est obligatoire.'],
    [
      'a missing patient address',
      8,
      (line) => line.replace('3 rue des Forges, 56100 Lorient', ''),
      'Ligne 8, colonne « adresse bénéficiaire » : Le champ « adresse du patient » est obligatoire.',
    ],
    [
      'a missing prescriber address',
      8,
      (line) => line.replace('12 rue du Port, 56100 Lorient', ''),
      'Ligne 8, colonne « adresse prescripteur » : Le champ « adresse du prescripteur » est obligatoire.',
    ],
    [
      'a missing kind of recipient',
      8,
      (line) => line.replace(';patient;', ';;'),
      'Ligne 8, colonne « bénéficiaire » : Le champ « bénéficiaire » est obligatoire.',
    ],
    [
      'an unknown kind of recipient',
      8,
      (line) => line.replace(';patient;', ';client;'),
      'Ligne 8, colonne « bénéficiaire » : Bénéficiaire inconnu « client » : indiquez patient, anonyme ou usage professionnel.',
    ],
    [
      'a missing supplier profession',
      5,
      (line) => line.replace('Grossiste-répartiteur', ''),
      'Ligne 5, colonne « qualité fournisseur » : Le champ « qualité du fournisseur » est obligatoire.',
    ],
    [
      'a missing supplier address',
      7,
      (line) => line.replace('ZI de Kerpont, 56850 Caudan', ''),
      'Ligne 7, colonne « adresse fournisseur » : Le champ « adresse du fournisseur » est obligatoire.',
    ],
    [
      'a missing delivery note',
      7,
      (line) => line.replace('BL-2026-0304', ''),
      'Ligne 7, colonne « bon de livraison » : Le champ « référence du bon de livraison » est obligatoire.',
    ],
    ['a missing lot', 7, (line) => line.replace('M1187', ''), 'Ligne 7, colonne « lot » : Le champ « numéro de lot » est obligatoire.'],
    ['a missing expiry', 7, (line) => line.replace('3/2027', ''), 'Ligne 7, colonne « péremption » : Le champ « date de péremption » est obligatoire.'],
    [
      'an expiry written as an ISO month',
      7,
      (line) => line.replace('3/2027', '2027-03'),
      'Ligne 7, colonne « péremption » : Date de péremption invalide : indiquez le mois et l’année, par exemple 03/2027.',
    ],
    ['an expiry with a two-digit year', 7, (line) => line.replace('3/2027', '03/27'), 'Ligne 7, colonne « péremption » : Date de péremption invalide'],
    ['an expiry month that does not exist', 7, (line) => line.replace('3/2027', '13/2027'), 'Ligne 7, colonne « péremption » : Date de péremption invalide'],
    [
      'a lot already expired on the day of the receipt',
      7,
      (line) => line.replace('3/2027', '02/2026'),
      'Ligne 7, colonne « péremption » : Ce lot est déjà périmé : il ne peut pas entrer dans le stock disponible.',
    ],
    [
      'an observation beyond 300 characters',
      7,
      (line) => line.replace('Reprise du registre papier n° 3', 'x'.repeat(301)),
      'Ligne 7, colonne « observation » : Le champ « observation » dépasse 300 caractères.',
    ],
    [
      'a date before the opening',
      8,
      (line) => line.replace('05/03/2026', '01/03/2026'),
      'Ligne 8, colonne « date » : La date de l’opération est antérieure à l’ouverture du registre (02/03/2026).',
    ],
    [
      'a missing ordonnancier number',
      8,
      (line) => line.replace('2026-000042', ''),
      'Ligne 8, colonne « n° ordonnancier » : Le champ « numéro d’ordonnancier » est obligatoire.',
    ],
    [
      'a missing designation',
      3,
      (line) => line.replace('Morphine sulfate LP 10 mg', ' '),
      'Ligne 3, colonne « désignation » : Le champ « désignation » est obligatoire.',
    ],
    [
      'an invalid CIP13',
      3,
      (line) => line.replace('3400930000014', '3400930000015'),
      'Ligne 3, colonne « CIP13 » : Code CIP13 invalide : 13 chiffres, clé de contrôle comprise.',
    ],
    ['an ISO date', 8, (line) => line.replace('05/03/2026', '2026-03-05'), 'Ligne 8, colonne « date » : Date invalide : utilisez le format JJ/MM/AAAA.'],
    [
      'a day that does not exist',
      8,
      (line) => line.replace('05/03/2026', '31/02/2026'),
      'Ligne 8, colonne « date » : Date invalide : utilisez le format JJ/MM/AAAA.',
    ],
    [
      'a date after the import day',
      8,
      (line) => line.replace('05/03/2026', '05/03/2099'),
      'Ligne 8, colonne « date » : La date de l’opération ne peut pas être dans le futur.',
    ],
    ['a missing opening row', 2, () => null, 'Ligne 2, colonne « type » : Le registre n’est pas encore ouvert : renseignez d’abord l’établissement.'],
    [
      'a second opening row',
      9,
      () => `ouverture;06/03/2026;Autre officine;Ailleurs;officine;X;1${';'.repeat(21)}`,
      'Ligne 9, colonne « type » : Le registre est déjà ouvert.',
    ],
    [
      'an unknown nature of establishment',
      2,
      (line) => line.replace(';officine;', ';pharmacie;'),
      'Ligne 2, colonne « nature » : Nature inconnue « pharmacie » : indiquez officine ou vétérinaire.',
    ],
    [
      'an unknown operation type',
      8,
      (line) => line.replace('sortie', 'retour'),
      'Ligne 8, colonne « type » : Type d’opération inconnu « retour » : indiquez ouverture, changement d’établissement, habilitation, fin d’habilitation, produit, modification produit, solde repris, entrée, retour patient, sortie, administration, délivrance, préparation, retour fournisseur, vol, mise en quarantaine, contre-passation, inventaire, avis de destruction, PV de destruction, copie du PV envoyée, annulation de destruction, clôture du mois, changement de titulaire ou cessation d’activité.',
    ],
    [
      'a product reference defined twice',
      4,
      (line) => line.replace('METHA5', 'skenan10'),
      'Ligne 4, colonne « produit » : La référence « skenan10 » est déjà définie par une ligne produit précédente.',
    ],
    ['an unknown column', 1, (line) => line.replace('quantité', 'qté'), 'Ligne 1 : Colonne inconnue « qté » (colonne 15 de l’en-tête).'],
    ['a quote inside an unquoted field', 8, (line) => line.replace('Jean Dupont', 'Jean "Jeannot" Dupont'), 'Ligne 8 : Guillemet " inattendu'],
    ['a quote left open', 9, (line) => line.replace('2026-000043', '"2026-000043'), 'Ligne 9 : Un champ ouvert par un guillemet " n’est jamais refermé.'],
  ];

  for (const [what, line, change, message] of refusals) {
    it(`refuses ${what}, naming line and column, and writes nothing`, async () => {
      const { code, io, folder } = await importInto(validWith(line, change));
      expect(code).toBe(EXIT_BROKEN);
      expect(io.stdout).toEqual([]);
      expect(io.stderr.join('\n')).toContain(message);
      expect(readdirSync(folder)).toEqual([]);
    });
  }

  it('counts the lines a quoted line break spans', async () => {
    const { code, io } = await importInto(validWith(7, (line) => line.replace('"1 000,5"', '0')));
    expect(code).toBe(EXIT_BROKEN);
    expect(io.stderr).toEqual(['Ligne 7, colonne « quantité » : La quantité doit être supérieure à zéro.']);
  });

  it('never replaces an existing journal', async () => {
    const folder = tempFolder();
    const path = join(folder, 'REG-IMPORT.journal.jsonl');
    writeFileSync(path, 'déjà là\n', 'utf8');
    const io = captured();
    expect(await importCommand(VALID, path, io, NOW)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toContain(`Import refusé : « ${path} » existe déjà.`);
    expect(readFileSync(path, 'utf8')).toBe('déjà là\n');
    expect(readdirSync(folder)).toEqual(['REG-IMPORT.journal.jsonl']);
  });

  it('refuses a destination that is not a folder nor a valid journal name', async () => {
    const folder = tempFolder();
    for (const name of ['registre.csv', 'mon registre.journal.jsonl', '.journal.jsonl']) {
      const io = captured();
      expect(await importCommand(VALID, join(folder, name), io, NOW)).toBe(EXIT_USAGE);
      expect(io.stderr.join('\n')).toContain('Destination invalide');
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says when the file to import cannot be read', async () => {
    const folder = tempFolder();
    const io = captured();
    expect(await importCommand(join(folder, 'absent.csv'), folder, io, NOW)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toContain('Impossible de lire le fichier à importer');
    expect(existsSync(join(folder, 'absent.csv'))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
