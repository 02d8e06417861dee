// The list of import and export authorisations used in a year (AIS, AIP, AES, AEP), to
// e-mail to the ANSM with the annual declaration, in the common page frame.
import type { RegisterEvent } from '../../register/events';
import { AUTHORISATION_HEADERS, authorisationCells, authorisationsUsed } from '../../jare/authorisations';
import { EditionDocument, type EditionContext } from './document';

export const AUTHORISATIONS_TITLE = 'Autorisations d’importation et d’exportation utilisées';

export function authorisationsPdf(events: readonly RegisterEvent[], year: number, context: EditionContext): Uint8Array {
  const uses = authorisationsUsed(events, year);
  const edition = new EditionDocument(context, { title: AUTHORISATIONS_TITLE, period: `année ${year} (du 01/01/${year} au 31/12/${year})` }, 'landscape');
  edition.paragraph(
    `Chaque réception sous autorisation d’importation (AIS pour les stupéfiants, AIP pour les psychotropes) et chaque retour au fournisseur sous autorisation d’exportation (AES, AEP) inscrits au registre en ${year}, dans l’ordre du registre. Pièce jointe de la déclaration annuelle, à adresser à l’ANSM avec la lettre d’accompagnement.`,
  );
  if (uses.length === 0) edition.paragraph(`Aucune importation ni exportation inscrite au registre en ${year}.`, { bold: true });
  else
    edition.table({
      columnWidths: [15, 19, 21, 18, 32, 50, 18, 15, 57, 32],
      head: [AUTHORISATION_HEADERS],
      body: uses.map((use) => authorisationCells(use)),
      columnStyles: { 6: { halign: 'right' } },
    });
  return edition.finish();
}
