// The French sentences of `verify`: the summary of an intact journal or package.
import { formatInteger, frenchTypography } from '../../../../shared/french';
import type { JournalSummary } from '../../../../shared/journal/read';
import { formatEditionInstant } from '../../../../shared/editions/wording';
import type { VerifiedPackage } from '../../../../shared/package/verify';
import { plural } from '../../common/messages';
import { signingWording } from '../../../../shared/signature/signing-summary';

export function verifySummary(path: string, summary: JournalSummary): string {
  return frenchTypography(
    [
      `Journal intègre : ${path}`,
      `Événements : ${formatInteger(summary.events)}, dont ${plural(summary.movements, 'mouvement')}`,
      `Produits définis : ${formatInteger(summary.products)}`,
      `Dernier n° d’ordre : ${summary.lastSeq}`,
      `Empreinte de tête : ${summary.headHash}`,
      ...(summary.signing ? [signingWording(summary.signing)] : []),
    ].join('\n'),
  );
}

export function packageSummary(path: string, verified: VerifiedPackage): string {
  const { manifest, journal, editions, fingerprint } = verified;
  const nature =
    manifest.kind === 'handover'
      ? 'dossier de reprise (tout le registre)'
      : manifest.kind === 'deposit'
        ? 'dossier de dépôt à l’autorité (tout le registre, à la clôture définitive)'
        : `archive annuelle ${manifest.year ?? ''} — n° d’ordre ${manifest.after ? manifest.after.seq + 1 : 1} à ${manifest.head.seq}${manifest.after ? `, à la suite de l’empreinte ${manifest.after.hash}` : ''}`;
  return frenchTypography(
    [
      `Dossier intègre : ${path}`,
      `Nature : ${nature}`,
      `Registre : ${manifest.registerId} — ${manifest.establishment.name}`,
      `Titulaire : ${manifest.holder.name} (n° ${manifest.holder.orderNumber})`,
      `Créé le ${formatEditionInstant(new Date(manifest.createdAt))} (logiciel ${manifest.appVersion})`,
      `Parties : ${plural(manifest.parts.length + 1, 'fichier')}, manifeste compris, dont ${plural(editions.length, 'édition')} — chacune a la taille et l’empreinte SHA-256 du manifeste`,
      `Journal : ${plural(journal.events, 'événement')}, dont ${plural(journal.movements, 'mouvement')} ; chaînage vérifié en entier`,
      `Dernier n° d’ordre : ${journal.lastSeq}`,
      `Empreinte de tête : ${journal.headHash}`,
      ...(journal.signing ? [signingWording(journal.signing)] : []),
      `Empreinte du dossier (SHA-256 de manifest.json) : ${fingerprint}`,
    ].join('\n'),
  );
}

export function passphraseNeeded(path: string): string {
  return frenchTypography(
    `Dossier chiffré : ${path}\nDonnez sa phrase de passe (imprimée sur la fiche remise avec la décharge ou le récépissé) avec --phrase, ou lancez la commande dans un terminal pour la saisir.`,
  );
}

export function recoveryCodeNeeded(path: string): string {
  return frenchTypography(
    `Journal chiffré : ${path}\nDonnez le code de secours (imprimé sur la fiche de secours) avec --code, ou lancez la commande dans un terminal pour le saisir.`,
  );
}
