import { describe, expect, it } from 'vitest';
import type { MovementEvent, Recipient, RegisterEvent } from '../../../shared/register/events';
import { CORRECTION_REASON_LABELS, movementCounterparty, counterpartyHeading, movementNature, recipientLabel } from '../../../shared/register/labels';
import { correctionDraft, openedContext, stock } from '../../fixtures/drafts';
import { recorded, recordedMovement, type MovementKind } from './drafts';

function movement(event: RegisterEvent): MovementEvent {
  if (!('quantity' in event)) throw new Error(`${event.type} is not a movement`);
  return event;
}

const sealed = (kind: MovementKind, overrides: Record<string, unknown> = {}) => movement(recordedMovement(kind, overrides));
const correctionOf = (target: RegisterEvent, reason = 'quantite') =>
  movement(recorded(8, correctionDraft(7, { reason: reason as never }), openedContext({ fetched: { target }, stock: stock(1000, 100) })));

describe('movementNature', () => {
  it.each<[MovementKind, Record<string, unknown>, string]>([
    ['opening.balance', { compartment: 'dispensable' }, 'Solde repris'],
    ['opening.balance', { compartment: 'quarantine' }, 'Solde repris (quarantaine)'],
    ['receipt', {}, 'Réception'],
    ['patient.return', {}, 'Retour patient'],
    ['dispensation', {}, 'Dispensation'],
    ['vet.administration', {}, 'Administration'],
    ['vet.dispensing', {}, 'Délivrance au détenteur'],
    ['preparation.use', {}, 'Préparation magistrale'],
    ['supplier.return', { compartment: 'dispensable' }, 'Retour fournisseur'],
    ['supplier.return', { compartment: 'quarantine' }, 'Retour fournisseur (quarantaine)'],
    ['theft', { compartment: 'dispensable' }, 'Vol ou détournement'],
    ['theft', { compartment: 'quarantine' }, 'Vol ou détournement (quarantaine)'],
  ])('calls a %s %j «\u00a0%s\u00a0»', (kind, overrides, nature) => {
    expect(movementNature(sealed(kind, overrides), 'officine')).toBe(nature);
  });

  it('calls a return by the animal’s keeper so in a veterinary register, never a patient return', () => {
    expect(movementNature(sealed('patient.return'), 'veterinaire')).toBe('Retour du détenteur');
    expect(movementNature(sealed('patient.return'), 'officine')).toBe('Retour patient');
    expect(counterpartyHeading('veterinaire')).not.toMatch(/patient|prescripteur/);
  });

  it('calls a correction a contre-passation of the order number it reverses', () => {
    expect(movementNature(correctionOf(sealed('dispensation')), 'officine')).toBe('Contre-passation du n° 7');
  });
});

