// The French wording of the notice of an entry cut short.
export const t = {
  label: 'Saisie interrompue',
  /** `what`: the movement's name (« Réception »), or nothing for another kind of entry. */
  notRecorded: (what: string | null, day: string, time: string) =>
    `La saisie${what === null ? '' : ` « ${what} »`} validée le ${day} à ${time} n’a pas été enregistrée : l’application s’est arrêtée avant la fin de son inscription, et rien n’en a été écrit au registre. ` +
    'Vérifiez le registre, puis saisissez-la de nouveau si besoin.',
  checked: 'J’ai vérifié',
};
