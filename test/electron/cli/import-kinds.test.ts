// The import expresses every kind of event the register has: a row kind for each, but
// the few an import never writes, listed with their reason; and a register that uses
// them all imports, replays under the register's rules and gives the expected stock.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOT_IMPORTABLE, ROW_KINDS } from '../../../electron/cli/commands/import/import-row-kinds';
import { EXIT_OK } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { EVENT_TYPES } from '../../../shared/register/event-schemas';
import type { RegisterEvent } from '../../../shared/register/events';
import { evolve } from '../../../shared/register/evolve';
import { emptyState } from '../../../shared/register/register-state';
import { replayJournal } from '../../../shared/register/replay';
import { captured, COMPLETE, importInto, readEvents, VETERINARY } from './import-files';

const PDF = readFileSync(new URL('../../fixtures/import/inventaire-cession-2026-10-01.pdf', import.meta.url));
const CESSION_PDF = { fileName: 'inventaire-cession-2026-10-01.pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') };
const DOC = readFileSync(new URL('../../../docs/import-format.md', import.meta.url), 'utf8');

function stockAfter(events: readonly RegisterEvent[], seq: number) {
  const state = emptyState();
  for (const event of events) if (event.seq <= seq) evolve(state, event);
  return Object.fromEntries([...state.products].map(([id, product]) => [id, product.stock]));
}

describe('the kinds of row of the import', () => {
  it('write every event type of the register, but those listed as not importable', () => {
    const written = new Set(ROW_KINDS.flatMap((kind) => kind.produces));
    for (const type of EVENT_TYPES) {
      const notImportable = NOT_IMPORTABLE[type];
      expect({ type, importable: written.has(type) || notImportable !== undefined }).toEqual({ type, importable: true });
      // Never both: a type listed as not importable that a row writes would be a stale list.
      expect({ type, both: written.has(type) && notImportable !== undefined }).toEqual({ type, both: false });
    }
    expect(EVENT_TYPES).toContain('clock.setBack');
  });

  it('are each documented, as are the types an import never writes', () => {
    for (const kind of ROW_KINDS) for (const name of [...kind.names, ...(kind.lineNames ?? [])]) expect(DOC).toContain(`\`${name}\``);
    for (const type of Object.keys(NOT_IMPORTABLE)) expect(DOC).toContain(`\`${type}\``);
  });

  it('have names that never clash', () => {
    const names = ROW_KINDS.flatMap((kind) =>
      [...kind.names, ...(kind.lineNames ?? [])].map((name) =>
        name
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      ),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('a register taken over with every kind of row', () => {
  it('imports, verifies and replays under the register’s rules', async () => {
    const { code, io, path } = await importInto(COMPLETE);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(EXIT_OK);
    const events = readEvents(path);
    expect(replayJournal(events)).toBeNull();
    const verified = captured();
    expect(await runCli(['verify', path], verified)).toBe(EXIT_OK);
    expect(verified.stderr).toEqual([]);

    // Every type the import can write is in it, but the veterinarian's, in the other example.
    const veterinary = await importInto(VETERINARY);
    const types = new Set([...events, ...readEvents(veterinary.path)].map((event) => event.type));
    const importable = EVENT_TYPES.filter((type) => NOT_IMPORTABLE[type] === undefined);
    expect(importable.filter((type) => !types.has(type))).toEqual([]);
  });

  it('gives the stock of each step: the inventory’s écarts, the destructions, the cession, the closure', async () => {
    const { path } = await importInto(COMPLETE);
    const events = readEvents(path);
    const seqOf = (type: RegisterEvent['type'], nth = 0) => events.filter((event) => event.type === type)[nth]!.seq;

    // Before the first inventory: 70 gélules (4 in quarantine), 380 mL, 9 patches (2 in quarantine).
    expect(stockAfter(events, seqOf('inventory.taken') - 1)).toEqual({
      P3: { total: 70_000, quarantine: 4_000 },
      P4: { total: 380_000, quarantine: 0 },
      P5: { total: 9_000, quarantine: 2_000 },
    });
    // Its two écarts: one gélule missing, 0,5 mL lost.
    const adjustments = events.filter((event) => event.type === 'inventory.adjustment');
    expect(adjustments.map((event) => [event.productId, event.quantity, event.direction, event.inventory])).toEqual([
      ['P3', 1_000, 'exit', seqOf('inventory.taken')],
      ['P4', 500, 'exit', seqOf('inventory.taken')],
    ]);
    // The buyer takes over what the contradictory inventory counted, the PDF sealed before.
    const cession = events.find((event) => event.type === 'holder.changed')!;
    const edition = events[cession.seq - 2]!;
    expect(edition).toMatchObject({ type: 'edition.produced', edition: 'transfer-inventory', inventory: seqOf('inventory.taken', 1), ...CESSION_PDF });
    expect(stockAfter(events, cession.seq)).toEqual({
      P3: { total: 68_000, quarantine: 3_000 },
      P4: { total: 379_500, quarantine: 0 },
      P5: { total: 7_000, quarantine: 0 },
    });
    // The cancelled dossier destroyed nothing; the two PVs destroyed 4 + 2, then everything left.
    expect(events.filter((event) => event.type === 'destruction').map((event) => [event.dossier, event.productId, event.quantity])).toEqual([
      ['PV-2026-001', 'P3', 4_000],
      ['PV-2026-001', 'P5', 2_000],
      ['PV-2026-003', 'P3', 68_000],
      ['PV-2026-003', 'P4', 379_500],
      ['PV-2026-003', 'P5', 7_000],
    ]);
    const closed = events.at(-1)!;
    expect(closed).toMatchObject({ type: 'register.closed', depositedWith: { authority: 'ARS' }, validatedBy: { name: 'Hugo Lefèvre' } });
    expect(stockAfter(events, closed.seq)).toEqual({ P3: { total: 0, quarantine: 0 }, P4: { total: 0, quarantine: 0 }, P5: { total: 0, quarantine: 0 } });
  });
});
