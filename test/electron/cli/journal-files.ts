// Journal files on disk for the command-line tests, in a temporary folder removed after each test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { toMilli } from '../../../shared/register/quantity';
import { dispensationDraft, MORPHINE, on, openingDraft, productDraft, receiptDraft, TODAY, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { emptyRegister, fold, record } from '../../fixtures/register';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'registre-cli-'));
  folders.push(folder);
  return folder;
}

/** The lines of a journal, each without its line break. */
export function journalLines(events: readonly RegisterEvent[]): string[] {
  return events.map((event) => serializeLine(event).slice(0, -1));
}

/** Writes the text as is into a new journal file and returns its path. */
export function writeJournalText(text: string, name = 'registre.journal.jsonl'): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, text, 'utf8');
  return path;
}

/** Writes events one per line, each ended by a line break, as the application does. */
export function writeJournal(events: readonly RegisterEvent[]): string {
  return writeJournalText(events.map(serializeLine).join(''));
}

export const METHADONE = {
  designation: 'Méthadone sirop 5 mg/mL',
  form: 'sirop',
  strength: '5 mg/mL',
  unit: 'mL',
  perBox: toMilli(60_000),
};

/**
 * Two products over a week:
 * seq 1 opening (03-02), 2 P2 morphine (03-02), 3 P3 methadone (03-06),
 * 4 receipt P2 30 (03-03), 5 dispensation P2 12 (03-05), 6 receipt P3 1 000,5 mL (03-06),
 * 7 dispensation P2 0,5 (03-09).
 */
export function weekOfMovements(): RegisterEvent[] {
  return sealAll([
    openingDraft(),
    productDraft(),
    on('2026-03-06', productDraft(METHADONE)),
    on('2026-03-03', receiptDraft({ quantity: units(30) })),
    on('2026-03-05', dispensationDraft({ quantity: units(12) })),
    on('2026-03-06', receiptDraft({ productId: 'P3', quantity: toMilli(1_000_500) })),
    on('2026-03-09', dispensationDraft({ quantity: toMilli(500) })),
  ]);
}

export { MORPHINE };

/** French typography puts narrow no-break spaces before colons and between digit groups. */
export function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

/** The events with one more sealed after them, decided against the state they leave. */
export function followedBy(events: readonly RegisterEvent[], draft: Draft): RegisterEvent[] {
  const register = fold(emptyRegister(TODAY), events);
  return [...events, record(register, draft)];
}

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'le conseil régional de l’Ordre des pharmaciens de Bretagne' };

/** The week of movements, 2 tablets of P2 brought back (03-09), planned for destruction and destroyed on 03-10. */
export function weekWithDestruction(): RegisterEvent[] {
  let events = followedBy(weekOfMovements(), {
    operationDate: '2026-03-09',
    body: { type: 'patient.return', productId: 'P2', quantity: units(2), returnedBy: 'Jean Dupont' },
  });
  events = followedBy(events, {
    operationDate: '2026-03-09',
    body: {
      type: 'destruction.planned',
      plannedDate: '2026-03-10',
      witness: WITNESS,
      inspector: 'ARS Bretagne',
      items: [{ productId: 'P2', quantity: units(2) }],
    },
  });
  events = followedBy(events, { operationDate: '2026-03-10', body: { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution' } });
  return followedBy(events, { operationDate: '2026-03-10', body: { type: 'destruction', dossier: 'PV-2026-001', productId: 'P2' } });
}
