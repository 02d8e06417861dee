import { describe, expect, it } from 'vitest';
import { createStockTally } from '../../../electron/cli/stock-tally';
import type { RegisterEvent } from '../../../shared/register/events';
import { prepareEvent } from '../../../shared/register/prepare';
import type { Draft, DraftContext } from '../../../shared/register/validate';
import { destructionDossiers } from '../../../shared/register/validate-destruction';
import { MORPHINE, openedContext, stock, units } from '../../fixtures/drafts';
import { RECORDED_AT } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';
import { weekOfMovements } from './journal-files';

function followedBy(events: readonly RegisterEvent[], draft: Draft, context: DraftContext): RegisterEvent[] {
  const head = events.at(-1)!;
  return [...events, accepted(prepareEvent(draft, context, { head: { seq: head.seq, hash: head.hash }, recordedAt: RECORDED_AT }))];
}

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'le conseil régional de l’Ordre des pharmaciens de Bretagne' };

/** The week of movements, 2 tablets of P2 brought back (03-09), planned for destruction and destroyed on 03-10. */
function weekWithDestruction(): RegisterEvent[] {
  let events = followedBy(weekOfMovements(), { operationDate: '2026-03-09', body: { type: 'patient.return', productId: 'P2', quantity: units(2), returnedBy: 'Jean Dupont' } }, openedContext());
  const held = stock(19.5, 2);
  const facts = (): DraftContext => openedContext({
    stock: held,
    destruction: { dossiers: destructionDossiers(events), products: new Map([['P2', { state: { definition: MORPHINE, active: true, hasMovements: true }, stock: held, lots: [] }]]) },
  });
  events = followedBy(events, { operationDate: '2026-03-09', body: { type: 'destruction.planned', plannedDate: '2026-03-10', witness: WITNESS, inspector: 'ARS Bretagne', items: [{ productId: 'P2', quantity: units(2) }] } }, facts());
  events = followedBy(events, { operationDate: '2026-03-10', body: { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution' } }, facts());
  return followedBy(events, { operationDate: '2026-03-10', body: { type: 'destruction', dossier: 'PV-2026-001', productId: 'P2' } }, facts());
}

describe('the command line’s stock tally after a destruction', () => {
  it('takes the destroyed units out of the balance and of the quarantine, on the day of the PV', () => {
    const tallyAt = (at: string) => {
      const tally = createStockTally(at);
      for (const event of weekWithDestruction()) tally.add(event);
      return tally.report().rows.map((row) => [row.productId, row.balance.total, row.balance.quarantine])[0];
    };
    expect(tallyAt('2026-03-09')).toEqual(['P2', 19_500, 2_000]);
    expect(tallyAt('2026-03-10')).toEqual(['P2', 17_500, 0]);
  });
});
