// Every expected failure has a code and one French wording, in this table: the window,
// the command line and the main process say the same thing. The table is typed: a code
// exists only if it has a wording, and each wording declares the parameters it reads, so
// a caller that passes a misspelt parameter does not compile.
import { frenchTypography } from './french';
import { pluralForm } from './format/plural';
import { formatDay, formatMonth } from './register/dates';

/** Values inserted in a message, already formatted for display; each may be missing. */
type Params<Name extends string> = Readonly<Partial<Record<Name, string>>>;
type NoParams = Readonly<Record<never, string>>;

/** Said first by every refusal of a package (the buyer's window and the command line alike). */
const REFUSED = 'Dossier refusé : ';

const WORDING = {
  'register.notOpened': (_: NoParams) => 'Le registre n’est pas encore ouvert : renseignez d’abord l’établissement.',
  'register.alreadyOpened': (_: NoParams) => 'Le registre est déjà ouvert.',
  'field.required': (p: Params<'label'>, field?: string) => `Le champ « ${p.label ?? field ?? ''} » est obligatoire.`,
  'field.tooLong': (p: Params<'label' | 'max'>, field?: string) => `Le champ « ${p.label ?? field ?? ''} » dépasse ${p.max ?? ''} caractères.`,
  'field.scannerSeparator': (p: Params<'label'>, field?: string) =>
    `Le champ « ${p.label ?? field ?? ''} » contient le séparateur invisible GS (U+001D) qu’envoie une douchette en lisant un code DataMatrix GS1 : tout le code a été lu dans ce champ. Effacez-le et saisissez la valeur seule (pour un lot, ce qui suit « 10 » dans le code), ou scannez le code dans le champ prévu pour la lecture du code-barres.`,
  'field.controlCharacter': (p: Params<'character' | 'label' | 'position'>, field?: string) =>
    `Le champ « ${p.label ?? field ?? ''} » contient un caractère de contrôle invisible (${p.character ?? ''}, ${p.position ?? ''}ᵉ caractère) : effacez-le et saisissez de nouveau la valeur.`,
  'field.invalidChoice': (p: Params<'label'>, field?: string) => `Le champ « ${p.label ?? field ?? ''} » n’a pas une valeur de la liste.`,
  'quantity.malformed': (_: NoParams) => 'Quantité illisible : saisissez un nombre, par exemple 12 ou 0,5.',
  'quantity.ambiguousPoint': (p: Params<'text'>) => {
    const [whole = '', fraction = ''] = (p.text ?? '').split('.');
    return `« ${p.text ?? ''} » se lit un nombre à virgule ou un nombre en milliers : écrivez ${whole}${fraction} (ou ${whole} ${fraction}) pour ${whole}${fraction} unités, ou ${whole},${fraction} avec une virgule.`;
  },
  'quantity.notPositive': (_: NoParams) => 'La quantité doit être supérieure à zéro.',
  'quantity.tooPrecise': (_: NoParams) => 'La quantité ne peut pas avoir plus de trois décimales.',
  'quantity.tooLarge': (_: NoParams) => 'La quantité est trop grande.',
  'quantity.wholeBoxes': (_: NoParams) => 'En boîtes, saisissez un nombre entier de boîtes ; sinon, comptez en unités.',
  'date.malformed': (_: NoParams) => 'Date invalide : utilisez le format JJ/MM/AAAA.',
  'date.inFuture': (_: NoParams) => 'La date de l’opération ne peut pas être dans le futur.',
  'date.beforeOpening': (p: Params<'openedOn'>) => `La date de l’opération est antérieure à l’ouverture du registre (${formatDay(p.openedOn ?? '')}).`,
  'date.inClosedMonth': (p: Params<'month'>) =>
    `Le mois ${formatMonth(p.month ?? '')} est clos, comme tous ceux d’avant : une opération oubliée s’enregistre à la date du jour, avec sa date réelle en observation.`,
  'validator.notAuthorized': (p: Params<'orderNumber'>) =>
    `La personne n° ${p.orderNumber ?? ''} n’est pas habilitée à valider des écritures dans ce registre.`,
  'validator.alreadyAuthorized': (p: Params<'orderNumber'>) => `La personne n° ${p.orderNumber ?? ''} est déjà habilitée à valider.`,
  'validator.unknown': (p: Params<'orderNumber'>) => `Aucune personne habilitée ne porte le n° ${p.orderNumber ?? ''}.`,
  'validator.holder': (_: NoParams) => 'Le titulaire ne peut pas retirer sa propre habilitation : seul un changement de titulaire la transfère.',
  'validator.holderOnly': (_: NoParams) => 'Seul le titulaire habilite une personne ou lui retire son habilitation : choisissez-le dans « Validé par ».',
  'validator.roleNotForKind': (p: Params<'who'>) => `Ce rôle n’existe pas dans cet établissement : choisissez l’un de ceux-ci : ${p.who ?? ''}.`,
  'role.notAllowed': (p: Params<'role' | 'nature' | 'who'>) =>
    `Le rôle « ${p.role ?? ''} » ne permet pas de valider « ${p.nature ?? ''} ». Peuvent le valider : ${p.who ?? ''}. Demandez à l’une de ces personnes d’ouvrir sa session.`,
  'access.codeTooShort': (_: NoParams) =>
    'Code trop faible : au moins 6 chiffres (pas un seul chiffre répété), ou une phrase de passe d’au moins 12 caractères.',
  'access.wrongCode': (p: Params<'count'>) =>
    `Code erroné. Encore ${p.count ?? ''} ${pluralForm(Number(p.count ?? 0), 'essai', 'essais')} avant un délai d’attente.`,
  'access.wait': (p: Params<'delay'>) =>
    `Trop de codes erronés : attendez ${p.delay ?? ''} avant de réessayer, ou demandez au titulaire de réinitialiser votre code.`,
  'access.noCode': (_: NoParams) => 'Cette personne n’a pas encore de code personnel : elle le choisit à sa première connexion.',
  'access.codeExists': (_: NoParams) => 'Cette personne a déjà un code personnel : seul le titulaire peut le réinitialiser, avec son propre code.',
  'access.notHolder': (_: NoParams) => 'Seul le titulaire réinitialise le code d’une autre personne, avec son propre code.',
  'access.confirmationDiffers': (_: NoParams) => 'Les deux saisies du code diffèrent : tapez le même code deux fois.',
  'access.cancelled': (_: NoParams) => 'Aucun emplacement choisi pour la feuille de secours : rien n’a changé.',
  'access.wrongRecovery': (_: NoParams) => 'Code de secours erroné : recopiez-le tel qu’il est imprimé sur la feuille de secours.',
  'product.unknown': (_: NoParams) => 'Produit inconnu : choisissez un produit de la liste.',
  'product.cip13Invalid': (_: NoParams) => 'Code CIP13 invalide : 13 chiffres, clé de contrôle comprise.',
  'product.cip13Taken': (p: Params<'designation'>) => `Ce code CIP13 est déjà celui du produit « ${p.designation ?? ''} ».`,
  'product.inactive': (p: Params<'designation'>) =>
    `Le produit « ${p.designation ?? ''} » est désactivé : réactivez-le dans la liste des produits pour enregistrer un mouvement.`,
  'product.unitLocked': (p: Params<'unit'>) =>
    `L’unité de ce produit (${p.unit ?? ''}) ne peut plus changer : des mouvements sont déjà comptés dans cette unité. Créez un nouveau produit.`,
  'product.limitsMalformed': (_: NoParams) =>
    'Limites de prescription invalides : la durée maximale va de 1 à 28 jours (art. R. 5132-30 du code de la santé publique), et une fraction ne dépasse pas cette durée.',
  'movement.officineOnly': (_: NoParams) =>
    'Ce mouvement est propre à une officine : un cabinet vétérinaire enregistre une administration ou une délivrance au détenteur.',
  'movement.veterinaryOnly': (_: NoParams) => 'Ce mouvement est propre à un cabinet vétérinaire : une officine enregistre une dispensation.',
  'opening.afterMovements': (_: NoParams) => 'Ce produit a déjà des mouvements : un solde repris d’un registre précédent ne peut être que sa première ligne.',
  'opening.duplicate': (p: Params<'compartment'>) =>
    `Un solde est déjà repris pour ce produit dans « ${p.compartment ?? ''} » : corrigez-le par contre-passation s’il est faux.`,
  'receipt.expiryMalformed': (_: NoParams) => 'Date de péremption invalide : indiquez le mois et l’année, par exemple 03/2027.',
  'scan.unreadable': (_: NoParams) =>
    'Code scanné illisible : ce n’est ni un code CIP13 ni le code DataMatrix d’une boîte de médicament. Scannez de nouveau la boîte, ou choisissez le produit dans la liste.',
  'scan.checkDigit': (p: Params<'code'>) =>
    `Code scanné incohérent : la clé de contrôle du code CIP13 ${p.code ?? ''} ne correspond pas. Scannez de nouveau la boîte.`,
  'scan.noProductCode': (_: NoParams) =>
    'Le code DataMatrix scanné ne contient pas de code produit (GTIN, identifiant 01) : ce n’est pas le code d’une boîte de médicament.',
  'scan.notBox': (p: Params<'code'>) =>
    `Le code scanné (GTIN ${p.code ?? ''}) n’est pas celui d’une boîte : le code d’une boîte de médicament est 0 suivi de son code CIP13.`,
  'catalogue.emptyFile': (p: Params<'fileName'>) =>
    `Le fichier ${p.fileName ?? ''} est vide : téléchargez-le de nouveau sur le site de la base de données publique des médicaments.`,
  'catalogue.columns': (p: Params<'fileName' | 'line' | 'count' | 'columns'>) =>
    `Le fichier ${p.fileName ?? ''} n’a pas la forme attendue : sa ligne ${p.line ?? ''} a ${p.count ?? ''} colonnes au lieu de ${p.columns ?? ''}. Le catalogue n’est pas importé ; vérifiez que c’est bien le fichier du site public, non modifié.`,
  'catalogue.missingFile': (p: Params<'fileName'>) =>
    `Il manque le fichier ${p.fileName ?? ''} : choisissez ensemble les quatre fichiers CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt et CIS_CPD_bdpm.txt.`,
  'catalogue.unknownFile': (p: Params<'fileName'>) =>
    `Le fichier ${p.fileName ?? ''} n’est pas l’un des fichiers lus (CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CPD_bdpm.txt).`,
  'catalogue.noNarcotic': (_: NoParams) => 'Ces fichiers ne contiennent aucun médicament stupéfiant : le catalogue n’est pas importé.',
  'receipt.expired': (_: NoParams) => 'Ce lot est déjà périmé : il ne peut pas entrer dans le stock disponible.',
  'bearer.unknownWithoutId': (_: NoParams) =>
    'Porteur inconnu de la pharmacie : notez la nature et le numéro de la pièce d’identité présentée, ou cochez « Porteur connu de la pharmacie » (art. R. 5132-35 du code de la santé publique).',
  'edition.period': (_: NoParams) => 'Période d’édition invalide : la date de début doit précéder celle de fin.',
  'edition.file': (_: NoParams) => 'Fichier d’édition invalide : nom ou empreinte incorrects.',
  'edition.exists': (p: Params<'fileName'>) => `Une édition porte déjà le nom « ${p.fileName ?? ''} » : elle n’est jamais remplacée.`,
  'edition.altered': (p: Params<'fileName'>) =>
    `L’édition « ${p.fileName ?? ''} » a été modifiée depuis sa production : son empreinte ne correspond plus à celle inscrite au registre.`,
  'edition.missing': (p: Params<'fileName'>) => `L’édition « ${p.fileName ?? ''} » est introuvable dans le dossier des archives.`,
  'edition.tooLarge': (_: NoParams) => 'Édition trop volumineuse pour être archivée.',
  'edition.cancelled': (_: NoParams) => 'Enregistrement annulé : aucun fichier choisi.',
  'edition.openFailed': (p: Params<'detail' | 'fileName'>) =>
    `Le système n’a pas pu ouvrir l’édition « ${p.fileName ?? ''} »${p.detail ? ` (${p.detail})` : ''} : vérifiez qu’un lecteur de PDF (ou, pour un classeur, un tableur) est installé.`,
  'closure.monthMalformed': (_: NoParams) => 'Mois à clore invalide : indiquez-le sous la forme AAAA-MM.',
  'closure.outOfOrder': (p: Params<'expected' | 'month'>) =>
    `Les mois se clôturent dans l’ordre : le prochain à clore est ${p.expected ?? ''}, pas ${p.month ?? ''}.`,
  'closure.monthNotEnded': (p: Params<'month'>) => `Le mois ${p.month ?? ''} n’est pas terminé : il ne peut pas encore être clos.`,
  'closure.date': (p: Params<'day'>) => `Une clôture mensuelle est datée du dernier jour du mois (${formatDay(p.day ?? '')}).`,
  'stock.insufficient': (p: Params<'available' | 'requested'>) =>
    `Stock insuffisant : quantité demandée ${p.requested ?? ''}, disponible ${p.available ?? '0'}.`,
  'stock.insufficientQuarantine': (p: Params<'available' | 'requested'>) =>
    `Stock en quarantaine insuffisant : quantité demandée ${p.requested ?? ''}, en quarantaine ${p.available ?? '0'}.`,
  'quarantine.unknownLot': (p: Params<'lot'>) =>
    `Aucune réception de ce produit ne porte le lot « ${p.lot ?? ''} » : choisissez un lot reçu, ou laissez le lot vide.`,
  'destruction.empty': (_: NoParams) => 'Choisissez au moins un produit en quarantaine à détruire.',
  'destruction.duplicateItem': (p: Params<'designation' | 'lot'>) =>
    `« ${p.designation ?? ''} »${p.lot ? ` (lot ${p.lot})` : ''} figure deux fois dans ce dossier de destruction.`,
  'destruction.exceedsQuarantine': (p: Params<'available' | 'designation' | 'requested'>) =>
    `Quantité à détruire trop grande pour « ${p.designation ?? ''} » : quantité demandée ${p.requested ?? ''}, en quarantaine ${p.available ?? '0'}. Seul le stock en quarantaine se détruit.`,
  'destruction.unknownLot': (p: Params<'designation' | 'lot'>) => `Aucune réception de « ${p.designation ?? ''} » ne porte le lot « ${p.lot ?? ''} ».`,
  'destruction.cancelCertified': (p: Params<'dossier'>) => `Le dossier ${p.dossier ?? ''} a son procès-verbal : une destruction faite ne s’annule pas.`,
  'destruction.cancelledDossier': (p: Params<'day' | 'dossier'>) =>
    `Le dossier ${p.dossier ?? ''} a été annulé le ${formatDay(p.day ?? '')} : ouvrez un nouveau dossier.`,
  'theft.declaredBeforeFound': (p: Params<'day' | 'label'>) =>
    `La ${p.label ?? 'déclaration'} ne peut pas précéder le constat du vol (${formatDay(p.day ?? '')}).`,
  'theft.declaredInFuture': (p: Params<'label'>) => `La ${p.label ?? 'déclaration'} ne peut pas être dans le futur.`,
  'destruction.plannedBeforeNotice': (p: Params<'day'>) =>
    `La date prévue de destruction ne peut pas précéder l’avis à l’inspecteur (${formatDay(p.day ?? '')}).`,
  'destruction.witnessIsOwn': (p: Params<'orderNumber'>) =>
    `Le témoin (n° ${p.orderNumber ?? ''}) valide ce registre : la destruction se fait devant un confrère extérieur, désigné par le conseil de l’Ordre, sans lien d’intérêt.`,
  'destruction.unknownDossier': (p: Params<'dossier'>) => `Aucun dossier de destruction ne porte le n° ${p.dossier ?? ''}.`,
  'destruction.alreadyCertified': (p: Params<'dossier'>) => `Le procès-verbal ${p.dossier ?? ''} est déjà établi.`,
  'destruction.beforeNotice': (p: Params<'day' | 'dossier'>) =>
    `Une destruction ne peut pas être datée d’avant l’avis à l’inspecteur du dossier ${p.dossier ?? ''} (${formatDay(p.day ?? '')}).`,
  'destruction.dateChangeReason': (p: Params<'day'>) =>
    `La destruction n’a pas lieu à la date annoncée à l’inspecteur (${formatDay(p.day ?? '')}) : indiquez pourquoi.`,
  'destruction.notCertified': (p: Params<'dossier'>) => `Le procès-verbal ${p.dossier ?? ''} n’est pas encore établi.`,
  'destruction.notInDossier': (p: Params<'dossier' | 'lot'>) =>
    `Ce produit${p.lot ? ` (lot ${p.lot})` : ''} ne figure pas au dossier de destruction ${p.dossier ?? ''}.`,
  'destruction.alreadyDestroyed': (p: Params<'dossier' | 'lot'>) =>
    `La destruction de ce produit${p.lot ? ` (lot ${p.lot})` : ''} est déjà inscrite au titre du ${p.dossier ?? ''}.`,
  'destruction.wrongDay': (p: Params<'day' | 'dossier'>) =>
    `Une sortie par destruction est datée du jour du procès-verbal ${p.dossier ?? ''} (${formatDay(p.day ?? '')}).`,
  'destruction.copyAlreadySent': (p: Params<'day' | 'dossier'>) =>
    `L’envoi de la copie du ${p.dossier ?? ''} à l’inspecteur est déjà inscrit (${formatDay(p.day ?? '')}).`,
  'destruction.copyBeforeDestruction': (p: Params<'day'>) =>
    `La copie du procès-verbal ne peut pas être envoyée avant la destruction (${formatDay(p.day ?? '')}).`,
  'correction.ofDestruction': (p: Params<'seq'>) =>
    `Le n° d’ordre ${p.seq ?? ''} est une destruction : ce qui est détruit ne revient pas en stock ; elle ne se contre-passe pas.`,
  'correction.unknownTarget': (p: Params<'seq'>) => `Aucun mouvement ne porte le n° d’ordre ${p.seq ?? ''}.`,
  'correction.notMovement': (p: Params<'seq'>) =>
    `Le n° d’ordre ${p.seq ?? ''} n’est pas une entrée ni une sortie : il ne se corrige pas par contre-passation.`,
  'correction.ofCorrection': (p: Params<'seq'>) =>
    `Le n° d’ordre ${p.seq ?? ''} est déjà une correction : une correction ne se corrige pas ; enregistrez le mouvement juste.`,
  'correction.alreadyCorrected': (p: Params<'by' | 'seq'>) => `Le n° d’ordre ${p.seq ?? ''} a déjà été corrigé par le n° ${p.by ?? ''}.`,
  'correction.beforeTarget': (p: Params<'day' | 'seq'>) =>
    `Une correction ne peut pas être datée d’avant le mouvement n° ${p.seq ?? ''} qu’elle annule (${formatDay(p.day ?? '')}).`,
  'correction.reasonRequired': (_: NoParams) => 'Choisissez le motif de la correction.',
  'correction.ofAdjustment': (p: Params<'seq'>) =>
    `Le n° d’ordre ${p.seq ?? ''} est un écart d’inventaire : il ne se contre-passe pas ; un nouvel inventaire fixe le stock.`,
  'inventory.empty': (_: NoParams) => 'Un inventaire compte au moins un produit.',
  'inventory.countMissing': (_: NoParams) => 'Saisissez la quantité comptée ou pesée de chaque ligne (0 si rien n’a été trouvé).',
  'inventory.countMalformed': (p: Params<'compartment' | 'designation'>) =>
    `Quantité comptée illisible pour « ${p.designation ?? ''} » (${p.compartment ?? ''}) : saisissez un nombre, 0 si rien n’a été trouvé.`,
  'inventory.reasonRequired': (p: Params<'compartment' | 'designation'>) =>
    `Écart d’inventaire pour « ${p.designation ?? ''} » (${p.compartment ?? ''}) : indiquez-en le motif.`,
  'inventory.duplicateLine': (p: Params<'compartment' | 'designation'>) =>
    `« ${p.designation ?? ''} » (${p.compartment ?? ''}) est compté deux fois dans cet inventaire.`,
  'inventory.incomplete': (p: Params<'compartment' | 'designation'>) =>
    `Un inventaire compte tout le stock : « ${p.designation ?? ''} » (${p.compartment ?? ''}) n’a pas de ligne.`,
  'inventory.beforeLastMovement': (p: Params<'day'>) =>
    `Un inventaire ne peut pas être daté d’avant le dernier mouvement du registre (${p.day ?? ''}) : datez-le de ce jour-là ou d’après.`,
  'inventory.unknown': (p: Params<'seq'>) => `Le n° d’ordre ${p.seq ?? ''} n’est pas un inventaire.`,
  'inventory.adjustmentDate': (p: Params<'day' | 'seq'>) => `Un écart d’inventaire est daté du jour de l’inventaire n° ${p.seq ?? ''} (${p.day ?? ''}).`,
  'inventory.noVariance': (p: Params<'seq'>) => `L’inventaire n° ${p.seq ?? ''} ne constate pas d’écart pour ce produit dans ce stock.`,
  'inventory.alreadyAdjusted': (p: Params<'seq'>) => `L’écart de l’inventaire n° ${p.seq ?? ''} pour ce produit est déjà inscrit.`,
  'inventory.stockMoved': (p: Params<'seq'>) =>
    `Le stock a changé depuis l’inventaire n° ${p.seq ?? ''} : l’écart ne le ramènerait plus à la quantité comptée.`,
  'prescription.inFuture': (p: Params<'day'>) =>
    `L’ordonnance est datée du ${formatDay(p.day ?? '')}, après le jour de la délivrance : vérifiez la date de l’ordonnance (art. R. 5132-33 du code de la santé publique).`,
  'prescription.exceedsCover': (p: Params<'allowed' | 'requested'>) =>
    `Quantité supérieure à ce que couvre l’ordonnance : quantité demandée ${p.requested ?? ''}, au plus ${p.allowed ?? '0'} aujourd’hui (art. R. 5132-33 du code de la santé publique).`,
  'prescription.reasonRequired': (p: Params<'warnings'>) =>
    `La délivrance appelle votre jugement (${p.warnings ?? 'avertissement'}) : indiquez pourquoi vous délivrez malgré l’avertissement, le motif est inscrit au registre.`,
  'vet.prescriptionTooLong': (p: Params<'days'>) =>
    `Un stupéfiant ne se prescrit pas pour plus de 28 jours de traitement (art. R. 5132-30 du code de la santé publique) : ${p.days ?? ''} jours indiqués.`,
  'prescription.daysMalformed': (p: Params<'label'>) => `Le champ « ${p.label ?? ''} » attend un nombre entier de jours, au moins 1.`,
  'prescription.fractionMalformed': (_: NoParams) =>
    'Fraction invalide : son numéro va de 1 au nombre de fractions, et elle commence avant la fin de la durée prescrite.',
  'prescription.rppsMalformed': (_: NoParams) => 'Le numéro RPPS du prescripteur compte 11 chiffres.',
  'prescription.surgeryDates': (_: NoParams) => 'La sortie prévue ne peut pas précéder le jour de l’intervention.',
  'storage.writeOnce': (_: NoParams) => 'Un mouvement validé ne peut être ni modifié ni supprimé : enregistrez une correction.',
  'reserve.notConfigured': (_: NoParams) => 'Aucun dossier de copie de réserve n’est choisi.',
  'reserve.unreachable': (p: Params<'folder'>) =>
    `Le dossier de la copie de réserve est inaccessible (${p.folder ?? ''}) : vérifiez que le support est branché.`,
  'reserve.cancelled': (_: NoParams) => 'Aucun dossier choisi.',
  'reserve.diverged': (p: Params<'seq'>) => `La copie de réserve ne suit pas ce registre à partir du n° d’ordre ${p.seq ?? ''} : rien n’a été écrit.`,
  'reserve.chainBroken': (p: Params<'seq'>) => `Mouvement n° ${p.seq ?? ''} refusé par la copie de réserve : son empreinte ne suit pas la chaîne.`,
  'reserve.readOnly': (p: Params<'folder'>) =>
    `Le support de la copie de réserve est en lecture seule (${p.folder ?? ''}) : il peut être vérifié et servir à une restauration, mais rien n’y est écrit. Retirez la protection en écriture du support pour reprendre la duplication.`,
  'reserve.locked': (p: Params<'host' | 'pid' | 'since'>) =>
    `La copie de réserve est en cours d’écriture par un autre programme (poste « ${p.host ?? ''} », processus ${p.pid ?? ''}, depuis ${p.since ?? ''}) : rien n’a été écrit, un nouvel essai suivra dans quelques secondes. Un même registre ne doit être tenu que sur un seul poste à la fois.`,
  'reserve.lockTakenOver': (p: Params<'host' | 'pid' | 'reason'>) =>
    `Verrou abandonné de la copie de réserve repris (poste « ${p.host ?? ''} », processus ${p.pid ?? ''}) : ${p.reason === 'deadProcess' ? 'le programme qui l’avait posé est arrêté' : p.reason === 'releaseFailed' ? 'le support avait disparu pendant un ajout, avant que ce programme ne puisse le retirer' : 'il était posé depuis trop longtemps'}.`,
  'reserve.mediumUnknown': (p: Params<'folder'>) =>
    `Support de réserve introuvable ou différent (${p.folder ?? ''}) : ce dossier n’est pas celui où la copie de réserve a été commencée (clé débranchée dont le dossier est resté, ou autre support). Branchez le support de réserve, ou confirmez pour commencer un nouveau journal sur ce support.`,
  'reserve.mediumAdopted': (p: Params<'folder'>) =>
    `Copie de réserve d’une version précédente reconnue dans ${p.folder ?? ''} : elle reçoit sa carte d’identité de support.`,
  'reserve.mediumCreated': (p: Params<'folder'>) => `Nouveau support de réserve mis en service dans ${p.folder ?? ''}.`,
  'reserve.tailMovedAside': (p: Params<'at' | 'bytes' | 'fragment' | 'seq'>) =>
    `Copie de réserve réparée le ${p.at ?? ''} : une dernière ligne inachevée (${p.bytes ?? ''} octets, écriture interrompue, jamais acquittée) a été mise de côté dans « ${p.fragment ?? ''} » sur le même support. Les ${p.seq ?? ''} mouvements complets sont intacts et la duplication a repris.`,
  'reserve.damaged': (p: Params<'offset'>) =>
    `La copie de réserve est endommagée avant sa dernière ligne (octet ${p.offset ?? ''}) : elle n’est pas réparée automatiquement. Conservez ce support tel quel et choisissez-en un autre.`,
  'restore.tornTail': (p: Params<'bytes' | 'seq'>) =>
    `${p.seq ?? ''} mouvements complets ; une dernière ligne inachevée (${p.bytes ?? ''} octets, écriture interrompue) est laissée de côté.`,
  'integrity.gap': (p: Params<'expected' | 'seq'>) => `Registre : le n° d’ordre ${p.expected ?? ''} manque (le suivant trouvé est le n° ${p.seq ?? ''}).`,
  'integrity.prevHash': (p: Params<'seq'>) => `Registre : le n° d’ordre ${p.seq ?? ''} ne suit pas le précédent (chaînage rompu).`,
  'integrity.hash': (p: Params<'seq'>) =>
    `Registre : le n° d’ordre ${p.seq ?? ''} a été modifié après sa validation (son empreinte ne correspond plus à son contenu).`,
  'integrity.reserveBroken': (p: Params<'line' | 'reason' | 'seq'>) =>
    `Copie de réserve : la ligne ${p.line ?? ''}${p.seq ? ` (n° d’ordre ${p.seq})` : ''} est altérée (${p.reason ?? ''}).`,
  'integrity.reserveDisagrees': (p: Params<'seq'>) => `La copie de réserve et le registre diffèrent au n° d’ordre ${p.seq ?? ''}.`,
  'integrity.rule': (p: Params<'message' | 'seq' | 'where'>) =>
    `${p.where ?? 'Registre'} non conforme aux règles du registre au n° d’ordre ${p.seq ?? ''} : ${p.message ?? ''}`,
  'integrity.stateDiffers': (p: Params<'seq'>) =>
    `Registre : l’état du registre conservé dans la base (stock, produits, personnes habilitées…, au n° d’ordre ${p.seq ?? ''}) ne correspond pas à ses mouvements : l’un ou l’autre a été modifié en dehors de l’application.`,
  'replay.unknownType': (p: Params<'type'>) => `type d’événement inconnu (« ${p.type ?? ''} ») : ce logiciel n’en écrit pas de tel.`,
  'replay.shape': (p: Params<'field'>) => `le champ « ${p.field ?? ''} » manque ou n’a pas la forme attendue (texte, nombre entier, valeur d’une liste…).`,
  'replay.mismatch': (p: Params<'field'>) => `le champ « ${p.field ?? ''} » n’est pas ce que les règles du registre inscrivent pour cet événement.`,
  'replay.unreadable': (_: NoParams) => 'cet événement ne peut pas être relu par les règles du registre.',
  'restore.shorter': (p: Params<'database' | 'journal'>) =>
    `Restauration refusée : la copie de réserve s’arrête au n° d’ordre ${p.journal ?? ''} alors que le registre va jusqu’au n° ${p.database ?? ''}. Une restauration ne revient jamais en arrière.`,
  'restore.underway': (p: Params<'seq'>) =>
    `Une restauration du registre est en cours (jusqu’au n° d’ordre ${p.seq ?? ''}) : rien ne peut être inscrit avant qu’elle soit terminée.`,
  'restore.otherUnderway': (p: Params<'name'>) =>
    `Une autre restauration est en cours, celle du registre « ${p.name ?? ''} » : reprenez-la avec sa copie de réserve ou son dossier de reprise.`,
  'restore.headDiffers': (p: Params<'seq'>) =>
    `Restauration arrêtée : le dernier mouvement importé (n° d’ordre ${p.seq ?? ''}) n’est pas celui du journal vérifié. Le registre reste fermé ; reprenez la restauration.`,
  'ipc.badRequest': (_: NoParams) => 'Requête invalide entre la fenêtre et l’application.',
  'ipc.forbiddenSender': (_: NoParams) => 'Requête refusée : elle ne vient pas de la fenêtre de l’application.',
  'ipc.unknownChannel': (_: NoParams) => 'Action inconnue de l’application.',
  'io.failed': (p: Params<'code' | 'reason'>) =>
    `Lecture ou écriture impossible sur le disque ou le support : ${p.reason ?? 'erreur du système de fichiers'}${p.code ? ` (${p.code})` : ''}.`,
  'network.failed': (p: Params<'code' | 'reason'>) =>
    `Le registre partagé n’a pas répondu : ${p.reason ?? 'erreur du serveur'}${p.code ? ` (${p.code})` : ''}. Aucun n° d’ordre n’a été donné : l’opération n’est pas inscrite.`,
  'network.heldPending': (p: Params<'reason'>) =>
    `Le registre partagé n’a pas répondu${p.reason ? ` (${p.reason})` : ''} : l’opération est gardée « en attente » sur ce poste, sans n° d’ordre. Elle sera soumise au registre dès que le serveur répondra, et peut encore être refusée ; ne la saisissez pas de nouveau.`,
  'network.connectFailed': (p: Params<'code' | 'reason'>) =>
    `Connexion au registre partagé impossible : ${p.reason ?? 'erreur du serveur'}${p.code ? ` (${p.code})` : ''}. Vérifiez les informations de la fiche d’ajout d’un poste ; ce poste n’est pas relié.`,
  'network.fingerprintInvalid': (_: NoParams) =>
    'L’empreinte du certificat doit avoir 64 caractères (chiffres 0 à 9 et lettres A à F), tels qu’imprimés sur la fiche d’ajout d’un poste ; ce poste n’est pas relié.',
  'network.certificateNotVerified': (p: Params<'code' | 'reason'>) =>
    `Certificat du serveur non vérifié : ${p.reason ?? 'erreur du serveur'}${p.code ? ` (${p.code})` : ''}. Rien n’a changé : ce poste reste relié comme avant, sans vérifier le certificat.`,
  'network.certificateAlreadyPinned': (_: NoParams) =>
    'Ce poste vérifie déjà le certificat du serveur, avec une autre empreinte : rien n’a changé. Si le serveur a vraiment changé de certificat (serveur réinstallé), faites-le confirmer par la personne qui l’a installé, puis détachez ce poste (« Revenir à un seul poste ») et reliez-le de nouveau avec la nouvelle fiche.',
  'network.importUnsupported': (_: NoParams) =>
    'En mode réseau, le registre vient du serveur : une restauration ou une reprise de registre ne s’y importe pas depuis un poste.',
  'host.notHosting': (_: NoParams) => 'Ce poste n’héberge pas le registre partagé : la fiche d’ajout d’un poste s’imprime sur le poste hôte.',
  'host.sheetCancelled': (_: NoParams) => 'Aucun emplacement choisi pour la fiche d’ajout d’un poste : rien n’a été écrit.',
  'host.portTaken': (p: Params<'port'>) =>
    `Le serveur du registre ne peut pas démarrer sur ce poste : le port ${p.port ?? ''} est déjà pris par un autre programme (un autre serveur PostgreSQL, par exemple). Fermez ce programme, ou faites appel à la personne qui l’a installé, puis recommencez.`,
  'host.folderNotWritable': (p: Params<'folder'>) =>
    `Le serveur du registre ne peut pas être installé : ce compte ne peut pas écrire dans le dossier ${p.folder ?? ''}. Ouvrez l’application avec le compte habituel de ce poste (celui qui l’a installée), puis recommencez ; rien n’a été gardé.`,
  'host.noSpace': (p: Params<'folder'>) =>
    `Le serveur du registre ne peut pas être installé : le disque du dossier ${p.folder ?? ''} est plein. Libérez de la place (au moins 500 Mo), puis recommencez ; rien n’a été gardé.`,
  'host.initdbFailed': (_: NoParams) =>
    'La création des fichiers du serveur du registre (initdb) a échoué sur ce poste ; rien n’a été gardé. Le détail est noté dans le journal technique de l’application : recommencez, ou transmettez-le à la personne qui s’occupe de vos postes.',
  'host.runAsRoot': (_: NoParams) =>
    'PostgreSQL refuse de fonctionner sous le compte d’administration du système (root ou « Administrateur ») : ouvrez l’application avec le compte ordinaire de ce poste, puis recommencez.',
  'host.binariesMissing': (_: NoParams) =>
    'Le serveur PostgreSQL fourni avec l’application est absent de cette installation, ou n’existe pas pour ce système : réinstallez l’application, puis recommencez.',
  'host.startFailed': (_: NoParams) =>
    'Le serveur du registre installé sur ce poste ne démarre pas. Le détail est noté dans le journal technique de l’application : redémarrez le poste puis recommencez, ou transmettez-le à la personne qui s’occupe de vos postes.',
  'network.installFailed': (p: Params<'code' | 'reason'>) =>
    `Installation du registre partagé sur ce serveur interrompue : ${p.reason ?? 'erreur du serveur'}${p.code ? ` (${p.code})` : ''}. Utilisez le compte propriétaire de la base du registre (§ 2 bis de la documentation du mode réseau), puis recommencez.`,
  'network.installNoRole': (p: Params<'name'>) =>
    `Ce compte ne peut pas créer le rôle des postes « ${p.name ?? ''} » : créez-le en administrateur de PostgreSQL (§ 2 bis de la documentation du mode réseau), ou utilisez un compte qui en a le droit, puis recommencez. Le schéma n’a pas été installé.`,
  'network.notConfigured': (_: NoParams) => 'Ce poste n’est relié à aucun registre partagé : il tient le registre sur ce seul poste.',
  'network.passwordUnreadable': (_: NoParams) =>
    'Le mot de passe du registre partagé gardé sur ce poste ne peut plus être ouvert (le trousseau du système a changé, ou le dossier vient d’une autre session ou d’un autre poste). Retapez-le : il figure sur la fiche d’ajout d’un poste.',
  'network.passwordStoreUnavailable': (_: NoParams) =>
    'Le système ne peut pas protéger le mot de passe du registre partagé sur ce poste (aucun trousseau ouvert) : il n’est jamais gardé en clair. Ouvrez la session de l’utilisateur puis recommencez.',
  'network.moveJournalBroken': (p: Params<'path' | 'wording'>) =>
    `Passage au mode réseau refusé : le journal « ${p.path ?? ''} » n’est pas intact ou n’est pas conforme aux règles du registre. ${p.wording ?? ''} Rien n’a été envoyé au serveur.`,
  'network.serverNotEmpty': (p: Params<'seq'>) =>
    `Passage au mode réseau refusé : ce serveur tient déjà un registre (n° d’ordre 1 à ${p.seq ?? ''}). Un registre d’un seul poste ne s’envoie que sur un serveur neuf, sans registre ; rien n’a été envoyé.`,
  'network.moveJournalBehind': (p: Params<'path' | 'journal' | 'database'>) =>
    `Passage au mode réseau refusé : la copie de réserve « ${p.path ?? ''} » s’arrête au n° d’ordre ${p.journal ?? ''}, et le registre de ce poste va jusqu’au n° ${p.database ?? ''}. Laissez la copie de réserve se mettre à jour (bandeau « Copie de réserve »), puis recommencez ; rien n’a été envoyé au serveur.`,
  'network.moveNoJournal': (p: Params<'folder'>) =>
    `Passage au mode réseau impossible : le support de réserve (${p.folder ?? ''}) ne porte pas le journal de ce registre. Branchez le support de réserve de ce registre, puis recommencez ; rien n’a été envoyé au serveur.`,
  'network.moveFailed': (p: Params<'code' | 'reason'>) =>
    `Passage du registre interrompu : ${p.reason ?? 'erreur du serveur'}${p.code ? ` (${p.code})` : ''}. Rien n’a été gardé sur le serveur ; ce poste tient toujours son registre. Recommencez quand le serveur répond.`,
  'network.moveBusy': (_: NoParams) => 'Un passage du registre entre les modes est déjà en cours sur ce poste : attendez qu’il se termine.',
  'network.moveBackCancelled': (_: NoParams) => 'Aucun dossier choisi : le journal du registre partagé n’a pas été écrit, et ce poste reste relié au serveur.',
  'network.moveBackMissing': (_: NoParams) =>
    'Le journal du registre partagé n’a pas encore été écrit sur ce poste pendant cette session : recommencez « Reprendre le registre sur ce poste ».',
  'network.registerTakenBack': (p: Params<'holder' | 'date' | 'seq'>) =>
    `Le registre partagé a été repris sur le poste « ${p.holder ?? ''} » le ${p.date ?? ''}, au n° d’ordre ${p.seq ?? ''} : il se tient désormais sur ce seul poste, et plus rien ne s’inscrit sur ce serveur. Cette opération n’est pas inscrite. Ce poste doit cesser d’inscrire, ou rejoindre un autre registre (onglet « Établissement ») ; ce qu’il a reçu jusqu’au n° ${p.seq ?? ''} reste consultable.`,
  'network.moveBackUnfinished': (p: Params<'code' | 'reason' | 'seq'>) =>
    `Reprise du registre interrompue : ${p.reason ?? 'erreur'}${p.code ? ` (${p.code})` : ''}. Le registre est déjà arrêté sur le serveur au n° d’ordre ${p.seq ?? ''}, au nom de ce poste : aucun poste n’y inscrit plus. Recommencez « Reprendre le registre sur ce poste » : le journal sera écrit de nouveau jusqu’à ce n°.`,
  'network.commitUnknown': (_: NoParams) =>
    'La liaison avec le registre partagé s’est coupée pendant l’inscription : elle a pu être enregistrée ou non. Consultez le registre avant de la saisir de nouveau.',
  'reserve.timeout': (_: NoParams) =>
    'La copie de réserve ne répond pas : le support est peut-être débranché ou un partage réseau est bloqué. Les mouvements restent enregistrés sur ce poste et seront dupliqués dès qu’il répondra.',
  'sealing.codeMalformed': (_: NoParams) =>
    'Ce n’est pas un code de secours : il compte 25 caractères (chiffres et lettres), en 5 groupes de 5, tels qu’imprimés sur la fiche de secours.',
  'sealing.wrongCode': (_: NoParams) =>
    'Code de secours refusé : il n’ouvre pas la clé de cette copie de réserve. Vérifiez chaque groupe sur la fiche de secours de ce support ; rien n’a été lu ni modifié.',
  'sealing.keyDamaged': (_: NoParams) =>
    'La clé de la copie de réserve chiffrée (cle-de-reserve.age) est illisible ou n’en est pas une : conservez ce support tel quel et reprenez depuis un autre support ou un dossier de reprise.',
  'sealing.keyNeeded': (_: NoParams) =>
    'La copie de réserve est chiffrée : saisissez le code de secours imprimé sur la fiche de secours pour l’ouvrir sur ce poste.',
  'sealing.lineUnreadable': (p: Params<'reason' | 'seq'>) =>
    `Copie de réserve chiffrée : la ligne n° ${p.seq ?? ''} ne s’ouvre pas avec la clé (${p.reason ?? ''}). Conservez ce support tel quel.`,
  'sealing.noKeyOnMedium': (p: Params<'folder'>) =>
    `Ce support ne porte pas la clé d’une copie de réserve chiffrée (fichier cle-de-reserve.age absent de ${p.folder ?? ''}) : branchez le support de réserve de ce registre.`,
  'sealing.otherKey': (p: Params<'folder'>) =>
    `Le support de réserve (${p.folder ?? ''}) porte déjà la clé d’une autre fiche de secours : rien n’y a été écrit. Choisissez un autre support, ou ouvrez celui-ci avec sa propre fiche de secours.`,
  'sealing.noSetUp': (_: NoParams) => 'Aucune fiche de secours n’est en préparation : recommencez la mise en place du chiffrement.',
  'sealing.typedBackWrong': (_: NoParams) =>
    'Ce groupe ne correspond pas à la fiche de secours : recopiez le groupe demandé tel qu’il est imprimé. Le chiffrement n’est pas encore en place.',
  'sealing.migrationMismatch': (p: Params<'seq'>) =>
    `La copie chiffrée ne correspond pas encore à la copie en clair (n° d’ordre ${p.seq ?? ''}) : la copie en clair est conservée. La duplication rattrape l’écart ; recommencez dans un instant.`,
  'substance.amountMalformed': (_: NoParams) => 'Quantité de substance illisible : saisissez un nombre, par exemple 10 ou 0,5.',
  'substance.amountTooPrecise': (p: Params<'unit'>) =>
    p.unit === 'µg'
      ? 'En µg, saisissez un nombre entier : le registre compte la substance au microgramme près.'
      : 'En mg, la quantité de substance a au plus trois décimales (au microgramme près) : saisissez-la en µg sinon.',
  'substance.amountNotPositive': (_: NoParams) => 'La quantité de substance par unité doit être supérieure à zéro.',
  'inventory.counterPartyIsValidator': (p: Params<'orderNumber'>) =>
    `Le repreneur présent à l’inventaire contradictoire (n° ${p.orderNumber ?? ''}) ne peut pas être celui qui le valide : le cédant ou son collaborateur valide, le repreneur contresigne.`,
  'cession.holderOnly': (p: Params<'name'>) =>
    `Seul le titulaire${p.name ? ` (${p.name})` : ''} inscrit un changement de titulaire ou la cessation définitive : choisissez-le dans « Validé par ».`,
  'cession.sameHolder': (_: NoParams) => 'Le repreneur est déjà le titulaire de ce registre.',
  'cession.inventoryUnknown': (p: Params<'seq'>) =>
    `Le n° d’ordre ${p.seq ?? ''} n’est pas un inventaire : un changement de titulaire s’appuie sur l’inventaire contradictoire de la cession.`,
  'cession.notContradictory': (p: Params<'orderNumber' | 'seq'>) =>
    `L’inventaire n° ${p.seq ?? ''} n’a pas été fait en présence du repreneur n° ${p.orderNumber ?? ''} : refaites l’inventaire contradictoire avec lui.`,
  'cession.beforeInventory': (p: Params<'day' | 'seq'>) =>
    `La cession ne peut pas être datée d’avant l’inventaire contradictoire n° ${p.seq ?? ''} (${p.day ?? ''}).`,
  'cession.movedSinceInventory': (p: Params<'seq'>) =>
    `Le stock a bougé depuis l’inventaire contradictoire n° ${p.seq ?? ''} : le repreneur ne reprendrait pas ce qui a été compté. Refaites l’inventaire en sa présence.`,
  'cession.transferNotPrinted': (p: Params<'seq'>) =>
    `L’inventaire de cession (PDF) de l’inventaire n° ${p.seq ?? ''} n’a pas été édité : imprimez-le, faites-le signer par les deux parties, puis inscrivez le changement de titulaire.`,
  'cessation.wrongAuthority': (p: Params<'expected'>) => `Le registre d’un établissement de ce type se dépose auprès de la ${p.expected ?? ''}.`,
  'cessation.stockRemains': (p: Params<'products'>) =>
    `Des stupéfiants restent en stock (${p.products ?? ''}) : ils doivent être détruits avant la cessation définitive (art. R. 5132-37).`,
  'cessation.beforeLastMovement': (p: Params<'day'>) => `La cessation ne peut pas être datée d’avant le dernier mouvement du registre (${p.day ?? ''}).`,
  'register.closed': (p: Params<'day' | 'seq'>) =>
    `Le registre est clos définitivement depuis le ${p.day ?? ''} (n° d’ordre ${p.seq ?? ''}) : aucun mouvement, produit ou habilitation ne peut plus y être inscrit. La consultation, les éditions et la vérification restent possibles.`,
  'clock.malformed': (_: NoParams) =>
    'Recul d’horloge mal formé : il faut le n° d’ordre de la dernière inscription, son instant et l’instant actuel, antérieur.',
  'clock.setBackRefused': (p: Params<'current' | 'previous' | 'reason' | 'seq'>) =>
    `L’horloge de ce poste indique le ${p.current ?? ''}, avant la dernière inscription du registre (n° ${p.seq ?? ''}, le ${p.previous ?? ''}), et le recul ne peut pas être inscrit : ${p.reason ?? ''} Remettez le poste à la date et à l’heure exactes, puis validez de nouveau.`,
  // ——— signed closures (docs/decisions/0044-clotures-signees.md) ———
  'signature.keyMalformed': (_: NoParams) => 'Clé de signature mal formée : il faut une clé publique Ed25519 de 64 caractères hexadécimaux.',
  'signature.missing': (p: Params<'fingerprint'>) =>
    p.fingerprint
      ? `Cette clôture n’est pas signée, alors que le registre a une clé de signature (empreinte ${p.fingerprint}) : le journal a été réécrit sans la clé.`
      : 'Cette clôture n’est pas signée, alors que le registre attend la clé de signature du nouveau titulaire : le journal a été réécrit sans la clé.',
  'signature.invalid': (p: Params<'fingerprint'>) =>
    `La signature de cette clôture ne correspond pas à la clé du registre (empreinte ${p.fingerprint ?? ''}) : elle ou une inscription qui la précède a été modifiée, puis le journal rechaîné sans la clé.`,
  'signature.unexpected': (_: NoParams) =>
    'Cet événement porte une signature qu’il ne peut pas porter : seules les clôtures sont signées, et seulement par la clé enregistrée au registre.',
  'signature.unavailable': (_: NoParams) =>
    'Cette clôture doit être signée avec la clé du registre, et ce poste ne peut pas signer ici : validez-la depuis l’application installée sur le poste du registre.',
  'signature.storeUnavailable': (_: NoParams) =>
    'Le coffre de clés du système n’est pas disponible sur ce poste : la clé de signature du registre ne peut pas y être protégée. Ouvrez une session du système avec son trousseau de clés, puis recommencez.',
  'signature.unknownKey': (p: Params<'fingerprint'>) => `Ce poste ne détient pas la clé de signature d’empreinte ${p.fingerprint ?? ''}.`,
  'signature.notAClosure': (_: NoParams) => 'Seule une clôture du registre est signée avec sa clé : la demande de signature est refusée.',
  unexpected: (p: Params<'reference'>) =>
    `Erreur inattendue de l’application (référence ${p.reference ?? ''}). Réessayez ; si l’erreur se reproduit, communiquez cette référence à l’assistance : le détail technique est conservé sous cette référence dans le journal technique.`,
  'ipc.internal': (p: Params<'detail'>) => `Erreur interne de l’application${p.detail ? ` : ${p.detail}` : '.'}`,
  'jare.tooLarge': (p: Params<'max' | 'size'>) =>
    `Ce fichier pèse ${p.size ?? ''} : un fichier JARE de l’ANSM ne dépasse pas ${p.max ?? ''}. Vérifiez qu’il s’agit bien du classeur téléchargé de l’ANSM.`,
  'jare.notWorkbook': (_: NoParams) =>
    'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : il est abîmé ou d’un autre format. Téléchargez de nouveau le fichier JARE de l’ANSM.',
  'jare.encrypted': (_: NoParams) =>
    'Ce classeur est protégé par un mot de passe (chiffré) : il ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe d’ouverture, enregistrez-le en .xlsx puis choisissez cette copie.',
  'jare.oldExcel': (_: NoParams) =>
    'Ce classeur est à l’ancien format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx dans Excel ou LibreOffice, puis choisissez cette copie.',
  'jare.tooManyEntries': (p: Params<'count' | 'max'>) =>
    `Ce classeur contient ${p.count ?? ''} éléments internes (au plus ${p.max ?? ''}) : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`,
  'jare.tooBigUnpacked': (p: Params<'max'>) =>
    `Une fois décompressé, ce classeur dépasserait ${p.max ?? ''} : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`,
  'jare.unsafePath': (p: Params<'name'>) => `Ce classeur contient un élément au chemin suspect (« ${p.name ?? ''} ») : il n’est pas ouvert.`,
  'jare.tooManyCells': (p: Params<'max'>) =>
    `Ce classeur contient plus de ${p.max ?? ''} cellules : il ne ressemble pas au fichier JARE de l’ANSM et n’est pas ouvert.`,
  'jare.unreadable': (p: Params<'reference'>) =>
    `Ce classeur ne peut pas être lu${p.reference ? ` (référence ${p.reference} au journal technique)` : ''} : il est peut-être abîmé. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau en .xlsx, puis choisissez cette copie.`,
  'jare.foreign': (p: Params<'sheets'>) =>
    `Ce classeur n’est pas un fichier JARE de l’ANSM : il n’a pas les feuilles S et P (feuilles trouvées : ${p.sheets ?? 'aucune'}).`,
  'jare.noHeaders': (p: Params<'sheet'>) =>
    `La feuille ${p.sheet ?? ''} du classeur n’a pas de ligne d’en-têtes reconnaissable (« Nom de la substance », « Stock au 1er janvier »…) : le classeur n’est pas rempli.`,
  'jare.badWrite': (p: Params<'cell' | 'why'>) => `Écriture refusée dans ${p.cell ?? ''} : ${p.why ?? ''}. Le fichier de l’ANSM n’est pas modifié.`,
  'jare.templateGone': (_: NoParams) => 'Le fichier JARE choisi n’est plus en mémoire : choisissez-le de nouveau.',
  'jare.exists': (p: Params<'fileName'>) =>
    `Un fichier porte déjà le nom « ${p.fileName ?? ''} » : il n’est jamais remplacé, ni le modèle de l’ANSM. Choisissez un autre nom.`,
  // The verdicts on a package, shared by the buyer’s window and the command line.
  'package.tooLarge': (p: Params<'max'>) => `${REFUSED}le fichier dépasse la taille admise (${p.max ?? ''} octets).`,
  'package.notZip': (_: NoParams) => `${REFUSED}ce n’est pas une archive ZIP complète — le fichier est tronqué, endommagé ou d’un autre type.`,
  'package.tooManyEntries': (p: Params<'max'>) => `${REFUSED}il contient plus de ${p.max ?? ''} fichiers.`,
  'package.unsafeName': (p: Params<'path'>) => `${REFUSED}la partie « ${p.path ?? ''} » porte un nom interdit (chemin absolu, « .. » ou caractères non admis).`,
  'package.duplicateName': (p: Params<'path'>) => `${REFUSED}la partie « ${p.path ?? ''} » figure deux fois dans l’archive.`,
  'package.uncompressedTooLarge': (p: Params<'max'>) => `${REFUSED}une fois décompressé, il dépasserait la taille admise (${p.max ?? ''} octets).`,
  'package.compressionRatio': (p: Params<'path' | 'ratio'>) =>
    `${REFUSED}la partie « ${p.path ?? ''} » se décompresserait en plus de ${p.ratio ?? ''} fois sa taille : c’est la marque d’une « bombe de décompression », pas d’un dossier écrit par l’application.`,
  'package.partDamaged': (p: Params<'path'>) =>
    `${REFUSED}la partie « ${p.path ?? ''} » est endommagée ou a été modifiée (son contrôle CRC dans l’archive ne correspond plus).`,
  'package.manifestMissing': (_: NoParams) => `${REFUSED}le manifeste (manifest.json) est absent.`,
  'package.manifestInvalid': (p: Params<'detail'>) => `${REFUSED}le manifeste (manifest.json) est invalide : ${p.detail ?? ''}.`,
  'package.partMissing': (p: Params<'path'>) => `${REFUSED}la partie « ${p.path ?? ''} », inscrite au manifeste, est absente.`,
  'package.partAltered': (p: Params<'path'>) =>
    `${REFUSED}la partie « ${p.path ?? ''} » a été modifiée : sa taille ou son empreinte SHA-256 ne correspond plus au manifeste.`,
  'package.newerFormat': (p: Params<'format' | 'known' | 'path'>) =>
    `${REFUSED}« ${p.path ?? ''} » est écrit au format ${p.format ?? ''}, plus récent que le format ${p.known ?? ''} que cette version sait lire. Il n’est pas lu, pour ne pas être mal lu : vérifiez-le avec une version plus récente du logiciel ou du vérificateur.`,
  'package.partUnlisted': (p: Params<'path'>) => `${REFUSED}la partie « ${p.path ?? ''} » n’est pas inscrite au manifeste.`,
  'package.journalBroken': (p: Params<'line' | 'path' | 'reason' | 'seq'>) =>
    `${REFUSED}le journal « ${p.path ?? ''} » est altéré à la ligne ${p.line ?? ''}${p.seq ? ` (n° d’ordre ${p.seq})` : ''} : ${p.reason ?? ''}.`,
  'package.journalInvalid': (p: Params<'line' | 'message' | 'path' | 'seq'>) =>
    `${REFUSED}le journal « ${p.path ?? ''} » est intact mais non conforme aux règles du registre au n° d’ordre ${p.seq ?? ''} (ligne ${p.line ?? ''}) : ${p.message ?? ''}`,
  'package.headMismatch': (p: Params<'journal' | 'manifest'>) =>
    `${REFUSED}le manifeste annonce la tête de chaîne n° ${p.manifest ?? ''}, le journal s’arrête au n° ${p.journal ?? ''}.`,
  'package.registerMismatch': (p: Params<'field'>) => `${REFUSED}le manifeste ne décrit pas le registre du journal (champ « ${p.field ?? ''} »).`,
  'package.editionMissing': (p: Params<'fileName' | 'seq'>) =>
    `${REFUSED}l’édition « ${p.fileName ?? ''} », inscrite au registre (n° d’ordre ${p.seq ?? ''}), est absente.`,
  'package.editionMismatch': (p: Params<'fileName' | 'seq'>) =>
    `${REFUSED}l’édition « ${p.fileName ?? ''} » n’a pas l’empreinte inscrite au registre (n° d’ordre ${p.seq ?? ''}).`,
  'package.notWholeJournal': (_: NoParams) =>
    'Ce dossier ne contient qu’une partie du journal (archive annuelle) : la reprise et les éditions demandent un dossier de reprise, qui contient tout le registre.',
  'package.cancelled': (_: NoParams) => 'Aucun fichier choisi.',
  'package.exists': (p: Params<'path'>) => `Le fichier « ${p.path ?? ''} » existe déjà : il n’est jamais remplacé. Choisissez un autre nom.`,
  'package.journalDisagrees': (p: Params<'line'>) =>
    `Le journal envoyé par la fenêtre n’est pas intègre (ligne ${p.line ?? ''}) : aucun dossier n’a été écrit.`,
  'package.expired': (_: NoParams) => 'Le dossier vérifié n’est plus en mémoire : choisissez-le de nouveau.',
  'package.editionConflict': (p: Params<'fileName'>) =>
    `L’édition « ${p.fileName ?? ''} » existe déjà dans les archives de ce poste avec un autre contenu : elle n’a pas été remplacée.`,
  // A sealed package (age, passphrase printed on the sheet handed over apart from the file).
  'package.passphraseNeeded': (p: Params<'fileName'>) =>
    `Le dossier « ${p.fileName ?? ''} » est chiffré : saisissez la phrase de passe imprimée sur la fiche remise avec la décharge (ou le récépissé), puis ouvrez-le.`,
  'package.passphraseMalformed': (_: NoParams) =>
    'Phrase de passe illisible : elle compte 25 caractères (chiffres et lettres, sans I, L, O ni U), en 5 groupes de 5 séparés par des tirets, tels qu’imprimés sur la fiche.',
  'package.wrongPassphrase': (_: NoParams) =>
    'Cette phrase de passe n’ouvre pas ce dossier : rien n’a été lu ni écrit. Vérifiez-la sur la fiche remise avec la décharge (ou le récépissé) et saisissez-la de nouveau.',
  'package.sealedDamaged': (_: NoParams) =>
    `${REFUSED}le fichier chiffré est tronqué ou a été modifié (son authentification age échoue) : rien n’a été lu ni écrit.`,
  'verifier.unavailable': (_: NoParams) =>
    'Le vérificateur hors ligne n’est pas livré avec cette installation (fichier verificateur.html absent) : il se trouve aussi dans chaque dossier de reprise et chaque archive annuelle.',
  'archive.noEvents': (p: Params<'year'>) => `Aucun événement n’est daté de ${p.year ?? ''} : il n’y a rien à archiver pour cette année.`,
  'archive.reserveBehind': (_: NoParams) =>
    'La copie de réserve ne s’arrête pas au dernier événement de ce poste (support absent, en retard ou illisible) : l’archive doit être faite depuis le registre de ce poste.',
  'archive.journalIncomplete': (_: NoParams) =>
    'Le journal envoyé pour l’archive annuelle est incomplet (une partie manque ou a été envoyée deux fois) : rien n’a été écrit. Recommencez l’archive.',
  'archive.journalTooLarge': (p: Params<'size'>) =>
    `Le journal envoyé pour l’archive annuelle dépasse ${p.size ?? ''}, la taille qu’une archive accepte : rien n’a été écrit.`,
  // The verification thread stopped without a verdict (out of memory, the app quitting): the archive is neither sound nor damaged for it.
  'archive.verifyImpossible': (_: NoParams) =>
    'Vérification impossible : le contrôle de cette archive s’est arrêté avant de rendre son verdict. Elle n’est dite ni saine ni abîmée ; affichez de nouveau les archives pour la vérifier.',
} satisfies Record<string, (params: never, field?: string) => string>;

export type ErrorCode = keyof typeof WORDING;

/** The parameters the wording of `code` reads. */
export type ErrorParams<Code extends ErrorCode> = Parameters<(typeof WORDING)[Code]>[0];

export interface AppError {
  code: ErrorCode;
  /** The form field the error is about, when there is one (for focus and display). */
  field?: string;
  /** Values inserted in the message (already formatted for display). */
  params?: Readonly<Record<string, string>>;
}

export function appError<Code extends ErrorCode>(code: Code, field?: string, params?: ErrorParams<Code>): AppError {
  return { code, ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params: params as Readonly<Record<string, string>> }) };
}

type Wording = (params: Readonly<Record<string, string>>, field?: string) => string;

export function describeError(error: AppError): string {
  // A code from elsewhere (another version's window, a hand-made request) gets no invented wording.
  const say: Wording = Object.hasOwn(WORDING, error.code) ? WORDING[error.code] : WORDING['ipc.internal'];
  return frenchTypography(say(error.params ?? {}, error.field));
}
