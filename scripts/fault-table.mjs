// The fault campaign's table, printed by `npm test` after the runners: one row per fault
// test of this run (test-results/faults.json, written by test/faults/campaign.ts). A row
// that lost an event, altered one silently or did not name the fault in French is a
// failure of the run even if the test that wrote it did not fail.
import { existsSync, readFileSync } from 'node:fs';

const COLUMNS = ['panne', 'ce qui a été fait', 'événements perdus', 'altérations silencieuses', 'nommée en français'];
const WRAP = 72;

/** A row breaks the promise of the register (a fault the system would not let us cause is shown, not failed). */
export function isFailedRow(row) {
  if (typeof row.notRun === 'string') return false;
  return row.eventsLost !== 0 || row.silentAlterations !== 0 || row.namedInFrench !== true;
}

/** The rows of this run; [] when no fault test ran. */
export function readFaultRows(file) {
  if (!existsSync(file)) return [];
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(rows) ? rows : null;
  } catch {
    return null; // a torn table is reported as such, never read as empty
  }
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The table as text: one block per fault, its figures on one line, what was done wrapped beneath. */
export function formatFaultTable(rows) {
  const out = ['', `Campagne de pannes (${rows.length} panne(s))`, ''];
  for (const [index, row] of rows.entries()) {
    const verdict = typeof row.notRun === 'string' ? 'NON EXÉCUTÉ' : isFailedRow(row) ? 'ÉCHEC' : 'ok';
    out.push(`${String(index + 1).padStart(2)}. [${verdict}] ${row.fault}`);
    if (typeof row.notRun === 'string') {
      for (const line of wrap(`raison : ${row.notRun}`, WRAP)) out.push(`    ${line}`);
      continue;
    }
    out.push(`    ${COLUMNS[2]} : ${row.eventsLost} · ${COLUMNS[3]} : ${row.silentAlterations} · ${COLUMNS[4]} : ${row.namedInFrench ? 'oui' : 'non'}`);
    for (const line of wrap(`${COLUMNS[1]} : ${row.whatDone}`, WRAP)) out.push(`    ${line}`);
  }
  return out.join('\n');
}
