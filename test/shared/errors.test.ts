import { describe, expect, it } from 'vitest';
import { appError, describeError, type ErrorCode } from '../../shared/errors';

// Typed as a record so that a new ErrorCode does not compile until it is listed here.
const EVERY_CODE = Object.keys({
  'register.notOpened': 1,
  'register.alreadyOpened': 1,
  'field.required': 1,
  'field.tooLong': 1,
  'field.invalidChoice': 1,
  'field.scannerSeparator': 1,
  'field.controlCharacter': 1,
  'quantity.malformed': 1,
  'quantity.ambiguousPoint': 1,
  'quantity.notPositive': 1,
  'quantity.tooPrecise': 1,
  'quantity.tooLarge': 1,
  'quantity.wholeBoxes': 1,
  'date.malformed': 1,
  'date.inFuture': 1,
  'date.beforeOpening': 1,
  'date.inClosedMonth': 1,
  'validator.notAuthorized': 1,
  'validator.alreadyAuthorized': 1,
  'validator.unknown': 1,
  'validator.holder': 1,
  'validator.holderOnly': 1,
  'validator.roleNotForKind': 1,
  'role.notAllowed': 1,
  'access.codeTooShort': 1,
  'access.wrongCode': 1,
  'access.wait': 1,
  'access.noCode': 1,
  'access.codeExists': 1,
  'access.notHolder': 1,
  'access.wrongRecovery': 1,
  'access.cancelled': 1,
  'access.confirmationDiffers': 1,
  'product.unknown': 1,
  'product.cip13Invalid': 1,
  'product.cip13Taken': 1,
  'product.inactive': 1,
  'product.unitLocked': 1,
  'product.limitsMalformed': 1,
  'movement.officineOnly': 1,
  'movement.veterinaryOnly': 1,
  'opening.afterMovements': 1,
  'opening.duplicate': 1,
  'edition.period': 1,
  'edition.file': 1,
  'edition.exists': 1,
  'edition.altered': 1,
  'edition.missing': 1,
  'edition.tooLarge': 1,
  'edition.cancelled': 1,
  'edition.openFailed': 1,
  'receipt.expiryMalformed': 1,
  'receipt.expired': 1,
  'bearer.unknownWithoutId': 1,
  'scan.unreadable': 1,
  'scan.checkDigit': 1,
  'scan.noProductCode': 1,
  'scan.notBox': 1,
  'catalogue.emptyFile': 1,
  'catalogue.columns': 1,
  'catalogue.missingFile': 1,
  'catalogue.unknownFile': 1,
  'catalogue.noNarcotic': 1,
  'closure.monthMalformed': 1,
  'closure.outOfOrder': 1,
  'closure.monthNotEnded': 1,
  'closure.date': 1,
  'stock.insufficient': 1,
  'stock.insufficientQuarantine': 1,
  'quarantine.unknownLot': 1,
  'storage.writeOnce': 1,
  'prescription.inFuture': 1,
  'vet.prescriptionTooLong': 1,
  'prescription.exceedsCover': 1,
  'prescription.reasonRequired': 1,
  'prescription.daysMalformed': 1,
  'prescription.fractionMalformed': 1,
  'prescription.rppsMalformed': 1,
  'prescription.surgeryDates': 1,
  'correction.unknownTarget': 1,
  'correction.notMovement': 1,
  'correction.ofCorrection': 1,
  'correction.alreadyCorrected': 1,
  'correction.reasonRequired': 1,
  'correction.beforeTarget': 1,
  'correction.ofAdjustment': 1,
  'inventory.empty': 1,
  'inventory.countMissing': 1,
  'inventory.countMalformed': 1,
  'inventory.reasonRequired': 1,
  'inventory.duplicateLine': 1,
  'inventory.incomplete': 1,
  'inventory.beforeLastMovement': 1,
  'inventory.unknown': 1,
  'inventory.adjustmentDate': 1,
  'inventory.noVariance': 1,
  'inventory.alreadyAdjusted': 1,
  'inventory.stockMoved': 1,
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
  'integrity.rule': 1,
  'integrity.stateDiffers': 1,
  'replay.unknownType': 1,
  'replay.shape': 1,
  'replay.mismatch': 1,
  'replay.unreadable': 1,
  'restore.shorter': 1,
  'restore.underway': 1,
  'restore.otherUnderway': 1,
  'restore.headDiffers': 1,
  'ipc.badRequest': 1,
  'ipc.forbiddenSender': 1,
  'ipc.unknownChannel': 1,
  'ipc.internal': 1,
  'io.failed': 1,
  'reserve.timeout': 1,
  'network.failed': 1,
  'network.commitUnknown': 1,
  'network.notConfigured': 1,
  'network.heldPending': 1,
  'network.importUnsupported': 1,
  'network.connectFailed': 1,
  'host.notHosting': 1,
  'host.sheetCancelled': 1,
  'network.passwordUnreadable': 1,
  'network.passwordStoreUnavailable': 1,
  'network.moveJournalBroken': 1,
  'network.serverNotEmpty': 1,
  'network.moveJournalBehind': 1,
  'network.moveNoJournal': 1,
  'network.moveFailed': 1,
  'network.moveBusy': 1,
  'network.moveBackCancelled': 1,
  'network.moveBackMissing': 1,
  'sealing.codeMalformed': 1,
  'sealing.wrongCode': 1,
  'sealing.keyDamaged': 1,
  'sealing.keyNeeded': 1,
  'sealing.lineUnreadable': 1,
  'sealing.noKeyOnMedium': 1,
  'sealing.otherKey': 1,
  'sealing.noSetUp': 1,
  'sealing.typedBackWrong': 1,
  'sealing.migrationMismatch': 1,
  'destruction.empty': 1,
  'destruction.duplicateItem': 1,
  'destruction.exceedsQuarantine': 1,
  'destruction.unknownLot': 1,
  'destruction.plannedBeforeNotice': 1,
  'destruction.cancelCertified': 1,
  'destruction.cancelledDossier': 1,
  'theft.declaredBeforeFound': 1,
  'theft.declaredInFuture': 1,
  'destruction.witnessIsOwn': 1,
  'destruction.unknownDossier': 1,
  'destruction.alreadyCertified': 1,
  'destruction.beforeNotice': 1,
  'destruction.dateChangeReason': 1,
  'destruction.notCertified': 1,
  'destruction.notInDossier': 1,
  'destruction.alreadyDestroyed': 1,
  'destruction.wrongDay': 1,
  'destruction.copyAlreadySent': 1,
  'destruction.copyBeforeDestruction': 1,
  'correction.ofDestruction': 1,
  // The ANSM JARE workbook.
  'jare.tooLarge': 1,
  'jare.notWorkbook': 1,
  'jare.encrypted': 1,
  'jare.oldExcel': 1,
  'jare.tooManyEntries': 1,
  'jare.tooBigUnpacked': 1,
  'jare.unsafePath': 1,
  'jare.tooManyCells': 1,
  'jare.unreadable': 1,
  'jare.foreign': 1,
  'jare.noHeaders': 1,
  'jare.badWrite': 1,
  'jare.templateGone': 1,
  'jare.exists': 1,
  'substance.amountMalformed': 1,
  'substance.amountTooPrecise': 1,
  'substance.amountNotPositive': 1,
  // ——— packages ———
  'package.tooLarge': 1,
  'package.notZip': 1,
  'package.tooManyEntries': 1,
  'package.unsafeName': 1,
  'package.duplicateName': 1,
  'package.uncompressedTooLarge': 1,
  'package.compressionRatio': 1,
  'package.partDamaged': 1,
  'package.manifestMissing': 1,
  'package.manifestInvalid': 1,
  'package.partMissing': 1,
  'package.partAltered': 1,
  'package.partUnlisted': 1,
  'package.newerFormat': 1,
  'verifier.unavailable': 1,
  'package.journalBroken': 1,
  'package.journalInvalid': 1,
  'package.headMismatch': 1,
  'package.registerMismatch': 1,
  'package.editionMissing': 1,
  'package.editionMismatch': 1,
  'package.notWholeJournal': 1,
  'package.cancelled': 1,
  'package.exists': 1,
  'package.journalDisagrees': 1,
  'package.expired': 1,
  'package.editionConflict': 1,
  'package.passphraseNeeded': 1,
  'package.passphraseMalformed': 1,
  'package.wrongPassphrase': 1,
  'package.sealedDamaged': 1,
  'archive.noEvents': 1,
  'inventory.counterPartyIsValidator': 1,
  'cession.holderOnly': 1,
  'cession.sameHolder': 1,
  'cession.inventoryUnknown': 1,
  'cession.notContradictory': 1,
  'cession.beforeInventory': 1,
  'cession.movedSinceInventory': 1,
  'cession.transferNotPrinted': 1,
  'cessation.wrongAuthority': 1,
  'cessation.stockRemains': 1,
  'cessation.beforeLastMovement': 1,
  'register.closed': 1,
  'reserve.readOnly': 1,
  'reserve.locked': 1,
  'reserve.lockTakenOver': 1,
  'reserve.mediumUnknown': 1,
  'reserve.mediumAdopted': 1,
  'reserve.mediumCreated': 1,
  'reserve.tailMovedAside': 1,
  'reserve.damaged': 1,
  'restore.tornTail': 1,
  'clock.malformed': 1,
  'clock.setBackRefused': 1,
  'signature.keyMalformed': 1,
  'signature.missing': 1,
  'signature.invalid': 1,
  'signature.unexpected': 1,
  'signature.unavailable': 1,
  'signature.storeUnavailable': 1,
  'signature.unknownKey': 1,
  'signature.notAClosure': 1,
  unexpected: 1,
} satisfies Record<ErrorCode, 1>) as ErrorCode[];

