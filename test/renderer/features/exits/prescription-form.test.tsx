// @vitest-environment jsdom
// The dispensation form with its prescription: the register's computation and warnings
// shown before validation (art. R. 5132-30 and R. 5132-33 du code de la santé publique),
// the reason asked to proceed past a warning, the refusal of what the law forbids.
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { ExitScreen } from '../../../../renderer/features/exits/ExitScreen';
import type { RegisterEvent } from '../../../../shared/register/events';
import { pinClock, THIS_YEAR, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
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

/** An officine register with P2 and 200 units received (n° 1 to 3), and `earlier` recorded after. */
async function showDispensation(earlier: readonly Parameters<typeof appendEvent>[1][] = []) {
  db = trackedDatabase();
  accepted(await appendEvent(db, on('2026-11-01', openingDraft())));
  accepted(await appendEvent(db, on('2026-11-01', productDraft())));
  accepted(await appendEvent(db, on('2026-11-01', receiptDraft({ productId: 'P2', quantity: units(200), expiry: `${THIS_YEAR + 2}-06` }))));
  for (const draft of earlier) accepted(await appendEvent(db, draft));
  render(
    <DatabaseProvider db={db}>
      <ExitScreen establishmentKind="officine" />
    </DatabaseProvider>,
  );
  await waitForProduct(PRODUCT);
}

function control(label: string): HTMLInputElement {
  return screen.getByLabelText((content) => content.replace(/ \*$/, '') === label, { selector: 'input, textarea, select' });
}

function type(label: string, value: string) {
  fireEvent.change(control(label), { target: { value } });
}

function fillDispensation(quantity: string, prescriptionDate: string) {
  chooseProductByLabel(PRODUCT);
  type('Quantité (comprimé)', quantity);
  type('Nom du patient', 'Jean Dupont');
  type('Adresse du patient', '3 rue des Forges, 56100 Lorient');
  type('Nom du prescripteur', 'Dr Anne Le Goff');
  type('Adresse du prescripteur', '12 rue du Port, 56100 Lorient');
  type('N° d’ordonnancier', '2026-000099');
  type('Date de l’ordonnance', prescriptionDate);
  type('Durée prescrite (jours)', '28');
  type('Quantité prescrite pour toute la durée (comprimé)', '56');
}

function review(): string {
  return screen.getByRole('region', { name: 'Contrôle de l’ordonnance' }).textContent ?? '';
}

async function dispensations(): Promise<RegisterEvent[]> {
  return (await db.events.toArray()).filter((event) => event.type === 'dispensation');
}

describe('the dispensation form with its prescription', { timeout: 20_000 }, () => {
  it('shows the 3-day computation before validation and refuses more than the rest of the period (art. R. 5132-33)', async () => {
    await showDispensation();
    fillDispensation('56', '2026-11-19');
    await waitFor(() => expect(review()).toContain('4 jours de traitement retirés, 24 jours sur 28 restent à délivrer'));
    expect(review()).toContain('au plus 48 aujourd’hui');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Quantité supérieure à ce que couvre l’ordonnance\u202f: quantité demandée 56, au plus 48 aujourd’hui');
    expect(await dispensations()).toEqual([]);
    type('Quantité (comprimé)', '48');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    await screen.findByRole('status', {}, { timeout: 5000 });
    expect(await dispensations()).toMatchObject([{ quantity: units(48), prescription: { date: '2026-11-19', days: 28, quantity: units(56) } }]);
  });

  it('warns of a chevauchement in one sentence with its article, and records the reason given (art. R. 5132-33)', async () => {
    const first = on('2026-11-10', dispensationDraft({ quantity: units(56), prescription: { date: '2026-11-10', days: 28, quantity: units(56) } }));
    await showDispensation([first]);
    fillDispensation('56', '2026-11-23');
    await waitFor(() => expect(review()).toContain('Chevauchement'));
    const history = screen.getByRole('region', { name: 'Stupéfiants délivrés à ce patient sur ordonnance (trois derniers mois)' });
    expect(history.textContent).toBe(
      'Stupéfiants délivrés à ce patient sur ordonnance (trois derniers mois)Morphine sulfate LP 10 mg — n° 4, le 10/11/2026\u202f: 56, couvre du 10/11/2026 au 07/12/2026 (Dr Anne Le Goff)',
    );
    expect(review()).toContain('(art. R. 5132-33 du code de la santé publique)');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('indiquez pourquoi vous délivrez malgré l’avertissement');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('prescription.overrideReason'));
    type('Motif de la délivrance malgré l’avertissement', 'Ordonnance précédente annulée par le prescripteur (appel du 23/11)');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    await screen.findByRole('status', {}, { timeout: 5000 });
    expect((await dispensations()).at(-1)).toMatchObject({
      prescription: { overrideReason: 'Ordonnance précédente annulée par le prescripteur (appel du 23/11)' },
    });
  });

  it('records the fraction and the express mentions ticked (art. R. 5132-30)', async () => {
    await showDispensation();
    fillDispensation('14', TODAY);
    type('Fraction n°', '1');
    type('Nombre de fractions', '4');
    type('Durée d’une fraction (jours)', '7');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chevauchement autorisé (mention expresse)' }));
    await waitFor(() => expect(review()).toContain('Fraction 1 sur 4 (du 23/11/2026 au 29/11/2026)'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    await screen.findByRole('status', {}, { timeout: 5000 });
    expect((await dispensations())[0]).toMatchObject({ prescription: { fraction: { number: 1, count: 4, days: 7 }, mentions: { overlapAllowed: true } } });
  });
});
