import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../../renderer/db/import-events';
import { archiveDueYears } from '../../../../renderer/features/handover/archive-due-years';
import { GENESIS_HASH, type RegisterEvent } from '../../../../shared/register/events';
import { sealEvent, type UnsealedEvent } from '../../../../shared/register/seal';
import { trackedDatabase } from '../../../fixtures/database';
import { ESTABLISHMENT, HOLDER } from '../../../fixtures/drafts';
import { restoreTo } from '../../../fixtures/events';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import type { RegisterStore } from '../../../../renderer/db/register-store';

const main = useTempMainProcess();
const REGISTER = 'REG-2025-007';

/** Sealed one after the other; each closure covers the head before it, as the register's rules require. */
function chain(bodies: { operationDate: string; body: Record<string, unknown> }[]): RegisterEvent[] {
  const events: RegisterEvent[] = [];
  for (const [index, { operationDate, body }] of bodies.entries()) {
    const previous = events.at(-1);
    const head = body.type === 'month.closed' && previous ? { head: { seq: previous.seq, hash: previous.hash } } : {};
    events.push(
      sealEvent({
        format: 1,
        seq: index + 1,
        prevHash: previous?.hash ?? GENESIS_HASH,
        recordedAt: `${operationDate}T10:00:00.000Z`,
        operationDate,
        validatedBy: HOLDER,
        ...body,
        ...head,
      } as unknown as UnsealedEvent),
    );
  }
  return events;
}

const openingOf = (registerId: string) => ({
  operationDate: '2025-11-03',
  body: { type: 'register.opened', registerId, establishment: ESTABLISHMENT, holder: HOLDER },
});
const opening = openingOf(REGISTER);
const closure = (month: string, day: string) => ({ operationDate: day, body: { type: 'month.closed', month, products: [] } });

async function archives(registerId = REGISTER): Promise<string[]> {
  return readdir(join(main.root, 'data', 'archives', registerId)).catch(() => []);
}

/** The store, counting the pages of the journal the window reads (the only way it reads the log whole). */
function countingPages(inner: RegisterStore): { store: RegisterStore; pagesRead: () => number } {
  let pages = 0;
  const store: RegisterStore = {
    ...inner,
    eventsAfter: (after, limit, upTo) => {
      pages += 1;
      return inner.eventsAfter(after, limit, upTo);
    },
  };
  return { store, pagesRead: () => pages };
}

describe('archiveDueYears', () => {
  it('archives a year once its December is closed, once only', async () => {
    const db = trackedDatabase();
    const events = chain([opening, closure('2025-11', '2025-11-30'), closure('2025-12', '2025-12-31')]);
    await importEvents(db, events, restoreTo(events));
    const api = main.api();
    expect(await archiveDueYears(dexieStore(db), api)).toBeNull();
    expect(await archives()).toEqual([`2025_archive-annuelle_${REGISTER}.zip`]);
    expect(await archiveDueYears(dexieStore(db), api)).toBeNull();
    expect(await archives()).toEqual([`2025_archive-annuelle_${REGISTER}.zip`]);
    const listed = await api['archive:list']({ registerId: REGISTER });
    expect(listed.ok && listed.value.archives.map((archive) => [archive.year, archive.problem])).toEqual([[2025, null]]);
  });

  // Each test its own register: the years found archived are remembered for the session, by register.
  it('asks only for the archives’ names, never for their verification, at the check', async () => {
    const db = trackedDatabase();
    const registerId = 'REG-2025-010';
    const events = chain([openingOf(registerId), closure('2025-11', '2025-11-30'), closure('2025-12', '2025-12-31')]);
    await importEvents(db, events, restoreTo(events));
    const inner = main.api();
    const asked: string[] = [];
    const api: typeof inner = {
      ...inner,
      'archive:written': (request) => (asked.push('archive:written'), inner['archive:written'](request)),
      'archive:list': (request) => (asked.push('archive:list'), inner['archive:list'](request)),
    };
    expect(await archiveDueYears(dexieStore(db), api)).toBeNull();
    expect(await archives(registerId)).toEqual([`2025_archive-annuelle_${registerId}.zip`]);
    expect(asked).toEqual(['archive:written']);
  });

  it('never reads the journal in the window when the reserve ends at its head', async () => {
    const db = trackedDatabase();
    const registerId = 'REG-2025-008';
    const events = chain([openingOf(registerId), closure('2025-11', '2025-11-30'), closure('2025-12', '2025-12-31')]);
    await importEvents(db, events, restoreTo(events));
    const api = await main.reserveHolding(registerId, events);
    const { store, pagesRead } = countingPages(dexieStore(db));
    expect(await archiveDueYears(store, api)).toBeNull();
    expect(await archives(registerId)).toEqual([`2025_archive-annuelle_${registerId}.zip`]);
    expect(pagesRead()).toBe(0);
  });

  it('sends the journal page by page when the reserve is behind, and writes the same archive', async () => {
    const db = trackedDatabase();
    const registerId = 'REG-2025-009';
    const events = chain([openingOf(registerId), closure('2025-11', '2025-11-30'), closure('2025-12', '2025-12-31')]);
    await importEvents(db, events, restoreTo(events));
    // The reserve holds all but the last event (a key unplugged before December's closure).
    const api = await main.reserveHolding(registerId, events.slice(0, -1));
    const { store, pagesRead } = countingPages(dexieStore(db));
    expect(await archiveDueYears(store, api)).toBeNull();
    expect(pagesRead()).toBeGreaterThan(0);
    const listed = await api['archive:list']({ registerId });
    expect(listed.ok && listed.value.archives.map((archive) => [archive.fileName, archive.problem])).toEqual([
      [`2025_archive-annuelle_${registerId}.zip`, null],
    ]);
  });

  it('writes nothing while December is not closed', async () => {
    const db = trackedDatabase();
    const events = chain([opening, closure('2025-11', '2025-11-30')]);
    await importEvents(db, events, restoreTo(events));
    expect(await archiveDueYears(dexieStore(db), main.api())).toBeNull();
    expect(await archives()).toEqual([]);
  });
});
