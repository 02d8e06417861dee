// The procès-verbal of a destruction (art. R. 5132-36): the model of the arrêté was
// never published, so this follows the fields the Ordre's model asks — establishment,
// holder, witness and the council that designated them, day, notice to the inspector,
// items, denaturation method, what became of the residue — and two signature blocks.
// Each item names the order number of its exit in the register.
import { formatDay } from '../../register/dates';
import type { RegisterEvent } from '../../register/events';
import { itemKey } from '../../register/validate-destruction';
import { describePeriod } from '../period';
import { DESTRUCTION_AUTHORITIES, destroyedQuantity, dossierForEdition, itemCells, practitionerLine } from './destruction-common';
import { EditionDocument, type EditionContext } from './document';

export const PV_TITLE = 'Procès-verbal de destruction de stupéfiants';

export function destructionPvPdf(events: readonly RegisterEvent[], dossier: string, context: EditionContext): Uint8Array {
  const { establishment } = context;
  const authority = DESTRUCTION_AUTHORITIES[establishment.kind];
  const { facts, holder, products } = dossierForEdition(events, dossier);
  const { planned, certified } = facts;
  if (!certified) throw new Error(`Le procès-verbal ${dossier} n’est pas encore établi.`);
  const day = certified.operationDate;
  const edition = new EditionDocument(context, { title: PV_TITLE, period: describePeriod({ from: day, to: day }) }, 'portrait');
  edition.setSubtitle(`Procès-verbal n° ${planned.dossier}`);
  const keyColumn = { 0: { fontStyle: 'bold' as const } };

  edition.heading(`Procès-verbal n° ${planned.dossier} — destruction du ${formatDay(day)}`, 12);
  const rows = [
    ['Établissement', `${establishment.name}\n${establishment.address}`],
    [establishment.kind === 'officine' ? 'Pharmacien titulaire' : 'Vétérinaire responsable', practitionerLine(holder)],
    ['Témoin', `${planned.witness.name} (n° RPPS ou Ordre ${planned.witness.orderNumber})\ntémoin désigné par ${planned.witness.council}`],
    ['Date et heure de la destruction', `le ${formatDay(day)} à ……… h ………`],
    [`Avis à ${authority.short}`, `du ${formatDay(planned.operationDate)}, adressé à ${planned.inspector} ; date annoncée : ${formatDay(planned.plannedDate)}`],
    ...(certified.dateChange ? [['Changement de date', certified.dateChange]] : []),
    ['Méthode de dénaturation', certified.method],
    ['Élimination des résidus', certified.disposal ?? '—'],
  ];
  edition.table({ columnWidths: [55, 135], body: rows, styles: { fontSize: 9, cellPadding: 1.6 }, columnStyles: keyColumn });

  edition.heading('Médicaments détruits', 10.5);
  const exits = new Map(facts.destroyed.map((event) => [itemKey(event), event.seq]));
  edition.table({
    columnWidths: [48, 32, 30, 28, 32, 20],
    head: [['Produit', 'Forme et dosage', 'Conditionnement', 'Lot', 'Quantité détruite', 'N° d’ordre au registre']],
    body: planned.items.map((item) => {
      const product = products.get(item.productId);
      const [name, form, packaging] = itemCells(product, item.productId);
      const seq = exits.get(itemKey(item));
      return [name, form, packaging, item.lot ?? 'sans lot', destroyedQuantity(item.quantity, product), seq === undefined ? '' : `n° ${seq}`];
    }),
    styles: { fontSize: 9, cellPadding: 1.6 },
  });

  edition.paragraph(
    `Les soussignés certifient que les médicaments stupéfiants ci-dessus, sortis du stock en quarantaine, ont été dénaturés en leur présence selon la méthode indiquée, et que chaque destruction est inscrite en sortie au registre des stupéfiants sous le n° ${planned.dossier}. L’original du présent procès-verbal est conservé dix ans ; une copie est adressée à ${authority.short}.`,
    { size: 9 },
  );
  edition.space(3);
  edition.table({
    columnWidths: [95, 95],
    head: [[authority.signerTitle, 'Le témoin']],
    body: [
      [
        `${practitionerLine(holder)}\n\nSignature :\n\n\n\n`,
        `${planned.witness.name} (n° RPPS ou Ordre ${planned.witness.orderNumber})\n\nSignature :\n\n\n\n`,
      ],
    ],
    styles: { fontSize: 9, cellPadding: 2.5 },
    headStyles: { halign: 'left', fontSize: 9 },
    bodyStyles: { minCellHeight: 32 },
  });
  return edition.finish();
}
