// @vitest-environment jsdom
// The operator setting: unticked by default with the reason in words, a deadline read as
// JJ/MM and refused in French when it is not a day of every year, saved as "MM-DD".
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnualSettingsForm } from '../../../../renderer/features/annual/AnnualSettingsForm';
import { DEFAULT_ANNUAL_SETTINGS } from '../../../../shared/jare/annual-settings';

afterEach(() => cleanup());

function show() {
  const save = vi.fn(async () => null);
  render(<AnnualSettingsForm settings={DEFAULT_ANNUAL_SETTINGS} save={save} />);
  return save;
}

describe('the annual declaration setting', () => {
  it('opens unticked on 15/02, saying why most officines do not file', () => {
    show();
    const operator = screen.getByRole('checkbox', { name: /opérateur qui dépose la déclaration annuelle/ }) as HTMLInputElement;
    expect(operator.checked).toBe(false);
    expect(document.getElementById(operator.getAttribute('aria-describedby') ?? '')?.textContent).toContain('R. 5132-76');
    expect((screen.getByLabelText('Date limite de dépôt (JJ/MM)') as HTMLInputElement).value).toBe('15/02');
  });

  it('refuses 29/02 in words and saves nothing, then saves an operator with 15/04', async () => {
    const save = show();
    fireEvent.click(screen.getByRole('checkbox', { name: /opérateur qui dépose/ }));
    fireEvent.change(screen.getByLabelText('Date limite de dépôt (JJ/MM)'), { target: { value: '29/02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Date limite invalide');
    expect(save).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Date limite de dépôt (JJ/MM)'), { target: { value: '15/4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Réglage enregistré sur ce poste.'));
    expect(save).toHaveBeenCalledWith({ operator: true, deadline: '04-15' });
  });
});
