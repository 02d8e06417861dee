// jsPDF keeps each page as a list of drawing operators, one string each, until the PDF
// is written: the ordonnancier of a busy month is a thousand pages and a million small
// strings, held to the end and walked by every garbage collection. Once jsPDF starts a
// new page, the one before is finished (the editions never draw back into a page, save
// the header and footer `finish` appends), so its operators are joined into one string,
// with the line break jsPDF puts between them when it writes the page: the written page,
// hence the PDF's bytes, is the same.
import type { jsPDF } from 'jspdf';

/** The list is jsPDF's own (it keeps writing into the current one): emptied and refilled in place. */
function join(operators: string[] | undefined): void {
  // An empty page stays empty: one empty string would add a line break before what follows.
  if (operators === undefined || operators.length < 2) return;
  const joined = operators.join('\n');
  operators.length = 0;
  operators.push(joined);
}

export function joinFinishedPages(doc: jsPDF): void {
  const pages = (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages;
  doc.internal.events.subscribe('addPage', () => {
    // The new page is the last one; the editions only add pages at the end.
    join(pages[pages.length - 2]);
  });
}
