// @vitest-environment jsdom
// The print controls and the Éditions tab against a real (fake-indexeddb) register and the
// in-memory main process: "Édition en cours…" while the PDF is built, the outcome after,
// a wrong period refused before anything is produced, a reopening refused in French.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { formatDay } from '../../../../shared/register/dates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { listEditions } from '../../../../renderer/features/editions/edition-events';
import { EditionRendererContext, type EditionRenderer } from '../../../../renderer/features/editions/edition-renderer';
import { EditionsScreen } from '../../../../renderer/features/editions/EditionsScreen';
import { RegisterPrint } from '../../../../renderer/features/register/RegisterPrint';
import { readIdentity } from '../../../../renderer/db/queries';
import { API_GLOBAL } from '../../../../shared/ipc/contract';
import { pinClock, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { on, openingDraft, productDraft } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';
import { fakeMain, type FakeMain } from './fake-main';
import { dexieStore } from '../../../../renderer/db/dexie-store';

// Built in this realm: the main process's schema checks for a Uint8Array.
const PDF = Uint8Array.from([37, 80, 68, 70, 45, 49, 46, 52]);

let db: RegisterDatabase;
let main: FakeMain;
/** Renders only when the test says so: the "Édition en cours…" state can be seen. */
let release: (() => void) | undefined;
const slowRenderer: EditionRenderer = () =>
  new Promise((resolve) => {
    release = () => resolve(PDF);
  });

beforeEach(async () => {
  pinClock();
  db = trackedDatabase();
  accepted(await appendEvent(db, on(TODAY, openingDraft())));
  accepted(await appendEvent(db, on(TODAY, productDraft())));
  main = fakeMain();
  release = undefined;
  window[API_GLOBAL] = main.api;
});

afterEach(() => {
  cleanup();
  unpinClock();
  delete window[API_GLOBAL];
});

function showPrint() {
  render(
    <DatabaseProvider db={db}>
      <EditionRendererContext.Provider value={slowRenderer}>
        <RegisterPrint productId="P2" kind="officine" />
      </EditionRendererContext.Provider>
    </DatabaseProvider>,
  );
}

describe('the Registre tab’s print controls', () => {
  it('default to the current month, say "Édition en cours…" while the PDF is built, then name the edition archived and opened', async () => {
    showPrint();
    const month = TODAY.slice(0, 7);
    expect((screen.getByLabelText('Du') as HTMLInputElement).value).toBe(formatDay(`${month}-01`));
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer ce produit' }));
    const working = await screen.findByRole('button', { name: 'Édition en cours…' });
    expect(working.getAttribute('aria-busy')).toBe('true');
    // One edition at a time: the other buttons wait too.
    expect((screen.getByRole('button', { name: 'Imprimer tous les produits' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Édition en cours…');
    await waitFor(() => expect(release).toBeTypeOf('function'));
    release?.();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('archivée et inscrite au registre (n° d’ordre 3)'));
    const [edition] = await listEditions(dexieStore(db));
    expect(edition).toMatchObject({ edition: 'product-register', productId: 'P2', from: `${month}-01` });
    expect(main.opened).toEqual([edition?.fileName]);
    expect(screen.getByRole('button', { name: 'Imprimer ce produit' })).toBeTruthy();
  });

  it('refuse a period the wrong way round, and produce nothing', async () => {
    showPrint();
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer l’ordonnancier' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Période invalide\u202f: indiquez deux dates, la première avant la seconde.');
    expect(main.archive.size).toBe(0);
    expect(await listEditions(dexieStore(db))).toEqual([]);
  });
});

describe('the Éditions tab', () => {
  it('lists each edition with its hash, and says in French when a file no longer has it', async () => {
    main.archive.set('2026-11_registre_P2_20261123-0941.pdf', PDF);
    const sha256 = 'ab'.repeat(32);
    accepted(
      await appendEvent(db, {
        operationDate: TODAY,
        body: {
          type: 'edition.produced',
          edition: 'product-register',
          from: '2026-11-01',
          to: '2026-11-30',
          productId: 'P2',
          fileName: '2026-11_registre_P2_20261123-0941.pdf',
          sha256,
          size: PDF.length,
        },
      }),
    );
    const identity = await readIdentity(db);
    render(
      <DatabaseProvider db={db}>
        <EditionsScreen identity={identity!} closure={{ error: null, editing: null, editionFailure: null }} />
      </DatabaseProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Éditions produites' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    await waitFor(() => expect(row.textContent).toContain('Morphine sulfate LP 10 mg'));
    expect(row.textContent).toContain('Registre d’un produit');
    expect(row.textContent).toContain('11/2026');
    expect(row.textContent).toContain('abababababababab');
    expect(row.textContent).toContain('sur la réserve');
    expect(screen.getByText('Toutes les éditions archivées sont aussi sur le support de réserve.')).toBeTruthy();
    expect(row.textContent).not.toContain('ab'.repeat(9));
    fireEvent.click(within(row).getByRole('button', { name: 'Ouvrir 2026-11_registre_P2_20261123-0941.pdf' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'L’édition «\u202f2026-11_registre_P2_20261123-0941.pdf\u202f» a été modifiée depuis sa production\u202f: son empreinte ne correspond plus à celle inscrite au registre.',
      ),
    );
    expect(main.opened).toEqual([]);
  });
});
