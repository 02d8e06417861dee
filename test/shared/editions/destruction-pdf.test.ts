import { describe, expect, it } from 'vitest';
import { destructionNoticePdf, NOTICE_TITLE } from '../../../shared/editions/pdf/destruction-notice-pdf';
import { destructionPvPdf, PV_TITLE } from '../../../shared/editions/pdf/destruction-pv-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { destructionDrafts } from '../../../shared/register/validate-destruction';
import { ESTABLISHMENT, MORPHINE, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { patientReturnDraft, quarantineMoveDraft } from '../register/drafts';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';
import { EDITED_AT, editionContext, headOf } from './scenario';

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'le conseil régional de l’Ordre des pharmaciens de Bretagne' };
const PLAN = {
  type: 'destruction.planned' as const,
  plannedDate: '2026-03-16',
  witness: WITNESS,
  inspector: 'ARS Bretagne — 6 place des Colombes, 35042 Rennes',
  items: [
    { productId: 'P2', lot: 'L4521', quantity: units(14) },
    { productId: 'P2', quantity: units(3) },
  ],
};

/** Morphine received, one box set aside (lot L4521), 3 brought back; a dossier planned on 6 March for 16 March, destroyed on 16 March. */
function dossierEvents(certify: boolean): RegisterEvent[] {
  const drafts: Draft[] = [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(28), lot: 'L4521' })),
    on('2026-03-04', quarantineMoveDraft({ productId: 'P2', quantity: units(14), lot: 'L4521' })),
    on('2026-03-05', patientReturnDraft({ productId: 'P2', quantity: units(3) })),
    on('2026-03-06', { operationDate: '', body: PLAN }),
  ];
  if (certify) {
    drafts.push(
      on('2026-03-16', {
        operationDate: '',
        body: {
          type: 'destruction.certified',
          dossier: 'PV-2026-001',
          method: 'Dissolution dans l’eau chaude puis incorporation à un gélifiant',
          disposal: 'DASRI incinérés',
        },
      }),
    );
    for (const body of destructionDrafts({ dossier: 'PV-2026-001', items: PLAN.items })) drafts.push(on('2026-03-16', { operationDate: '', body }));
  }
  return sealAll(drafts, { today: () => '2026-03-20' });
}

describe('the destruction notice', () => {
  it('is a letter to the ARS naming the date, the witness and every item, framed on every page, and warns of a notice under a month', () => {
    const events = dossierEvents(false);
    const pdf = readPdf(destructionNoticePdf(events, 'PV-2026-001', editionContext(events)), 'destruction-avis');
    renderPages(pdf);
    expect(
      frameGaps(pdf, { establishment: ESTABLISHMENT, title: NOTICE_TITLE, period: 'le 06/03/2026', edited: '15/04/2026 à 14:05', head: headOf(events) }),
    ).toEqual([]);
    const text = squeezed(pdf.text).replace(/\s+/g, ' ');
    expect(text).toContain('Dossier PV-2026-001');
    expect(text).toContain('pharmacien inspecteur de santé publique');
    expect(text).toContain('ARS Bretagne — 6 place des Colombes, 35042 Rennes');
    expect(text).toContain('je procéderai le 16/03/2026');
    expect(text).toContain('Dr Hélène Kerjean (n° RPPS ou Ordre 10004455667)');
    expect(text).toContain('conseil régional de l’Ordre des pharmaciens de Bretagne');
    expect(text).toContain(MORPHINE.designation);
    expect(text).toContain('comprimé, 10 mg');
    expect(text).toContain('L4521');
    expect(text).toContain('boîte de 14');
    expect(text).toContain('14 comprimés');
    expect(text).toContain('3 comprimés');
    // The unit agrees everywhere; only the form ("comprimé, 10 mg") stays singular.
    expect(text).not.toMatch(/comprimé(?![,s])/);
    expect(text).toMatch(/inférieur à un\s+mois/);
    expect(text).toContain('avant le 06/04/2026');
    expect(text).toContain('Claire Martin (n° RPPS ou Ordre 10001234567)');
    expect(EDITED_AT.getFullYear()).toBe(2026);
  });

  it('does not warn when the notice precedes the date by a month', () => {
    const events = dossierEvents(false).map((event) => (event.type === 'destruction.planned' ? { ...event, plannedDate: '2026-04-06' } : event));
    const pdf = readPdf(destructionNoticePdf(events, 'PV-2026-001', editionContext(events)), 'destruction-avis-delai');
    expect(squeezed(pdf.text)).not.toMatch(/inférieur à un\s+mois/);
  });

  it('is addressed to the DDPP and signed by the veterinarian in a veterinary practice', () => {
    const events = dossierEvents(true);
    const context = {
      ...editionContext(events),
      establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind: 'veterinaire' as const },
    };
    const notice = squeezed(readPdf(destructionNoticePdf(events, 'PV-2026-001', context), 'destruction-avis-veterinaire').text).replace(/\s+/g, ' ');
    expect(notice).toContain('directeur départemental de la protection des populations');
    expect(notice).toContain('Le vétérinaire');
    expect(notice).toContain('Clinique vétérinaire du Blavet');
    const pv = squeezed(readPdf(destructionPvPdf(events, 'PV-2026-001', context), 'destruction-pv-veterinaire').text).replace(/\s+/g, ' ');
    expect(pv).toContain('Avis à la DDPP');
    expect(pv).toContain('une copie est adressée à la DDPP');
  });

  it('refuses a dossier the register does not hold', () => {
    const events = dossierEvents(false);
    expect(() => destructionNoticePdf(events, 'PV-2026-009', editionContext(events))).toThrow(/introuvable/);
  });
});

describe('the destruction PV', () => {
  it('names the witness, the method, each item with its exit’s order number, and has both signature blocks, on every page the establishment', () => {
    const events = dossierEvents(true);
    const pdf = readPdf(destructionPvPdf(events, 'PV-2026-001', editionContext(events)), 'destruction-pv');
    renderPages(pdf);
    expect(
      frameGaps(pdf, { establishment: ESTABLISHMENT, title: PV_TITLE, period: 'le 16/03/2026', edited: '15/04/2026 à 14:05', head: headOf(events) }),
    ).toEqual([]);
    const text = squeezed(pdf.text).replace(/\s+/g, ' ');
    expect(text).toContain('Procès-verbal n° PV-2026-001 — destruction du 16/03/2026');
    expect(text).toContain('Dr Hélène Kerjean (n° RPPS ou Ordre 10004455667)');
    expect(text).toContain('Dissolution dans l’eau chaude puis incorporation à un gélifiant');
    expect(text).toContain('DASRI incinérés');
    expect(text).toContain('du 06/03/2026');
    expect(text).toMatch(/n° 8\b/);
    expect(text).toMatch(/n° 9\b/);
    expect(text).toContain('Le pharmacien titulaire');
    expect(text).toContain('Le témoin');
    expect((text.match(/Signature :/g) ?? []).length).toBe(2);
  });

  it('is not printed before the PV is established', () => {
    const events = dossierEvents(false);
    expect(() => destructionPvPdf(events, 'PV-2026-001', editionContext(events))).toThrow(/pas encore établi/);
  });
});
