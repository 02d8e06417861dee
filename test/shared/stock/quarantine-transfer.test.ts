// A mise en quarantaine moves units between compartments: no entry, no exit, the register
// balance unchanged; only the part in quarantine grows. Its correction moves them back.
import { describe, expect, it } from 'vitest';
import { monthBalances } from '../../../shared/closure/month-balance';
import { buildLedger } from '../../../shared/editions/ledger';
import { monthPeriod } from '../../../shared/editions/period';
import { isMovement, type MovementEvent, type RegisterEvent } from '../../../shared/register/events';
import { movementCounterparty, movementNature } from '../../../shared/register/labels';
import { movementEffect, NO_DELTA, registerLines, stockDelta } from '../../../shared/stock/movements';
import { createStockOnDay } from '../../../electron/cli/commands/stock/stock-on-day';
import { productRegisterPdf } from '../../../shared/editions/pdf/product-register-pdf';
import { movedDuring } from '../../../renderer/features/editions/closure-editions';
import { editionFonts } from '../../fixtures/edition-fonts';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { lineOf, readPdf, renderPages, squeezed } from '../editions/pdf-text';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { quarantineMoveDraft } from '../register/drafts';

/** 1 opening, 2 product, 3 receipt of 30 (lot L4521), 4 dispensation of 12, 5 quarantine of 8 of lot L4521, 6 its correction. */
function register(): RegisterEvent[] {
  return sealAll([
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-02', receiptDraft({ quantity: units(30) })),
    on('2026-03-03', dispensationDraft({ quantity: units(12) })),
    on('2026-03-04', quarantineMoveDraft({ quantity: units(8), comment: 'Boîte abîmée' })),
    on('2026-03-05', correctionDraft(5, { reason: 'doublon', comment: 'Lot mis de côté deux fois' })),
  ]);
}

const movement = (events: RegisterEvent[], seq: number) => events.find((event) => event.seq === seq) as MovementEvent;

describe('a mise en quarantaine', () => {
  const events = register();

  it('is a transfer from the dispensable stock into quarantine', () => {
    expect(movementEffect(movement(events, 5))).toEqual({ direction: 'transfer', from: 'dispensable', to: 'quarantine', quantity: units(8) });
  });

  it('changes no register total, only what is in quarantine', () => {
    expect(stockDelta(movement(events, 5))).toEqual({ ...NO_DELTA, quarantineEntries: units(8) });
  });

  it('is corrected by a correction that moves the units back, out of quarantine', () => {
    const correction = movement(events, 6);
    expect(correction).toMatchObject({ type: 'correction', corrects: 5, reverses: 'transfer', compartment: 'quarantine', quantity: units(8) });
    expect(movementEffect(correction)).toEqual({ direction: 'transfer', from: 'quarantine', to: 'dispensable', quantity: units(8) });
    expect(stockDelta(correction)).toEqual({ ...NO_DELTA, quarantineExits: units(8) });
  });

  it('has a register line with no entry nor exit and the balance unchanged', () => {
    expect(registerLines(events).map((line) => [line.event.seq, line.entry, line.exit, line.compartment, line.balance, line.correctedBy])).toEqual([
      [3, units(30), null, 'dispensable', units(30), null],
      [4, null, units(12), 'dispensable', units(18), null],
      [5, null, null, 'quarantine', units(18), 6],
      [6, null, null, 'dispensable', units(18), null],
    ]);
  });

  it('is named "Mise en quarantaine", with its reason, lot and comment', () => {
    expect(movementNature(movement(events, 5), 'officine')).toBe('Mise en quarantaine');
    expect(movementCounterparty(movement(events, 5))).toBe('8 du stock disponible vers la quarantaine (à détruire) — Périmé — lot L4521 — Boîte abîmée');
    expect(movementNature(movement(events, 6), 'officine')).toBe('Contre-passation du n° 5');
    expect(movementCounterparty(movement(events, 6))).toBe('8 de la quarantaine remis au stock disponible — Saisie en double : Lot mis de côté deux fois');
  });

  it('counts in the month as neither an entry nor an exit; the closing quarantine shows it', () => {
    const withoutCorrection = events.filter(isMovement).filter((event) => event.seq !== 6);
    expect(monthBalances(new Map(), withoutCorrection)).toEqual([
      {
        productId: 'P2',
        opening: 0,
        openingQuarantine: 0,
        entriesByKind: { receipt: units(30) },
        exitsByKind: { dispensation: units(12) },
        entries: units(30),
        exits: units(12),
        closing: units(18),
        closingQuarantine: units(8),
      },
    ]);
    const carried = new Map([['P2', { total: units(18), quarantine: units(8) }]]);
    expect(monthBalances(carried, [movement(events, 6)])).toEqual([
      {
        productId: 'P2',
        opening: units(18),
        openingQuarantine: units(8),
        entriesByKind: {},
        exitsByKind: {},
        entries: 0,
        exits: 0,
        closing: units(18),
        closingQuarantine: 0,
      },
    ]);
  });

  it('leaves the ledger’s entries and exits alone and moves its quarantine balance', () => {
    const ledger = buildLedger(events, monthPeriod('2026-03'));
    const product = ledger.products[0]!;
    expect([product.entries, product.exits, product.closing]).toEqual([units(30), units(12), { total: units(18), quarantine: 0 }]);
    expect(product.lines.map((line) => [line.event.seq, line.effect.direction, line.balance])).toEqual([
      [3, 'entry', { total: units(30), quarantine: 0 }],
      [4, 'exit', { total: units(18), quarantine: 0 }],
      [5, 'transfer', { total: units(18), quarantine: units(8) }],
      [6, 'transfer', { total: units(18), quarantine: 0 }],
    ]);
    expect(product.exitsByKind).toEqual({ dispensation: units(12) });
  });

  it('is counted by the command line’s stock tally on the day', () => {
    const on4 = createStockOnDay('2026-03-04');
    const on5 = createStockOnDay('2026-03-05');
    for (const event of events) {
      on4.add(event);
      on5.add(event);
    }
    expect(on4.report().rows[0]?.balance).toEqual({ total: units(18), quarantine: units(8) });
    expect(on5.report().rows[0]?.balance).toEqual({ total: units(18), quarantine: 0 });
  });

  it('gets its product’s register printed at the closure of a month where it is the only line', () => {
    const carried = new Map([['P2', { total: units(18), quarantine: units(0) }]]);
    const [row] = monthBalances(carried, [movement(events, 5)]);
    expect(row && movedDuring(row)).toBe(true);
    expect(monthBalances(carried, []).map(movedDuring)).toEqual([false]);
  });

  it('prints in the product’s register as a line with neither entry nor exit, the balance unchanged', () => {
    const head = { seq: 6, hash: events[5]!.hash };
    const pdf = readPdf(
      productRegisterPdf(events, 'P2', monthPeriod('2026-03'), {
        establishment: { ...ESTABLISHMENT },
        head,
        editedAt: new Date(2026, 2, 10, 9, 30),
        fonts: editionFonts(),
      }),
      'a-registre-quarantaine',
    );
    const page = squeezed(pdf.pages[0] ?? '');
    expect(page).toContain('Mise en quarantaine');
    expect(squeezed(lineOf(pdf.pages[0] ?? '', 5) ?? '')).toMatch(
      /^\s*5 04\/03\/2026 10\/03\/2026 Mise en 8 du stock disponible vers la quarantaine .* 18 Contre-passé par le n° 6/,
    );
    expect(squeezed(lineOf(pdf.pages[0] ?? '', 4) ?? '')).toMatch(/ 12 18 /);
    renderPages(pdf, 1);
  });
});
