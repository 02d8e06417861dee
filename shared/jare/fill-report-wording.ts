// The French sentences of the JARE filling report, shared by the PDF, the command line
// and (later) the screen, so that all three say the same thing.
import type { FillReport, SkippedCell } from './fill-report';
import type { MissingColumn } from './fill-plan';
import type { ConfirmedMatches, MatchItem, Proposal } from './matching';
import { frenchDecimal } from './units';
import { countOf, pluralForm } from '../format/plural';

const SHEET_NAMES = { S: 'feuille S (substances)', P: 'feuille P (préparations)' } as const;

export function totalsSentence(report: FillReport): string {
  const { totals } = report;
  return (
    `${countOf(totals.cellsWritten, 'cellule remplie', 'cellules remplies')} : ${countOf(totals.rowsFilled.S, 'ligne', 'lignes')} de la feuille S sur ${totals.rowsInTemplate.S}, ` +
    `${countOf(totals.rowsFilled.P, 'ligne', 'lignes')} de la feuille P sur ${totals.rowsInTemplate.P} ; ${countOf(totals.unmatched, 'ligne', 'lignes')} du registre sans ligne dans le fichier, ` +
    `${countOf(totals.proposals, 'correspondance', 'correspondances')} à confirmer.`
  );
}

export function unmatchedSentence(item: MatchItem): string {
  return `${item.label} : aucune ligne de la ${SHEET_NAMES[item.sheet]} ne lui correspond (le fichier de l’ANSM n’est jamais complété d’une ligne).`;
}

export function proposalSentence(proposal: Proposal): string {
  const rows = proposal.candidates.map(({ row, rowKey }) => `ligne ${row.row} « ${row.name} » (${rowKey})`).join(' ou ');
  return proposal.reason === 'ambiguous'
    ? `${proposal.item.label} : plusieurs lignes possibles de la ${SHEET_NAMES[proposal.item.sheet]} — ${rows}. À confirmer ; rien n’est rempli.`
    : `${proposal.item.label} : ${rows}, trouvée par le nom seul. À confirmer ; rien n’est rempli.`;
}

export function missingColumnSentence(missing: MissingColumn): string {
  return `${missing.itemLabel} : ${frenchDecimal(missing.value)} ${missing.unit} en « ${missing.flow} », colonne absente de la ${SHEET_NAMES[missing.sheet]} : à déclarer autrement.`;
}

export function skippedSentence(skipped: SkippedCell): string {
  const { write } = skipped;
  return skipped.reason === 'formula'
    ? `${write.sheet}!${write.letter}${write.row} (${write.itemLabel}) contient une formule de l’ANSM (${skipped.existing}) : gardée ; ${frenchDecimal(write.value)} ${write.unit} non écrit.`
    : `${write.sheet}!${write.letter}${write.row} (${write.itemLabel}) contient déjà « ${skipped.existing} » : gardé ; ${frenchDecimal(write.value)} ${write.unit} non écrit.`;
}

export function noUnitSentence(entry: FillReport['noUnit'][number]): string {
  return `${entry.itemLabel} : la ligne ${entry.row} « ${entry.name} » de la feuille S ${entry.unitText ? `a l’unité « ${entry.unitText} », qui n’est pas µg, mg, g ni kg` : 'n’a pas d’unité'} : rien n’est rempli.`;
}

export function unrecognisedSentence(entry: FillReport['unrecognised'][number]): string | null {
  if (entry.headers.length === 0) return null;
  return `Feuille ${entry.sheet}, en-têtes non reconnus, colonnes laissées telles quelles : ${entry.headers.map((header) => `${header.letter} « ${header.header} »`).join(', ')}.`;
}

/** Every point needing attention, one sentence each. */
export function attentionSentences(report: FillReport): string[] {
  return [
    ...report.proposals.map(proposalSentence),
    ...report.unmatched.map(unmatchedSentence),
    ...report.noUnit.map(noUnitSentence),
    ...report.missingColumns.map(missingColumnSentence),
    ...report.skipped.map(skippedSentence),
    ...report.unrecognised.map(unrecognisedSentence).filter((sentence) => sentence !== null),
    ...(report.withoutSubstance.length > 0 ? [`Produits sans substance déclarée, absents de la feuille S : ${report.withoutSubstance.join(', ')}.`] : []),
    ...(report.differences > 0
      ? [
          `${countOf(report.differences, 'écart expliqué', 'écarts expliqués')} (inventaires, contre-passations, retours) ${pluralForm(report.differences, 'n’a pas', 'n’ont pas')} de colonne JARE : ${pluralForm(report.differences, 'il figure', 'ils figurent')} dans l’état annuel récapitulatif.`,
        ]
      : []),
    ...(report.externalLinks > 0
      ? [
          `Le fichier contient ${countOf(report.externalLinks, 'lien', 'liens')} vers d’autres classeurs : ${pluralForm(report.externalLinks, 'il n’a pas été suivi et ne figure', 'ils n’ont pas été suivis et ne figurent')} pas dans la copie.`,
        ]
      : []),
  ];
}

/** The name-only proposals (one row each) as confirmed matches, for a person to check and keep. */
export function proposalsAsMatches(report: FillReport): ConfirmedMatches {
  const matches: ConfirmedMatches = { substances: {}, products: {} };
  for (const proposal of report.proposals) {
    if (proposal.reason !== 'name' || proposal.candidates.length !== 1) continue;
    (proposal.item.sheet === 'S' ? matches.substances : matches.products)[proposal.item.key] = proposal.candidates[0]!.rowKey;
  }
  return matches;
}
