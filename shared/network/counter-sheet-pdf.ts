// The sheet for adding a counter to the shared register (docs/reseau.md): printed on the
// PC that hosts the register's server, kept with the practice's documents, read at each
// new counter. It gives what the counter's set-up asks (the host's address and port, the
// database, the counters' user and the per-register password) and the steps, in French.
import { EditionDocument, type EditionContext } from '../editions/pdf/document';
import { printedFingerprint, type Fingerprint } from './certificate-fingerprint';

export const COUNTER_SHEET_TITLE = 'Fiche d’ajout d’un poste';

export interface CounterSheetDetails {
  /** The host PC's name on the network, as the system knows it. */
  hostName: string;
  /** Its IPv4 addresses on the practice's network (one per cable or Wi-Fi). */
  addresses: readonly string[];
  port: number;
  database: string;
  user: string;
  password: string;
  /** The server certificate's fingerprint, which each counter types and then checks at every connection; null before the server has one. */
  fingerprint: Fingerprint | null;
}

const STEPS = [
  'Sur le poste hôte (celui de cette fiche) : l’application est ouverte. Le registre n’est tenu à jour que tant qu’elle l’est : laissez ce poste allumé pendant les heures d’ouverture.',
  'Sur le nouveau poste : installer le Registre des stupéfiants, brancher le poste au réseau de l’établissement (le même que le poste hôte) et ouvrir l’application.',
  'Dans le cadre « Où est tenu le registre ? », choisir « Plusieurs postes, registre sur un serveur PostgreSQL ».',
  'Dans « Postes hôtes trouvés sur le réseau », cliquer « Utiliser » en face de ce poste hôte. S’il n’apparaît pas (réseau qui bloque la découverte), saisir l’adresse et le port ci-dessus.',
  'Vérifier la base et l’utilisateur, saisir le mot de passe tel qu’il est imprimé (capitales, tirets compris) et l’empreinte du certificat (64 caractères, les espaces ne comptent pas), puis cliquer « Essayer la connexion et relier ce poste ».',
  'Le poste recopie le registre du serveur et s’ouvre dessus : le bandeau du haut dit « Registre partagé sur le serveur … — joignable ».',
];

const TROUBLE = [
  '« Le serveur ne répond pas à cette adresse » : le poste hôte est-il allumé, l’application ouverte ? Son pare-feu doit laisser entrer PostgreSQL (postgres.exe) sur le réseau privé ; Windows le demande au premier démarrage du serveur.',
  '« Mot de passe du registre refusé » : le ressaisir depuis cette fiche, en capitales, tirets compris. Il ne contient ni I, ni L, ni O, ni U : ce sont les chiffres 1 et 0.',
  '« Ce poste n’est pas autorisé à se connecter au serveur » : le nouveau poste n’est pas sur le même réseau local que le poste hôte.',
  '« Le certificat du serveur ne correspond pas à l’empreinte » : vérifier l’empreinte saisie caractère par caractère. Si elle est juste, le poste n’a pas joint le poste hôte de cette fiche : ne saisissez rien et faites vérifier le réseau.',
];

export function counterSheetPdf(details: CounterSheetDetails, context: EditionContext): Uint8Array {
  const edition = new EditionDocument(context, { title: COUNTER_SHEET_TITLE, period: 'registre partagé entre plusieurs postes' }, 'portrait');
  edition.heading('Le serveur du registre', 12);
  const bold = { fontStyle: 'bold' as const };
  edition.table({
    columnWidths: [55, 135],
    body: [
      ['Poste hôte (nom sur le réseau)', details.hostName],
      [
        'Adresse du serveur',
        {
          content: details.addresses.length ? details.addresses.join('  ou  ') : 'aucune adresse réseau trouvée : brancher le poste hôte au réseau',
          styles: { ...bold, fontSize: 12 },
        },
      ],
      ['Port', { content: String(details.port), styles: { ...bold, fontSize: 12 } }],
      ['Base', details.database],
      ['Utilisateur', details.user],
    ],
    styles: { fontSize: 10, cellPadding: 2 },
    columnStyles: { 0: bold },
  });
  edition.heading('Mot de passe du registre partagé', 10);
  edition.table({
    columnWidths: [190],
    body: [[{ content: details.password, styles: { font: 'courier', fontStyle: 'bold', fontSize: 18, halign: 'center', cellPadding: 4 } }]],
  });
  edition.heading('Empreinte du certificat du serveur (chiffrement)', 10);
  edition.table({
    columnWidths: [190],
    body: [
      [
        {
          content: details.fingerprint
            ? printedFingerprint(details.fingerprint)
            : 'pas encore de certificat : réimprimer la fiche après le démarrage du serveur',
          styles: { font: 'courier', fontStyle: 'bold', fontSize: 10, halign: 'center', cellPadding: 3 },
        },
      ],
    ],
  });
  edition.paragraph(
    'Les échanges avec le serveur sont chiffrés. Chaque poste vérifie, à chaque connexion, que le serveur présente ce certificat-là : un autre ordinateur qui se ferait passer pour le poste hôte est refusé avant que le mot de passe ne serve.',
    { size: 8.5 },
  );
  edition.paragraph(
    'Confidentiel : avec ce mot de passe, un ordinateur branché au réseau de l’établissement peut inscrire des opérations au registre. Rangez cette fiche avec les documents de l’officine ou du cabinet, jamais affichée près d’un poste. Le même mot de passe sert à tous les postes ; il n’est jamais annoncé sur le réseau.',
    { size: 9, bold: true },
  );
  edition.heading('Ajouter un poste, pas à pas', 10);
  edition.table({
    columnWidths: [8, 182],
    body: STEPS.map((step, index) => [{ content: `${index + 1}.`, styles: bold }, step]),
    styles: { fontSize: 9, cellPadding: 1.6 },
  });
  edition.heading('Si la connexion échoue', 10);
  for (const line of TROUBLE) edition.paragraph(`• ${line}`, { size: 8.5 });
  edition.paragraph(
    'Le serveur démarre et s’arrête avec l’application du poste hôte ; ses données sont dans le dossier de données de l’application sur ce poste. Les sauvegardes du serveur ne remplacent pas le journal de réserve, second support du registre (art. R. 5132-36 du code de la santé publique).',
    { size: 8.5 },
  );
  return edition.finish();
}
