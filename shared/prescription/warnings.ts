// What the register warns about, left to the pharmacist's judgement: one French sentence
// each, with the article it comes from. The pharmacist may dispense past a warning by
// recording a reason, kept in the event.
import { frenchTypography } from '../french';
import { formatDay } from '../register/dates';

export type PrescriptionWarningKind = 'overlap' | 'durationAboveLimit' | 'fractionAboveLimit' | 'notFractioned';

export interface PrescriptionWarning {
  kind: PrescriptionWarningKind;
  sentence: string;
}

interface WarningFacts {
  overlap: { date: string; from: string; to: string; seq: number };
  durationAboveLimit: { days: number; limit: number };
  fractionAboveLimit: { days: number; limit: number };
  notFractioned: { days: number; limit: number };
}

const SENTENCES: { [K in PrescriptionWarningKind]: (facts: WarningFacts[K]) => string } = {
  overlap: (f) =>
    `Chevauchement : le même prescripteur a déjà prescrit cette substance à ce patient pour la période du ${formatDay(f.from)} au ${formatDay(f.to)} (ordonnance du ${formatDay(f.date)}, n° d’ordre ${f.seq}), et l’ordonnance ne porte pas la mention expresse qui l’autorise (art. R. 5132-33 du code de la santé publique).`,
  durationAboveLimit: (f) =>
    `Durée prescrite de ${f.days} jours, au-delà des ${f.limit} jours pour lesquels ce produit peut être prescrit (art. R. 5132-30 du code de la santé publique).`,
  fractionAboveLimit: (f) =>
    `Fractions de ${f.days} jours, plus longues que les ${f.limit} jours imposés pour ce produit (art. R. 5132-30 du code de la santé publique).`,
  notFractioned: (f) =>
    `Ce produit se délivre par fractions de ${f.limit} jours au plus : l’ordonnance de ${f.days} jours n’indique ni fractionnement ni « délivrance en une seule fois » (art. R. 5132-30 du code de la santé publique).`,
};

export function warningSentence<K extends PrescriptionWarningKind>(kind: K, facts: WarningFacts[K]): PrescriptionWarning {
  return { kind, sentence: frenchTypography(SENTENCES[kind](facts)) };
}
