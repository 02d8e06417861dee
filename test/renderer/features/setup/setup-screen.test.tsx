// @vitest-environment jsdom
// The set-up form against a real (fake-indexeddb) register and the real main-process
// handlers on a temporary folder: the reserve folder is asked for as part of opening.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { readIdentity } from '../../../../renderer/db/queries';
import { SetupScreen } from '../../../../renderer/features/setup/SetupScreen';
import { API_GLOBAL } from '../../../../shared/ipc/contract';
import { trackedDatabase } from '../../../fixtures/database';
import { useTempMainProcess } from '../../../fixtures/main-process';

const main = useTempMainProcess();
let db: RegisterDatabase;

beforeEach(() => {
  db = trackedDatabase();
  window[API_GLOBAL] = main.api();
});

afterEach(() => {
  cleanup();
  delete window[API_GLOBAL];
});

function showSetup() {
  render(
    <DatabaseProvider db={db}>
      <SetupScreen restore={null} />
    </DatabaseProvider>,
  );
  return screen.getByRole('group', { name: 'Copie de réserve' });
}

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input, textarea' }), { target: { value } });
}

function fillEstablishment() {
  type(/^Nom de l’établissement/, 'Pharmacie du Marché');
  type(/^Adresse/, '12 place de l’Église, 69001 Lyon');
  type(/^Nom et prénom/, 'Hélène Durand');
  type(/^N° RPPS ou n° Ordre/, '10101234567');
}

function open() {
  fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le registre' }));
}

describe('the reserve folder at the opening of the register', () => {
  it('explains why in one sentence, with the article of the code', async () => {
    const reserve = showSetup();
    expect(reserve.textContent).toContain('deux supports distincts (art. R. 5132-36 du code de la santé publique)');
    await within(reserve).findByText('Aucun dossier de réserve choisi.');
  });

  it('checks the fields first: an empty form names the missing field, not the folder', async () => {
    showSetup();
    open();
    expect((await screen.findByRole('alert')).textContent).toContain('est obligatoire');
    expect(await db.events.count()).toBe(0);
  });

  it('refuses to open without a folder until the person says so, with the warning in view', async () => {
    const reserve = showSetup();
    fillEstablishment();
    open();
    expect((await screen.findByRole('alert')).textContent).toContain('Choisissez le dossier de la copie de réserve');
    expect(document.activeElement).toBe(within(reserve).getByRole('button', { name: 'Choisir le dossier de réserve…' }));
    expect(await db.events.count()).toBe(0);

    fireEvent.click(within(reserve).getByRole('checkbox', { name: 'Ouvrir sans copie de réserve pour l’instant' }));
    expect(reserve.textContent).toContain('le registre n’existe que sur cet ordinateur');
    expect(screen.queryByRole('alert')).toBeNull();
    open();
    await waitFor(async () => expect((await readIdentity(db))?.establishment.name).toBe('Pharmacie du Marché'));
  });

  it('opens with the folder chosen on the form, and the first event goes to that journal', async () => {
    const reserve = showSetup();
    fillEstablishment();
    fireEvent.click(within(reserve).getByRole('button', { name: 'Choisir le dossier de réserve…' }));
    await waitFor(() => expect(reserve.querySelector('.setup__folder')?.textContent).toBe(`Dossier de réserve\u202f: ${main.reserveFolder}`));
    expect(within(reserve).queryByRole('checkbox')).toBeNull();
    within(reserve).getByRole('button', { name: 'Changer de dossier…' });
    open();
    await waitFor(async () => expect(await readIdentity(db)).not.toBeNull());
    // The register's id was drawn before opening: the reserve status already names its journal.
    const identity = await readIdentity(db);
    const status = await main.api()['reserve:status']({ registerId: identity?.registerId ?? '' });
    expect(status).toMatchObject({ ok: true, value: { folder: main.reserveFolder, reachable: true, head: null } });
  });

  it('finds a folder chosen earlier on this computer', async () => {
    await main.api()['reserve:chooseFolder'](null);
    const reserve = showSetup();
    await waitFor(() => expect(reserve.querySelector('.setup__folder')?.textContent).toBe(`Dossier de réserve\u202f: ${main.reserveFolder}`));
  });
});
