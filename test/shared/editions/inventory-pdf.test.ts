import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import { INSPECTOR_FLAG, INVENTORY_TITLE, inventoryPdf } from '../../../shared/editions/pdf/inventory-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import { dispensationDraft, ESTABLISHMENT, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { editionFonts } from '../../fixtures/edition-fonts';
import { trackedDatabase } from '../../fixtures/database';
import { accepted } from '../../fixtures/result';
import { patientReturnDraft } from '../register/drafts';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';

const NOW = new Date(2026, 2, 10, 18, 0);
const EDITED_AT = new Date(2026, 2, 10, 18, 5);

/** Morphine (P2) and methadone in mL (P3), counted on 10 March: two variances, one of them in quarantine. */
async function inventoryEvents(): Promise<RegisterEvent[]> {
  const db = trackedDatabase();
  for (const draft of [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-02', productDraft({ designation: 'Méthadone AP-HP sirop 40 mg', form: 'sirop', strength: '40 mg/15 mL', unit: 'mL', perBox: toMilli(15_000) })),
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(30) })),
    on('2026-03-03', receiptDraft({ productId: 'P3', quantity: units(150), lot: 'M889' })),
    on('2026-03-04', dispensationDraft({ productId: 'P2', quantity: units(12) })),
    on('2026-03-05', patientReturnDraft({ productId: 'P2', quantity: units(3) })),
  ]) {
    accepted(await appendEvent(db, draft, NOW));
  }
  const inventory = {
    operationDate: '2026-03-10',
    observation: 'Inventaire annuel',
    body: {
      type: 'inventory.taken' as const,
      countedBy: 'Claire Martin et Louis Bernard',
      lines: [
        {
          productId: 'P2',
          compartment: 'dispensable' as const,
          counted: units(16),
          method: 'count' as const,
          reason: 'Deux gélules écrasées, jetées sans inscription',
        },
        { productId: 'P3', compartment: 'dispensable' as const, counted: toMilli(149_250), method: 'weight' as const, reason: 'Pertes au mesurage' },
        { productId: 'P2', compartment: 'quarantine' as const, counted: units(3), method: 'count' as const },
        { productId: 'P3', compartment: 'quarantine' as const, counted: units(0), method: 'count' as const },
      ],
    },
  };
  accepted(await appendEvents(db, [inventory, { adjustmentsOf: 0, operationDate: '2026-03-10' }], NOW));
  return db.events.toArray();
}

describe('the inventory edition', async () => {
  const events = await inventoryEvents();
  const head = { seq: events.at(-1)!.seq, hash: events.at(-1)!.hash };
  const pdf = readPdf(inventoryPdf(events, 8, { establishment: { ...ESTABLISHMENT }, head, editedAt: EDITED_AT, fonts: editionFonts() }), 'inventaire');
  const text = squeezed(pdf.text);

  it('prints the frame on every page', () => {
    expect(frameGaps(pdf, { establishment: ESTABLISHMENT, title: INVENTORY_TITLE, period: 'le 10/03/2026', edited: '10/03/2026 à 18:05', head })).toEqual([]);
  });

  it('lists expected, counted, method, variance, reason and the adjustment of each line, the compartments apart', () => {
    expect(text).toContain('Compté par : Claire Martin et Louis Bernard');
    expect(text).toContain('n° d’ordre 8');
    expect(text).toMatch(/Stock disponible\s/);
    expect(text).toMatch(/Morphine sulfate LP 10 mg — comprimé, 10 mg \(comprimé\) 18 16 Décompte −2 Deux gélules écrasées, jetées sans\s+n° 9\s+inscription/);
    expect(text).toMatch(/Méthadone AP-HP sirop 40 mg — sirop, 40 mg\/15 mL \(mL\) 150 149,25 Pesée −0,75 Pertes au mesurage n° 10/);
    expect(text).toContain('Quarantaine (à détruire), comptée à part');
    expect(text).toMatch(/Morphine sulfate LP 10 mg — comprimé, 10 mg \(comprimé\) 3 3 Décompte 0 —/);
    expect(text.split(INSPECTOR_FLAG)).toHaveLength(3);
    expect(text).toContain('2 écarts constatés');
    expect(text).toContain('Observation : Inventaire annuel');
  });

  it('ends with the signature lines of who counted and of the pharmacist in charge', () => {
    expect(text).toMatch(/Compté par Le pharmacien titulaire ou responsable/);
    expect(text.match(/Date et signature :/g)).toHaveLength(2);
    renderPages(pdf, 1);
  });

  it('refuses an order number that is not an inventory', () => {
    expect(() => inventoryPdf(events, 4, { establishment: { ...ESTABLISHMENT }, head, editedAt: EDITED_AT, fonts: editionFonts() })).toThrow(
      'n’est pas un inventaire',
    );
  });
});
