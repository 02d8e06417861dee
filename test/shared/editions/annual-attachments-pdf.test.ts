// The attachments of the annual declaration, read as a person reads them: the cover
// letter to the ANSM and the list of import and export authorisations, in the common frame.
import { describe, expect, it } from 'vitest';
import { annualLetterPdf, LETTER_TITLE } from '../../../shared/editions/pdf/annual-letter-pdf';
import { AUTHORISATIONS_TITLE, authorisationsPdf } from '../../../shared/editions/pdf/authorisations-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import { ESTABLISHMENT, HOLDER } from '../../fixtures/drafts';
import { annualJournal } from '../jare/annual-journal';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';
import { editionContext, headOf } from './scenario';

const events = annualJournal({ trade: true });
const flat = (text: string) => squeezed(text).replace(/\s+/g, ' ');
const frame = (title: string, period: string) => ({ establishment: ESTABLISHMENT, title, period, edited: '15/04/2026 à 14:05', head: headOf(events) });

describe('the cover letter', () => {
  it('names the year, the authorisations used and the PVs of the year, with the holder to sign', () => {
    const pv = { seq: 99, type: 'destruction.certified', dossier: 'PV-2026-003', operationDate: '2026-09-10' } as unknown as RegisterEvent;
    const pdf = readPdf(annualLetterPdf([...events, pv], 2026, editionContext(events)), 'annual-letter');
    renderPages(pdf);
    const text = flat(pdf.text);
    expect(frameGaps(pdf, frame(LETTER_TITLE, 'année 2026'))).toEqual([]);
    expect(text).toContain('Objet Déclaration annuelle des stupéfiants et psychotropes (état annuel récapitulatif) — année 2026');
    expect(text).toContain('stupetpsy@ansm.sante.fr');
    expect(text).toContain('déposé sur NDS-Web 2 le');
    expect(text).toContain('utilisées en 2026 (2 opérations : AIS n° AIS-2026-0042, AEP n° AEP-2026-0007)');
    expect(text).toContain('procès-verbaux de destruction de l’année : PV-2026-003 du 10/09/2026');
    expect(text).toContain(`${HOLDER.name} (n° RPPS ou Ordre ${HOLDER.orderNumber})`);
    expect(text).toContain('Le pharmacien titulaire');
  });

  it('says so when nothing was imported, exported or destroyed', () => {
    const text = flat(readPdf(annualLetterPdf(annualJournal(), 2026, editionContext(events)), 'annual-letter-empty').text);
    expect(text).toContain('aucune importation ni exportation en 2026');
    expect(text).toContain('aucune destruction en 2026');
  });
});

describe('the list of authorisations', () => {
  it('prints one row per import or export of the year, in the frame', () => {
    const pdf = readPdf(authorisationsPdf(events, 2026, editionContext(events)), 'annual-authorisations');
    renderPages(pdf);
    expect(frameGaps(pdf, frame(AUTHORISATIONS_TITLE, 'année 2026 (du 01/01/2026 au 31/12/2026)'))).toEqual([]);
    const text = flat(pdf.text);
    expect(text).toMatch(/8 05\/01\/2026 Importation AIS AIS-2026-0042 Skenan LP 30 mg \(P2\) 56 gélule/);
    expect(text).toMatch(/16 01\/05\/2026 Exportation AEP AEP-2026-0007 Oramorph 20 mg\/mL \(P3\) 10 mL/);
  });
});
