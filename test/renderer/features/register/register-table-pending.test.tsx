// @vitest-environment jsdom
// A balance summed after its line is shown: the cell says so, to the eye and to a screen
// reader, and the figure takes its place once known.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RegisterTable, type ShownLine } from '../../../../renderer/features/register/RegisterTable';
import { isMovement } from '../../../../shared/register/events';
import { sealAll } from '../../../fixtures/events';
import { openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';

function receiptLine(balance: ShownLine['balance']): ShownLine {
  const event = sealAll([openingDraft(), productDraft(), receiptDraft({ quantity: units(10) })]).find(isMovement);
  if (!event) throw new Error('réception absente');
  return { event, entry: units(10), exit: null, balance, correctedBy: null };
}

function table(balance: ShownLine['balance']) {
  return render(
    <RegisterTable
      label="Registre"
      establishmentKind="officine"
      lines={[receiptLine(balance)]}
      showBalance
      correcting={null}
      onCorrect={() => undefined}
      below={null}
    />,
  );
}

describe('a balance not summed yet', () => {
  afterEach(cleanup);

  it('shows an ellipsis, hidden from screen readers, which read that the balance is being summed', () => {
    table(null);
    const cell = screen.getByText('solde en cours de calcul').closest('td');
    expect(cell?.getAttribute('aria-busy')).toBe('true');
    expect(cell?.querySelector('[aria-hidden="true"]')?.textContent).toBe('…');
  });

  it('shows the figure once it is known', () => {
    table(units(10));
    expect(screen.queryByText('solde en cours de calcul')).toBeNull();
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toContain('10');
  });
});
