// Producing an edition, in the order that keeps the register true: build the PDF, have
// the main process archive it (it writes the file once, never over another, copies it to
// the reserve, and hashes what it wrote), record its name and SHA-256 in the register,
// then open it with the system viewer, which prints. The window never computes the hash.
import { describeFailure, errorReference, technicalDetail } from '../../../shared/unexpected-error';
import { appError, describeError, type AppError } from '../../../shared/errors';
import type { ArchivedEdition, RegistreApi } from '../../../shared/ipc/contract';
import { localDay } from '../../../shared/register/dates';
import type { EditionProduced } from '../../../shared/register/events';
import { err, ok, type Result } from '../../../shared/result';
import { createSerialQueue } from '../../../shared/serial-queue';
import { recordOne } from '../../db/record-act';
import type { RegisterStore } from '../../db/register-store';
import { fr } from '../../messages/fr';
import { eventsForEdition, listEditions, type RecordedEdition } from './edition-events';
import type { EditionRenderer } from './edition-renderer';
import { specClosureOf, specDossier, specInventory, specPeriod, specProductId, type EditionSpec } from './edition-spec';
import { editionFileName } from '../../../shared/editions/file-name';
import { workingCopyBytes } from '../annual/working-copy-bytes';

export interface EditionDeps {
  store: RegisterStore;
  api: RegistreApi | null;
  render: EditionRenderer;
  /** The clock; the edition instant printed on every page and in the file name. */
  now?: () => Date;
  /** Who records the edition (RPPS or Ordre number); the holder when absent. */
  validatedBy?: string;
}

export type EditionFailure =
  /** The main process or the register refused: archive, record, open. */
  | { kind: 'refused'; error: AppError }
  /** The PDF could not be built. */
  | { kind: 'render'; error: AppError }
  /** No main process to archive it (the window opened outside the application). */
  | { kind: 'noMainProcess' };

export interface ProducedEdition {
  event: RecordedEdition;
  archived: ArchivedEdition;
  /** Why the viewer did not open, when it was asked to and did not; the edition is archived and recorded all the same. */
  openError: AppError | null;
}

export function describeEditionFailure(failure: EditionFailure): string {
  switch (failure.kind) {
    case 'refused':
      return describeError(failure.error);
    case 'render':
      return fr.editions.renderFailed(describeError(failure.error));
    case 'noMainProcess':
      return fr.editions.noMainProcess;
  }
}

/** A file name that exists already (a crash between archive and record, or the same minute): the next suffix. */
const MAX_NAME_ATTEMPTS = 50;

async function archiveUnderFreshName(
  api: RegistreApi,
  registerId: string,
  bytes: Uint8Array,
  name: (taken: ReadonlySet<string>) => string,
  taken: Set<string>,
): Promise<Result<ArchivedEdition, AppError>> {
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt += 1) {
    const fileName = name(taken);
    const archived = await api['edition:archive']({ registerId, fileName, bytes });
    if (archived.ok || archived.error.code !== 'edition.exists') return archived;
    taken.add(fileName);
  }
  return err(appError('edition.exists', undefined, { fileName: name(taken) }));
}

/**
 * One edition at a time per register, in the order asked: each reads the register after
 * the one before it is recorded. A PV printed as it is established, then the transmittal
 * slip asked for a moment later, must find the PV's edition in the register to list it.
 */
const oneEditionAtATime = createSerialQueue();

export function produceEdition(deps: EditionDeps, spec: EditionSpec, options: { open: boolean }): Promise<Result<ProducedEdition, EditionFailure>> {
  return oneEditionAtATime(deps.store.name, () => produceNow(deps, spec, options));
}

async function produceNow(deps: EditionDeps, spec: EditionSpec, { open }: { open: boolean }): Promise<Result<ProducedEdition, EditionFailure>> {
  const { store, api, render } = deps;
  if (!api) return err({ kind: 'noMainProcess' });
  const identity = await store.identity();
  const head = await store.lastEvent();
  if (!identity || !head) return err({ kind: 'refused', error: appError('register.notOpened') });
  const clock = deps.now ?? (() => new Date());
  const editedAt = clock();

  let bytes: Uint8Array;
  try {
    const events = await eventsForEdition(store, spec);
    const context = {
      establishment: identity.establishment,
      head: { seq: head.seq, hash: head.hash },
      editedAt,
      ...(identity.signingKey === undefined ? {} : { signingKey: identity.signingKey }),
    };
    // The working copy is a workbook, which only the main process can write (exceljs needs Node).
    bytes =
      spec.kind === 'annual-working-copy'
        ? await workingCopyBytes(api, identity.registerId, Number(spec.period.from.slice(0, 4)), events, context)
        : await render({ spec, events, context });
  } catch (error) {
    // jsPDF, its tables and V8 speak English: the person gets French and a reference, the console the detail.
    const reference = errorReference();
    console.error(`Édition non produite, référence ${reference} :`, technicalDetail(error));
    return err({ kind: 'render', error: describeFailure(error, reference) });
  }

  const period = specPeriod(spec);
  const productId = specProductId(spec);
  const closureOf = specClosureOf(spec);
  const dossier = specDossier(spec);
  const designation = productId === undefined ? undefined : (await store.products()).find((product) => product.productId === productId)?.designation;
  const taken = new Set((await listEditions(store)).map((edition) => edition.fileName));
  const name = (known: ReadonlySet<string>) =>
    editionFileName(
      {
        kind: spec.kind,
        period,
        ...(productId === undefined ? {} : { productId }),
        ...(designation === undefined ? {} : { designation }),
        ...(closureOf === undefined ? {} : { closureOf }),
        ...(dossier === undefined ? {} : { dossier }),
      },
      editedAt,
      known,
    );
  const archived = await archiveUnderFreshName(api, identity.registerId, bytes, name, taken);
  if (!archived.ok) return err({ kind: 'refused', error: archived.error });

  const { fileName, sha256, size } = archived.value;
  const body: EditionProduced = {
    type: 'edition.produced',
    edition: spec.kind,
    from: period.from,
    to: period.to,
    ...(productId === undefined ? {} : { productId }),
    ...(closureOf === undefined ? {} : { closureOf }),
    ...(specInventory(spec) === undefined ? {} : { inventory: specInventory(spec) }),
    ...(dossier === undefined ? {} : { dossier }),
    fileName,
    sha256,
    size,
  };
  const recordedAt = clock();
  const recorded = await recordOne(
    store,
    { operationDate: localDay(recordedAt), body, ...(deps.validatedBy === undefined ? {} : { validatedBy: deps.validatedBy }) },
    recordedAt,
  );
  if (!recorded.ok) return err({ kind: 'refused', error: recorded.error });
  const event = recorded.value as RecordedEdition;

  let openError: AppError | null = null;
  if (open) {
    const opened = await api['edition:open']({ registerId: identity.registerId, fileName, sha256 });
    if (!opened.ok) openError = opened.error;
  }
  return ok({ event, archived: archived.value, openError });
}
