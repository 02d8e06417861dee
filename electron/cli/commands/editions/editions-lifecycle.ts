// The documents of the stock's life that `editions` prints with the register (f): each
// inventory, each destruction notice and PV dated in the period, and the summary of the
// period's thefts, so that a journal alone gives back every paper an inspector may ask for.
import { formatDay } from '../../../../shared/register/dates';
import type { RegisterEvent } from '../../../../shared/register/events';
import { editionFileName } from '../../../../shared/editions/file-name';
import type { Period } from '../../../../shared/editions/period';
import { isWithin } from '../../../../shared/editions/period';
import type { EditionContext } from '../../../../shared/editions/pdf/document';
import { destructionNoticePdf } from '../../../../shared/editions/pdf/destruction-notice-pdf';
import { destructionPvPdf } from '../../../../shared/editions/pdf/destruction-pv-pdf';
import { inventoryPdf } from '../../../../shared/editions/pdf/inventory-pdf';
import { theftPdf, theftSummary } from '../../../../shared/editions/pdf/theft-pdf';
import type { PlannedEdition } from './editions-plan';

export function lifecycleEditions(events: readonly RegisterEvent[], period: Period, editedAt: Date, edition: () => EditionContext): PlannedEdition[] {
  const planned: PlannedEdition[] = [];
  const on = (day: string) => ({ from: day, to: day });
  for (const event of events) {
    if (!isWithin(event.operationDate, period)) continue;
    if (event.type === 'inventory.taken') {
      planned.push({
        letter: 'f',
        kind: 'inventory',
        fileName: editionFileName({ kind: 'inventory', period: on(event.operationDate) }, editedAt),
        description: `Inventaire n° ${event.seq} du ${formatDay(event.operationDate)}`,
        make: () => inventoryPdf(events, event.seq, edition()),
      });
    } else if (event.type === 'destruction.planned') {
      planned.push({
        letter: 'f',
        kind: 'destruction-notice',
        fileName: editionFileName({ kind: 'destruction-notice', period: on(event.operationDate), dossier: event.dossier }, editedAt),
        description: `Avis de destruction, dossier ${event.dossier}`,
        make: () => destructionNoticePdf(events, event.dossier, edition()),
      });
    } else if (event.type === 'destruction.certified') {
      planned.push({
        letter: 'f',
        kind: 'destruction-pv',
        fileName: editionFileName({ kind: 'destruction-pv', period: on(event.operationDate), dossier: event.dossier }, editedAt),
        description: `Procès-verbal de destruction ${event.dossier}`,
        make: () => destructionPvPdf(events, event.dossier, edition()),
      });
    }
  }
  if (theftSummary(events, period).thefts.length > 0) {
    planned.push({
      letter: 'f',
      kind: 'theft',
      fileName: editionFileName({ kind: 'theft', period }, editedAt),
      description: 'Vols et détournements de la période, pour leurs déclarations',
      make: () => theftPdf(events, period, edition()),
    });
  }
  return planned;
}
