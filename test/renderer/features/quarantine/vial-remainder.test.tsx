// @vitest-environment jsdom
// The unused remainder of an opened vial: one click in the quarantine form sets the reason
// and the wording, and the register records a quarantine.moved the destruction will take.
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { QuarantineForm } from '../../../../renderer/features/quarantine/QuarantineForm';
import { pinClock, THIS_YEAR, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { ESTABLISHMENT, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';
import { chooseProductByLabel, waitForProduct } from '../../product-picker-steps';

const PRODUCT = 'Morphine sulfate LP 10 mg — comprimé 10 mg';

let db: RegisterDatabase;

configure({ asyncUtilTimeout: 5000 });

beforeEach(() => pinClock());
afterEach(() => {
  cleanup();
  unpinClock();
});

describe('the remainder of an opened vial', () => {
  it('is set aside for destruction with its reason and wording in one click', async () => {
    db = trackedDatabase();
    accepted(await appendEvent(db, on(TODAY, openingDraft({ establishment: { ...ESTABLISHMENT, kind: 'veterinaire' } }))));
    accepted(await appendEvent(db, on(TODAY, productDraft())));
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ productId: 'P2', quantity: units(30), expiry: `${THIS_YEAR + 2}-06` }))));
    render(
      <DatabaseProvider db={db}>
        <QuarantineForm lots={[]} />
      </DatabaseProvider>,
    );
    await waitForProduct(PRODUCT);
    chooseProductByLabel(PRODUCT);
    fireEvent.change(screen.getByLabelText(/^Quantité/), { target: { value: '3,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reliquat d’un flacon entamé' }));
    expect((screen.getByLabelText(/^Précision/) as HTMLInputElement).value).toBe('Reliquat d’un flacon entamé, non utilisé');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la mise en quarantaine' }));
    await waitFor(async () => expect((await db.events.toArray()).length).toBe(4));
    const recorded = (await db.events.toArray())[3];
    expect(recorded).toMatchObject({
      type: 'quarantine.moved',
      productId: 'P2',
      quantity: 3500,
      reason: 'other',
      comment: 'Reliquat d’un flacon entamé, non utilisé',
    });
  });
});
