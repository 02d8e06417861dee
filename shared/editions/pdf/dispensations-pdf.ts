// Edition (d): the dispensations of a period in the three classifications the
// ordonnancier must offer (R. 5132-10; R. 5141-112 for a veterinarian): by patient or
// animal keeper, by medicine, and chronologically; each starts on a new page.
import { formatDay } from '../../register/dates';
import type { Bearer, RegisterEvent } from '../../register/events';
import { bearerProof } from '../../register/labels';
import { formatQuantity } from '../../register/quantity';
import { dispensationViews, type DispensationRow } from '../dispensations';
import { describePeriod, type Period } from '../period';
import { EditionDocument, type EditionContext } from './document';
import type { LongRow } from './long-table';

export const DISPENSATIONS_TITLE = { officine: 'Ordonnancier des stupéfiants', veterinaire: 'Délivrances de stupéfiants' } as const;

export const CLASSIFICATIONS = {
  officine: ['Classement par patient', 'Classement par médicament', 'Classement chronologique'],
  veterinaire: ['Classement par détenteur', 'Classement par médicament', 'Classement chronologique'],
} as const;

const COLUMNS = [13, 17, 22, 50, 48, 45, 16, 26, 40];
const GROUP_FILL = 240;

function details(row: DispensationRow) {
  const { event } = row;
  if (event.type === 'vet.dispensing') {
    return {
      recipient: `${row.recipient}\n${row.recipientAddress}\nAnimal : ${event.animal.identification} (${event.animal.species})`,
      prescriber: '',
      reference: event.prescriptionRef,
      bearer: '',
    };
  }
  return {
    recipient: row.recipientAddress ? `${row.recipient}\n${row.recipientAddress}` : row.recipient,
    prescriber: `${event.prescriber.name}\n${event.prescriber.address}`,
    reference: event.ordonnancierNumber,
    bearer: event.bearer ? bearerLines(event.bearer) : '',
  };
}

function dispensationRow(row: DispensationRow): LongRow {
  const { recipient, prescriber, reference, bearer } = details(row);
  const observations = [row.correctedBy === null ? '' : `Annulée par le n° ${row.correctedBy} (contre-passation)`, row.event.observation ?? '']
    .filter(Boolean)
    .join('\n');
  return [
    String(row.event.seq),
    formatDay(row.event.operationDate),
    reference,
    recipient,
    prescriber,
    row.product,
    formatQuantity(row.event.quantity),
    bearer,
    observations,
  ];
}

/** Rows under a heading row for each patient (or medicine), counted. */
function grouped(rows: DispensationRow[], key: (row: DispensationRow) => string): LongRow[] {
  const body: LongRow[] = [];
  let index = 0;
  while (index < rows.length) {
    const name = key(rows[index] as DispensationRow);
    let end = index;
    while (end < rows.length && key(rows[end] as DispensationRow) === name) end += 1;
    const count = end - index;
    body.push([{ content: `${name} — ${count} délivrance${count > 1 ? 's' : ''}`, colSpan: COLUMNS.length, bold: true, fill: GROUP_FILL }]);
    for (const row of rows.slice(index, end)) body.push(dispensationRow(row));
    index = end;
  }
  return body;
}

export function dispensationsPdf(events: readonly RegisterEvent[], period: Period, context: EditionContext): Uint8Array {
  const kind = context.establishment.kind;
  const views = dispensationViews(events, period);
  const edition = new EditionDocument(context, { title: DISPENSATIONS_TITLE[kind], period: describePeriod(period) }, 'landscape');
  const recipientHeader = kind === 'officine' ? 'Patient (nom, adresse)' : 'Détenteur (nom, adresse), animal';
  const head = [
    'N° d’ordre',
    'Date',
    kind === 'officine' ? 'N° ordonnancier' : 'Ordonnance',
    recipientHeader,
    'Prescripteur (nom, adresse)',
    'Médicament (unité de prise)',
    'Quantité',
    'Porteur, pièce d’identité',
    'Observations',
  ];
  const recipientKey = (row: DispensationRow) => (row.recipientAddress ? `${row.recipient}, ${row.recipientAddress}` : row.recipient);
  // Each classification's rows are made when its table is drawn, and let go after it.
  const sections: [string, () => LongRow[]][] = [
    [CLASSIFICATIONS[kind][0], () => grouped(views.byRecipient, recipientKey)],
    [CLASSIFICATIONS[kind][1], () => grouped(views.byProduct, (row) => row.product)],
    [CLASSIFICATIONS[kind][2], () => views.chronological.map(dispensationRow)],
  ];
  sections.forEach(([name, rows], index) => {
    const body = rows();
    if (index > 0) edition.newPage();
    edition.setSubtitle(`${index + 1}. ${name}`);
    edition.heading(`${index + 1}. ${name}`);
    edition.longTable({
      columnWidths: COLUMNS,
      head,
      body: body.length > 0 ? body : [[{ content: 'Aucune délivrance sur la période.', colSpan: COLUMNS.length, align: 'center' }]],
      rightAligned: [6],
    });
  });
  return edition.finish();
}

/** The bearer's cell: name, address, then the document shown or that they were known (art. R. 5132-35). */
function bearerLines(bearer: Bearer): string {
  return [bearer.name, bearer.address, bearerProof(bearer)].filter(Boolean).join('\n');
}
