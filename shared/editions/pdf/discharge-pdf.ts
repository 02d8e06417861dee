// The décharge of a hand-over (art. R. 5132-37): the buyer acknowledges receiving the
// register and the documents to keep; at a definitive closure, the same paper is the
// authority's receipt of the deposit (art. R. 5132-37 §3–4). It lists every part of the package with its size
// and SHA-256, and the package's fingerprint (the SHA-256 of its manifest), so that the
// paper signed by both proves which file was handed over. Framed like every edition.
import { formatInteger } from '../../french';
import type { Practitioner } from '../../register/events';
import type { PackageManifest, PartRole, WholeRegisterPurpose } from '../../package/manifest';
import { DESTRUCTION_AUTHORITIES } from './destruction-common';
import { formatEditionInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';

export const DISCHARGE_TITLE = 'Décharge de remise du registre des stupéfiants';
export const DEPOSIT_RECEIPT_TITLE = 'Récépissé de dépôt du registre des stupéfiants';

const ROLES: Record<PartRole, string> = {
  journal: 'Journal du registre (toutes les inscriptions)',
  edition: 'Édition archivée',
  technical: 'Journal technique de l’export',
};

export interface DischargeDetails {
  /** To a buyer (cession), or to the ARS or the DDPP (definitive closure). */
  purpose: WholeRegisterPurpose;
  manifest: PackageManifest;
  fingerprint: string;
  /** The package's file name, as written. */
  packageName: string;
  /** SHA-256 of the sealed file (age), when the package is sealed: checkable without the passphrase. */
  sealedSha256?: string;
  /** The seller: the holder who hands over. */
  seller: Practitioner;
  /** The buyer, when the register already names them (after a change of holder). */
  buyer: Practitioner | null;
}

function person(who: Practitioner | null): string {
  return who ? `${who.name}\nn° RPPS ou Ordre : ${who.orderNumber}` : 'Nom : ………………………………………………\nn° RPPS ou Ordre : ……………………………';
}

interface Wording {
  title: string;
  heading: string;
  lead: string;
  packageRow: string;
  giver: string;
  receiver: string;
}

function wordingFor(purpose: WholeRegisterPurpose, authority: string): Wording {
  return purpose === 'handover'
    ? {
        title: DISCHARGE_TITLE,
        heading: 'Remise du registre et des documents à conserver (art. R. 5132-37 du CSP)',
        lead: 'Le cédant remet au cessionnaire, qui lui en donne décharge, le registre des stupéfiants tenu sous forme informatique et ses éditions, ainsi que les documents à conserver (éditions mensuelles, inventaires, procès-verbaux de destruction), réunis dans le dossier de reprise ci-dessous.',
        packageRow: 'Dossier de reprise',
        giver: 'Le cédant, qui remet',
        receiver: 'Le cessionnaire, qui reçoit et donne décharge',
      }
    : {
        title: DEPOSIT_RECEIPT_TITLE,
        heading: 'Dépôt du registre et des documents à conserver (art. R. 5132-37 du CSP)',
        lead: `À la cessation définitive d’activité, le titulaire dépose auprès de ${authority}, qui lui en donne récépissé, le registre des stupéfiants tenu sous forme informatique et ses éditions, ainsi que les documents à conserver (éditions mensuelles, inventaires, procès-verbaux de destruction), réunis dans le dossier de dépôt ci-dessous.`,
        packageRow: 'Dossier de dépôt',
        giver: 'Le titulaire, qui dépose',
        receiver: `Pour ${authority}, qui reçoit`,
      };
}

export function dischargePdf(
  { purpose, manifest, fingerprint, packageName, sealedSha256, seller, buyer }: DischargeDetails,
  context: EditionContext,
): Uint8Array {
  const words = wordingFor(purpose, DESTRUCTION_AUTHORITIES[manifest.establishment.kind].short);
  const edition = new EditionDocument(context, { title: words.title, period: `registre jusqu’au n° d’ordre ${formatInteger(manifest.head.seq)}` }, 'portrait');
  const keyColumn = { 0: { fontStyle: 'bold' as const } };
  edition.heading(words.heading, 11);
  edition.paragraph(
    `${words.lead} Chaque partie du dossier est identifiée par son empreinte SHA-256 ; l’empreinte du dossier est celle de son manifeste, qui les liste toutes.`,
    { size: 9 },
  );
  edition.table({
    columnWidths: [45, 145],
    body: [
      ['Établissement', `${manifest.establishment.name}\n${manifest.establishment.address}`],
      ['Identifiant du registre', manifest.registerId],
      [words.packageRow, `${packageName}\ncréé le ${formatEditionInstant(new Date(manifest.createdAt))} (logiciel ${manifest.appVersion})`],
      ...(sealedSha256
        ? [
            [
              'Chiffrement',
              `fichier chiffré au format age par une phrase de passe, remise à part sur sa propre fiche\nSHA-256 du fichier chiffré : ${sealedSha256}`,
            ],
          ]
        : []),
      ['Journal', `${formatInteger(manifest.head.seq)} inscriptions ; tête de chaîne n° ${formatInteger(manifest.head.seq)}\nempreinte ${manifest.head.hash}`],
      // The one value both parties compare: set apart.
      ['Empreinte du dossier (SHA-256 de manifest.json)', { content: fingerprint, styles: { fontStyle: 'bold', fontSize: 8.5 } }],
    ],
    styles: { fontSize: 8.5, cellPadding: 1.6 },
    columnStyles: keyColumn,
  });
  edition.heading('Contenu du dossier', 10);
  edition.table({
    columnWidths: [58, 27, 17, 88],
    head: [['Partie', 'Nature', 'Taille (octets)', 'Empreinte SHA-256']],
    body: manifest.parts.map((part) => [part.path, ROLES[part.role], formatInteger(part.size), part.sha256]),
    styles: { fontSize: 6.5, cellPadding: 1 },
    columnStyles: { 2: { halign: 'right' }, 3: { font: 'courier', fontSize: 6 } },
  });
  edition.paragraph(
    `Vérification : le destinataire ${sealedSha256 ? 'ouvre le fichier chiffré avec la phrase de passe (« age -d -o dossier.zip dossier.zip.age »), puis ' : ''}recalcule l’empreinte SHA-256 du fichier manifest.json du dossier (par exemple « unzip -p dossier.zip manifest.json | sha256sum ») et la compare à l’empreinte du dossier ci-dessus ; l’application la vérifie à la reprise, avec chaque partie et toute la chaîne du journal (docs/package-format.md).`,
    { size: 8 },
  );
  edition.space(2);
  edition.table({
    columnWidths: [95, 95],
    head: [[words.giver, words.receiver]],
    body: [
      [`${person(seller)}\n\nFait à ……………………, le ……………………\n\nSignature :\n\n\n\n`, `${person(buyer)}\n\nFait à ……………………, le ……………………\n\nSignature :\n\n\n\n`],
    ],
    styles: { fontSize: 9, cellPadding: 2.5 },
    headStyles: { halign: 'left', fontSize: 9 },
    bodyStyles: { minCellHeight: 40 },
  });
  return edition.finish();
}