/** A value for every parameter any message inserts, as validation gives them. */
const EVERY_PARAM = {
  label: 'nom',
  designation: 'Morphine',
  openedOn: '2026-03-02',
  month: '2026-02',
  compartment: 'Quarantaine (à détruire)',
  day: '2026-02-28',
  expected: '2026-01',
  orderNumber: '10001234567',
  unit: 'comprimé',
  available: '4,5',
  requested: '5',
  seq: '4',
  by: '5',
  max: '300',
  folder: 'E:\\Réserve',
  line: '12',
  reason: 'JSON illisible',
  journal: '10',
  database: '12',
  detail: 'disque plein',
  dossier: 'PV-2026-001',
  lot: 'L4521',
  size: '25 Mo',
  count: '5000',
  name: '../evil.xml',
  sheets: '« Feuil1 »',
  sheet: 'S',
  // ——— packages ———
  path: 'journal/REG-2026-001.journal.jsonl',
  field: 'holder',
  manifest: '4',
  fileName: '2026-03_registre.pdf',
  year: '2026',
  format: '2',
  known: '1',
  products: '« Morphine »',
  cell: 'S!F5',
  why: 'ligne non pré-remplie par l’ANSM',
  // ——— a rule broken, in the rule's own wording ———
  where: 'Copie de réserve',
  message: 'La quantité doit être supérieure à zéro.',
  // ——— the reserve medium ———
  host: 'COMPTOIR-2',
  pid: '4242',
  since: '10/03/2026 à 09:30:00',
  at: '10/03/2026 à 09:30:00',
  bytes: '312',
  fragment: 'REG-2026-001.journal.jsonl.fragment-2026-03-10T09-30-00-000Z',
  offset: '4096',
  current: '10/03/2026 à 09:00',
  reference: 'K7Q2MX',
  previous: '10/03/2026 à 12:00',
  // ——— the prescription ———
  allowed: '48',
  warnings: 'chevauchement',
  // ——— box codes and the public catalogue ———
  code: '3400930039946',
  columns: '12',
  // ——— roles ———
  role: 'Préparateur en pharmacie',
  nature: 'Contre-passation',
  who: 'Titulaire ; Pharmacien adjoint ou remplaçant',
  delay: '2 minutes',
  // ——— signed closures ———
  fingerprint: '3FA2 9C01 B7E4 55D0',
  // ——— moving a register to a server ———
  wording: 'Ligne 4 (n° d’ordre 4) : l’empreinte ne correspond pas.',
};

