import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, type CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { createStockTally } from '../../../electron/cli/stock-tally';
import { serializeLine } from '../../../shared/journal/line';
import { prepareEvent } from '../../../shared/register/prepare';
import { correctionDraft, HOLDER, on, openedContext, TODAY } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { RECORDED_AT } from '../../fixtures/events';
import { journalLines, plain, weekOfMovements, writeJournal, writeJournalText } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

function tallyAt(at: string) {
  const tally = createStockTally(at);
  for (const event of weekOfMovements()) tally.add(event);
  return tally.report().rows.map((row) => [row.productId, row.quantity]);
}

describe('createStockTally', () => {
  it('counts only operations dated on or before the day, that day included', () => {
    expect(tallyAt('2026-03-01')).toEqual([]);
    expect(tallyAt('2026-03-02')).toEqual([['P2', 0]]);
    expect(tallyAt('2026-03-04')).toEqual([['P2', 30_000]]);
    expect(tallyAt('2026-03-05')).toEqual([['P2', 18_000]]);
    expect(tallyAt('2026-03-06')).toEqual([
      ['P2', 18_000],
      ['P3', 1_000_500],
    ]);
    expect(tallyAt('2026-03-09')).toEqual([
      ['P2', 17_500],
      ['P3', 1_000_500],
    ]);
  });

  it('names the register it read', () => {
    const tally = createStockTally('2026-03-10');
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
    expect(lines.slice(2)).toEqual(['Morphine sulfate LP 10 mg  comprimé  10 mg      18  comprimé']);
  });

  it('prints the stock today when no date is given', async () => {
    const io = captured();
    expect(await runCli(['stock', writeJournal(weekOfMovements())], io)).toBe(EXIT_OK);
    const text = io.stdout.join('\n');
    expect(text).toContain('Stock au 10/03/2026');
    expect(text).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +17,5 +comprimé/);
    expect(text).toMatch(/Méthadone sirop 5 mg\/mL +sirop +5 mg\/mL +1 000,5 +mL/);
  });

  it('counts a correction the other way from the movement it reverses, from its own date', async () => {
    const events = weekOfMovements();
    const dispensation = events[4]!;
    const correction = accepted(
      prepareEvent(on('2026-03-09', correctionDraft(dispensation.seq)), openedContext({ target: dispensation }), {
        head: { seq: 7, hash: events[6]!.hash },
        recordedAt: RECORDED_AT,
        validatedBy: HOLDER,
      }),
    );
    const path = writeJournalText([...events, correction].map(serializeLine).join(''));
    const before = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-08'], before)).toBe(EXIT_OK);
    expect(before.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +18 +comprimé/);
    const after = captured();
    expect(await runCli(['stock', path, '--at', '2026-03-09'], after)).toBe(EXIT_OK);
    expect(after.stdout.join('\n')).toMatch(/Morphine sulfate LP 10 mg +comprimé +10 mg +29,5 +comprimé/);
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
