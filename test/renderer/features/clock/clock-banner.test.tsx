// @vitest-environment jsdom
// The person at the counter sees, in French, that the workstation's clock went back:
// before the next write (it will be recorded) and after it (it was, under which number).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { ClockBanner } from '../../../../renderer/features/clock/ClockBanner';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted } from '../../../fixtures/result';

const NOON = new Date(2026, 2, 10, 12, 0);
const MORNING = new Date(2026, 2, 10, 9, 0);

afterEach(cleanup);

async function register() {
  const db = trackedDatabase();
  accepted(await appendEvent(db, on('2026-03-01', openingDraft()), NOON));
  accepted(await appendEvent(db, on('2026-03-01', productDraft()), NOON));
  accepted(await appendEvent(db, on('2026-03-02', receiptDraft({ productId: 'P2', quantity: units(30) })), NOON));
  return db;
}

describe('the clock banner', () => {
  it('warns, before any write, that the clock is behind the last event', async () => {
    const db = await register();
    render(
      <DatabaseProvider db={db}>
        <ClockBanner now={() => MORNING} />
      </DatabaseProvider>,
    );
    const banner = await screen.findByRole('alert', { name: 'Horloge du poste' });
    expect(banner.textContent).toContain(
      'L’horloge de ce poste indique le 10/03/2026 à 09:00, avant la dernière inscription du registre (n° 3, le 10/03/2026 à 12:00)',
    );
    expect(banner.textContent).toContain('Vérifiez la date et l’heure du poste');
  });

  it('says the set-back was recorded, and under which number, once a write followed it', async () => {
    const db = await register();
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(2) })), MORNING));
    render(
      <DatabaseProvider db={db}>
        <ClockBanner now={() => new Date(2026, 2, 10, 9, 30)} />
      </DatabaseProvider>,
    );
    const banner = await screen.findByRole('alert', { name: 'Horloge du poste' });
    expect(banner.textContent).toContain('L’horloge de ce poste a reculé');
    expect(banner.textContent).toContain('inscrit au registre sous le n° 4');
    expect(banner.textContent).toContain('l’ordre des inscriptions reste celui de leur validation');
  });

  it('shows nothing when the clock is not behind', async () => {
    const db = await register();
    const { container } = render(
      <DatabaseProvider db={db}>
        <ClockBanner now={() => new Date(2026, 2, 10, 12, 5)} />
      </DatabaseProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