describe('describeError', () => {
  it('gives a code it does not know the internal-error wording, never an invented one', () => {
    const foreign = { code: 'venu.dailleurs' } as unknown as ReturnType<typeof appError>;
    expect(describeError(foreign)).toBe(describeError(appError('ipc.internal')));
  });

  it('declares the parameters each wording reads: a misspelt one does not compile', () => {
    // @ts-expect-error — « stock.insufficient » reads `available` and `requested`, not `availble`.
    const misspelt = appError('stock.insufficient', undefined, { availble: '3' });
    expect(describeError(misspelt)).toContain('disponible 0.');
    expect(describeError(appError('stock.insufficient', undefined, { available: '3', requested: '5' }))).toContain('quantité demandée 5, disponible 3.');
  });

  it.each(EVERY_CODE)('words %s in French', (code) => {
    const text = describeError(appError(code, 'field', EVERY_PARAM));
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/ [;:!?»]|« /);
    expect(text).not.toMatch(/undefined|NaN|\(\)|« *»/);
    expect(text).toMatch(/[.!?»]$|plein$/);
  });

  it('puts a narrow no-break space before a colon', () => {
    expect(describeError(appError('register.notOpened'))).toBe('Le registre n’est pas encore ouvert\u202f: renseignez d’abord l’établissement.');
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
      'Stock insuffisant\u202f: quantité demandée 5, disponible 4,5.',
    );
  });

  it('names the product that already has a CIP13', () => {
    expect(describeError(appError('product.cip13Taken', 'cip13', { designation: 'Fentanyl' }))).toBe(
      'Ce code CIP13 est déjà celui du produit «\u202fFentanyl\u202f».',
    );
  });

  it('adds the detail of an internal error when there is one', () => {
    expect(describeError(appError('ipc.internal'))).toBe('Erreur interne de l’application.');
    expect(describeError(appError('ipc.internal', undefined, { detail: 'disque plein' }))).toBe('Erreur interne de l’application\u202f: disque plein');
  });

  it('sends whoever is not the holder to the « Validé par » choice', () => {
    expect(describeError(appError('validator.holderOnly', 'validatedBy'))).toBe(
      'Seul le titulaire habilite une personne ou lui retire son habilitation\u202f: choisissez-le dans «\u202fValidé par\u202f».',
    );
  });

  it.each<[string, ReturnType<typeof appError>, string]>([
    [
      'the opening day',
      appError('date.beforeOpening', 'operationDate', { openedOn: '2026-03-02' }),
      'La date de l’opération est antérieure à l’ouverture du registre (02/03/2026).',
    ],
    [
      'the last closed month',
      appError('date.inClosedMonth', 'operationDate', { month: '2026-02' }),
      'Le mois 02/2026 est clos, comme tous ceux d’avant\u202f: une opération oubliée s’enregistre à la date du jour, avec sa date réelle en observation.',
    ],
    [
      'the field of a closed list',
      appError('field.invalidChoice', 'recipient.kind', { label: 'bénéficiaire' }),
      'Le champ «\u202fbénéficiaire\u202f» n’a pas une valeur de la liste.',
    ],
    [
      'who may not validate',
      appError('validator.notAuthorized', 'validatedBy', { orderNumber: '10000000000' }),
      'La personne n° 10000000000 n’est pas habilitée à valider des écritures dans ce registre.',
    ],
    [
      'who already may',
      appError('validator.alreadyAuthorized', 'person.orderNumber', { orderNumber: '10009876543' }),
      'La personne n° 10009876543 est déjà habilitée à valider.',
    ],
    [
      'an unknown person',
      appError('validator.unknown', 'person.orderNumber', { orderNumber: '10009876543' }),
      'Aucune personne habilitée ne porte le n° 10009876543.',
    ],
    [
      'the inactive product',
      appError('product.inactive', 'productId', { designation: 'Morphine LP 10 mg' }),
      'Le produit «\u202fMorphine LP 10 mg\u202f» est désactivé\u202f: réactivez-le dans la liste des produits pour enregistrer un mouvement.',
    ],
    [
      'the unit a product keeps',
      appError('product.unitLocked', 'unit', { unit: 'comprimé' }),
      'L’unité de ce produit (comprimé) ne peut plus changer\u202f: des mouvements sont déjà comptés dans cette unité. Créez un nouveau produit.',
    ],
    [
      'the quarantine figures',
      appError('stock.insufficientQuarantine', 'quantity', { available: '2', requested: '3' }),
      'Stock en quarantaine insuffisant\u202f: quantité demandée 3, en quarantaine 2.',
    ],
    ['the earlier correction', appError('correction.alreadyCorrected', 'corrects', { seq: '4', by: '9' }), 'Le n° d’ordre 4 a déjà été corrigé par le n° 9.'],
    [
      'the compartment already carried over',
      appError('opening.duplicate', 'compartment', { compartment: 'Stock disponible' }),
      'Un solde est déjà repris pour ce produit dans «\u202fStock disponible\u202f»\u202f: corrigez-le par contre-passation s’il est faux.',
    ],
  ])('inserts %s into the message', (_what, error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
