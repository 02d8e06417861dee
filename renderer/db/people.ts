// The counter's memory of people (patients, prescribers, suppliers, animal owners): a
// table derived from the events, kept by the write door in the transaction that adds
// them, and rebuilt from the journal alone (docs/decisions/0036-memoire-des-personnes.md).
// It is an index, never a source: nothing in it is not in an event.
import Dexie from 'dexie';
import { mergeSeen, peopleOf, personKey, personTerms, type PersonRole, type PersonSeen } from '../../shared/people/people-of-event';
import { searchWords } from '../../shared/people/search-text';
import { rankSuggestions, SUGGESTION_LIMIT } from '../../shared/people/suggestions';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterDatabase } from './database';

/** A person as the memory keeps them, under the key that tells two people apart (personKey). */
export interface PersonRow extends PersonSeen {
  key: string;
  /** `role:word` for each word of the name in search form (a multi-entry index). */
  terms: string[];
}

/** Which events named a person: one row per person and event, to list a person's lines without reading the log. */
export interface PersonEventRow {
  person: string;
  seq: number;
}

/** A suggestion as the screens receive it: the person, and the key that names them in a filter. */
export type Person = Omit<PersonRow, 'terms'>;

/**
 * How many rows a prefix may read before ranking: a single letter typed in a large
 * register must not read every patient. The newest of them are ranked first anyway.
 */
const PREFIX_READ_LIMIT = 2000;

function rowOf(person: PersonSeen): PersonRow {
  return { ...person, key: personKey(person.role, person.name, person.address), terms: personTerms(person.role, person.name) };
}

/** Folds the people of some events into rows, in memory: the latest writing of each person wins. */
export function peopleRows(events: readonly RegisterEvent[], into = new Map<string, PersonRow>()): { rows: Map<string, PersonRow>; links: PersonEventRow[] } {
  const links: PersonEventRow[] = [];
  for (const event of events) {
    for (const person of peopleOf(event)) {
      const row = rowOf(person);
      const earlier = into.get(row.key);
      into.set(row.key, earlier ? rowOf(mergeSeen(earlier, person)) : row);
      links.push({ person: row.key, seq: event.seq });
    }
  }
  return { rows: into, links };
}

/** Inside the write door's transaction: the people of the events just added, merged with what the memory had. */
export async function keepPeople(db: RegisterDatabase, events: readonly RegisterEvent[]): Promise<void> {
  const { rows, links } = peopleRows(events);
  if (rows.size === 0) return;
  const keys = [...rows.keys()];
  const stored = await db.people.bulkGet(keys);
  await db.people.bulkPut(
    keys.map((key, index) => {
      const row = rows.get(key) as PersonRow;
      const earlier = stored[index];
      return earlier ? rowOf(mergeSeen(earlier, row)) : row;
    }),
  );
  await db.personEvents.bulkPut(links);
}

/** Empties the memory and reads it again from the events, page by page (the schema's upgrade, a repair). */
export async function rebuildPeople(
  events: Dexie.Table<RegisterEvent, number>,
  people: Dexie.Table<PersonRow, string>,
  personEvents: Dexie.Table<PersonEventRow>,
): Promise<void> {
  await people.clear();
  await personEvents.clear();
  const rows = new Map<string, PersonRow>();
  const PAGE = 5000;
  let after = 0;
  for (;;) {
    const page = await events.where('seq').above(after).limit(PAGE).toArray();
    if (page.length === 0) break;
    const { links } = peopleRows(page, rows);
    await personEvents.bulkPut(links);
    after = page[page.length - 1]?.seq ?? after;
  }
  await people.bulkPut([...rows.values()]);
}

/** The people of a role whose name matches what is typed, the most recently seen first. */
export async function suggestPeople(db: RegisterDatabase, role: PersonRole, query: string, limit = SUGGESTION_LIMIT): Promise<Person[]> {
  const [first] = searchWords(query);
  const candidates =
    first === undefined
      ? await db.people.where('[role+lastSeq]').between([role, Dexie.minKey], [role, Dexie.maxKey]).reverse().limit(limit).toArray()
      : await db.people.where('terms').startsWith(`${role}:${first}`).distinct().limit(PREFIX_READ_LIMIT).toArray();
  return rankSuggestions(candidates, query, limit).map(({ terms: _terms, ...person }) => person);
}

/** The order numbers of the events that named a person, newest first, at most `limit`. */
export async function personEventSeqs(db: RegisterDatabase, person: string, limit: number): Promise<number[]> {
  const rows = await db.personEvents.where('[person+seq]').between([person, Dexie.minKey], [person, Dexie.maxKey]).reverse().limit(limit).toArray();
  return rows.map((row) => row.seq);
}
