// Compares the reserve journal with the database. Both chains are checked on their own
// first; then equal hashes at the reserve's last order number prove that everything up
// to it is identical on both media (each hash covers all that precedes it).
import { appError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { JournalBreak } from '../../../shared/journal/read';
import type { RegisterStore } from '../../db/register-store';

export type ReserveVerdict =
  | { kind: 'notConfigured' }
  | { kind: 'unreachable'; folder: string }
  | { kind: 'agrees'; folder: string; duplicated: number; pending: number }
  | { kind: 'problem'; error: AppError };

const REASONS: Record<string, string> = {
  json: 'ligne illisible',
  shape: 'ligne incomplète',
  gap: 'numéro d’ordre manquant',
  prevHash: 'chaînage rompu',
  hash: 'contenu modifié',
  empty: 'fichier vide',
  rule: 'règle du registre enfreinte',
  format: 'format plus récent que celui que cette version sait lire',
};

export function reserveBrokenError(verdict: JournalBreak): AppError {
  // Intact but not valid: the order number and the rule broken, in the rule's own words.
  if (verdict.reason === 'rule')
    return appError('integrity.rule', undefined, { where: 'Copie de réserve', seq: String(verdict.seq ?? ''), message: verdict.message ?? '' });
  const params = {
    line: String(verdict.line),
    reason: REASONS[verdict.reason] ?? verdict.reason,
    ...(verdict.seq === undefined ? {} : { seq: String(verdict.seq) }),
  };
  return appError('integrity.reserveBroken', undefined, params);
}

export async function checkReserveAgainst(store: RegisterStore, api: RegistreApi | null, registerId: string): Promise<ReserveVerdict> {
  if (!api) return { kind: 'notConfigured' };
  const answer = await api['reserve:verify']({ registerId });
  if (!answer.ok) return { kind: 'problem', error: answer.error };
  const check = answer.value;
  if (check.state === 'notConfigured') return { kind: 'notConfigured' };
  if (check.state === 'unreachable') return { kind: 'unreachable', folder: check.folder };
  const { verdict, folder } = check;
  if (!verdict.ok) return { kind: 'problem', error: reserveBrokenError(verdict) };
  const databaseSeq = await store.headSeq();
  if (verdict.lastSeq > databaseSeq) return { kind: 'problem', error: appError('integrity.reserveDisagrees', undefined, { seq: String(databaseSeq + 1) }) };
  if (verdict.lastSeq > 0 && (await store.eventAt(verdict.lastSeq))?.hash !== verdict.headHash) {
    return { kind: 'problem', error: appError('integrity.reserveDisagrees', undefined, { seq: String(verdict.lastSeq) }) };
  }
  return { kind: 'agrees', folder, duplicated: verdict.lastSeq, pending: databaseSeq - verdict.lastSeq };
}
