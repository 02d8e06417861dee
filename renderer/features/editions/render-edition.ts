// Builds one edition's PDF from the events it needs: a plain function over
// shared/editions, run in the editions worker (or, without workers, in the window).
import { destructionNoticePdf } from '../../../shared/editions/pdf/destruction-notice-pdf';
import { destructionPvPdf } from '../../../shared/editions/pdf/destruction-pv-pdf';
import { dispensationsPdf } from '../../../shared/editions/pdf/dispensations-pdf';
import type { EditionContext } from '../../../shared/editions/pdf/document';
import { integrityPdf } from '../../../shared/editions/pdf/integrity-pdf';
import { inventoryPdf } from '../../../shared/editions/pdf/inventory-pdf';
import { transferInventoryPdf } from '../../../shared/editions/pdf/transfer-inventory-pdf';
import { transmittalPdf } from '../../../shared/editions/pdf/transmittal-pdf';
import { theftPdf } from '../../../shared/editions/pdf/theft-pdf';
import { monthBalancePdf } from '../../../shared/editions/pdf/month-balance-pdf';
import { periodJournalPdf } from '../../../shared/editions/pdf/period-journal-pdf';
import { productRegisterPdf } from '../../../shared/editions/pdf/product-register-pdf';
import type { RegisterEvent } from '../../../shared/register/events';
import { missingCaseError } from '../../../shared/result';
import type { EditionSpec } from './edition-spec';
import { annualStatement } from '../../../shared/jare/annual';
import { authorisationsCsv, authorisationsUsed } from '../../../shared/jare/authorisations';
import { annualLetterPdf } from '../../../shared/editions/pdf/annual-letter-pdf';
import { annualStatementPdf } from '../../../shared/editions/pdf/annual-statement-pdf';
import { authorisationsPdf } from '../../../shared/editions/pdf/authorisations-pdf';
import { jareFillReportPdf } from '../../../shared/editions/pdf/jare-fill-report-pdf';

const yearOf = (spec: { period: { from: string } }): number => Number(spec.period.from.slice(0, 4));

/** Everything but the fonts, which the renderer holds: what crosses to the worker. */
export interface RenderRequest {
  spec: EditionSpec;
  events: readonly RegisterEvent[];
  context: Omit<EditionContext, 'fonts'>;
}

export function renderEdition(spec: EditionSpec, events: readonly RegisterEvent[], context: EditionContext): Uint8Array {
  switch (spec.kind) {
    case 'product-register':
      return productRegisterPdf(events, spec.productId, spec.period, context);
    case 'period-journal':
      return periodJournalPdf(events, spec.period, context);
    case 'month-balance':
      return monthBalancePdf(events, spec.month, context);
    case 'dispensations':
      return dispensationsPdf(events, spec.period, context);
    case 'integrity':
      return integrityPdf(spec.check, context);
    case 'theft':
      return theftPdf(events, spec.period, context);
    case 'inventory':
      return inventoryPdf(events, spec.inventory, context);
    case 'destruction-notice':
      return destructionNoticePdf(events, spec.dossier, context);
    case 'destruction-pv':
      return destructionPvPdf(events, spec.dossier, context);
    case 'annual-statement':
      return annualStatementPdf(annualStatement(events, yearOf(spec)), context);
    case 'annual-letter':
      return annualLetterPdf(events, yearOf(spec), context);
    case 'annual-authorisations':
      return authorisationsPdf(events, yearOf(spec), context);
    case 'annual-authorisations-csv':
      return new TextEncoder().encode(authorisationsCsv(authorisationsUsed(events, yearOf(spec))));
    case 'annual-working-copy':
      // A workbook: exceljs runs in the main process only (renderer/features/annual/working-copy-bytes.ts).
      throw new Error('La copie de travail JARE est produite par l’application, pas par le moteur des PDF.');
    case 'annual-jare-fill-report':
      return jareFillReportPdf(spec.report, context, spec.templateName);
    case 'transfer-inventory':
      return transferInventoryPdf(events, spec.inventory, context);
    case 'transmittal':
      return transmittalPdf(events, context);
    default:
      throw missingCaseError(spec);
  }
}
