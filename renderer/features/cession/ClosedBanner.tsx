// Once the register is closed for good, every screen says so, and why nothing can be recorded.
import { formatDay } from '../../../shared/register/dates';
import { useRegisterClosed } from '../../db/RegisterClosedContext';
import { t } from './messages';

export function ClosedBanner() {
  const closed = useRegisterClosed();
  if (!closed) return null;
  return (
    <section className="closed-banner" role="status" aria-label="Registre clos">
      <strong>{t.closedBanner(formatDay(closed.operationDate), closed.seq)}</strong>
    </section>
  );
}

/** What a recording screen shows instead of its forms once the register is closed. */
export function ReadOnlyNotice() {
  return (
    <section className="screen">
      <p className="empty">{t.readOnly}</p>
    </section>
  );
}
