// The destruction dossier (art. R. 5132-36): the notice (`avis de destruction`, with one
// `à détruire` row per product and lot directly below it), then its procès-verbal, the
// copy sent to the inspector, or its cancellation, each naming the notice by its line.
// The register numbers the dossier (PV-2026-001) as in the app; the PV writes, right
// after it, one exit from quarantine per item of the notice, derived from it.
import type { DestructionItem } from '../../../../shared/register/events';
import { destructionDrafts } from '../../../../shared/register/validate-destruction';
import { productIdCell, referencedRow, type RowInput, type RowKind } from './import-row-kind';
import { dayCell, optional, quantityCell } from './import-values';

const NOTICE = 'l’avis de destruction du dossier';

export const DESTRUCTION_PLAN_ROW: RowKind = {
  names: ['avis de destruction'],
  produces: ['destruction.planned'],
  lineNames: ['à détruire'],
  steps({ row, lines, register }) {
    const items = lines.map((line): DestructionItem => ({
      productId: productIdCell({ row: line, register }),
      ...optional('lot', line.cell('lot')),
      quantity: quantityCell(line, 'quantity'),
    }));
    return [
      {
        type: 'destruction.planned',
        plannedDate: dayCell(row, 'plannedDate', 'plannedDate'),
        witness: { name: row.cell('witness'), orderNumber: row.cell('witnessNumber'), council: row.cell('witnessCouncil') },
        inspector: row.cell('inspector'),
        items,
      },
    ];
  },
};

export const DESTRUCTION_PV_ROW: RowKind = {
  names: ['PV de destruction', 'procès-verbal de destruction'],
  produces: ['destruction.certified', 'destruction'],
  steps(input) {
    const { row, register } = input;
    const dossier = dossierOf(input, ['destruction.planned']);
    return [
      {
        type: 'destruction.certified',
        dossier,
        method: row.cell('denaturation'),
        ...optional('disposal', row.cell('disposal')),
        ...optional('dateChange', row.cell('reason')),
      },
      () => {
        const planned = register.state.dossiers.get(dossier)?.planned;
        return planned ? destructionDrafts(planned) : [];
      },
    ];
  },
};

export const DESTRUCTION_COPY_ROW: RowKind = {
  names: ['copie du PV envoyée'],
  produces: ['destruction.copySent'],
  steps(input) {
    return [{ type: 'destruction.copySent', dossier: dossierOf(input, ['destruction.planned', 'destruction.certified']) }];
  },
};

export const DESTRUCTION_CANCEL_ROW: RowKind = {
  names: ['annulation de destruction'],
  produces: ['destruction.cancelled'],
  steps(input) {
    return [{ type: 'destruction.cancelled', dossier: dossierOf(input, ['destruction.planned']), reason: input.row.cell('reason') }];
  },
};

function dossierOf(input: RowInput, types: Parameters<typeof referencedRow>[1]): string {
  return referencedRow(input, types, types === 'any' || types.length === 1 ? NOTICE : `${NOTICE} ou son PV`).dossier ?? '';
}
