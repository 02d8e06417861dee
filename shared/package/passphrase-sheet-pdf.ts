// The sheet that carries a sealed package's passphrase (decision 0046): printed by the
// seller and handed, in person and apart from the file, to the buyer (cession) or to
// the ARS or the DDPP with the paper receipt (definitive closure). It names the file it
// opens and the package's fingerprint, and says how to open it with the application,
// with the offline verifier page and with the standard age tool.
import { EditionDocument, type EditionContext } from '../editions/pdf/document';
import type { WholeRegisterPurpose } from './manifest';

export const PASSPHRASE_SHEET_TITLE = 'Phrase de passe du dossier chiffré';

export interface PassphraseSheetDetails {
  purpose: WholeRegisterPurpose;
  passphrase: string;
  /** The sealed file's name, as written (…zip.age). */
  sealedName: string;
  /** The package's fingerprint (SHA-256 of its manifest), as on the décharge. */
  fingerprint: string;
}

export function passphraseSheetPdf({ purpose, passphrase, sealedName, fingerprint }: PassphraseSheetDetails, context: EditionContext): Uint8Array {
  const handover = purpose === 'handover';
  const edition = new EditionDocument(context, { title: PASSPHRASE_SHEET_TITLE, period: handover ? 'dossier de reprise' : 'dossier de dépôt' }, 'portrait');
  edition.heading('Phrase de passe', 12);
  edition.table({
    columnWidths: [190],
    body: [[{ content: passphrase, styles: { font: 'courier', fontStyle: 'bold', fontSize: 20, halign: 'center', cellPadding: 4 } }]],
  });
  edition.paragraph(
    handover
      ? 'À remettre en main propre au cessionnaire, à part du fichier : jamais dans le même envoi, sur le même support ni dans le même message. Le fichier seul ne révèle rien ; le fichier et cette fiche ensemble révèlent tout le registre, noms et adresses des patients compris.'
      : 'À remettre à l’ARS (vétérinaire : la DDPP) avec le récépissé papier, à part du fichier : jamais dans le même envoi, sur le même support ni dans le même message. Le fichier seul ne révèle rien ; le fichier et cette fiche ensemble révèlent tout le registre, noms et adresses des patients compris.',
    { size: 9, bold: true },
  );
  edition.table({
    columnWidths: [45, 145],
    body: [
      ['Fichier chiffré', sealedName],
      ['Empreinte du dossier (SHA-256 de manifest.json, comme sur la décharge)', { content: fingerprint, styles: { fontSize: 7.5 } }],
    ],
    styles: { fontSize: 8.5, cellPadding: 1.6 },
    columnStyles: { 0: { fontStyle: 'bold' } },
  });
  edition.heading('Ouvrir le dossier', 10);
  edition.paragraph(
    'Le fichier est chiffré au format age (age-encryption.org/v1, chiffrement authentifié par phrase de passe). Saisissez la phrase telle qu’elle est imprimée, tirets compris, en lettres capitales ; une phrase erronée est refusée sans rien écrire.',
    { size: 9 },
  );
  edition.paragraph(
    '• Avec l’application (reprise) : « Reprendre depuis un dossier de reprise », choisir le fichier, saisir la phrase. • Avec la page verificateur.html (un navigateur suffit) : y déposer le fichier et saisir la phrase. • Avec la ligne de commande : « registre verify fichier.zip.age » demande la phrase. • Avec l’outil libre age (ou rage), qui demande la phrase puis écrit le dossier ZIP en clair :',
    { size: 9 },
  );
  edition.table({
    columnWidths: [190],
    body: [[{ content: `age -d -o ${sealedName.replace(/\.age$/, '')} ${sealedName}`, styles: { font: 'courier', fontSize: 8, cellPadding: 2.5 } }]],
  });
  edition.paragraph(
    'Le dossier ZIP obtenu se vérifie comme tout dossier (docs/package-format.md) ; conservez-le sur un support protégé et détruisez cette fiche quand le dossier n’a plus à être ouvert.',
    { size: 8.5 },
  );
  return edition.finish();
}
