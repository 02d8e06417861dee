// The recovery sheet printed when encryption of the reserve is set up (decision 0041):
// the recovery code, what it protects, and how to restore with the application and
// without it (the standard age tool). It is the only copy of the code: the application
// keeps the key it opens, never the code itself. Framed like every edition, so that the
// establishment and the date it was made are on it.
import { EditionDocument, type EditionContext } from '../editions/pdf/document';
import { formatEditionInstant } from '../editions/wording';

export const RECOVERY_SHEET_TITLE = 'Fiche de secours de la copie de réserve chiffrée';

export interface RecoverySheetDetails {
  recoveryCode: string;
  /** The age recipient the reserve is encrypted to (public): tells this sheet's medium from another's. */
  recipient: string;
  /** The register whose journal file names are given in the commands. */
  registerId: string;
}

export function recoverySheetPdf({ recoveryCode, recipient, registerId }: RecoverySheetDetails, context: EditionContext): Uint8Array {
  const edition = new EditionDocument(context, { title: RECOVERY_SHEET_TITLE, period: `établie le ${formatEditionInstant(context.editedAt)}` }, 'portrait');
  edition.heading('Code de secours', 12);
  edition.table({
    columnWidths: [190],
    body: [[{ content: recoveryCode, styles: { font: 'courier', fontStyle: 'bold', fontSize: 20, halign: 'center', cellPadding: 4 } }]],
  });
  edition.paragraph(
    'Recopiez-le tel qu’il est imprimé, tirets compris, en lettres capitales. Il ne se trouve nulle part ailleurs : ni dans l’application, ni sur le support de réserve. Sans lui, la copie de réserve ne peut plus être lue si ce poste est perdu.',
    { size: 9, bold: true },
  );
  edition.heading('Ce qu’il protège', 10);
  edition.paragraph(
    'Les données de santé qui quittent ce poste : la copie de réserve du registre des stupéfiants sur le second support (art. R. 5132-36 du code de la santé publique), qui contient les noms et adresses des patients, des prescripteurs et des propriétaires d’animaux et les pièces d’identité des porteurs. Cette copie est chiffrée au format age (age-encryption.org/v1) : une ligne chiffrée par inscription, dans le fichier « ' +
      `${registerId}.journal-chiffre.txt` +
      ' », et la clé qui l’ouvre, chiffrée par ce code, dans le fichier « cle-de-reserve.age » du même support.',
    { size: 9 },
  );
  edition.paragraph(
    'Conservez cette fiche sous clé, à l’écart du support de réserve : le support perdu seul ne révèle rien, la fiche et le support ensemble révèlent tout.',
    { size: 9 },
  );
  edition.table({
    columnWidths: [45, 145],
    body: [
      ['Destinataire age (public)', { content: recipient, styles: { font: 'courier', fontSize: 7 } }],
      ['Identifiant du registre', registerId],
    ],
    styles: { fontSize: 8.5, cellPadding: 1.6 },
    columnStyles: { 0: { fontStyle: 'bold' } },
  });
  edition.heading('Restaurer avec l’application', 10);
  edition.paragraph(
    'Sur le nouveau poste, installez l’application, branchez le support de réserve, choisissez « Restaurer depuis la copie de réserve » et son dossier, puis saisissez ce code quand il est demandé. Un code erroné est refusé sans rien modifier. Le poste continue ensuite d’écrire la même copie chiffrée.',
    { size: 9 },
  );
  edition.heading('Restaurer sans l’application (outil age)', 10);
  edition.paragraph(
    'Avec l’outil libre « age » (ou « rage »), dans un terminal, dans le dossier du support. La première commande demande ce code ; la suivante redonne le journal en clair (un événement JSON par ligne, décrit dans docs/journal-format.md), que vérifie la commande « registre verify ».',
    { size: 9 },
  );
  edition.table({
    columnWidths: [190],
    body: [
      [
        {
          content: [
            'age -d -o identite.txt cle-de-reserve.age',
            'while read seq hash ligne; do',
            '  printf \'%s\' "$ligne" | base64 -d | age -d -i identite.txt',
            `done < ${registerId}.journal-chiffre.txt > ${registerId}.journal.jsonl`,
          ].join('\n'),
          styles: { font: 'courier', fontSize: 8, cellPadding: 2.5 },
        },
      ],
    ],
  });
  edition.paragraph('Détruisez identite.txt une fois la restauration faite : elle ouvre la copie de réserve comme ce code.', { size: 8.5 });
  return edition.finish();
}
