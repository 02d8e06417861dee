// Searching names and addresses as people type them at the counter: « MARTIN », « martin »
// and « Martín » are the same person, « Pétit » finds « Petit », and « mar jea » finds
// « Jean Martin ». The register keeps what was typed; only the search compares this form.

/** Lower case, without accents, punctuation turned into spaces, spaces collapsed. */
export function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text in search form, each once, in order. */
export function searchWords(text: string): string[] {
  const form = searchForm(text);
  return form === '' ? [] : [...new Set(form.split(' '))];
}

/** Whether every word of the query begins a word of the text (in any order). An empty query matches everything. */
export function matchesQuery(text: string, query: string): boolean {
  const words = searchWords(text);
  return searchWords(query).every((wanted) => words.some((word) => word.startsWith(wanted)));
}
