// @vitest-environment jsdom
// An entry validated then cut short before its commit: nothing of it in the register, and
// the next start says so in French until the person has checked. An entry recorded, or
// refused, leaves nothing to say: the write door settles it in the same transaction.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import { appendEvents } from '../../../../renderer/db/append-events';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { ENTRY_KEY, noteEntryStarted, readInterruptedEntry, type EntryInProgress } from '../../../../renderer/db/entry-in-progress';
import { InterruptedEntryNotice } from '../../../../renderer/features/interrupted/InterruptedEntryNotice';
import { NOW, pinClock, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';

let db: RegisterDatabase;

/** The note an earlier window left when it stopped between the click and the commit. */
function noteOfAnEarlierWindow(type: string, window: string | undefined = 'fenetre-precedente') {
  const note: EntryInProgress = { key: ENTRY_KEY, type, startedAt: NOW.toISOString(), ...(window === undefined ? {} : { window }) };
  return db.meta.put(note);
}

function renderNotice() {
  render(
    <DatabaseProvider db={db}>
      <InterruptedEntryNotice />
    </DatabaseProvider>,
  );
}

beforeEach(async () => {
  pinClock();
  db = trackedDatabase();
  accepted(await appendEvent(db, on(TODAY, openingDraft())));
  accepted(await appendEvent(db, on(TODAY, productDraft())));
});

afterEach(() => {
  cleanup();
  unpinClock();
});

describe('an entry cut short', () => {
  it('is said at the next start, in French, with its kind, day and time, until the person has checked', async () => {
    // The window stopped between the note and the commit: only the note is there.
    await noteOfAnEarlierWindow('receipt');
    renderNotice();
    const notice = await screen.findByRole('alert', { name: 'Saisie interrompue' });
    expect(notice.textContent).toBe(
      'La saisie «\u202fRéception\u202f» validée le 23/11/2026 à 10:00 n’a pas été enregistrée\u202f: l’application s’est arrêtée avant la fin de son inscription, et rien n’en a été écrit au registre. Vérifiez le registre, puis saisissez-la de nouveau si besoin. J’ai vérifié',
    );
    expect(await db.events.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'J’ai vérifié' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await readInterruptedEntry(db)).toBeNull();
  });

  it('says nothing of this window’s own entry while it is being recorded', async () => {
    await noteEntryStarted(db, 'dispensation', NOW);
    renderNotice();
    // A slow save: the note is there, the notice reads it, and stays silent.
    await waitFor(async () => expect(await readInterruptedEntry(db)).toMatchObject({ type: 'dispensation' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('alert')).toBeNull();
    // The same note left by a window that stopped is said.
    await noteOfAnEarlierWindow('dispensation');
    expect(await screen.findByRole('alert', { name: 'Saisie interrompue' })).toBeTruthy();
  });

  it('says a note written before windows were named', async () => {
    await noteOfAnEarlierWindow('receipt', undefined);
    renderNotice();
    expect((await screen.findByRole('alert', { name: 'Saisie interrompue' })).textContent).toContain('Réception');
  });

  it('leaves nothing to say once the write door has recorded the entry, or refused it', async () => {
    await noteEntryStarted(db, 'receipt', NOW);
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ productId: 'P2', quantity: units(28) }))));
    expect(await readInterruptedEntry(db)).toBeNull();
    await noteEntryStarted(db, 'dispensation', NOW);
    const refused = await appendEvent(db, on(TODAY, dispensationDraft({ productId: 'P2', quantity: units(500) })));
    expect(refused.ok).toBe(false);
    expect(await readInterruptedEntry(db)).toBeNull();
  });

  it('notes an act of several events the person validated, and settles it once recorded', async () => {
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ productId: 'P2', quantity: units(28) }))));
    accepted(await appendEvents(db, [on(TODAY, dispensationDraft({ productId: 'P2', quantity: units(2) }))]));
    expect(await readInterruptedEntry(db)).toBeNull();
    // An act that never commits (here a step that fails outright, as a crash would cut it): its note stays.
    const cut = appendEvents(db, [
      on(TODAY, dispensationDraft({ productId: 'P2', quantity: units(1) })),
      {
        operationDate: TODAY,
        get adjustmentsOf(): number {
          throw new Error('coupure');
        },
      },
    ]);
    await expect(cut).rejects.toThrow('coupure');
    expect(await readInterruptedEntry(db)).toMatchObject({ type: 'dispensation' });
    expect(await db.events.count()).toBe(4);
  });
});