describe('movementCounterparty', () => {
  it.each<[MovementKind, Record<string, unknown>, string]>([
    ['opening.balance', {}, 'Report : registre papier n° 3, folio 112'],
    ['receipt', {}, 'Répartiteur Ouest (Grossiste-répartiteur) — BL BL-2026-0311 — lot L4521, pér. 06/2028'],
    ['receipt', { orderBookRef: 'CS-0042' }, 'Répartiteur Ouest (Grossiste-répartiteur) — BL BL-2026-0311 — lot L4521, pér. 06/2028 — carnet CS-0042'],
    ['patient.return', {}, 'Rapporté par Famille Dupont'],
    ['patient.return', { comment: 'boîte entamée' }, 'Rapporté par Famille Dupont — boîte entamée'],
    ['dispensation', {}, 'Jean Dupont / Dr Anne Le Goff — ordonnancier n° 2026-000042'],
    [
      'dispensation',
      { bearer: { name: 'Paul Dupont', address: '8 rue des Lilas, 56100 Lorient', idReference: 'CNI 123456789012' } },
      'Jean Dupont / Dr Anne Le Goff — ordonnancier n° 2026-000042 — porteur : Paul Dupont, 8 rue des Lilas, 56100 Lorient (CNI 123456789012)',
    ],
    [
      'dispensation',
      { bearer: { name: 'Paul Dupont', address: '8 rue des Lilas, 56100 Lorient', known: true } },
      'Jean Dupont / Dr Anne Le Goff — ordonnancier n° 2026-000042 — porteur : Paul Dupont, 8 rue des Lilas, 56100 Lorient (connu de la pharmacie)',
    ],
    ['dispensation', { recipient: { kind: 'anonymous' } }, 'Anonyme (art. L. 3414-1) / Dr Anne Le Goff — ordonnancier n° 2026-000042'],
    ['vet.administration', {}, '250268500123456 (chien) / Marie Le Bihan'],
    ['vet.dispensing', {}, '250268500123456 (chien) / Marie Le Bihan — ordonnance ORD-2026-118'],
    ['vet.dispensing', { prescribedDays: 14 }, '250268500123456 (chien) / Marie Le Bihan — ordonnance ORD-2026-118 — traitement de 14 jours'],
    ['preparation.use', {}, 'Préparation n° PM-2026-017'],
    ['supplier.return', {}, 'Répartiteur Ouest — Lot rappelé'],
    ['supplier.return', { returnRef: 'BR-77' }, 'Répartiteur Ouest — Lot rappelé — bon BR-77'],
    [
      'theft',
      {},
      'Effraction de l’armoire forte constatée à l’ouverture — plainte PV 2026/118 du 10/03/2026 — décl. DECL-REG-44 du 10/03/2026 — décl. DECL-NAT-45 du 10/03/2026',
    ],
  ])('describes a %s %j', (kind, overrides, text) => {
    expect(movementCounterparty(sealed(kind, overrides))).toBe(text);
  });

  it('describes a theft recorded before the register asked for the declarations’ dates', () => {
    const {
      policeReportDate: _police,
      regionalDeclarationDate: _regional,
      agencyDeclarationDate: _agency,
      ...older
    } = sealed('theft') as Extract<MovementEvent, { type: 'theft' }>;
    expect(movementCounterparty(older)).toBe(
      'Effraction de l’armoire forte constatée à l’ouverture — plainte PV 2026/118 — décl. DECL-REG-44 — décl. DECL-NAT-45',
    );
  });

  it('describes a bearer recorded before the register asked for their address', () => {
    const dispensation = sealed('dispensation') as Extract<MovementEvent, { type: 'dispensation' }>;
    expect(movementCounterparty({ ...dispensation, bearer: { name: 'Paul Dupont', idReference: 'CNI 123456789012' } })).toBe(
      'Jean Dupont / Dr Anne Le Goff — ordonnancier n° 2026-000042 — porteur : Paul Dupont (CNI 123456789012)',
    );
  });

  it('gives a correction its reason and explanation', () => {
    expect(movementCounterparty(correctionOf(sealed('dispensation'), 'doublon'))).toBe('Saisie en double : 12 au lieu de 2');
  });

  it.each(Object.entries(CORRECTION_REASON_LABELS))('words the reason %s as «\u00a0%s\u00a0»', (reason, label) => {
    expect(movementCounterparty(correctionOf(sealed('dispensation'), reason))).toBe(`${label} : 12 au lieu de 2`);
  });
});

describe('recipientLabel', () => {
  it.each<[Recipient, string]>([
    [{ kind: 'patient', name: 'Jean Dupont', address: 'Lorient' }, 'Jean Dupont'],
    [{ kind: 'anonymous' }, 'Anonyme (art. L. 3414-1)'],
    [{ kind: 'professional', name: 'Dr Anne Le Goff', address: 'Lorient' }, 'Dr Anne Le Goff (usage professionnel)'],
  ])('names the recipient %j', (recipient, label) => {
    expect(recipientLabel(recipient)).toBe(label);
  });
});
