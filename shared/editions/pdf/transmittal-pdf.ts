// The transmittal slip of a definitive closure (art. R. 5132-37 §3): addressed to the
// ARS (officine) or the DDPP (veterinarian), it lists what is deposited — the journal of
// the register with its head, and every edition ever produced with its SHA-256 — so that
// the authority can check each file it receives against the chain.
import type { RowInput } from 'jspdf-autotable';
import { formatInteger } from '../../french';
import { countOf } from '../../format/plural';
import { formatDay } from '../../register/dates';
import type { RegisterEvent } from '../../register/events';
import { holderAt } from '../../register/holder';
import { journalFileName } from '../../journal/line';
import { editionKindLabel } from '../kind-labels';
import { describePeriod } from '../period';
import { EditionDocument, type EditionContext } from './document';
import { practitionerLine } from './destruction-common';

export const TRANSMITTAL_TITLE = 'Bordereau de transmission du registre des stupéfiants';

const AUTHORITY_NAMES = { ARS: 'Agence régionale de santé (ARS)', DDPP: 'Direction départementale de la protection des populations (DDPP)' } as const;

/** The slip, from the register's opening, changes of holder, closure, inventories, PVs and editions. */
export function transmittalPdf(events: readonly RegisterEvent[], context: EditionContext): Uint8Array {
  const opening = events.find((event) => event.type === 'register.opened');
  const closure = events.find((event) => event.type === 'register.closed');
  if (opening?.type !== 'register.opened' || closure?.type !== 'register.closed')
    throw new RangeError('Le bordereau de transmission suit la cessation définitive inscrite au registre.');
  const { head } = context;
  const editions = events.filter((event) => event.type === 'edition.produced');
  const inventories = events.filter((event) => event.type === 'inventory.taken').length;
  const pvs = events.filter((event) => event.type === 'destruction.certified').length;
  const kind = context.establishment.kind;
  const edition = new EditionDocument(context, { title: TRANSMITTAL_TITLE, period: `cessation du ${formatDay(closure.operationDate)}` }, 'portrait');

  edition.table({
    columnWidths: [95, 95],
    head: [['Déposant', 'Destinataire']],
    body: [
      [
        `${context.establishment.name}\n${context.establishment.address}\n${kind === 'officine' ? 'Pharmacien titulaire' : 'Vétérinaire responsable'} : ${practitionerLine(holderAt(events))}`,
        `${AUTHORITY_NAMES[closure.depositedWith.authority]}\n${closure.depositedWith.address}`,
      ],
    ],
    styles: { fontSize: 9, cellPadding: 2 },
    headStyles: { halign: 'left' },
  });
  edition.paragraph(
    `Cessation définitive d’activité inscrite au registre le ${formatDay(closure.operationDate)} sous le n° d’ordre ${formatInteger(closure.seq)} (motif : ${closure.reason}). ` +
      'En application de l’article R. 5132-37 du code de la santé publique, le registre des stupéfiants tenu sous forme informatique, ses éditions et les documents à conserver sont déposés ' +
      `auprès de ${closure.depositedWith.authority === 'ARS' ? 'l’ARS' : 'la DDPP'}. Le registre ne détenait plus aucun stupéfiant à la cessation (le stock restant a été détruit) et n’accepte plus aucun mouvement.`,
    { size: 9 },
  );
  edition.heading('Pièces déposées');
  edition.paragraph(
    `Registre ${opening.registerId}, ouvert le ${formatDay(opening.operationDate)} : fichier ${journalFileName(opening.registerId)}, ${formatInteger(head.seq)} événements, ` +
      `empreinte de tête (SHA-256) : ${head.hash}. La vérification du journal (docs/journal-format.md, § 5) doit redonner cette empreinte.`,
    { size: 8.5, bold: true },
  );
  edition.paragraph(
    `${countOf(inventories, 'inventaire', 'inventaires')} et ${countOf(pvs, 'procès-verbal', 'procès-verbaux')} de destruction inscrits au registre ; les originaux signés sur papier sont joints.`,
    { size: 8.5 },
  );
  const body: RowInput[] = editions.map((event) =>
    event.type === 'edition.produced'
      ? [
          formatInteger(event.seq),
          editionKindLabel(event.edition, kind),
          describePeriod({ from: event.from, to: event.to }),
          `${event.fileName}\n${event.sha256}`,
        ]
      : [],
  );
  edition.table({
    columnWidths: [14, 38, 40, 98],
    head: [['N° d’ordre', 'Édition', 'Période', 'Fichier et empreinte SHA-256']],
    body,
    styles: { fontSize: 7 },
  });
  edition.paragraph('Les éditions produites après ce bordereau (dont sa propre inscription) suivent dans le journal ; leur empreinte y figure.', { size: 7.5 });
  edition.space(2);
  edition.table({
    columnWidths: [95, 95],
    head: [['Le déposant', `Reçu par ${closure.depositedWith.authority === 'ARS' ? 'l’ARS' : 'la DDPP'}`]],
    body: [
      [
        { content: 'Date et signature :', styles: { minCellHeight: 24 } },
        { content: 'Date, nom, signature et cachet :', styles: { minCellHeight: 24 } },
      ],
    ],
    styles: { fontSize: 9, cellPadding: 2 },
    headStyles: { halign: 'left' },
  });
  return edition.finish();
}
