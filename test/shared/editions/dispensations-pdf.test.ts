import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, dispensationsPdf, DISPENSATIONS_TITLE } from '../../../shared/editions/pdf/dispensations-pdf';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, readPdf, renderPages, squeezed, type PdfText } from './pdf-text';
import { editionContext, headOf, scenarioEvents, veterinaryEvents } from './scenario';

const events = scenarioEvents();
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

interface Section {
  groups: string[];
  rows: { seq: number; day: string }[];
}

/** The pages of one classification (named under the title), their group headings and their rows. */
function section(pdf: PdfText, name: string): Section {
  const text = pdf.pages.filter((page) => squeezed(page).includes(name)).join('\n');
  const groups = [...text.matchAll(/^\s*(.+?) — \d+ délivrances?\s*$/gm)].map((match) => (match[1] ?? '').trim());
  const rows = [...text.matchAll(/^\s*(\d+)\s{2,}(\d{2})\/(\d{2})\/(\d{4})/gm)].map(([, seq, d, m, y]) => ({ seq: Number(seq), day: `${y}-${m}-${d}` }));
  return { groups, rows };
}

const byDayThenSeq = (a: { seq: number; day: string }, b: { seq: number; day: string }) => a.day.localeCompare(b.day) || a.seq - b.seq;

describe('edition (d): dispensations by patient, by medicine and chronologically', () => {
  const pdf = readPdf(dispensationsPdf(events, MARCH, editionContext(events)), 'd-ordonnancier-mars');
  const [byPatient, byMedicine, chronological] = CLASSIFICATIONS.officine.map((name) => section(pdf, name)) as [Section, Section, Section];
  const march = events.filter((event) => event.type === 'dispensation' && event.operationDate.startsWith('2026-03'));

  it('prints the frame on every page, and names the classification on each', () => {
    const frame = {
      establishment: ESTABLISHMENT,
      title: DISPENSATIONS_TITLE.officine,
      period: 'du 01/03/2026 au 31/03/2026',
      edited: '15/04/2026 à 14:05',
      head: headOf(events),
    };
    expect(pdf.pages.length).toBeGreaterThanOrEqual(6);
    expect(frameGaps(pdf, frame)).toEqual([]);
    for (const page of pdf.pages) expect(CLASSIFICATIONS.officine.some((name) => squeezed(page).includes(name))).toBe(true);
  });

  it('classifies by patient, in alphabetical order, each patient’s dispensations in date order', () => {
    expect(byPatient.groups).toEqual([
      'Anonyme (art. L. 3414-1)',
      'Bernard Le Floch, 14 cours de Chazelles, 56100 Lorient',
      'Dr Paul Quéré (usage professionnel), 1 rue de Liège, 56100 Lorient',
      'Élise Martin, 2 place Alsace-Lorraine, 56100 Lorient',
      'Jean Dupont, 3 rue des Forges, 56100 Lorient',
      'Zoé Abadie, 8 rue Paul Guieysse, 56100 Lorient',
    ]);
    expect(byPatient.rows).toHaveLength(march.length);
    const jeanDupont = march.filter((event) => event.type === 'dispensation' && event.recipient.kind === 'patient' && event.recipient.name === 'Jean Dupont');
    const printedForJean = byPatient.rows.filter((row) => jeanDupont.some((event) => event.seq === row.seq));
    expect(printedForJean.map((row) => row.seq)).toEqual([...printedForJean].sort(byDayThenSeq).map((row) => row.seq));
  });

  it('classifies by medicine, in alphabetical order', () => {
    expect(byMedicine.groups).toEqual(['Fentanyl 25 µg/h (patch)', 'Méthadone AP-HP sirop 40 mg (mL)', 'Morphine sulfate LP 10 mg (comprimé)']);
    expect(byMedicine.rows).toHaveLength(march.length);
    expect(squeezed(pdf.text)).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) — 74 délivrances/);
  });

  it('lists them chronologically by date of dispensing, whatever order they were recorded in', () => {
    expect(chronological.groups).toEqual([]);
    expect(chronological.rows.map((row) => row.seq).sort((a, b) => a - b)).toEqual(march.map((event) => event.seq));
    expect(chronological.rows).toEqual([...chronological.rows].sort(byDayThenSeq));
    // Recorded in another order: the classification is not the register's.
    expect(chronological.rows.map((row) => row.seq)).not.toEqual(march.map((event) => event.seq));
  });

  it('says which dispensations a correction cancelled, with the prescriber, the address and the ordonnancier number', () => {
    const text = squeezed(pdf.text);
    expect(text).toMatch(/12 04\/03\/2026 2026-000102 Bernard Le Floch Dr Anne Le Goff Morphine sulfate LP 10 mg 12 Annulée par le n° 13/);
    expect(text).toMatch(/Anonyme \(art. L. 3414-1\) Dr Anne Le Goff Fentanyl 25 µg\/h \(patch\) 5/);
  });

  it('classifies a veterinary practice’s dispensings by animal keeper', () => {
    const vetEvents = veterinaryEvents();
    const vetPdf = readPdf(
      dispensationsPdf(vetEvents, MARCH, {
        ...editionContext(vetEvents),
        establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind: 'veterinaire' },
      }),
      'd-delivrances-veterinaire',
    );
    const [byKeeper, , vetChronological] = CLASSIFICATIONS.veterinaire.map((name) => section(vetPdf, name)) as [Section, Section, Section];
    expect(byKeeper.groups).toEqual(['Alain Cadoret, 4 rue du Scorff, 56100 Lorient', 'Marie Le Bihan, Ferme de Kerlann, 56700 Hennebont']);
    expect(vetChronological.rows.map((row) => row.seq)).toEqual([6, 5]);
    expect(squeezed(vetPdf.text)).toMatch(/Animal : Rex \(chien\)/);
    expect(squeezed(vetPdf.text)).toContain(DISPENSATIONS_TITLE.veterinaire);
  });

  it('renders its first pages to pictures', () => {
    renderPages(pdf, 2);
  });
});
