// The destruction dossier's acts. The plan, the copy sent and a cancellation are one event each; the PV
// is sealed together with one exit from quarantine per item of its plan, in the same
// act of the write door (renderer/db/record-act.ts): a refusal of any writes nothing.
import type { AppError } from '../../../shared/errors';
import type { DestructionCertified, RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { destructionDrafts, type DestructionPlanDraft, type DossierFacts } from '../../../shared/register/validate-destruction';
import { err, ok, type Result } from '../../../shared/result';
import { recordAct } from '../../db/record-act';
import type { RegisterStore } from '../../db/register-store';

interface Signed {
  operationDate: string;
  /** RPPS or Ordre number of who validates; the holder when absent. */
  validatedBy?: string;
}

function signed(request: Signed): Pick<Draft, 'operationDate' | 'validatedBy'> {
  return { operationDate: request.operationDate, ...(request.validatedBy === undefined ? {} : { validatedBy: request.validatedBy }) };
}

async function one(store: RegisterStore, draft: Draft, now?: Date): Promise<Result<RegisterEvent, AppError>> {
  const result = await recordAct(store, [draft], now);
  if (!result.ok) return err(result.error);
  const [event] = result.value;
  return event ? ok(event) : err({ code: 'ipc.internal', params: { detail: 'aucun événement scellé' } });
}

/** Opens a dossier; the register gives it its number. The operation date is the day of the notice. */
export function recordPlan(store: RegisterStore, request: Signed & { body: DestructionPlanDraft }, now?: Date): Promise<Result<RegisterEvent, AppError>> {
  return one(store, { ...signed(request), body: request.body }, now);
}

/** The PV, dated the day of the destruction, and one destruction exit per item of the plan. */
export function recordCertificate(
  store: RegisterStore,
  dossier: DossierFacts,
  request: Signed & { body: DestructionCertified },
  now?: Date,
): Promise<Result<RegisterEvent[], AppError>> {
  const exits = destructionDrafts(dossier.planned).map((body): Draft => ({ ...signed(request), body }));
  return recordAct(store, [{ ...signed(request), body: request.body }, ...exits], now);
}

/** The copy of the PV sent to the inspector, on the operation date. */
export function recordCopySent(store: RegisterStore, dossier: string, request: Signed, now?: Date): Promise<Result<RegisterEvent, AppError>> {
  return one(store, { ...signed(request), body: { type: 'destruction.copySent', dossier } }, now);
}

/** A dossier abandoned before its PV, with the reason; its items are free again. */
export function recordCancellation(
  store: RegisterStore,
  dossier: string,
  request: Signed & { reason: string },
  now?: Date,
): Promise<Result<RegisterEvent, AppError>> {
  return one(store, { ...signed(request), body: { type: 'destruction.cancelled', dossier, reason: request.reason } }, now);
}

/** Every dossier of the register, the latest first. */
export async function listDossiers(store: RegisterStore): Promise<DossierFacts[]> {
  // The register's state keeps every dossier as its acts leave it (shared/register/evolve.ts).
  const { dossiers } = await store.state();
  return [...dossiers.values()].sort((a, b) => b.planned.seq - a.planned.seq);
}
