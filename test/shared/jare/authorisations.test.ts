// The list of import and export authorisations of a year, and the destruction PVs to send
// with the declaration, read from the register.
import { describe, expect, it } from 'vitest';
import { authorisationsCsv, authorisationsUsed } from '../../../shared/jare/authorisations';
import { destructionCertificates } from '../../../shared/jare/destruction-certificates';
import type { RegisterEvent } from '../../../shared/register/events';
import { annualJournal, EXPORT, IMPORT } from './annual-journal';

const events = annualJournal({ trade: true });
/** A later correction of the import (n° 8), as the register would record it. */
const reversal = { ...events.find((event) => event.seq === 14)!, seq: 19, corrects: 8, operationDate: '2026-01-20' } as RegisterEvent;

describe('the authorisations used in a year', () => {
  it('lists imports and exports in register order, with product, quantity and supplier', () => {
    expect(authorisationsUsed(events, 2026)).toEqual([
      {
        seq: 8,
        operationDate: '2026-01-05',
        direction: 'import',
        authorisation: IMPORT,
        productId: 'P2',
        designation: 'Skenan LP 30 mg',
        quantity: 56_000,
        unit: 'gélule',
        counterparty: 'Répartiteur Ouest, ZI de Kerpont, 56850 Caudan',
      },
      {
        seq: 16,
        operationDate: '2026-05-01',
        direction: 'export',
        authorisation: EXPORT,
        productId: 'P3',
        designation: 'Oramorph 20 mg/mL',
        quantity: 10_000,
        unit: 'mL',
        counterparty: 'Répartiteur Ouest, Caudan',
      },
    ]);
  });

  it('only those of the year, and says when one was reversed', () => {
    expect(authorisationsUsed(events, 2025)).toEqual([]);
    expect(authorisationsUsed(annualJournal(), 2026)).toEqual([]);
    expect(authorisationsUsed([...events, reversal], 2026)[0]).toMatchObject({ seq: 8, reversedBy: 19 });
  });

  it('writes a CSV a French spreadsheet opens: BOM, semicolons, quoted fields, decimal comma', () => {
    const csv = authorisationsCsv(authorisationsUsed([...events, reversal], 2026));
    expect(csv.startsWith('\ufeff"N° d’ordre";"Date";"Opération"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"8";"05/01/2026";"Importation";"AIS";"AIS-2026-0042";"Skenan LP 30 mg (P2)";"56";"gélule";"Répartiteur Ouest, ZI de Kerpont, 56850 Caudan";"contre-passé par le n° 19"',
    );
    expect(lines[2]).toBe('"16";"01/05/2026";"Exportation";"AEP";"AEP-2026-0007";"Oramorph 20 mg/mL (P3)";"10";"mL";"Répartiteur Ouest, Caudan";""');
    expect(lines).toHaveLength(4); // header, two rows, and the final CRLF
  });

  it('neutralises text a spreadsheet would take for a formula, and keeps numbers as numbers', () => {
    const [use] = authorisationsUsed(events, 2026);
    const hostile = {
      ...use!,
      designation: '=HYPERLINK("http://x.invalid","Skenan")',
      unit: '@SUM(A1)',
      counterparty: '-2+3 Répartiteur',
      authorisation: { ...use!.authorisation, number: '\tAIS' },
    };
    hostile.authorisation.number = '\t=1+1';
    const line = authorisationsCsv([hostile]).slice(1).split('\r\n')[1];
    expect(line).toBe(
      '"8";"05/01/2026";"Importation";"AIS";"\'\t=1+1";"\'=HYPERLINK(""http://x.invalid"",""Skenan"") (P2)";"56";"\'@SUM(A1)";"\'-2+3 Répartiteur";""',
    );
  });
});

describe('the destruction PVs of a year', () => {
  const certified = (seq: number, dossier: string, day: string) =>
    ({ seq, type: 'destruction.certified', dossier, operationDate: day, recordedAt: `${day}T10:00:00.000Z` }) as unknown as RegisterEvent;
  const printed = (seq: number, dossier: string, fileName: string) =>
    ({
      seq,
      type: 'edition.produced',
      edition: 'destruction-pv',
      dossier,
      fileName,
      sha256: 'a'.repeat(64),
      operationDate: '2026-03-16',
      recordedAt: '2026-03-16T10:01:00.000Z',
    }) as unknown as RegisterEvent;

  it('lists each PV established in the year with the files archived for it', () => {
    const journal = [
      certified(1, 'PV-2025-004', '2025-12-20'),
      certified(2, 'PV-2026-002', '2026-06-01'),
      certified(3, 'PV-2026-001', '2026-03-16'),
      printed(4, 'PV-2026-001', '2026-03-16_pv-destruction_PV-2026-001_20260316-1101.pdf'),
      printed(5, 'PV-2025-004', '2025-12-20_pv-destruction_PV-2025-004_20251220-1000.pdf'),
    ];
    expect(destructionCertificates(journal, 2026)).toEqual([
      {
        dossier: 'PV-2026-001',
        day: '2026-03-16',
        files: [{ fileName: '2026-03-16_pv-destruction_PV-2026-001_20260316-1101.pdf', sha256: 'a'.repeat(64), recordedAt: '2026-03-16T10:01:00.000Z' }],
      },
      { dossier: 'PV-2026-002', day: '2026-06-01', files: [] },
    ]);
  });
});
