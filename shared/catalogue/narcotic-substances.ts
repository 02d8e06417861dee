// The substances classed as narcotics (stupéfiants) that French medicines contain, as the
// catalogue names them (arrêté du 22 février 1990 fixant la liste des substances classées
// comme stupéfiants). A medicine whose prescribing conditions do not say « stupéfiant » is
// still offered when it contains one of them, unless its conditions put it on list I or II:
// then a text exempts it from the narcotics rules (an exonerated preparation).
export const NARCOTIC_SUBSTANCES = [
  'alfentanil',
  'cocaine',
  'dexamfetamine',
  'dronabinol',
  'fentanyl',
  'hydromorphone',
  'ketamine',
  'methadone',
  'methylphenidate',
  'morphine',
  'nabilone',
  'oxycodone',
  'pethidine',
  'remifentanil',
  'sufentanil',
  'tapentadol',
  'tetrahydrocannabinol',
] as const;

/** Lower case, without accents: "Méthadone" and "METHADONE" are the same word. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The narcotic a substance name contains ("SULFATE DE MORPHINE PENTAHYDRATÉ" → morphine), or null. */
export function narcoticIn(substanceName: string): string | null {
  const key = searchKey(substanceName);
  return NARCOTIC_SUBSTANCES.find((narcotic) => new RegExp(`\\b${narcotic}\\b`).test(key)) ?? null;
}
