// The plural of a unit of intake. The unit is typed freely when a product is created
// ("gélule", "comprimé sécable", "flacon de 20 mL", "mL"), so the rule works on words:
// the leading lowercase words (the noun and its adjectives) take the plural; a symbol
// (mL, mg, g, µg, UI), an acronym (LP) or what follows a preposition ("de 20 mL") stays.

/** Words whose plural is not the regular "-s" (none of the usual units, but typed units may be). */
const IRREGULAR: Readonly<Record<string, string>> = {
  patch: 'patchs',
  bocal: 'bocaux',
  oral: 'oraux',
  buccal: 'buccaux',
  nasal: 'nasaux',
  rectal: 'rectaux',
  vaginal: 'vaginaux',
  transdermique: 'transdermiques',
};

/** Symbols of measure never take the plural ("2 mL", "30 mg"), nor does "UI". */
const SYMBOLS = new Set(['ml', 'l', 'mg', 'g', 'kg', 'µg', 'mcg', 'ui', 'cl', 'dl']);

/** Words after which the unit's complement begins ("flacon de 20 mL", "dose à 10 mg"). */
const COMPLEMENT_STARTS = new Set(['de', 'd’', "d'", 'à', 'en', 'pour', 'par', 'du', 'des', 'avec', 'sans']);

const LOWERCASE_WORD = /^[a-zàâäçéèêëîïôöùûüÿœæ-]+$/;

function pluralWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[sxz]$/.test(word)) return word;
  if (/(eau|au|eu)$/.test(word)) return `${word}x`;
  return `${word}s`;
}

/** "gélule" → "gélules", "comprimé LP" → "comprimés LP", "flacon de 20 mL" → "flacons de 20 mL", "mL" → "mL". */
export function unitPlural(unit: string): string {
  const words = unit.split(' ');
  let inNounPhrase = true;
  return words
    .map((word) => {
      if (!inNounPhrase) return word;
      if (COMPLEMENT_STARTS.has(word) || word.startsWith('d’') || word.startsWith("d'")) {
        inNounPhrase = false;
        return word;
      }
      if (SYMBOLS.has(word.toLowerCase()) || !LOWERCASE_WORD.test(word) || word.length < 2) {
        inNounPhrase = false;
        return word;
      }
      return pluralWord(word);
    })
    .join(' ');
}
