// The register's lines as the paper register lays them out, newest first. A long list is
// virtualised (only the rows in view are in the page, @tanstack/react-virtual), so that a
// product with a hundred thousand lines scrolls as smoothly as one with ten. The
// correction of a line opens right under it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { frenchTypography } from '../../../shared/french';
import { formatDay } from '../../../shared/register/dates';
import type { CorrectableEvent, EstablishmentKind, MovementEvent } from '../../../shared/register/events';
import { movementCounterparty, movementNature } from '../../../shared/register/labels';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { fr } from '../../messages/fr';
import { registerWords } from './messages';

export interface ShownLine {
  event: MovementEvent;
  entry: Milli | null;
  exit: Milli | null;
  /** The product's balance after the line; only in one product's register, null there while it is summed. */
  balance: Milli | null;
  correctedBy: number | null;
}

/** Below this, every row is in the page (a screen reader reads them all, a search finds them). */
const VIRTUAL_FROM = 200;
const ROW_HEIGHT = 38;

interface RegisterTableProps {
  label: string;
  /** An officine's or a veterinary practice's: the natures are named as each says them. */
  establishmentKind: EstablishmentKind;
  lines: readonly ShownLine[];
  /** The all-products and person views name each line's product; one product's register shows its balance. */
  designation?: (productId: string) => string;
  showBalance: boolean;
  correcting: number | null;
  onCorrect: (event: CorrectableEvent) => void;
  /** What opens under the line being corrected. */
  below: ReactNode;
  /** Asked for when the last rows come into view: the next page of lines. */
  onNearEnd?: () => void;
  /**
   * A register read by window: it has `count` lines, of which `lines` are those from
   * index `offset`; the others are read as they come into view (`onRange` says which).
   */
  paged?: { count: number; offset: number; onRange: (first: number, last: number) => void };
}

function correctable(event: MovementEvent): event is CorrectableEvent {
  return event.type !== 'correction' && event.type !== 'inventory.adjustment' && event.type !== 'destruction';
}

export function RegisterTable({
  label,
  establishmentKind,
  lines,
  designation,
  showBalance,
  correcting,
  onCorrect,
  below,
  onNearEnd,
  paged,
}: RegisterTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = paged?.count ?? lines.length;
  const offset = paged?.offset ?? 0;
  const virtual = count > VIRTUAL_FROM;
  const rows = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 15 });
  const items = virtual ? rows.getVirtualItems() : [];
  const first = virtual ? (items[0]?.index ?? 0) : 0;
  const last = virtual ? (items.at(-1)?.index ?? 0) : count - 1;
  useEffect(() => {
    if (onNearEnd && last >= lines.length - 20) onNearEnd();
  }, [last, lines.length, onNearEnd]);
  const onRange = paged?.onRange;
  useEffect(() => onRange?.(first, last), [first, last, onRange]);
  const lineAt = (index: number) => lines[index - offset];
  const shown = virtual
    ? items.map((item) => ({ index: item.index, line: lineAt(item.index) }))
    : Array.from({ length: count }, (_, index) => ({ index, line: lineAt(index) }));
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? rows.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const columns = 8 + (designation ? 1 : 0) + (showBalance ? 1 : 0);

  return (
    <div className="register-scroll" ref={scroller}>
      <table className="table register-table" aria-label={label} aria-rowcount={count + 1}>
        <thead>
          <tr>
            <th className="number">{fr.register.seq}</th>
            <th>{fr.register.date}</th>
            {designation ? <th>{registerWords.product}</th> : null}
            <th>{fr.register.nature}</th>
            <th>{fr.register.counterparty}</th>
            <th className="number">{fr.register.entry}</th>
            <th className="number">{fr.register.exit}</th>
            {showBalance ? <th className="number">{fr.register.balance}</th> : null}
            <th>{fr.register.validatedBy}</th>
            <th>{fr.register.observations}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr className="register-table__spacer" aria-hidden="true" style={{ height: before }} /> : null}
          {shown.map(({ index, line }) => {
            // A line not read yet (the window moves as the list scrolls): its place, kept empty.
            if (!line)
              return (
                <tr key={`waiting-${index}`} data-index={index} className="register-table__waiting" aria-busy="true" style={{ height: ROW_HEIGHT }}>
                  <td colSpan={columns} />
                </tr>
              );
            const { event, entry, exit, balance, correctedBy } = line;
            // Keyed by order number: a new line on top must not remount the correction opened below another.
            return (
              <Fragment key={event.seq}>
                <tr
                  data-index={index}
                  ref={virtual ? rows.measureElement : undefined}
                  aria-rowindex={index + 2}
                  className={correctedBy === null ? undefined : 'corrected'}
                >
                  <td className="number">{event.seq}</td>
                  <td>{formatDay(event.operationDate)}</td>
                  {designation ? <td>{designation(event.productId)}</td> : null}
                  <td>{movementNature(event, establishmentKind)}</td>
                  <td>{frenchTypography(movementCounterparty(event))}</td>
                  <td className="number">{entry === null ? '' : formatQuantity(entry)}</td>
                  <td className="number">{exit === null ? '' : formatQuantity(exit)}</td>
                  {showBalance ? (
                    balance === null ? (
                      // Summed after the lines are shown: an ellipsis for the eyes, words for a screen reader.
                      <td className="number register-table__pending" aria-busy="true">
                        <span aria-hidden="true">…</span>
                        <span className="visually-hidden">{registerWords.balancePending}</span>
                      </td>
                    ) : (
                      <td className="number strong">{formatQuantity(balance)}</td>
                    )
                  ) : null}
                  <td>{event.validatedBy.name}</td>
                  <td>
                    {event.observation ? <span className="observation">{event.observation}</span> : null}
                    {correctedBy !== null ? (
                      fr.register.correctedBy(correctedBy)
                    ) : correctable(event) ? (
                      <button type="button" className="link" aria-label={fr.register.correctLabel(event.seq)} onClick={() => onCorrect(event)}>
                        {fr.register.correct}
                      </button>
                    ) : null}
                  </td>
                </tr>
                {correcting === event.seq ? (
                  <tr className="register-table__correction">
                    <td colSpan={columns}>{below}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
          {after > 0 ? <tr className="register-table__spacer" aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
