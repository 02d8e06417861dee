// The clock banner's French wording.
export const t = {
  label: 'Horloge du poste',
  behind: (now: string, seq: number, previous: string) =>
    `L’horloge de ce poste indique le ${now}, avant la dernière inscription du registre (n° ${seq}, le ${previous}). ` +
    'La prochaine inscription sera précédée d’une mention du recul d’horloge au registre, avec les deux heures ; rien ne sera réordonné. ' +
    'Vérifiez la date et l’heure du poste.',
  recorded: (seq: number, current: string, previousSeq: number, previous: string) =>
    `L’horloge de ce poste a reculé : le ${current}, elle était en retard sur l’inscription n° ${previousSeq} (le ${previous}). ` +
    `Ce recul est inscrit au registre sous le n° ${seq} ; l’ordre des inscriptions reste celui de leur validation. ` +
    'Vérifiez la date et l’heure du poste.',
};
