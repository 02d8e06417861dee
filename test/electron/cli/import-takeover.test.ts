// An officine register taken over with its history: carried-over balances (available and
// quarantine), receipts with lot and expiry, patient returns, and dispensations to a
// patient with a bearer, anonymous (L. 3414-1) or for a practitioner's professional use.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { captured, csvFile, fixturePlus, fixtureWith, importInto, readEvents, TAKEOVER } from './import-files';

// Lines of reprise-officine.csv: 2 opening, 3–5 products SKENAN10 (P2), METHA5 (P3) and
// DUROG25 (P4), 6 balance of P2, 7 balance of P4 in quarantine, 8 receipt of P3,
// 9 dispensation to a patient with a bearer, 10 anonymous, 11 professional use, 12 patient return.

const HEADERS = readFileSync(TAKEOVER, 'utf8').split('\n')[0]!.split(';');

/** A row of reprise-officine.csv from its non-empty cells, by header. */
function row(cells: Record<string, string>): string {
  return HEADERS.map((header) => cells[header] ?? '').join(';');
}

describe('import of an officine taken over', () => {
  it('accepts every kind of entry and dispensation, as the app records them', async () => {
    const { code, io, path } = await importInto(TAKEOVER);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    expect(io.stdout.join('\n')).toContain('Lignes lues : 11\nÉvénements écrits : 11, dont 7 mouvements\nProduits : 3');
    const events = readEvents(path);
    expect(events.map((event) => [event.seq, event.type])).toEqual([
      [1, 'register.opened'],
      [2, 'product.defined'],
      [3, 'product.defined'],
      [4, 'product.defined'],
      [5, 'opening.balance'],
      [6, 'opening.balance'],
      [7, 'receipt'],
      [8, 'dispensation'],
      [9, 'dispensation'],
      [10, 'dispensation'],
      [11, 'patient.return'],
    ]);
    expect(events[4]).toMatchObject({ productId: 'P2', quantity: 42_000, compartment: 'dispensable', source: 'Registre papier n° 3, folio 112' });
    expect(events[5]).toMatchObject({
      productId: 'P4',
      quantity: 2_000,
      compartment: 'quarantine',
      observation: 'Patchs rapportés le 28/08/2026, en attente de destruction',
    });
    expect(events[6]).toMatchObject({ productId: 'P3', lot: 'M1187', expiry: '2027-03', orderBookRef: 'CS-2026-118' });
    expect(events[7]).toMatchObject({
      recipient: { kind: 'patient', name: 'Jean Dupont', address: '3 rue des Forges, 56100 Lorient' },
      bearer: { name: 'Sophie Dupont', address: '5 rue des Forges, 56100 Lorient', idReference: 'CNI 123456789012' },
    });
    expect(events[9]).toMatchObject({ recipient: { kind: 'professional', name: 'Dr Hélène Morvan', address: '4 rue Victor Hugo, 56100 Lorient' } });
    expect(events[10]).toMatchObject({ productId: 'P2', quantity: 5_000, returnedBy: 'Sophie Dupont', comment: 'boîte entamée, traitement arrêté' });
    for (const event of events) expect(event.validatedBy).toEqual({ name: 'Claire Martin', orderNumber: '10001234567' });
  });

  it('records an anonymous dispensation with no name nor address at all', async () => {
    const { path } = await importInto(TAKEOVER);
    const anonymous = readEvents(path)[8]!;
    expect(anonymous).toMatchObject({ type: 'dispensation', productId: 'P3', quantity: 40_000, recipient: { kind: 'anonymous' } });
    if (anonymous.type !== 'dispensation') throw new Error('dispensation attendue');
    expect(anonymous.recipient).toEqual({ kind: 'anonymous' });
    expect(anonymous).not.toHaveProperty('bearer');
    expect(JSON.stringify(anonymous)).not.toMatch(/Dupont|Durand/);
  });

  it('reads types and list values whatever their case and accents, and either apostrophe in headers', async () => {
    const csv = fixtureWith(TAKEOVER, 1, (line) => line.replace('pièce d’identité porteur', "Piece d'identite porteur"));
    const text = readFileSync(csv, 'utf8')
      .replace('solde repris;01/09/2026', 'SOLDE REPRIS;01/09/2026')
      .replace('quarantaine;', 'Quarantaine;')
      .replace('entrée;02/09/2026', 'reception;02/09/2026')
      .replace('anonyme;', 'ANONYME;')
      .replace('usage professionnel;', 'Usage Professionnel;')
      .replace('retour patient;', 'Retour Patient;');
    const { code, io, path } = await importInto(csvFile(text));
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    expect(readEvents(path).map((event) => event.type)).toContain('patient.return');
  });

  it('keeps quarantined units in the balance but never dispenses them', async () => {
    // After the return, SKENAN10 holds 26 in the register, 5 of them in quarantine.
    const prescription = { prescripteur: 'Dr Anne Le Goff', 'adresse prescripteur': '12 rue du Port', 'n° ordonnancier': '2026-000104' };
    const patient = { bénéficiaire: 'patient', 'nom bénéficiaire': 'Jean Dupont', 'adresse bénéficiaire': '3 rue des Forges' };
    const over = row({ type: 'sortie', date: '08/09/2026', produit: 'SKENAN10', quantité: '22', ...patient, ...prescription });
    const refused = await importInto(fixturePlus(TAKEOVER, over));
    expect(refused.code).toBe(EXIT_BROKEN);
    expect(refused.io.stderr).toEqual(['Ligne 13, colonne « quantité » : Stock insuffisant : quantité demandée 22, disponible 21.']);
    expect(readdirSync(refused.folder)).toEqual([]);

    const quarantineOnly = row({ type: 'sortie', date: '08/09/2026', produit: 'DUROG25', quantité: '1', bénéficiaire: 'anonyme', ...prescription });
    const none = await importInto(fixturePlus(TAKEOVER, quarantineOnly));
    expect(none.io.stderr).toEqual(['Ligne 13, colonne « quantité » : Stock insuffisant : quantité demandée 1, disponible 0.']);
  });

  it('shows balance, dispensable and quarantine through the stock command', async () => {
    const { path } = await importInto(TAKEOVER);
    const before = captured();
    expect(await runCli(['stock', path, '--at', '2026-09-06'], before)).toBe(EXIT_OK);
    expect(before.stdout.join('\n')).toMatch(/Skenan LP 10 mg +gélule +10 mg +21 +21 +0 +gélule/);
    const after = captured();
    expect(await runCli(['stock', path, '--at', '2026-09-07'], after)).toBe(EXIT_OK);
    const table = after.stdout.join('\n');
    expect(table).toMatch(/Skenan LP 10 mg +gélule +10 mg +26 +21 +5 +gélule/);
    expect(table).toMatch(/Fentanyl 25 µg\/h +dispositif transdermique +25 µg\/h +2 +0 +2 +patch/);
  });

  const refusals: [string, number, (line: string) => string | null, string][] = [
    [
      'a balance without its origin',
      6,
      (line) => line.replace('Registre papier n° 3, folio 112', ''),
      'Ligne 6, colonne « origine » : Le champ « origine du solde (registre précédent) » est obligatoire.',
    ],
    [
      'an unknown stock compartment',
      7,
      (line) => line.replace(';quarantaine;', ';réserve;'),
      'Ligne 7, colonne « stock concerné » : Stock concerné inconnu « réserve » : indiquez disponible ou quarantaine.',
    ],
    [
      'a balance carried over after the product has moved',
      12,
      () => row({ type: 'solde repris', date: '07/09/2026', produit: 'SKENAN10', quantité: '5', origine: 'Registre papier n° 3, folio 113' }),
      'Ligne 12, colonne « produit » : Ce produit a déjà des mouvements : un solde repris d’un registre précédent ne peut être que sa première ligne.',
    ],
    [
      'a receipt with a malformed expiry',
      8,
      (line) => line.replace('03/2027', 'mars 2027'),
      'Ligne 8, colonne « péremption » : Date de péremption invalide : indiquez le mois et l’année, par exemple 03/2027.',
    ],
    [
      'a patient return without who brought it',
      12,
      (line) => line.replace('Sophie Dupont', ''),
      'Ligne 12, colonne « rapporté par » : Le champ « rapporté par » est obligatoire.',
    ],
    [
      'an anonymous dispensation that names the patient',
      10,
      (line) => line.replace('anonyme;;', 'anonyme;Paul Martin;'),
      'Ligne 10, colonne « nom bénéficiaire » : Une dispensation anonyme (art. L. 3414-1) n’enregistre ni le nom ni l’adresse du patient : laissez cette colonne vide.',
    ],
    [
      'an anonymous dispensation that gives an address',
      10,
      (line) => line.replace('anonyme;;;', 'anonyme;;2 rue de Siam;'),
      'Ligne 10, colonne « adresse bénéficiaire » : Une dispensation anonyme',
    ],
    [
      'a professional use without the practitioner',
      11,
      (line) => line.replace('usage professionnel;Dr Hélène Morvan', 'usage professionnel;'),
      'Ligne 11, colonne « nom bénéficiaire » : Le champ « nom du praticien » est obligatoire.',
    ],
    [
      'a bearer without an identity document',
      9,
      (line) => line.replace('CNI 123456789012', ''),
      'Ligne 9, colonne « pièce d’identité porteur » : Porteur inconnu de la pharmacie : notez la nature et le numéro de la pièce d’identité présentée, ou cochez « Porteur connu de la pharmacie » (art. R. 5132-35 du code de la santé publique).',
    ],
    [
      'a bearer without an address',
      9,
      (line) => line.replace('5 rue des Forges, 56100 Lorient', ''),
      'Ligne 9, colonne « adresse porteur » : Le champ « adresse du porteur » est obligatoire.',
    ],
    [
      'an identity document without a bearer',
      9,
      (line) => line.replace('Sophie Dupont', ''),
      'Ligne 9, colonne « porteur » : Le champ « nom du porteur » est obligatoire.',
    ],
    [
      'a veterinary administration in an officine',
      10,
      (line) => line.replace('sortie', 'administration'),
      'Ligne 10, colonne « type » : Ce mouvement est propre à un cabinet vétérinaire : une officine enregistre une dispensation.',
    ],
  ];

  for (const [what, line, change, message] of refusals) {
    it(`refuses ${what}, naming line and column, and writes nothing`, async () => {
      const { code, io, folder } = await importInto(fixtureWith(TAKEOVER, line, change));
      expect(code).toBe(EXIT_BROKEN);
      expect(io.stdout).toEqual([]);
      expect(io.stderr.join('\n')).toContain(message);
      expect(readdirSync(folder)).toEqual([]);
    });
  }
});
