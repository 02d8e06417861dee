// A veterinary practice taken over: what the veterinarian administers in the practice and
// dispenses to an owner on prescription, each naming the animal and its owner.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { captured, fixtureWith, importInto, readEvents, VETERINARY } from './import-files';

// Lines of veterinaire.csv: 2 opening, 3–4 products KETA (P2) and METH10 (P3), 5 balance of
// P2, 6 receipt of P3, 7 administration of P2 to a cow, 8 dispensing of P3 to a dog's owner.

describe('import of a veterinary practice', () => {
  it('records administrations and dispensings with the animal, its owner and the prescription', async () => {
    const { code, io, path } = await importInto(VETERINARY);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    const events = readEvents(path);
    expect(events.map((event) => event.type)).toEqual([
      'register.opened',
      'product.defined',
      'product.defined',
      'opening.balance',
      'receipt',
      'vet.administration',
      'vet.dispensing',
    ]);
    expect(events[0]).toMatchObject({ establishment: { kind: 'veterinaire' }, holder: { name: 'Yann Le Bris', orderNumber: 'VET-29-1234' } });
    expect(events[5]).toMatchObject({
      productId: 'P2',
      quantity: 2_500,
      animal: { identification: 'Boucle FR 29 1234 5678', species: 'bovin' },
      owner: { name: 'GAEC de Kerlouan', address: 'Kerlouan, 29890 Kerlouan' },
      observation: 'Césarienne',
    });
    expect(events[5]).not.toHaveProperty('prescriptionRef');
    expect(events[6]).toMatchObject({
      productId: 'P3',
      quantity: 1_500,
      animal: { identification: 'Max (puce 250268712345678)', species: 'chien' },
      owner: { name: 'Anne Guivarc’h', address: '5 rue de l’Aber, 29870 Lannilis' },
      prescriptionRef: 'ORD-2026-0412',
      prescribedDays: 14,
    });
    for (const event of events) expect(event.validatedBy).toEqual({ name: 'Yann Le Bris', orderNumber: 'VET-29-1234' });
  });

  it('gives the stock of each product in mL', async () => {
    const { path } = await importInto(VETERINARY);
    const io = captured();
    expect(await runCli(['stock', path, '--at', '2026-09-30'], io)).toBe(EXIT_OK);
    const table = io.stdout.join('\n');
    expect(table).toMatch(/Kétamine 100 mg\/mL +solution injectable +100 mg\/mL +32,5 +32,5 +0 +mL/);
    expect(table).toMatch(/Méthadone 10 mg\/mL +solution injectable +10 mg\/mL +18,5 +18,5 +0 +mL/);
  });

  const refusals: [string, number, (line: string) => string | null, string][] = [
    [
      'a dispensation, which is an officine’s',
      7,
      (line) => line.replace('administration', 'sortie'),
      'Ligne 7, colonne « type » : Ce mouvement est propre à une officine : un cabinet vétérinaire enregistre une administration ou une délivrance au détenteur.',
    ],
    [
      'an administration without the animal',
      7,
      (line) => line.replace('Boucle FR 29 1234 5678', ''),
      'Ligne 7, colonne « animal » : Le champ « identification de l’animal » est obligatoire.',
    ],
    ['an administration without the species', 7, (line) => line.replace(';bovin;', ';;'), 'Ligne 7, colonne « espèce » : Le champ « espèce » est obligatoire.'],
    [
      'an administration without the owner',
      7,
      (line) => line.replace('GAEC de Kerlouan', ''),
      'Ligne 7, colonne « détenteur » : Le champ « nom du détenteur » est obligatoire.',
    ],
    [
      'a dispensing without the owner’s address',
      8,
      (line) => line.replace('5 rue de l’Aber, 29870 Lannilis', ''),
      'Ligne 8, colonne « adresse détenteur » : Le champ « adresse du détenteur » est obligatoire.',
    ],
    [
      'a dispensing without its prescription',
      8,
      (line) => line.replace('ORD-2026-0412', ''),
      'Ligne 8, colonne « référence ordonnance » : Le champ « référence de l’ordonnance » est obligatoire.',
    ],
    [
      'a dispensing prescribed for more than 28 days (art. R. 5132-30)',
      8,
      (line) => line.replace(';ORD-2026-0412;14;', ';ORD-2026-0412;35;'),
      'Ligne 8, colonne « durée du traitement » : Un stupéfiant ne se prescrit pas pour plus de 28 jours de traitement (art. R. 5132-30 du code de la santé publique) : 35 jours indiqués.',
    ],
    [
      'a dispensing whose duration is not a number of days',
      8,
      (line) => line.replace(';ORD-2026-0412;14;', ';ORD-2026-0412;deux semaines;'),
      'Ligne 8, colonne « durée du traitement » : Le champ « durée du traitement prescrit (jours) » attend un nombre entier de jours, au moins 1.',
    ],
    [
      'an administration beyond the stock',
      7,
      (line) => line.replace(';2,5;', ';35,5;'),
      'Ligne 7, colonne « quantité » : Stock insuffisant : quantité demandée 35,5, disponible 35.',
    ],
    [
      'an unknown nature of establishment',
      2,
      (line) => line.replace(';vétérinaire;', ';clinique;'),
      'Ligne 2, colonne « nature » : Nature inconnue « clinique » : indiquez officine ou vétérinaire.',
    ],
  ];

  for (const [what, line, change, message] of refusals) {
    it(`refuses ${what}, naming line and column, and writes nothing`, async () => {
      const { code, io, folder } = await importInto(fixtureWith(VETERINARY, line, change));
      expect(code).toBe(EXIT_BROKEN);
      expect(io.stdout).toEqual([]);
      expect(io.stderr.join('\n')).toContain(message);
      expect(readdirSync(folder)).toEqual([]);
    });
  }
});
