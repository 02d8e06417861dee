// A clock set back is a fact of the register, not an error to hide: the window says so
// while the clock is behind the latest instant recorded, before and after the write
// that records it (its order number is then given, to find it in the register).
import { clockNotice, type ClockNotice } from '../../../shared/register/clock';
import { formatEditionInstant } from '../../../shared/editions/wording';
import { frenchTypography } from '../../../shared/french';
import { missingCaseError } from '../../../shared/result';
import { useRegisterQuery } from '../../db/use-register-query';
import { readClockFacts } from './clock-queries';
import { t } from './messages';

function wording(notice: ClockNotice): string {
  switch (notice.kind) {
    case 'behind':
      return t.behind(formatEditionInstant(notice.now), notice.head.seq, formatEditionInstant(new Date(notice.head.recordedAt)));
    case 'recorded': {
      const { seq, current, previousSeq, previous } = notice.setBack;
      return t.recorded(seq, formatEditionInstant(new Date(current)), previousSeq, formatEditionInstant(new Date(previous)));
    }
    default:
      throw missingCaseError(notice);
  }
}

export function ClockBanner({ now = () => new Date() }: { now?: () => Date }) {
  const facts = useRegisterQuery(readClockFacts);
  const notice = facts ? clockNotice(now(), facts.head, facts.lastSetBack) : null;
  if (!notice) return null;
  return (
    <section className="closed-banner" role="alert" aria-label={t.label}>
      <strong>{frenchTypography(wording(notice))}</strong>
    </section>
  );
}
