// The words of the counter's memory: the people suggested as a name is typed, the
// warning of a line entered twice, the register's search and a patient's history.
import { typeset } from '../../messages/typeset';

export const peopleWords = typeset({
  suggestions: (label: string) => `Déjà inscrits — ${label}`,
  suggestionHint: 'Flèches pour choisir, Entrée pour reprendre le nom et l’adresse, Échap pour taper un nouveau nom.',
  rpps: (rpps: string) => `RPPS ${rpps}`,
  lastSeen: (day: string) => `vu le ${day}`,
  nextProduct: 'Même ordonnance, produit suivant',
  nextProductHint: 'Enregistre cette ligne et garde le patient, le prescripteur et l’ordonnance pour la ligne suivante.',
  duplicate: {
    title: 'Cette dispensation semble déjà inscrite',
    ordonnancier: (seq: number, day: string) => `N° d’ordre ${seq}, le ${day} : même n° d’ordonnancier, même produit.`,
    patientDay: (seq: number, day: string) => `N° d’ordre ${seq}, le ${day} : même patient, même produit, même quantité, le même jour.`,
    confirm: 'Inscrire quand même',
    cancel: 'Ne pas inscrire',
  },
});
