// Imports and exports in the annual declaration: a receipt under an import authorisation
// (AIS, AIP) counts as an import, a supplier return under an export authorisation (AES,
// AEP) as an export, even in a month whose sealed closure counts them by kind only.
import { describe, expect, it } from 'vitest';
import { annualStatement, identityHolds } from '../../../shared/jare/annual';
import { movementCategory } from '../../../shared/jare/categories';
import { exactDecimal } from '../../../shared/jare/units';
import { movementCounterparty } from '../../../shared/register/labels';
import type { MovementEvent } from '../../../shared/register/events';
import { decideDraft } from '../../fixtures/register';
import { openedContext, receiptDraft, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { annualJournal } from './annual-journal';

describe('import and export authorisations in the register', () => {
  it('are optional: a receipt without one is unchanged', () => {
    expect(accepted(decideDraft(receiptDraft(), openedContext())).body).not.toHaveProperty('authorisation');
  });

  it('keep the kind and number of an import', () => {
    const valid = accepted(decideDraft(receiptDraft({ authorisation: { kind: 'AIP', number: ' AIP-77 ' } }), openedContext()));
    expect(valid.body).toMatchObject({ authorisation: { kind: 'AIP', number: 'AIP-77' } });
  });

  it.each([
    [{ kind: 'AES', number: 'X1' }, 'authorisation.kind'], // an export authorisation on a receipt
    [{ kind: 'AIS', number: '  ' }, 'authorisation.number'],
    [{ number: 'X1' }, 'authorisation.kind'],
  ])('refuse %j on %s', (authorisation, field) => {
    expect(refusal(decideDraft(receiptDraft({ authorisation } as never), openedContext()))).toMatchObject({ field });
  });

  it('refuse an import authorisation on a supplier return', () => {
    const body = {
      type: 'supplier.return',
      productId: 'P2',
      quantity: units(1),
      compartment: 'dispensable',
      supplier: { name: 'Labo', address: 'Bâle' },
      reason: 'Rappel',
      authorisation: { kind: 'AIS', number: 'A1' },
    };
    expect(refusal(decideDraft({ operationDate: '2026-03-02', body } as never, openedContext()))).toMatchObject({ field: 'authorisation.kind' });
  });

  it('are printed on the register line', () => {
    const events = annualJournal({ trade: true });
    const receipt = events.find((event) => event.seq === 8) as MovementEvent;
    const returned = events.find((event) => event.seq === 16) as MovementEvent;
    expect(movementCounterparty(receipt)).toContain('importation, AIS n° AIS-2026-0042');
    expect(movementCounterparty(returned)).toContain('exportation, AEP n° AEP-2026-0007');
    expect(movementCategory(receipt)).toEqual({ flow: 'entry', kind: 'import' });
    expect(movementCategory(returned)).toEqual({ flow: 'exit', kind: 'export' });
  });
});

describe('the annual statement counts them as imports and exports', () => {
  const statement = annualStatement(annualJournal({ trade: true }), 2026);

  it('takes the import out of the acquisitions of a closed month', () => {
    expect(statement.closedMonths).toEqual(['2026-01']);
    const skenan = statement.products.find((product) => product.productId === 'P2')!;
    expect(skenan.flows.entries).toEqual({ manufacture: 0, acquisition: 0, import: 56_000 });
    expect(skenan.flows.closing).toBe(71_000);
  });

  it('takes the export out of the cessions to wholesale', () => {
    const oramorph = statement.products.find((product) => product.productId === 'P3')!;
    expect(oramorph.flows.exits).toMatchObject({ wholesale: 0, export: 10_000, retail: 12_500 });
  });

  it('in substance as well, and the identity still holds', () => {
    const [morphine] = statement.substances;
    expect(exactDecimal(morphine!.flows.entries.import, 'mg')).toBe('1680'); // 56 × 30 mg
    expect(exactDecimal(morphine!.flows.entries.acquisition, 'mg')).toBe('2000'); // 100 mL × 20 mg
    expect(exactDecimal(morphine!.flows.exits.export, 'mg')).toBe('200'); // 10 mL × 20 mg
    expect(identityHolds(statement)).toBe(true);
  });
});
