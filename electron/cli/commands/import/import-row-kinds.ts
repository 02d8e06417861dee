// Every kind of row the import reads, in the order the documentation lists them, and the
// events of the register that no row writes, each with the reason (docs/import-format.md).
import type { EventType } from '../../../../shared/register/events';
import { HOLDER_CHANGE_ROW, CESSATION_ROW, MONTH_CLOSURE_ROW } from './import-cession-rows';
import { DESTRUCTION_CANCEL_ROW, DESTRUCTION_COPY_ROW, DESTRUCTION_PLAN_ROW, DESTRUCTION_PV_ROW } from './import-destruction-rows';
import { OPENING_BALANCE_ROW, PATIENT_RETURN_ROW, RECEIPT_ROW } from './import-entry-rows';
import { ADMINISTRATION_ROW, DISPENSATION_ROW, PREPARATION_ROW, SUPPLIER_RETURN_ROW, THEFT_ROW, VET_DISPENSING_ROW } from './import-exit-rows';
import { INVENTORY_ROW } from './import-inventory-rows';
import { AUTHORISATION_ROW, ESTABLISHMENT_ROW, OPENING_ROW, PRODUCT_CHANGE_ROW, PRODUCT_ROW, REVOCATION_ROW } from './import-register-rows';
import type { RowKind } from './import-row-kind';
import { CORRECTION_ROW, QUARANTINE_ROW } from './import-stock-rows';

export const ROW_KINDS: readonly RowKind[] = [
  OPENING_ROW,
  ESTABLISHMENT_ROW,
  AUTHORISATION_ROW,
  REVOCATION_ROW,
  PRODUCT_ROW,
  PRODUCT_CHANGE_ROW,
  OPENING_BALANCE_ROW,
  RECEIPT_ROW,
  PATIENT_RETURN_ROW,
  DISPENSATION_ROW,
  ADMINISTRATION_ROW,
  VET_DISPENSING_ROW,
  PREPARATION_ROW,
  SUPPLIER_RETURN_ROW,
  THEFT_ROW,
  QUARANTINE_ROW,
  CORRECTION_ROW,
  INVENTORY_ROW,
  DESTRUCTION_PLAN_ROW,
  DESTRUCTION_PV_ROW,
  DESTRUCTION_COPY_ROW,
  DESTRUCTION_CANCEL_ROW,
  MONTH_CLOSURE_ROW,
  HOLDER_CHANGE_ROW,
  CESSATION_ROW,
];

/**
 * What the register writes that an import never does. `edition.produced` is not here:
 * the holder change writes the one a cession needs (its countersigned inventory); every
 * other edition is a file this register prints from its own events, which the other
 * software's printouts are not (docs/import-format.md, § 2).
 */
export const NOT_IMPORTABLE: Readonly<Partial<Record<EventType, string>>> = {
  // The register writes it by itself when the workstation's clock is behind its last
  // event; an import seals every event at the one instant of the import.
  'clock.setBack': 'écrit par le registre lui-même quand l’horloge du poste recule ; un import scelle tout au même instant',
  // The key is made by the workstation that signs (electron/signing/), never by a file: an
  // imported register gets its own at its first closure in the application.
  'signingKey.recorded':
    'écrit par le registre lui-même avec la clé de ce poste ; un registre repris par import reçoit la sienne à sa première clôture dans l’application',
};
