// Edition (e): the integrity report, what an inspector reads before anything else:
// whether the chain of the register is whole, and how to check it again.
import { formatInteger } from '../../french';
import { groupedHash, type IntegrityCheck } from '../integrity';
import { formatEditionInstant } from '../wording';
import { EditionDocument, type EditionContext } from './document';

export const INTEGRITY_TITLE = 'Rapport d’intégrité du registre';

export function integrityPdf(check: IntegrityCheck, context: EditionContext): Uint8Array {
  const { verdict } = check;
  const edition = new EditionDocument(
    context,
    { title: INTEGRITY_TITLE, period: `registre entier, vérifié le ${formatEditionInstant(check.checkedAt)}` },
    'portrait',
  );

  edition.heading(verdict.intact ? 'Registre intègre' : 'Registre altéré', 16);
  edition.paragraph(
    verdict.intact
      ? `Les ${formatInteger(verdict.events)} événements du registre, du n° 1 au n° ${formatInteger(verdict.head.seq)}, se suivent sans trou et chacun porte l’empreinte de son contenu et de l’événement précédent.`
      : `La chaîne est rompue au n° d’ordre ${formatInteger(verdict.brokenAt)} : ${verdict.reason}`,
    { size: 10, bold: !verdict.intact },
  );
  edition.space(2);

  const rows: [string, string][] = [
    ['Objet vérifié', check.subject],
    ['Vérifié le', formatEditionInstant(check.checkedAt)],
  ];
  if (verdict.intact) {
    rows.push(['Événements vérifiés', `${formatInteger(verdict.events)} (n° 1 à n° ${formatInteger(verdict.head.seq)})`]);
    rows.push(['Empreinte de tête (SHA-256)', groupedHash(verdict.head.hash)]);
  } else {
    rows.push(['Première anomalie', `n° d’ordre ${formatInteger(verdict.brokenAt)}`]);
    rows.push(['Motif', verdict.reason]);
    rows.push([
      'Dernier événement sain',
      verdict.lastSound ? `n° ${formatInteger(verdict.lastSound.seq)}, empreinte ${groupedHash(verdict.lastSound.hash)}` : 'aucun',
    ]);
  }
  edition.table({ columnWidths: [55, 135], body: rows, styles: { fontSize: 9, cellPadding: 1.8 }, columnStyles: { 0: { fontStyle: 'bold' } } });

  edition.heading('Ce qui a été vérifié');
  edition.paragraph(
    'Chaque événement du registre (ouverture, produit, entrée, sortie, contre-passation…) est scellé lors de sa validation : son empreinte SHA-256 est calculée sur tout son contenu, y compris l’empreinte de l’événement précédent. ' +
      'La vérification reprend les événements un à un depuis le n° 1 : les numéros d’ordre se suivent sans trou, chaque événement nomme l’empreinte du précédent, et l’empreinte recalculée de chacun est celle qu’il porte. ' +
      'Modifier, supprimer ou insérer une ligne rompt la chaîne à cet endroit.',
  );
  edition.heading('Vérifier sans ce logiciel');
  edition.paragraph(
    'Le journal (fichier .journal.jsonl, une ligne JSON par événement) se vérifie dans n’importe quel langage : JSON canonique RFC 8785 de l’événement sans son champ « hash », puis SHA-256. La procédure complète, avec un exemple en Python, est dans la documentation du format du journal. ' +
      'Noter l’empreinte de tête ci-dessus permet de prouver plus tard que rien n’a été réécrit avant cette date.',
  );
  edition.space(6);
  edition.paragraph('Date, nom et signature :', { size: 9 });
  return edition.finish();
}
