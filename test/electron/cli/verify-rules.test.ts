// An intact but invalid journal (re-chained by a forger or a faulty exporter): verify,
// stock and annual refuse it, naming the order number and the rule in French, and
// print or write nothing else.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { TODAY } from '../../fixtures/drafts';
import { forgedJournals } from '../../fixtures/forged';
import { plain, tempFolder, writeJournal } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

const cases = forgedJournals().map((forged) => [forged.name, forged] as const);

describe('verify, stock and annual on an intact but invalid journal', () => {
  it.each(cases)('verify refuses %s, naming the order number and the rule', async (_name, forged) => {
    const path = writeJournal(forged.events);
    const io = captured();
    expect(await runCli(['verify', path], io)).toBe(EXIT_BROKEN);
    expect(io.stdout).toEqual([]);
    const said = io.stderr.join('\n');
    expect(said).toContain(`Journal refusé : ${path}`);
    expect(said).toContain(`(n° d’ordre ${forged.seq}) : le chaînage est intact, mais cet événement enfreint les règles du registre`);
    expect(said).toMatch(forged.says);
    expect(said).not.toContain('intègre :');
  });

  it.each(cases)('stock refuses %s and prints no balance', async (_name, forged) => {
    const io = captured();
    expect(await runCli(['stock', writeJournal(forged.events)], io)).toBe(EXIT_BROKEN);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain(`n° d’ordre ${forged.seq}`);
  });

  it.each(cases)('annual refuses %s in French and writes no file', async (_name, forged) => {
    const out = join(tempFolder(), 'annuel');
    const io = captured();
    expect(await runCli(['annual', writeJournal(forged.events), '--year', '2026', '--out', out], io)).toBe(EXIT_BROKEN);
    expect(io.stderr.join('\n')).toContain(`n° d’ordre ${forged.seq}`);
    expect(io.stderr.join('\n')).not.toMatch(/TypeError|Cannot read/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
