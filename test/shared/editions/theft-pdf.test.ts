import { describe, expect, it } from 'vitest';
import { THEFT_TITLE, theftPdf, theftSummary } from '../../../shared/editions/pdf/theft-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { correctionDraft, ESTABLISHMENT, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { theftDraft } from '../register/drafts';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';
import { EDITED_AT, editionContext, headOf, scenarioEvents } from './scenario';

const DAY = { from: '2026-03-09', to: '2026-03-09' };

/** A register with two thefts found on 9 March 2026, the second cancelled the next day. */
function twoThefts(kind: 'officine' | 'veterinaire' = 'officine'): RegisterEvent[] {
  const drafts: Draft[] = [
    on(
      '2026-03-02',
      openingDraft(
        kind === 'officine' ? {} : { establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind } },
      ),
    ),
    on('2026-03-02', productDraft()),
    on('2026-03-02', receiptDraft({ quantity: units(56) })),
    on(
      '2026-03-09',
      theftDraft({
        quantity: units(28),
        circumstances: 'Armoire forte fracturée, constaté à l’ouverture',
        policeReportRef: 'PV 2026/00118 commissariat de Lorient',
        regionalDeclarationRef: 'ARS-BRE-2026-0042',
        agencyDeclarationRef: 'DS-ANSM-77812',
      }),
    ),
    { ...on('2026-03-09', theftDraft({ quantity: units(3), circumstances: 'Écart constaté au comptage du soir' })), observation: 'Déclaré le même jour' },
    on('2026-03-10', correctionDraft(5, { reason: 'quantite', comment: 'Les 3 comprimés retrouvés dans le tiroir' })),
  ];
  return sealAll(drafts);
}

describe('the theft summary', () => {
  it('lists the day’s theft with its product, quantity, circumstances and every reference, framed like every edition', () => {
    const events = scenarioEvents();
    const pdf = readPdf(theftPdf(events, DAY, editionContext(events)), 'vol-declaration');
    const frame = { establishment: ESTABLISHMENT, title: THEFT_TITLE, period: 'le 09/03/2026', edited: '15/04/2026 à 14:05', head: headOf(events) };
    expect(frameGaps(pdf, frame)).toEqual([]);
    const text = squeezed(pdf.text);
    expect(text).toContain('Récapitulatif à joindre aux déclarations');
    expect(text).toContain('Pharmacien titulaire Claire Martin (n° RPPS ou Ordre 10001234567)');
    expect(text).toContain('1. Constaté le 09/03/2026 — n° d’ordre 20 au registre');
    expect(text).toContain('Méthadone AP-HP sirop 40 mg — sirop, 40 mg/15 mL');
    expect(text).toContain('15,25 mL');
    expect(text).toContain('Effraction de l’armoire forte constatée à l’ouverture');
    expect(text).toContain('PV 2026/118');
    expect(text).toContain('Déclaration à l’ARS DECL-REG-44');
    expect(text).toContain('Déclaration à l’ANSM DECL-NAT-45');
    expect(text).toContain('Nom, qualité et signature du pharmacien titulaire');
    expect(text).not.toContain('Total par produit');
    renderPages(pdf, 1);
  });

  it('says so when the period has no theft', () => {
    const events = scenarioEvents();
    const text = squeezed(readPdf(theftPdf(events, { from: '2026-04-01', to: '2026-04-15' }, editionContext(events)), 'vol-aucun').text);
    expect(text).toContain('Vols ou détournements inscrits aucun');
    expect(text).toContain('Aucun vol ni détournement n’est inscrit au registre sur la période.');
  });

  it('marks a theft cancelled by a correction, and leaves it out of the totals', () => {
    const events = twoThefts();
    expect(theftSummary(events, DAY).thefts.map((theft) => theft.seq)).toEqual([4, 5]);
    const pdf = readPdf(theftPdf(events, DAY, { ...editionContext(events), editedAt: EDITED_AT }), 'vol-deux');
    const text = squeezed(pdf.text);
    expect(text).toContain('28 comprimés, soit 2 boîtes de 14');
    expect(text).toContain('PV 2026/00118 commissariat de Lorient du 10/03/2026');
    expect(text).toContain('Observation Déclaré le même jour');
    expect(text).toContain('Cette inscription a été annulée par le n° 6 du 10/03/2026');
    expect(text).toMatch(/Total par produit \(hors inscriptions annulées\)[\s\S]*Morphine sulfate LP 10 mg — comprimé, 10 mg 28 comprimés/);
    renderPages(pdf, 1);
  });

  it('names the DDPP and the ANSES for a veterinarian', () => {
    const events = twoThefts('veterinaire');
    const context = {
      ...editionContext(events),
      establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind: 'veterinaire' as const },
    };
    const text = squeezed(readPdf(theftPdf(events, DAY, context), 'vol-veterinaire').text);
    expect(text).toContain('à la DDPP et à l’ANSES');
    expect(text).toContain('Déclaration à la DDPP ARS-BRE-2026-0042 du 10/03/2026');
    expect(text).toContain('Déclaration à l’ANSES DS-ANSM-77812');
    expect(text).toContain('Vétérinaire responsable');
  });
});
