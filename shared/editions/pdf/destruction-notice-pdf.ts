// The notice of a destruction (art. R. 5132-36): a letter to the pharmacist-inspector
// of the ARS (an officine) or to the DDPP (a veterinarian), at least one month before,
// giving the agreed date, the witness and the products — name, form, packaging, lot and
// quantity. When the planned day is less than a month away the letter says so.
import { formatDay } from '../../register/dates';
import type { RegisterEvent } from '../../register/events';
import { noticeTooShort, oneMonthAfter } from '../../register/validate-destruction';
import { describePeriod } from '../period';
import { DESTRUCTION_AUTHORITIES, destroyedQuantity, dossierForEdition, itemCells, practitionerLine } from './destruction-common';
import { EditionDocument, type EditionContext } from './document';

export const NOTICE_TITLE = 'Avis de destruction de stupéfiants';

export function destructionNoticePdf(events: readonly RegisterEvent[], dossier: string, context: EditionContext): Uint8Array {
  const { establishment } = context;
  const authority = DESTRUCTION_AUTHORITIES[establishment.kind];
  const { facts, holder, products } = dossierForEdition(events, dossier);
  const { planned } = facts;
  const noticeDay = planned.operationDate;
  const edition = new EditionDocument(context, { title: NOTICE_TITLE, period: describePeriod({ from: noticeDay, to: noticeDay }) }, 'portrait');
  edition.setSubtitle(`Dossier ${planned.dossier}`);

  const wide = [95, 95];
  edition.table({
    columnWidths: wide,
    body: [
      [
        `${establishment.name}\n${establishment.address}\n${establishment.kind === 'officine' ? 'Pharmacien titulaire' : 'Vétérinaire'} : ${practitionerLine(holder)}`,
        `À l’attention de ${authority.addressee}\n${planned.inspector}`,
      ],
    ],
    styles: { fontSize: 9.5, cellPadding: 2.5, lineWidth: 0 },
    tableLineWidth: 0,
  });
  edition.paragraph(`Le ${formatDay(noticeDay)}`, { size: 9.5 });
  edition.space(2);
  edition.paragraph(
    `Objet : destruction de médicaments stupéfiants — avis préalable (art. R. 5132-36 du code de la santé publique) — dossier ${planned.dossier}`,
    { size: 10, bold: true },
  );
  edition.space(2);
  edition.paragraph(`${authority.addressee},`, { size: 9.5 });
  edition.paragraph(
    `Conformément à l’article R. 5132-36 du code de la santé publique, je vous informe que je procéderai le ${formatDay(planned.plannedDate)} à la destruction par dénaturation des médicaments stupéfiants ci-dessous, périmés, altérés ou ${authority.returnedBy}, conservés à part dans l’armoire des stupéfiants dans l’attente de leur destruction.`,
    { size: 9.5 },
  );
  edition.paragraph(
    `La destruction aura lieu en présence de ${planned.witness.name} (n° RPPS ou Ordre ${planned.witness.orderNumber}), témoin désigné par ${planned.witness.council}. Un procès-verbal de destruction signé par nous deux vous sera adressé en copie.`,
    { size: 9.5 },
  );
  if (noticeTooShort(noticeDay, planned.plannedDate)) {
    edition.paragraph(
      `Le délai entre le présent avis (${formatDay(noticeDay)}) et la date prévue (${formatDay(planned.plannedDate)}) est inférieur à un mois : la destruction ne peut avoir lieu avant le ${formatDay(oneMonthAfter(noticeDay))} qu’avec votre accord.`,
      { size: 9.5, bold: true },
    );
  }
  edition.space(1);
  edition.heading('Médicaments à détruire', 10.5);
  edition.table({
    columnWidths: [52, 34, 34, 30, 40],
    head: [['Produit', 'Forme et dosage', 'Conditionnement', 'Lot', 'Quantité']],
    body: planned.items.map((item) => {
      const product = products.get(item.productId);
      const [name, form, packaging] = itemCells(product, item.productId);
      return [name, form, packaging, item.lot ?? 'sans lot', destroyedQuantity(item.quantity, product)];
    }),
    styles: { fontSize: 9, cellPadding: 1.6 },
  });
  edition.space(2);
  edition.paragraph(`Date prévue de la destruction : ${formatDay(planned.plannedDate)}.`, { size: 9.5, bold: true });
  edition.paragraph('Je vous prie d’agréer l’expression de ma considération distinguée.', { size: 9.5 });
  edition.space(3);
  edition.table({
    columnWidths: wide,
    body: [['', `${authority.signerTitle}\n${practitionerLine(holder)}\n\nSignature :\n\n\n`]],
    styles: { fontSize: 9.5, cellPadding: 2.5, minCellHeight: 30, lineWidth: 0 },
    tableLineWidth: 0,
  });
  return edition.finish();
}
