// The report of a filled JARE workbook, in the common page frame (establishment name and
// address on every page): the totals, every cell written (sheet, row, column, value,
// unit), then everything that could not be placed, one sentence each.
import type { FillReport } from '../../jare/fill-report';
import { attentionSentences, totalsSentence } from '../../jare/fill-report-wording';
import { frenchDecimal } from '../../jare/units';
import { EditionDocument, type EditionContext } from './document';

export const JARE_FILL_REPORT_TITLE = 'Remplissage du fichier JARE de l’ANSM';

export function jareFillReportPdf(report: FillReport, context: EditionContext, templateName: string): Uint8Array {
  const year = report.year;
  const edition = new EditionDocument(context, { title: JARE_FILL_REPORT_TITLE, period: `année ${year} (du 01/01/${year} au 31/12/${year})` }, 'landscape');
  edition.paragraph(
    `Modèle rempli : ${templateName}. Les chiffres sont écrits dans l’unité de chaque ligne, sans arrondi ; aucune ligne n’est ajoutée, déplacée ni supprimée.`,
  );
  edition.paragraph(totalsSentence(report), { bold: true });

  edition.heading('Cellules remplies');
  if (report.filled.length === 0) edition.paragraph('Aucune cellule remplie.');
  else
    edition.table({
      columnWidths: [14, 14, 16, 100, 85, 30, 18],
      head: [['Feuille', 'Ligne', 'Colonne', 'En-tête', 'Ligne du registre', 'Valeur', 'Unité']],
      body: report.filled.map((write) => [write.sheet, String(write.row), write.letter, write.header, write.itemLabel, frenchDecimal(write.value), write.unit]),
      columnStyles: { 1: { halign: 'right' }, 5: { halign: 'right' } },
    });

  edition.heading('À examiner');
  const attention = attentionSentences(report);
  if (attention.length === 0) edition.paragraph('Rien : chaque ligne du registre a trouvé sa ligne et chaque chiffre sa colonne.');
  for (const sentence of attention) edition.paragraph(`• ${sentence}`);
  return edition.finish();
}
