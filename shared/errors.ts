// Every expected failure has a code; its French wording lives here and only here,
// so the UI, the command line and the main process say the same thing.
import { frenchTypography } from './french';
import { formatDay, formatMonth } from './register/dates';
import { missingCaseError } from './result';

export type ErrorCode =
  | 'register.notOpened'
  | 'register.alreadyOpened'
  | 'field.required'
  | 'field.tooLong'
  | 'field.invalidChoice'
  | 'field.scannerSeparator'
  | 'field.controlCharacter'
  | 'quantity.malformed'
  | 'quantity.ambiguousPoint'
  | 'quantity.notPositive'
  | 'quantity.tooPrecise'
  | 'quantity.tooLarge'
  | 'quantity.wholeBoxes'
  | 'date.malformed'
  | 'date.inFuture'
  | 'date.beforeOpening'
  | 'date.inClosedMonth'
  | 'validator.notAuthorized'
  | 'validator.alreadyAuthorized'
  | 'validator.unknown'
  | 'validator.holder'
  | 'validator.holderOnly'
  | 'product.unknown'
  | 'product.cip13Invalid'
  | 'product.cip13Taken'
  | 'product.inactive'
  | 'product.unitLocked'
  | 'movement.officineOnly'
  | 'movement.veterinaryOnly'
  | 'opening.afterMovements'
  | 'opening.duplicate'
  | 'receipt.expiryMalformed'
  | 'receipt.expired'
  | 'edition.period'
  | 'edition.file'
  | 'edition.exists'
  | 'edition.altered'
  | 'edition.missing'
  | 'edition.tooLarge'
  | 'edition.cancelled'
  | 'edition.openFailed'
  | 'closure.monthMalformed'
  | 'closure.outOfOrder'
  | 'closure.monthNotEnded'
  | 'closure.date'
  | 'stock.insufficient'
  | 'stock.insufficientQuarantine'
  | 'quarantine.unknownLot'
  | 'destruction.empty'
  | 'destruction.duplicateItem'
  | 'destruction.exceedsQuarantine'
  | 'destruction.unknownLot'
  | 'destruction.plannedBeforeNotice'
  | 'destruction.cancelCertified'
  | 'destruction.cancelledDossier'
  | 'theft.declaredBeforeFound'
  | 'theft.declaredInFuture'
  | 'destruction.witnessIsOwn'
  | 'destruction.unknownDossier'
  | 'destruction.alreadyCertified'
  | 'destruction.beforeNotice'
  | 'destruction.dateChangeReason'
  | 'destruction.notCertified'
  | 'destruction.notInDossier'
  | 'destruction.alreadyDestroyed'
  | 'destruction.wrongDay'
  | 'destruction.copyAlreadySent'
  | 'destruction.copyBeforeDestruction'
  | 'correction.ofDestruction'
  | 'storage.writeOnce'
  | 'correction.unknownTarget'
  | 'correction.notMovement'
  | 'correction.ofCorrection'
  | 'correction.alreadyCorrected'
  | 'correction.reasonRequired'
  | 'correction.beforeTarget'
  | 'correction.ofAdjustment'
  | 'inventory.empty'
  | 'inventory.countMissing'
  | 'inventory.countMalformed'
  | 'inventory.reasonRequired'
  | 'inventory.duplicateLine'
  | 'inventory.incomplete'
  | 'inventory.beforeLastMovement'
  | 'inventory.unknown'
  | 'inventory.adjustmentDate'
  | 'inventory.noVariance'
  | 'inventory.alreadyAdjusted'
  | 'inventory.stockMoved'
  | 'reserve.notConfigured'
  | 'reserve.unreachable'
  | 'reserve.cancelled'
  | 'reserve.diverged'
  | 'reserve.chainBroken'
  // The reserve medium after a fault, and its writers (decision 0013).
  | 'reserve.readOnly'
  | 'reserve.locked'
  | 'reserve.lockTakenOver'
  | 'reserve.mediumUnknown'
  | 'reserve.mediumAdopted'
  | 'reserve.mediumCreated'
  | 'reserve.tailMovedAside'
  | 'reserve.damaged'
  | 'restore.tornTail'
  | 'integrity.gap'
  | 'integrity.prevHash'
  | 'integrity.hash'
  | 'integrity.reserveBroken'
  | 'integrity.reserveDisagrees'
  | 'integrity.rule'
  | 'integrity.stateDiffers'
  | 'package.journalInvalid'
  | 'replay.unknownType'
  | 'replay.shape'
  | 'replay.mismatch'
  | 'replay.unreadable'
  | 'restore.shorter'
  | 'restore.underway'
  | 'restore.otherUnderway'
  | 'restore.headDiffers'
  | 'ipc.badRequest'
  | 'ipc.forbiddenSender'
  | 'ipc.unknownChannel'
  | 'ipc.internal'
  | 'io.failed'
  | 'reserve.timeout'
  // The ANSM JARE workbook chosen by the user (untrusted file).
  | 'jare.tooLarge'
  | 'jare.notWorkbook'
  | 'jare.encrypted'
  | 'jare.oldExcel'
  | 'jare.tooManyEntries'
  | 'jare.tooBigUnpacked'
  | 'jare.unsafePath'
  | 'jare.tooManyCells'
  | 'jare.unreadable'
  | 'jare.foreign'
  | 'jare.noHeaders'
  | 'jare.badWrite'
  | 'jare.templateGone'
  | 'jare.exists'
  // ——— The annual declaration (JARE): a product's substance, import and export authorisations ———
  | 'substance.amountMalformed'
  | 'substance.amountTooPrecise'
  | 'substance.amountNotPositive'
  // ——— packages: hand-over and yearly archive ———
  | 'package.tooLarge'
  | 'package.notZip'
  | 'package.tooManyEntries'
  | 'package.unsafeName'
  | 'package.duplicateName'
  | 'package.uncompressedTooLarge'
  | 'package.compressionRatio'
  | 'package.partDamaged'
  | 'package.manifestMissing'
  | 'package.manifestInvalid'
  | 'package.partMissing'
  | 'package.partAltered'
  | 'package.partUnlisted'
  | 'package.journalBroken'
  | 'package.headMismatch'
  | 'package.registerMismatch'
  | 'package.editionMissing'
  | 'package.editionMismatch'
  | 'package.notWholeJournal'
  | 'package.cancelled'
  | 'package.exists'
  | 'package.journalDisagrees'
  | 'package.expired'
  | 'package.editionConflict'
  | 'archive.noEvents'
  // The hand-over to a buyer and the definitive closure (decision 0010).
  | 'inventory.counterPartyIsValidator'
  | 'cession.holderOnly'
  | 'cession.sameHolder'
  | 'cession.inventoryUnknown'
  | 'cession.notContradictory'
  | 'cession.beforeInventory'
  | 'cession.movedSinceInventory'
  | 'cession.transferNotPrinted'
  | 'cessation.wrongAuthority'
  | 'cessation.stockRemains'
  | 'cessation.beforeLastMovement'
  | 'register.closed'
  | 'clock.malformed'
  | 'clock.setBackRefused'
  | 'unexpected';

