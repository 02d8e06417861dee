// The cover letter (lettre d'accompagnement) of the annual declaration: the workbook is
// uploaded on NDS-Web 2, the attachments go to the ANSM by e-mail with this letter
// (ANSM's guide to the annual declaration; decision 0007). It names the year, what is attached (the list of
// import and export authorisations, the destruction PVs of the year, the état annuel),
// and leaves the upload date and the signature to be written by hand.
import { countOf } from '../../format/plural';
import { formatDay } from '../../register/dates';
import type { Practitioner, RegisterEvent } from '../../register/events';
import { holderAt } from '../../register/holder';
import { authorisationsUsed } from '../../jare/authorisations';
import { destructionCertificates } from '../../jare/destruction-certificates';
import { DESTRUCTION_AUTHORITIES, practitionerLine } from './destruction-common';
import { EditionDocument, type EditionContext } from './document';

export const LETTER_TITLE = 'Lettre d’accompagnement de la déclaration annuelle';

/** Where the paper-era avis sent the statements (S5), still the ANSM's seat; the e-mail is that of its stupéfiants unit (S10, inferred for the attachments). */
export const ANSM_ADDRESS =
  'Agence nationale de sécurité du médicament et des produits de santé (ANSM)\nStupéfiants et psychotropes\n143-147 boulevard Anatole France, 93285 Saint-Denis Cedex\nstupetpsy@ansm.sante.fr';

export function annualLetterPdf(events: readonly RegisterEvent[], year: number, context: EditionContext): Uint8Array {
  const { establishment } = context;
  // The holder at the end of the year's events: after a cession, the buyer signs.
  const holder: Practitioner | null = holderAt(events);
  const uses = authorisationsUsed(events, year);
  const certificates = destructionCertificates(events, year);
  const edition = new EditionDocument(context, { title: LETTER_TITLE, period: `année ${year}` }, 'portrait');
  const size = { size: 10 };

  edition.table({
    columnWidths: [40, 150],
    body: [
      ['Expéditeur', `${establishment.name}\n${establishment.address}\n${practitionerLine(holder)}`],
      ['Destinataire', ANSM_ADDRESS],
      ['Objet', `Déclaration annuelle des stupéfiants et psychotropes (état annuel récapitulatif) — année ${year}`],
    ],
    styles: { fontSize: 9.5, cellPadding: 1.8 },
    columnStyles: { 0: { fontStyle: 'bold' } },
  });
  edition.space(4);
  edition.paragraph('Madame, Monsieur,', size);
  edition.paragraph(
    `Le fichier JARE de l’année ${year} de notre établissement a été déposé sur NDS-Web 2 le ……… / ……… / ……………, par la personne titulaire du compte « Manager ». Vous trouverez ci-joint, en accompagnement de cette déclaration :`,
    size,
  );
  const attachments = [
    uses.length === 0
      ? `— la liste des autorisations d’importation et d’exportation : aucune importation ni exportation en ${year} ;`
      : `— la liste des autorisations d’importation et d’exportation utilisées en ${year} (${countOf(uses.length, 'opération', 'opérations')} : ${[...new Set(uses.map((use) => `${use.authorisation.kind} n° ${use.authorisation.number}`))].join(', ')}) ;`,
    certificates.length === 0
      ? `— les procès-verbaux de destruction : aucune destruction en ${year} ;`
      : `— les procès-verbaux de destruction de l’année : ${certificates.map((certificate) => `${certificate.dossier} du ${formatDay(certificate.day)}`).join(', ')} ;`,
    `— l’état annuel récapitulatif édité depuis le registre, qui explique chaque écart de l’année (inventaires, contre-passations, retours de patients).`,
  ];
  for (const line of attachments) edition.paragraph(line, size);
  edition.paragraph('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.', size);
  edition.space(4);
  edition.table({
    columnWidths: [95, 95],
    head: [['Fait à ……………………………, le ……… / ……… / ……………', DESTRUCTION_AUTHORITIES[establishment.kind].signerTitle]],
    body: [['', `${practitionerLine(holder)}\n\nSignature :\n\n\n\n`]],
    styles: { fontSize: 9, cellPadding: 2.5 },
    headStyles: { halign: 'left', fontSize: 9 },
    bodyStyles: { minCellHeight: 30 },
  });
  return edition.finish();
}
