import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { createStockOnDay } from '../../../electron/cli/commands/stock/stock-on-day';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { correctionDraft, MORPHINE, on, TODAY, units } from '../../fixtures/drafts';
import { followedBy, journalLines, plain, weekOfMovements, writeJournal, writeJournalText } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

function tallyAt(at: string, events = weekOfMovements()) {
  const tally = createStockOnDay(at);
  for (const event of events) tally.add(event);
  return tally.report().rows.map((row) => [row.productId, row.balance.total, row.balance.quarantine]);
}

/**
 * The week of movements, then 2 tablets of P2 brought back by a patient (03-09, into
 * quarantine) and 1 of them returned to the supplier from quarantine (03-10).
 */
function weekWithQuarantine(): RegisterEvent[] {
  const returned = followedBy(weekOfMovements(), {
    operationDate: '2026-03-09',
    body: { type: 'patient.return', productId: 'P2', quantity: units(2), returnedBy: 'Jean Dupont' },
  });
  return followedBy(returned, {
    operationDate: '2026-03-10',
    body: {
      type: 'supplier.return',
      productId: 'P2',
      quantity: units(1),
      compartment: 'quarantine',
      supplier: { name: 'Répartiteur Ouest', address: 'ZI de Kerpont, 56850 Caudan' },
      reason: 'Destruction',
    },
  });
}

describe('createStockOnDay', () => {
  it('counts only operations dated on or before the day, that day included', () => {
    expect(tallyAt('2026-03-01')).toEqual([]);
    expect(tallyAt('2026-03-02')).toEqual([['P2', 0, 0]]);
    expect(tallyAt('2026-03-04')).toEqual([['P2', 30_000, 0]]);
    expect(tallyAt('2026-03-05')).toEqual([['P2', 18_000, 0]]);
    expect(tallyAt('2026-03-06')).toEqual([
      ['P2', 18_000, 0],
      ['P3', 1_000_500, 0],
    ]);
    expect(tallyAt('2026-03-09')).toEqual([
      ['P2', 17_500, 0],
      ['P3', 1_000_500, 0],
    ]);
  });

  it('keeps the part of the balance in quarantine, in and out', () => {
    const events = weekWithQuarantine();
    expect(tallyAt('2026-03-08', events)[0]).toEqual(['P2', 18_000, 0]);
    expect(tallyAt('2026-03-09', events)[0]).toEqual(['P2', 19_500, 2_000]);
    expect(tallyAt('2026-03-10', events)[0]).toEqual(['P2', 18_500, 1_000]);
  });

  it('names each product and the establishment as they stand on the day', () => {
    const renamed = followedBy(
      followedBy(weekOfMovements(), {
        operationDate: '2026-03-09',
        body: { type: 'product.changed', productId: 'P2', product: { ...MORPHINE, designation: 'Skenan LP 10 mg' }, active: true },
      }),
      { operationDate: '2026-03-09', body: { type: 'establishment.changed', establishment: { name: 'Pharmacie du Quai', address: '1 quai des Indes' } } },
    );
    const report = (at: string) => {
      const tally = createStockOnDay(at);
      for (const event of renamed) tally.add(event);
      return tally.report();
    };
    expect(report('2026-03-08')).toMatchObject({
      establishmentName: 'Pharmacie du Port',
      rows: [{ product: { designation: 'Morphine sulfate LP 10 mg' } }, {}],
    });
    expect(report('2026-03-09')).toMatchObject({ establishmentName: 'Pharmacie du Quai', rows: [{ product: { designation: 'Skenan LP 10 mg' } }, {}] });
  });

  it('names the register it read', () => {
    const tally = createStockOnDay('2026-03-10');
    for (const event of weekOfMovements()) tally.add(event);
    expect(tally.report()).toMatchObject({ registerId: 'REG-2026-001', establishmentName: 'Pharmacie du Port' });
  });
});

describe('stock command', () => {
  it('prints the stock at the day given by --at', async () => {
    const io = captured();
    expect(await runCli(['stock', writeJournal(weekOfMovements()), '--at', '2026-03-05'], io)).toBe(EXIT_OK);
    expect(io.stderr).toEqual([]);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines[0]).toBe('Stock au 05/03/2026 — Pharmacie du Port, registre REG-2026-001');
    expect(lines.slice(1)).toEqual([
      'Désignation                Forme     Dosage  Solde du registre  Disponible  Quarantaine  Unité',
      'Morphine sulfate LP 10 mg  comprimé  10 mg                  18          18            0  comprimé',
    ]);
  });

  it('prints the stock today when no date is given', async () => {
    const io = captured();
    expect(await runCli(['stock', writeJournal(weekOfMovements())], io)).toBe(EXIT_OK);
    const text = io.stdout.join('\n');
    expect(text).toContain('Stock au 10/03/2026');
    expect(text).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +17,5 +17,5 +0 +comprimé/);
    expect(text).toMatch(/Méthadone sirop 5 mg\/mL +sirop +5 mg\/mL +1 000,5 +1 000,5 +0 +mL/);
  });

  it('shows the balance, what can be dispensed and what waits in quarantine', async () => {
    const path = writeJournal(weekWithQuarantine());
    const returned = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-09'], returned)).toBe(EXIT_OK);
    expect(returned.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +19,5 +17,5 +2 +comprimé/);
    const destroyed = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-10'], destroyed)).toBe(EXIT_OK);
    expect(destroyed.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +18,5 +17,5 +1 +comprimé/);
  });

  it('counts a correction the other way from the movement it reverses, from its own date', async () => {
    const events = weekOfMovements();
    const dispensation = events[4]!;
    const path = writeJournalText(
      followedBy(events, on('2026-03-09', correctionDraft(dispensation.seq)))
        .map(serializeLine)
        .join(''),
    );
    const before = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-08'], before)).toBe(EXIT_OK);
    expect(before.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +18 +18 +0 +comprimé/);
    const after = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-09'], after)).toBe(EXIT_OK);
    expect(after.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +29,5 +29,5 +0 +comprimé/);
  });

  it('gives no figures from a broken journal', async () => {
    const lines = journalLines(weekOfMovements());
    lines[4] = lines[4]!.replace('"quantity":12000', '"quantity":2000');
    const io = captured();
    expect(await runCli(['stock', writeJournalText(lines.join('\n')), '--at', '2026-03-09'], io)).toBe(EXIT_BROKEN);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain('Ligne 5 (n° d’ordre 5) : l’empreinte ne correspond pas au contenu — la ligne a été modifiée.');
  });
});