export interface AppError {
  code: ErrorCode;
  /** The form field the error is about, when there is one (for focus and display). */
  field?: string;
  /** Values inserted in the message (already formatted for display). */
  params?: Readonly<Record<string, string>>;
}

export function appError(code: ErrorCode, field?: string, params?: Record<string, string>): AppError {
  return { code, ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params }) };
}

export function describeError(error: AppError): string {
  return frenchTypography(wording(error));
}

function wording(error: AppError): string {
  const p = error.params ?? {};
  switch (error.code) {
    case 'register.notOpened':
      return 'Le registre n’est pas encore ouvert : renseignez d’abord l’établissement.';
    case 'register.alreadyOpened':
      return 'Le registre est déjà ouvert.';
    case 'field.required':
      return `Le champ « ${p.label ?? error.field ?? ''} » est obligatoire.`;
    case 'field.tooLong':
      return `Le champ « ${p.label ?? error.field ?? ''} » dépasse ${p.max ?? ''} caractères.`;
    case 'field.scannerSeparator':
      return `Le champ « ${p.label ?? error.field ?? ''} » contient le séparateur invisible GS (U+001D) qu’envoie une douchette en lisant un code DataMatrix GS1 : tout le code a été lu dans ce champ. Effacez-le et saisissez la valeur seule (pour un lot, ce qui suit « 10 » dans le code), ou scannez le code dans le champ prévu pour la lecture du code-barres.`;
    case 'field.controlCharacter':
      return `Le champ « ${p.label ?? error.field ?? ''} » contient un caractère de contrôle invisible (${p.character ?? ''}, ${p.position ?? ''}ᵉ caractère) : effacez-le et saisissez de nouveau la valeur.`;
    case 'field.invalidChoice':
      return `Le champ « ${p.label ?? error.field ?? ''} » n’a pas une valeur de la liste.`;
    case 'quantity.malformed':
      return 'Quantité illisible : saisissez un nombre, par exemple 12 ou 0,5.';
    case 'quantity.ambiguousPoint': {
      const [whole = '', fraction = ''] = (p.text ?? '').split('.');
      return `« ${p.text ?? ''} » se lit un nombre à virgule ou un nombre en milliers : écrivez ${whole}${fraction} (ou ${whole} ${fraction}) pour ${whole}${fraction} unités, ou ${whole},${fraction} avec une virgule.`;
    }
    case 'quantity.notPositive':
      return 'La quantité doit être supérieure à zéro.';
    case 'quantity.tooPrecise':
      return 'La quantité ne peut pas avoir plus de trois décimales.';
    case 'quantity.tooLarge':
      return 'La quantité est trop grande.';
    case 'quantity.wholeBoxes':
      return 'En boîtes, saisissez un nombre entier de boîtes ; sinon, comptez en unités.';
    case 'date.malformed':
      return 'Date invalide : utilisez le format JJ/MM/AAAA.';
    case 'date.inFuture':
      return 'La date de l’opération ne peut pas être dans le futur.';
    case 'date.beforeOpening':
      return `La date de l’opération est antérieure à l’ouverture du registre (${formatDay(p.openedOn ?? '')}).`;
    case 'date.inClosedMonth':
      return `Le mois ${formatMonth(p.month ?? '')} est clos, comme tous ceux d’avant : une opération oubliée s’enregistre à la date du jour, avec sa date réelle en observation.`;
    case 'validator.notAuthorized':
      return `La personne n° ${p.orderNumber ?? ''} n’est pas habilitée à valider des écritures dans ce registre.`;
    case 'validator.alreadyAuthorized':
      return `La personne n° ${p.orderNumber ?? ''} est déjà habilitée à valider.`;
    case 'validator.unknown':
      return `Aucune personne habilitée ne porte le n° ${p.orderNumber ?? ''}.`;
    case 'validator.holder':
      return 'Le titulaire ne peut pas retirer sa propre habilitation : seul un changement de titulaire la transfère.';
    case 'validator.holderOnly':
      return 'Seul le titulaire habilite une personne ou lui retire son habilitation : choisissez-le dans « Validé par ».';
    case 'product.unknown':
      return 'Produit inconnu : choisissez un produit de la liste.';
    case 'product.cip13Invalid':
      return 'Code CIP13 invalide : 13 chiffres, clé de contrôle comprise.';
    case 'product.cip13Taken':
      return `Ce code CIP13 est déjà celui du produit « ${p.designation ?? ''} ».`;
    case 'product.inactive':
      return `Le produit « ${p.designation ?? ''} » est désactivé : réactivez-le dans la liste des produits pour enregistrer un mouvement.`;
    case 'product.unitLocked':
      return `L’unité de ce produit (${p.unit ?? ''}) ne peut plus changer : des mouvements sont déjà comptés dans cette unité. Créez un nouveau produit.`;
    case 'movement.officineOnly':
      return 'Ce mouvement est propre à une officine : un cabinet vétérinaire enregistre une administration ou une délivrance au détenteur.';
    case 'movement.veterinaryOnly':
      return 'Ce mouvement est propre à un cabinet vétérinaire : une officine enregistre une dispensation.';
    case 'opening.afterMovements':
      return 'Ce produit a déjà des mouvements : un solde repris d’un registre précédent ne peut être que sa première ligne.';
    case 'opening.duplicate':
      return `Un solde est déjà repris pour ce produit dans « ${p.compartment ?? ''} » : corrigez-le par contre-passation s’il est faux.`;
    case 'receipt.expiryMalformed':
      return 'Date de péremption invalide : indiquez le mois et l’année, par exemple 03/2027.';
    case 'receipt.expired':
      return 'Ce lot est déjà périmé : il ne peut pas entrer dans le stock disponible.';
    case 'edition.period':
      return 'Période d’édition invalide : la date de début doit précéder celle de fin.';
    case 'edition.file':
      return 'Fichier d’édition invalide : nom ou empreinte incorrects.';
    case 'edition.exists':
      return `Une édition porte déjà le nom « ${p.fileName ?? ''} » : elle n’est jamais remplacée.`;
    case 'edition.altered':
      return `L’édition « ${p.fileName ?? ''} » a été modifiée depuis sa production : son empreinte ne correspond plus à celle inscrite au registre.`;
    case 'edition.missing':
      return `L’édition « ${p.fileName ?? ''} » est introuvable dans le dossier des archives.`;
    case 'edition.tooLarge':
      return 'Édition trop volumineuse pour être archivée.';
    case 'edition.cancelled':
      return 'Enregistrement annulé : aucun fichier choisi.';
    case 'edition.openFailed':
      return `Le système n’a pas pu ouvrir l’édition « ${p.fileName ?? ''} »${p.detail ? ` (${p.detail})` : ''} : vérifiez qu’un lecteur de PDF (ou, pour un classeur, un tableur) est installé.`;
    case 'closure.monthMalformed':
      return 'Mois à clore invalide : indiquez-le sous la forme AAAA-MM.';
    case 'closure.outOfOrder':
      return `Les mois se clôturent dans l’ordre : le prochain à clore est ${p.expected ?? ''}, pas ${p.month ?? ''}.`;
    case 'closure.monthNotEnded':
      return `Le mois ${p.month ?? ''} n’est pas terminé : il ne peut pas encore être clos.`;
    case 'closure.date':
      return `Une clôture mensuelle est datée du dernier jour du mois (${formatDay(p.day ?? '')}).`;
    case 'stock.insufficient':
      return `Stock insuffisant : ${p.available ?? '0'} disponible(s), ${p.requested ?? ''} demandé(s).`;
    case 'stock.insufficientQuarantine':
      return `Stock en quarantaine insuffisant : ${p.available ?? '0'} en quarantaine, ${p.requested ?? ''} demandé(s).`;
    case 'quarantine.unknownLot':
      return `Aucune réception de ce produit ne porte le lot « ${p.lot ?? ''} » : choisissez un lot reçu, ou laissez le lot vide.`;
    case 'destruction.empty':
      return 'Choisissez au moins un produit en quarantaine à détruire.';
    case 'destruction.duplicateItem':
      return `« ${p.designation ?? ''} »${p.lot ? ` (lot ${p.lot})` : ''} figure deux fois dans ce dossier de destruction.`;
    case 'destruction.exceedsQuarantine':
      return `Quantité à détruire trop grande pour « ${p.designation ?? ''} » : ${p.available ?? '0'} en quarantaine, ${p.requested ?? ''} demandé(s). Seul le stock en quarantaine se détruit.`;
    case 'destruction.unknownLot':
      return `Aucune réception de « ${p.designation ?? ''} » ne porte le lot « ${p.lot ?? ''} ».`;
    case 'destruction.cancelCertified':
      return `Le dossier ${p.dossier ?? ''} a son procès-verbal : une destruction faite ne s’annule pas.`;
    case 'destruction.cancelledDossier':
      return `Le dossier ${p.dossier ?? ''} a été annulé le ${formatDay(p.day ?? '')} : ouvrez un nouveau dossier.`;
    case 'theft.declaredBeforeFound':
      return `La ${p.label ?? 'déclaration'} ne peut pas précéder le constat du vol (${formatDay(p.day ?? '')}).`;
    case 'theft.declaredInFuture':
      return `La ${p.label ?? 'déclaration'} ne peut pas être dans le futur.`;
    case 'destruction.plannedBeforeNotice':
      return `La date prévue de destruction ne peut pas précéder l’avis à l’inspecteur (${formatDay(p.day ?? '')}).`;
    case 'destruction.witnessIsOwn':
      return `Le témoin (n° ${p.orderNumber ?? ''}) valide ce registre : la destruction se fait devant un confrère extérieur, désigné par le conseil de l’Ordre, sans lien d’intérêt.`;
    case 'destruction.unknownDossier':
      return `Aucun dossier de destruction ne porte le n° ${p.dossier ?? ''}.`;
    case 'destruction.alreadyCertified':
      return `Le procès-verbal ${p.dossier ?? ''} est déjà établi.`;
    case 'destruction.beforeNotice':
      return `Une destruction ne peut pas être datée d’avant l’avis à l’inspecteur du dossier ${p.dossier ?? ''} (${formatDay(p.day ?? '')}).`;
    case 'destruction.dateChangeReason':
      return `La destruction n’a pas lieu à la date annoncée à l’inspecteur (${formatDay(p.day ?? '')}) : indiquez pourquoi.`;
    case 'destruction.notCertified':
      return `Le procès-verbal ${p.dossier ?? ''} n’est pas encore établi.`;
    case 'destruction.notInDossier':
      return `Ce produit${p.lot ? ` (lot ${p.lot})` : ''} ne figure pas au dossier de destruction ${p.dossier ?? ''}.`;
    case 'destruction.alreadyDestroyed':
      return `La destruction de ce produit${p.lot ? ` (lot ${p.lot})` : ''} est déjà inscrite au titre du ${p.dossier ?? ''}.`;
    case 'destruction.wrongDay':
      return `Une sortie par destruction est datée du jour du procès-verbal ${p.dossier ?? ''} (${formatDay(p.day ?? '')}).`;
    case 'destruction.copyAlreadySent':
      return `L’envoi de la copie du ${p.dossier ?? ''} à l’inspecteur est déjà inscrit (${formatDay(p.day ?? '')}).`;
    case 'destruction.copyBeforeDestruction':
      return `La copie du procès-verbal ne peut pas être envoyée avant la destruction (${formatDay(p.day ?? '')}).`;
    case 'correction.ofDestruction':
      return `Le n° d’ordre ${p.seq ?? ''} est une destruction : ce qui est détruit ne revient pas en stock ; elle ne se contre-passe pas.`;
    case 'correction.unknownTarget':
      return `Aucun mouvement ne porte le n° d’ordre ${p.seq ?? ''}.`;
    case 'correction.notMovement':
      return `Le n° d’ordre ${p.seq ?? ''} n’est pas une entrée ni une sortie : il ne se corrige pas par contre-passation.`;
    case 'correction.ofCorrection':
      return `Le n° d’ordre ${p.seq ?? ''} est déjà une correction : une correction ne se corrige pas ; enregistrez le mouvement juste.`;
    case 'correction.alreadyCorrected':
      return `Le n° d’ordre ${p.seq ?? ''} a déjà été corrigé par le n° ${p.by ?? ''}.`;
    case 'correction.beforeTarget':
      return `Une correction ne peut pas être datée d’avant le mouvement n° ${p.seq ?? ''} qu’elle annule (${formatDay(p.day ?? '')}).`;
    case 'correction.reasonRequired':
      return 'Choisissez le motif de la correction.';
    case 'correction.ofAdjustment':
      return `Le n° d’ordre ${p.seq ?? ''} est un écart d’inventaire : il ne se contre-passe pas ; un nouvel inventaire fixe le stock.`;
    case 'inventory.empty':
      return 'Un inventaire compte au moins un produit.';
    case 'inventory.countMissing':
      return 'Saisissez la quantité comptée ou pesée de chaque ligne (0 si rien n’a été trouvé).';
    case 'inventory.countMalformed':
      return `Quantité comptée illisible pour « ${p.designation ?? ''} » (${p.compartment ?? ''}) : saisissez un nombre, 0 si rien n’a été trouvé.`;
    case 'inventory.reasonRequired':
      return `Écart d’inventaire pour « ${p.designation ?? ''} » (${p.compartment ?? ''}) : indiquez-en le motif.`;
    case 'inventory.duplicateLine':
      return `« ${p.designation ?? ''} » (${p.compartment ?? ''}) est compté deux fois dans cet inventaire.`;
    case 'inventory.incomplete':
      return `Un inventaire compte tout le stock : « ${p.designation ?? ''} » (${p.compartment ?? ''}) n’a pas de ligne.`;
    case 'inventory.beforeLastMovement':
      return `Un inventaire ne peut pas être daté d’avant le dernier mouvement du registre (${p.day ?? ''}) : datez-le de ce jour-là ou d’après.`;
    case 'inventory.unknown':
      return `Le n° d’ordre ${p.seq ?? ''} n’est pas un inventaire.`;
    case 'inventory.adjustmentDate':
      return `Un écart d’inventaire est daté du jour de l’inventaire n° ${p.seq ?? ''} (${p.day ?? ''}).`;
    case 'inventory.noVariance':
      return `L’inventaire n° ${p.seq ?? ''} ne constate pas d’écart pour ce produit dans ce stock.`;
    case 'inventory.alreadyAdjusted':
      return `L’écart de l’inventaire n° ${p.seq ?? ''} pour ce produit est déjà inscrit.`;
    case 'inventory.stockMoved':
      return `Le stock a changé depuis l’inventaire n° ${p.seq ?? ''} : l’écart ne le ramènerait plus à la quantité comptée.`;
    case 'storage.writeOnce':
      return 'Un mouvement validé ne peut être ni modifié ni supprimé : enregistrez une correction.';
    case 'reserve.notConfigured':
      return 'Aucun dossier de copie de réserve n’est choisi.';
    case 'reserve.unreachable':
      return `Le dossier de la copie de réserve est inaccessible (${p.folder ?? ''}) : vérifiez que le support est branché.`;
    case 'reserve.cancelled':
      return 'Aucun dossier choisi.';
    case 'reserve.diverged':
      return `La copie de réserve ne suit pas ce registre à partir du n° d’ordre ${p.seq ?? ''} : rien n’a été écrit.`;
    case 'reserve.chainBroken':
      return `Mouvement n° ${p.seq ?? ''} refusé par la copie de réserve : son empreinte ne suit pas la chaîne.`;
    case 'reserve.readOnly':
      return `Le support de la copie de réserve est en lecture seule (${p.folder ?? ''}) : il peut être vérifié et servir à une restauration, mais rien n’y est écrit. Retirez la protection en écriture du support pour reprendre la duplication.`;
    case 'reserve.locked':
      return `La copie de réserve est en cours d’écriture par un autre programme (poste « ${p.host ?? ''} », processus ${p.pid ?? ''}, depuis ${p.since ?? ''}) : rien n’a été écrit, un nouvel essai suivra dans quelques secondes. Un même registre ne doit être tenu que sur un seul poste à la fois.`;
    case 'reserve.lockTakenOver':
      return `Verrou abandonné de la copie de réserve repris (poste « ${p.host ?? ''} », processus ${p.pid ?? ''}) : ${p.reason === 'deadProcess' ? 'le programme qui l’avait posé est arrêté' : p.reason === 'releaseFailed' ? 'le support avait disparu pendant un ajout, avant que ce programme ne puisse le retirer' : 'il était posé depuis trop longtemps'}.`;
    case 'reserve.mediumUnknown':
      return `Support de réserve introuvable ou différent (${p.folder ?? ''}) : ce dossier n’est pas celui où la copie de réserve a été commencée (clé débranchée dont le dossier est resté, ou autre support). Branchez le support de réserve, ou confirmez pour commencer un nouveau journal sur ce support.`;
    case 'reserve.mediumAdopted':
      return `Copie de réserve d’une version précédente reconnue dans ${p.folder ?? ''} : elle reçoit sa carte d’identité de support.`;
    case 'reserve.mediumCreated':
      return `Nouveau support de réserve mis en service dans ${p.folder ?? ''}.`;
    case 'reserve.tailMovedAside':
      return `Copie de réserve réparée le ${p.at ?? ''} : une dernière ligne inachevée (${p.bytes ?? ''} octets, écriture interrompue, jamais acquittée) a été mise de côté dans « ${p.fragment ?? ''} » sur le même support. Les ${p.seq ?? ''} mouvements complets sont intacts et la duplication a repris.`;
    case 'reserve.damaged':
      return `La copie de réserve est endommagée avant sa dernière ligne (octet ${p.offset ?? ''}) : elle n’est pas réparée automatiquement. Conservez ce support tel quel et choisissez-en un autre.`;
    case 'restore.tornTail':
      return `${p.seq ?? ''} mouvements complets ; une dernière ligne inachevée (${p.bytes ?? ''} octets, écriture interrompue) est laissée de côté.`;
    case 'integrity.gap':
      return `Registre : le n° d’ordre ${p.expected ?? ''} manque (le suivant trouvé est le n° ${p.seq ?? ''}).`;
    case 'integrity.prevHash':
      return `Registre : le n° d’ordre ${p.seq ?? ''} ne suit pas le précédent (chaînage rompu).`;
    case 'integrity.hash':
      return `Registre : le n° d’ordre ${p.seq ?? ''} a été modifié après sa validation (son empreinte ne correspond plus à son contenu).`;
    case 'integrity.reserveBroken':
      return `Copie de réserve : la ligne ${p.line ?? ''}${p.seq ? ` (n° d’ordre ${p.seq})` : ''} est altérée (${p.reason ?? ''}).`;
    case 'integrity.reserveDisagrees':
      return `La copie de réserve et le registre diffèrent au n° d’ordre ${p.seq ?? ''}.`;
    case 'integrity.rule':
      return `${p.where ?? 'Registre'} non conforme aux règles du registre au n° d’ordre ${p.seq ?? ''} : ${p.message ?? ''}`;
    case 'integrity.stateDiffers':
      return `Registre : l’état du registre conservé dans la base (stock, produits, personnes habilitées…, au n° d’ordre ${p.seq ?? ''}) ne correspond pas à ses mouvements : l’un ou l’autre a été modifié en dehors de l’application.`;
    case 'replay.unknownType':
      return `type d’événement inconnu (« ${p.type ?? ''} ») : ce logiciel n’en écrit pas de tel.`;
    case 'replay.shape':
      return `le champ « ${p.field ?? ''} » manque ou n’a pas la forme attendue (texte, nombre entier, valeur d’une liste…).`;
    case 'replay.mismatch':
      return `le champ « ${p.field ?? ''} » n’est pas ce que les règles du registre inscrivent pour cet événement.`;
    case 'replay.unreadable':
      return 'cet événement ne peut pas être relu par les règles du registre.';
    case 'restore.shorter':
      return `Restauration refusée : la copie de réserve s’arrête au n° d’ordre ${p.journal ?? ''} alors que le registre va jusqu’au n° ${p.database ?? ''}. Une restauration ne revient jamais en arrière.`;
    case 'restore.underway':
      return `Une restauration du registre est en cours (jusqu’au n° d’ordre ${p.seq ?? ''}) : rien ne peut être inscrit avant qu’elle soit terminée.`;
    case 'restore.otherUnderway':
      return `Une autre restauration est en cours, celle du registre « ${p.name ?? ''} » : reprenez-la avec sa copie de réserve ou son dossier de reprise.`;
    case 'restore.headDiffers':
      return `Restauration arrêtée : le dernier mouvement importé (n° d’ordre ${p.seq ?? ''}) n’est pas celui du journal vérifié. Le registre reste fermé ; reprenez la restauration.`;
    case 'ipc.badRequest':
      return 'Requête invalide entre la fenêtre et l’application.';
    case 'ipc.forbiddenSender':
      return 'Requête refusée : elle ne vient pas de la fenêtre de l’application.';
    case 'ipc.unknownChannel':
      return 'Action inconnue de l’application.';
    case 'io.failed':
      return `Lecture ou écriture impossible sur le disque ou le support : ${p.reason ?? 'erreur du système de fichiers'}${p.code ? ` (${p.code})` : ''}.`;
    case 'reserve.timeout':
      return 'La copie de réserve ne répond pas : le support est peut-être débranché ou un partage réseau est bloqué. Les mouvements restent enregistrés sur ce poste et seront dupliqués dès qu’il répondra.';
    case 'substance.amountMalformed':
      return 'Quantité de substance illisible : saisissez un nombre, par exemple 10 ou 0,5.';
    case 'substance.amountTooPrecise':
      return p.unit === 'µg'
        ? 'En µg, saisissez un nombre entier : le registre compte la substance au microgramme près.'
        : 'En mg, la quantité de substance a au plus trois décimales (au microgramme près) : saisissez-la en µg sinon.';
    case 'substance.amountNotPositive':
      return 'La quantité de substance par unité doit être supérieure à zéro.';
    case 'inventory.counterPartyIsValidator':
      return `Le repreneur présent à l’inventaire contradictoire (n° ${p.orderNumber ?? ''}) ne peut pas être celui qui le valide : le cédant ou son collaborateur valide, le repreneur contresigne.`;
    case 'cession.holderOnly':
      return `Seul le titulaire${p.name ? ` (${p.name})` : ''} inscrit un changement de titulaire ou la cessation définitive : choisissez-le dans « Validé par ».`;
    case 'cession.sameHolder':
      return 'Le repreneur est déjà le titulaire de ce registre.';
    case 'cession.inventoryUnknown':
      return `Le n° d’ordre ${p.seq ?? ''} n’est pas un inventaire : un changement de titulaire s’appuie sur l’inventaire contradictoire de la cession.`;
    case 'cession.notContradictory':
      return `L’inventaire n° ${p.seq ?? ''} n’a pas été fait en présence du repreneur n° ${p.orderNumber ?? ''} : refaites l’inventaire contradictoire avec lui.`;
    case 'cession.beforeInventory':
      return `La cession ne peut pas être datée d’avant l’inventaire contradictoire n° ${p.seq ?? ''} (${p.day ?? ''}).`;
    case 'cession.movedSinceInventory':
      return `Le stock a bougé depuis l’inventaire contradictoire n° ${p.seq ?? ''} : le repreneur ne reprendrait pas ce qui a été compté. Refaites l’inventaire en sa présence.`;
    case 'cession.transferNotPrinted':
      return `L’inventaire de cession (PDF) de l’inventaire n° ${p.seq ?? ''} n’a pas été édité : imprimez-le, faites-le signer par les deux parties, puis inscrivez le changement de titulaire.`;
    case 'cessation.wrongAuthority':
      return `Le registre d’un établissement de ce type se dépose auprès de la ${p.expected ?? ''}.`;
    case 'cessation.stockRemains':
      return `Des stupéfiants restent en stock (${p.products ?? ''}) : ils doivent être détruits avant la cessation définitive (art. R. 5132-37).`;
    case 'cessation.beforeLastMovement':
      return `La cessation ne peut pas être datée d’avant le dernier mouvement du registre (${p.day ?? ''}).`;
    case 'register.closed':
      return `Le registre est clos définitivement depuis le ${p.day ?? ''} (n° d’ordre ${p.seq ?? ''}) : aucun mouvement, produit ou habilitation ne peut plus y être inscrit. La consultation, les éditions et la vérification restent possibles.`;
    case 'clock.malformed':
      return 'Recul d’horloge mal formé : il faut le n° d’ordre de la dernière inscription, son instant et l’instant actuel, antérieur.';
    case 'clock.setBackRefused':
      return `L’horloge de ce poste indique le ${p.current ?? ''}, avant la dernière inscription du registre (n° ${p.seq ?? ''}, le ${p.previous ?? ''}), et le recul ne peut pas être inscrit : ${p.reason ?? ''} Remettez le poste à la date et à l’heure exactes, puis validez de nouveau.`;
    case 'unexpected':
      return `Erreur inattendue de l’application (référence ${p.reference ?? ''}). Réessayez ; si l’erreur se reproduit, communiquez cette référence à l’assistance : le détail technique est conservé sous cette référence dans le journal technique.`;
    case 'ipc.internal':
      return `Erreur interne de l’application${p.detail ? ` : ${p.detail}` : '.'}`;
    case 'jare.tooLarge':
      return `Ce fichier pèse ${p.size ?? ''} : un fichier JARE de l’ANSM ne dépasse pas ${p.max ?? ''}. Vérifiez qu’il s’agit bien du classeur téléchargé de l’ANSM.`;
    case 'jare.notWorkbook':
      return 'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : il est abîmé ou d’un autre format. Téléchargez de nouveau le fichier JARE de l’ANSM.';
    case 'jare.encrypted':
      return 'Ce classeur est protégé par un mot de passe (chiffré) : il ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe d’ouverture, enregistrez-le en .xlsx puis choisissez cette copie.';
    case 'jare.oldExcel':
      return 'Ce classeur est à l’ancien format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx dans Excel ou LibreOffice, puis choisissez cette copie.';
    case 'jare.tooManyEntries':
      return `Ce classeur contient ${p.count ?? ''} éléments internes (au plus ${p.max ?? ''}) : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`;
    case 'jare.tooBigUnpacked':
      return `Une fois décompressé, ce classeur dépasserait ${p.max ?? ''} : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`;
    case 'jare.unsafePath':
      return `Ce classeur contient un élément au chemin suspect (« ${p.name ?? ''} ») : il n’est pas ouvert.`;
    case 'jare.tooManyCells':
      return `Ce classeur contient plus de ${p.max ?? ''} cellules : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`;
    case 'jare.unreadable':
      return `Ce classeur ne peut pas être lu${p.reference ? ` (référence ${p.reference} au journal technique)` : ''} : il est peut-être abîmé. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau en .xlsx, puis choisissez cette copie.`;
    case 'jare.foreign':
      return `Ce classeur n’est pas un fichier JARE de l’ANSM : il n’a pas les feuilles S et P (feuilles trouvées : ${p.sheets ?? 'aucune'}).`;
    case 'jare.noHeaders':
      return `La feuille ${p.sheet ?? ''} du classeur n’a pas de ligne d’en-têtes reconnaissable (« Nom de la substance », « Stock au 1er janvier »…) : le classeur n’est pas rempli.`;
    case 'jare.badWrite':
      return `Écriture refusée dans ${p.cell ?? ''} : ${p.why ?? ''}. Le fichier de l’ANSM n’est pas modifié.`;
    case 'jare.templateGone':
      return 'Le fichier JARE choisi n’est plus en mémoire : choisissez-le de nouveau.';
    case 'jare.exists':
      return `Un fichier porte déjà le nom « ${p.fileName ?? ''} » : il n’est jamais remplacé, ni le modèle de l’ANSM. Choisissez un autre nom.`;
    default:
      return packageWording(error) ?? thrown(error);
  }
}

