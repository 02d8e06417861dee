import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import { TRANSFER_INVENTORY_TITLE, transferInventoryPdf } from '../../../shared/editions/pdf/transfer-inventory-pdf';
import { TRANSMITTAL_TITLE, transmittalPdf } from '../../../shared/editions/pdf/transmittal-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { dispensationDraft, ESTABLISHMENT, HOLDER, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { editionFonts } from '../../fixtures/edition-fonts';
import { trackedDatabase } from '../../fixtures/database';
import { accepted } from '../../fixtures/result';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';

const NOW = new Date(2026, 2, 10, 18, 0);
const EDITED_AT = new Date(2026, 2, 10, 18, 5);
const BUYER = { name: 'Yann Le Floch', orderNumber: '10007654321' };

/** Morphine P2: 30 received in lot L4521, 12 dispensed; the contradictory inventory finds 17 (n° 6, its écart n° 7). */
async function cessionRegister() {
  const db = trackedDatabase();
  for (const draft of [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-03', receiptDraft({ quantity: units(30) })),
    on('2026-03-04', dispensationDraft({ quantity: units(12) })),
  ]) {
    accepted(await appendEvent(db, draft, NOW));
  }
  const inventory: Draft = {
    operationDate: '2026-03-09',
    body: {
      type: 'inventory.taken',
      countedBy: 'Claire Martin, Yann Le Floch',
      counterParty: BUYER,
      lines: [
        { productId: 'P2', compartment: 'dispensable', counted: units(17), method: 'count', reason: 'Comprimé cassé' },
        { productId: 'P2', compartment: 'quarantine', counted: units(0), method: 'count' },
      ],
    },
  };
  accepted(await appendEvents(db, [inventory, { adjustmentsOf: 0, operationDate: '2026-03-09' }], NOW));
  return db;
}

function head(events: readonly RegisterEvent[]) {
  const last = events.at(-1)!;
  return { seq: last.seq, hash: last.hash };
}

describe('the transfer inventory of a cession', async () => {
  const db = await cessionRegister();
  const events = await db.events.toArray();
  const pdf = readPdf(
    transferInventoryPdf(events, 5, { establishment: { ...ESTABLISHMENT }, head: head(events), editedAt: EDITED_AT, fonts: editionFonts() }),
    'inventaire-cession',
  );
  const text = squeezed(pdf.text);

  it('prints the frame on every page', () => {
    expect(
      frameGaps(pdf, {
        establishment: ESTABLISHMENT,
        title: TRANSFER_INVENTORY_TITLE,
        period: 'arrêté le 09/03/2026',
        edited: '10/03/2026 à 18:05',
        head: head(events),
      }),
    ).toEqual([]);
  });

  it('names both parties, the cut-off and the frozen head in full', () => {
    expect(text).toContain(`${HOLDER.name}`);
    expect(text).toContain(`n° RPPS ou Ordre ${HOLDER.orderNumber}`);
    expect(text).toContain(BUYER.name);
    expect(text).toContain(`n° RPPS ou Ordre ${BUYER.orderNumber}`);
    expect(text).toContain('Date d’arrêté : 09/03/2026');
    expect(text).toContain(`Registre arrêté au n° d’ordre 6, empreinte de tête (SHA-256) : ${events[5]!.hash}`);
  });

  it('gives expected, counted and the variance per product, with the lot estimated, and a signature block for each', () => {
    expect(text).toMatch(/Morphine sulfate LP 10 mg.*Stock disponible 18 17 −1 Comprimé cassé/);
    expect(text).toContain('Écart inscrit n° 6');
    expect(text).toMatch(/lot L4521 \(péremption 06\/2028\) 17 \(estimé\)/);
    expect(text).toMatch(/Le cédant\s+Le cessionnaire/);
    expect(text.match(/Lu et approuvé, date et signature/g)).toHaveLength(2);
    renderPages(pdf);
  });
});

describe('the transmittal slip of a definitive closure', async () => {
  const db = await cessionRegister();
  accepted(
    await appendEvent(
      db,
      {
        operationDate: '2026-03-10',
        body: {
          type: 'supplier.return',
          productId: 'P2',
          quantity: units(17),
          compartment: 'dispensable',
          supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
          reason: 'Cessation',
        },
      },
      NOW,
    ),
  );
  accepted(
    await appendEvent(
      db,
      {
        operationDate: '2026-03-10',
        body: {
          type: 'edition.produced',
          edition: 'period-journal',
          from: '2026-03-02',
          to: '2026-03-10',
          fileName: '2026-03-02_2026-03-10_registre-tous-produits_20260310-1800.pdf',
          sha256: 'c'.repeat(64),
          size: 2048,
        },
      },
      NOW,
    ),
  );
  accepted(
    await appendEvent(
      db,
      {
        operationDate: '2026-03-10',
        body: {
          type: 'register.closed',
          reason: 'Départ à la retraite',
          depositedWith: { authority: 'ARS', address: 'ARS Bretagne, 6 place des Colombes, 35000 Rennes' },
        },
      },
      NOW,
    ),
  );
  const events = await db.events.toArray();
  const pdf = readPdf(
    transmittalPdf(events, { establishment: { ...ESTABLISHMENT }, head: head(events), editedAt: EDITED_AT, fonts: editionFonts() }),
    'bordereau',
  );
  const text = squeezed(pdf.text);

  it('prints the frame on every page', () => {
    expect(
      frameGaps(pdf, {
        establishment: ESTABLISHMENT,
        title: TRANSMITTAL_TITLE,
        period: 'cessation du 10/03/2026',
        edited: '10/03/2026 à 18:05',
        head: head(events),
      }),
    ).toEqual([]);
  });

  it('is addressed to the ARS, states the closure and lists the journal with its full head and every edition with its hash', () => {
    expect(text).toContain('Agence régionale de santé (ARS)');
    expect(text).toContain('ARS Bretagne, 6 place des Colombes');
    expect(text).toContain('Cessation définitive d’activité inscrite au registre le 10/03/2026 sous le n° d’ordre 9 (motif : Départ à la retraite)');
    expect(text).toContain('REG-2026-001.journal.jsonl, 9 événements');
    expect(squeezed(pdf.text.replace(/\n\s*/g, ' '))).toContain(events.at(-1)!.hash);
    expect(text).toContain('2026-03-02_2026-03-10_registre-tous-produits_20260310-1800.pdf');
    expect(text).toContain('c'.repeat(64));
    expect(text).toMatch(/Le déposant\s+Reçu par l’ARS/);
    renderPages(pdf);
  });

  it('is refused before the closure', async () => {
    const open = await (await cessionRegister()).events.toArray();
    expect(() => transmittalPdf(open, { establishment: { ...ESTABLISHMENT }, head: head(open), editedAt: EDITED_AT, fonts: editionFonts() })).toThrow(
      /cessation définitive/,
    );
  });
});
