// What the matches section shows (pure): each line of the statement with the template row
// it goes to and how it was found, the proposals still to confirm, and the lines without a
// row. A proposal the person chose to leave unmatched counts as without a row for this
// filling (settleMatches), so the report says so instead of "à confirmer".
import type { MatchedBy, MatchItem, MatchOutcome, Proposal } from '../../../../shared/jare/matching';
import { t } from './messages';

export interface MatchedLine {
  id: string;
  item: MatchItem;
  sheet: MatchItem['sheet'];
  label: string;
  row: number;
  rowName: string;
  unit: string;
  by: MatchedBy;
  byText: string;
}

export interface ProposalLine {
  id: string;
  proposal: Proposal;
  label: string;
  reasonText: string;
  options: { rowKey: string; text: string }[];
}

export interface MatchesView {
  matched: MatchedLine[];
  toConfirm: ProposalLine[];
  withoutRow: { id: string; label: string; sheetText: string }[];
}

/** One line of the statement, across sheets: "S:Morphine (sulfate)", "P:P2". */
export const itemId = (item: Pick<MatchItem, 'sheet' | 'key'>): string => `${item.sheet}:${item.key}`;

/** The outcome once the proposals the person left unmatched are moved to the lines without a row. */
export function settleMatches(outcome: MatchOutcome, leftUnmatched: ReadonlySet<string>): MatchOutcome {
  const left = outcome.proposals.filter((proposal) => leftUnmatched.has(itemId(proposal.item)));
  return {
    matched: outcome.matched,
    proposals: outcome.proposals.filter((proposal) => !leftUnmatched.has(itemId(proposal.item))),
    unmatched: [...outcome.unmatched, ...left.map((proposal) => proposal.item)],
  };
}

const bySheet = <T extends { sheet: MatchItem['sheet'] }>(a: T, b: T): number => (a.sheet === b.sheet ? 0 : a.sheet === 'S' ? -1 : 1);

export function matchesView(outcome: MatchOutcome): MatchesView {
  return {
    matched: outcome.matched
      .map(({ item, row, by }): MatchedLine => ({
        id: itemId(item),
        item,
        sheet: item.sheet,
        label: item.label,
        row: row.row,
        rowName: row.name,
        unit: item.sheet === 'S' ? (row.unitText ?? '') : '',
        by,
        byText: t.matchedBy[by],
      }))
      .sort(bySheet),
    toConfirm: outcome.proposals
      .map((proposal) => ({ sheet: proposal.item.sheet, proposal }))
      .sort(bySheet)
      .map(({ proposal }) => ({
        id: itemId(proposal.item),
        proposal,
        label: proposal.item.label,
        reasonText: proposal.reason === 'name' ? t.foundByName : t.ambiguous(proposal.candidates.length),
        options: proposal.candidates.map(({ row, rowKey }) => ({ rowKey, text: t.rowOption(proposal.item.sheet, row.row, row.name, rowKey) })),
      })),
    withoutRow: [...outcome.unmatched].sort(bySheet).map((item) => ({ id: itemId(item), label: item.label, sheetText: t.sheetName[item.sheet] })),
  };
}
