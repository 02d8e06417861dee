import { describe, expect, it } from 'vitest';
import { appError, describeError, type ErrorCode } from '../../shared/errors';

// Typed as a record so that a new ErrorCode does not compile until it is listed here.
const EVERY_CODE = Object.keys({
  'register.notOpened': 1,
  'register.alreadyOpened': 1,
  'field.required': 1,
  'field.tooLong': 1,
  'quantity.malformed': 1,
  'quantity.notPositive': 1,
  'quantity.tooPrecise': 1,
  'quantity.tooLarge': 1,
  'quantity.wholeBoxes': 1,
  'date.malformed': 1,
  'date.inFuture': 1,
  'product.unknown': 1,
  'product.cip13Invalid': 1,
  'product.cip13Taken': 1,
  'stock.insufficient': 1,
  'storage.writeOnce': 1,
  'correction.unknownTarget': 1,
  'correction.notMovement': 1,
  'correction.ofCorrection': 1,
  'correction.alreadyCorrected': 1,
  'correction.reasonRequired': 1,
  'reserve.notConfigured': 1,
  'reserve.unreachable': 1,
  'reserve.cancelled': 1,
  'reserve.diverged': 1,
  'reserve.chainBroken': 1,
  'integrity.gap': 1,
  'integrity.prevHash': 1,
  'integrity.hash': 1,
  'integrity.reserveBroken': 1,
  'integrity.reserveDisagrees': 1,
  'restore.shorter': 1,
  'ipc.badRequest': 1,
  'ipc.forbiddenSender': 1,
  'ipc.unknownChannel': 1,
  'ipc.internal': 1,
} satisfies Record<ErrorCode, 1>) as ErrorCode[];

describe('describeError', () => {
  it.each(EVERY_CODE)('words %s in French', (code) => {
    const text = describeError(appError(code, 'field', { label: 'nom', designation: 'Morphine' }));
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/ [;:!?»]|« /);
  });

  it('puts a narrow no-break space before a colon', () => {
    expect(describeError(appError('register.notOpened'))).toBe(
      'Le registre n’est pas encore ouvert\u202f: renseignez d’abord l’établissement.',
    );
  });

  it('puts narrow no-break spaces inside guillemets around the field label', () => {
    expect(describeError(appError('field.required', 'patient.name', { label: 'nom du patient' }))).toBe(
      'Le champ «\u202fnom du patient\u202f» est obligatoire.',
    );
  });

  it('falls back on the field name when no label is given', () => {
    expect(describeError(appError('field.required', 'registerId'))).toContain('registerId');
  });

  it('inserts the stock figures into the message', () => {
    expect(describeError(appError('stock.insufficient', 'quantity', { available: '4,5', requested: '5' }))).toBe(
      'Stock insuffisant\u202f: 4,5 disponible(s), 5 demandé(s).',
    );
  });

  it('names the product that already has a CIP13', () => {
    expect(describeError(appError('product.cip13Taken', 'cip13', { designation: 'Fentanyl' }))).toBe(
      'Ce code CIP13 est déjà celui du produit «\u202fFentanyl\u202f».',
    );
  });

  it('adds the detail of an internal error when there is one', () => {
    expect(describeError(appError('ipc.internal'))).toBe('Erreur interne de l’application.');
    expect(describeError(appError('ipc.internal', undefined, { detail: 'disque plein' }))).toBe(
      'Erreur interne de l’application\u202f: disque plein',
    );
  });
});
