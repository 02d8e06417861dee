// @vitest-environment jsdom
// « Enregistrer le vérificateur… » in the Intégrité tab: the main process saves the page
// where the person chooses; the window says where, or why not, in French.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveVerifier } from '../../../../renderer/features/integrity/SaveVerifier';
import { appError, describeError } from '../../../../shared/errors';
import { API_GLOBAL, type RegistreApi } from '../../../../shared/ipc/contract';

function withMain(answer: Awaited<ReturnType<RegistreApi['verifier:save']>>): string[] {
  const calls: string[] = [];
  window[API_GLOBAL] = {
    'verifier:save': async () => {
      calls.push('verifier:save');
      return answer;
    },
  } as unknown as RegistreApi;
  return calls;
}

/** The narrow no-break spaces of French typography are part of what is checked. */
const exact = (text: string) => text;

afterEach(() => {
  cleanup();
  delete window[API_GLOBAL];
});

describe('SaveVerifier', () => {
  it('asks the main process to save the page and says where it is', async () => {
    const calls = withMain({ ok: true, value: { path: '/media/cle/verificateur.html' } });
    render(<SaveVerifier />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le vérificateur…' }));
    expect(await screen.findByText('Vérificateur enregistré\u202f: /media/cle/verificateur.html', { normalizer: exact })).toBeTruthy();
    expect(calls).toEqual(['verifier:save']);
  });

  it('says in French why the page was not saved', async () => {
    withMain({ ok: false, error: appError('verifier.unavailable') });
    render(<SaveVerifier />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le vérificateur…' }));
    expect(await screen.findByText(describeError(appError('verifier.unavailable')), { normalizer: exact })).toBeTruthy();
  });

  it('refuses outside the installed application', async () => {
    render(<SaveVerifier />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le vérificateur…' }));
    expect(await screen.findByText(/depuis l’application installée/)).toBeTruthy();
  });
});
