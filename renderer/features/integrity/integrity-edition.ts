// The integrity report (edition e) from the last check made in the window: the verdict
// on the register's own chain, and in the "object checked" line what was found of the
// reserve copy, so that the paper says everything the screen said.
import type { IntegrityCheck, IntegrityVerdict } from '../../../shared/editions/integrity';
import { describeError } from '../../../shared/errors';
import { countOf } from '../../../shared/format/plural';
import { formatInteger } from '../../../shared/french';
import { localDay } from '../../../shared/register/dates';
import type { RegisterStore } from '../../db/register-store';
import type { EditionSpec } from '../editions/edition-spec';
import type { IntegrityReport } from './check-integrity';
import type { ReserveVerdict } from './check-reserve';

const DATABASE_BREAKS = new Set(['integrity.gap', 'integrity.prevHash', 'integrity.hash']);

function reserveWords(reserve: ReserveVerdict): string {
  switch (reserve.kind) {
    case 'agrees':
      return reserve.pending === 0
        ? `copie de réserve (${reserve.folder}) identique au registre jusqu’au n° ${reserve.duplicated}`
        : `copie de réserve (${reserve.folder}) identique au registre jusqu’au n° ${formatInteger(reserve.duplicated)}, ${countOf(reserve.pending, 'événement', 'événements')} restant à dupliquer`;
    case 'notConfigured':
      return 'aucune copie de réserve à comparer';
    case 'unreachable':
      return `copie de réserve inaccessible (${reserve.folder}), non comparée`;
    case 'problem':
      return `copie de réserve en anomalie : ${describeError(reserve.error)}`;
  }
}

export async function integrityVerdict(store: RegisterStore, report: IntegrityReport): Promise<IntegrityVerdict> {
  const broken = report.problems.find((problem) => DATABASE_BREAKS.has(problem.code));
  if (!broken) {
    return report.head ? { intact: true, events: report.events, head: report.head } : { intact: true, events: 0, head: { seq: 0, hash: '0'.repeat(64) } };
  }
  const brokenAt = Number(broken.params?.seq ?? 0);
  // For a gap, what precedes the missing number is sound; otherwise what precedes the broken event.
  const lastSoundSeq = (broken.params?.expected === undefined ? brokenAt : Number(broken.params.expected)) - 1;
  const lastSound = lastSoundSeq >= 1 ? await store.eventAt(lastSoundSeq) : undefined;
  return { intact: false, brokenAt, reason: describeError(broken), lastSound: lastSound ? { seq: lastSound.seq, hash: lastSound.hash } : null };
}

export async function integrityEditionSpec(store: RegisterStore, report: IntegrityReport): Promise<EditionSpec> {
  const identity = await store.identity();
  const check: IntegrityCheck = {
    subject: `Registre de l’application (base de ce poste) ; ${reserveWords(report.reserve)}`,
    checkedAt: report.checkedAt,
    verdict: await integrityVerdict(store, report),
  };
  const to = localDay(report.checkedAt);
  return { kind: 'integrity', check, period: { from: identity?.openedOn ?? to, to } };
}
