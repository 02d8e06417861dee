// The holder's recovery sheet: printed once at set-up (and again after each use of the
// code it carries), kept under lock with the register's papers. It is framed like every
// edition but is not one: it carries a secret, so it is never archived, copied to the
// reserve or put in a package (electron/access/access-handlers.ts writes it only where
// the holder chooses).
import type { Practitioner } from '../register/events';
import { EditionDocument, type EditionContext } from '../editions/pdf/document';
import { keyFingerprint } from '../signature/fingerprint';

export const RECOVERY_SHEET_TITLE = 'Feuille de secours du code du titulaire';

export interface RecoverySheet {
  registerId: string;
  holder: Practitioner;
  recoveryCode: string;
}

export function recoverySheetPdf({ registerId, holder, recoveryCode }: RecoverySheet, context: EditionContext): Uint8Array {
  const edition = new EditionDocument(context, { title: RECOVERY_SHEET_TITLE, period: `registre ${registerId}` }, 'portrait');
  edition.heading('Code de secours', 12);
  edition.paragraph(
    `Ce code remplace le code personnel de ${holder.name} (n° RPPS ou Ordre ${holder.orderNumber}), titulaire, s’il est oublié. Il ne sert qu’une fois : après usage, l’application en donne un nouveau, à imprimer, et garde la date de chaque usage.`,
    { size: 9 },
  );
  edition.space(4);
  edition.table({
    columnWidths: [190],
    body: [[{ content: recoveryCode, styles: { fontSize: 20, halign: 'center', font: 'courier', fontStyle: 'bold', cellPadding: 6 } }]],
  });
  edition.space(4);
  edition.paragraph(
    'Rangez cette feuille sous clé, avec les documents du registre, à l’écart du poste. Quiconque la lit peut prendre la place du titulaire dans l’application : ne la photographiez pas, ne la numérisez pas, ne la joignez à aucun envoi.',
    { size: 9, bold: true },
  );
  edition.paragraph('Pour l’utiliser : à l’écran « Qui êtes-vous ? », choisissez le titulaire, puis « Code oublié ».', { size: 9 });
  // Not a secret: the key that verifies the register's signed closures, to compare with a journal's.
  if (context.signingKey) {
    edition.space(4);
    edition.heading('Clé de signature du registre', 10);
    edition.paragraph(
      `Les clôtures du registre (mois, inventaires, procès-verbaux de destruction, changement de titulaire, cessation) sont signées avec une clé que seul ce poste détient. Sa clé publique, qui permet de vérifier ces signatures, a pour empreinte ${keyFingerprint(context.signingKey)} : ${context.signingKey}.`,
      { size: 9 },
    );
  }
  return edition.finish();
}