function thrown(error: AppError): never {
  throw missingCaseError(error.code as never);
}

/** The verdicts on a package, shared by the buyer's window and the command line. */
function packageWording(error: AppError): string | null {
  const p = error.params ?? {};
  const refused = 'Dossier refusé : ';
  switch (error.code) {
    case 'package.tooLarge':
      return `${refused}le fichier dépasse la taille admise (${p.max ?? ''} octets).`;
    case 'package.notZip':
      return `${refused}ce n’est pas une archive ZIP complète — le fichier est tronqué, endommagé ou d’un autre type.`;
    case 'package.tooManyEntries':
      return `${refused}il contient plus de ${p.max ?? ''} fichiers.`;
    case 'package.unsafeName':
      return `${refused}la partie « ${p.path ?? ''} » porte un nom interdit (chemin absolu, « .. » ou caractères non admis).`;
    case 'package.duplicateName':
      return `${refused}la partie « ${p.path ?? ''} » figure deux fois dans l’archive.`;
    case 'package.uncompressedTooLarge':
      return `${refused}une fois décompressé, il dépasserait la taille admise (${p.max ?? ''} octets).`;
    case 'package.compressionRatio':
      return `${refused}la partie « ${p.path ?? ''} » se décompresserait en plus de ${p.ratio ?? ''} fois sa taille : c’est la marque d’une « bombe de décompression », pas d’un dossier écrit par l’application.`;
    case 'package.partDamaged':
      return `${refused}la partie « ${p.path ?? ''} » est endommagée ou a été modifiée (son contrôle CRC dans l’archive ne correspond plus).`;
    case 'package.manifestMissing':
      return `${refused}le manifeste (manifest.json) est absent.`;
    case 'package.manifestInvalid':
      return `${refused}le manifeste (manifest.json) est invalide : ${p.detail ?? ''}.`;
    case 'package.partMissing':
      return `${refused}la partie « ${p.path ?? ''} », inscrite au manifeste, est absente.`;
    case 'package.partAltered':
      return `${refused}la partie « ${p.path ?? ''} » a été modifiée : sa taille ou son empreinte SHA-256 ne correspond plus au manifeste.`;
    case 'package.partUnlisted':
      return `${refused}la partie « ${p.path ?? ''} » n’est pas inscrite au manifeste.`;
    case 'package.journalBroken':
      return `${refused}le journal « ${p.path ?? ''} » est altéré à la ligne ${p.line ?? ''}${p.seq ? ` (n° d’ordre ${p.seq})` : ''} : ${p.reason ?? ''}.`;
    case 'package.journalInvalid':
      return `${refused}le journal « ${p.path ?? ''} » est intact mais non conforme aux règles du registre au n° d’ordre ${p.seq ?? ''} (ligne ${p.line ?? ''}) : ${p.message ?? ''}`;
    case 'package.headMismatch':
      return `${refused}le manifeste annonce la tête de chaîne n° ${p.manifest ?? ''}, le journal s’arrête au n° ${p.journal ?? ''}.`;
    case 'package.registerMismatch':
      return `${refused}le manifeste ne décrit pas le registre du journal (champ « ${p.field ?? ''} »).`;
    case 'package.editionMissing':
      return `${refused}l’édition « ${p.fileName ?? ''} », inscrite au registre (n° d’ordre ${p.seq ?? ''}), est absente.`;
    case 'package.editionMismatch':
      return `${refused}l’édition « ${p.fileName ?? ''} » n’a pas l’empreinte inscrite au registre (n° d’ordre ${p.seq ?? ''}).`;
    case 'package.notWholeJournal':
      return 'Ce dossier ne contient qu’une partie du journal (archive annuelle) : la reprise et les éditions demandent un dossier de reprise, qui contient tout le registre.';
    case 'package.cancelled':
      return 'Aucun fichier choisi.';
    case 'package.exists':
      return `Le fichier « ${p.path ?? ''} » existe déjà : il n’est jamais remplacé. Choisissez un autre nom.`;
    case 'package.journalDisagrees':
      return `Le journal envoyé par la fenêtre n’est pas intègre (ligne ${p.line ?? ''}) : aucun dossier n’a été écrit.`;
    case 'package.expired':
      return 'Le dossier vérifié n’est plus en mémoire : choisissez-le de nouveau.';
    case 'package.editionConflict':
      return `L’édition « ${p.fileName ?? ''} » existe déjà dans les archives de ce poste avec un autre contenu : elle n’a pas été remplacée.`;
    case 'archive.noEvents':
      return `Aucun événement n’est daté de ${p.year ?? ''} : il n’y a rien à archiver pour cette année.`;
    default:
      return null;
  }
}
