import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/cli/args';

describe('parseArgs', () => {
  it('reads verify with its journal', () => {
    expect(parseArgs(['verify', 'a.journal.jsonl'])).toEqual({ ok: true, command: { name: 'verify', journal: 'a.journal.jsonl' } });
  });

  it('reads stock with or without a date, the option before or after the journal', () => {
    expect(parseArgs(['stock', 'a.jsonl'])).toEqual({ ok: true, command: { name: 'stock', journal: 'a.jsonl' } });
    expect(parseArgs(['stock', 'a.jsonl', '--at', '2026-03-05'])).toEqual({
      ok: true,
      command: { name: 'stock', journal: 'a.jsonl', at: '2026-03-05' },
    });
    expect(parseArgs(['stock', '--at=2026-03-05', 'a.jsonl'])).toEqual({
      ok: true,
      command: { name: 'stock', journal: 'a.jsonl', at: '2026-03-05' },
    });
  });

  it('reads every spelling of help', () => {
    for (const word of ['help', '--help', '-h']) expect(parseArgs([word])).toEqual({ ok: true, command: { name: 'help' } });
  });

  it('names what is wrong with the command line', () => {
    expect(parseArgs([])).toEqual({ ok: false, problem: { kind: 'noCommand' } });
    expect(parseArgs(['verifier', 'a.jsonl'])).toEqual({ ok: false, problem: { kind: 'unknownCommand', command: 'verifier' } });
    expect(parseArgs(['verify'])).toEqual({ ok: false, problem: { kind: 'missingJournal', command: 'verify' } });
    expect(parseArgs(['stock', '--at', '2026-03-05'])).toEqual({ ok: false, problem: { kind: 'missingJournal', command: 'stock' } });
    expect(parseArgs(['verify', 'a.jsonl', 'b.jsonl'])).toEqual({
      ok: false,
      problem: { kind: 'unexpectedArgument', command: 'verify', argument: 'b.jsonl' },
    });
    expect(parseArgs(['verify', 'a.jsonl', '--at', '2026-03-05'])).toEqual({
      ok: false,
      problem: { kind: 'unexpectedArgument', command: 'verify', argument: '--at' },
    });
  });

  it('requires --at to be a real calendar day in YYYY-MM-DD', () => {
    expect(parseArgs(['stock', 'a.jsonl', '--at'])).toEqual({ ok: false, problem: { kind: 'missingDate' } });
    for (const value of ['05/03/2026', '2026-02-30', '2026-3-5']) {
      expect(parseArgs(['stock', 'a.jsonl', '--at', value])).toEqual({ ok: false, problem: { kind: 'badDate', value } });
    }
  });
});
