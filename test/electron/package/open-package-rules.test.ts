// The buyer opens a hand-over package whose journal is intact but invalid: package:open
// refuses it, naming the order number and the rule, and nothing can be imported or
// installed from it; the command line says the same of the file.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFolder } from '../../../electron/editions/paths';
import { EXIT_BROKEN } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { createOpenPackageHandlers } from '../../../electron/package/open-package';
import { describeError } from '../../../shared/errors';
import { journalPartPath, TECHNICAL_LOG_PATH } from '../../../shared/package/manifest';
import { TODAY } from '../../fixtures/drafts';
import { forgedJournals, type ForgedJournal } from '../../fixtures/forged';
import { handoverPackage, journalBytes } from '../../fixtures/package';
import { plain } from '../cli/journal-files';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'registre-package-rules-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function packageFile(forged: ForgedJournal): Promise<string> {
  const registerId = 'REG-2026-001';
  const parts = [
    { path: journalPartPath(registerId), role: 'journal' as const, bytes: journalBytes(forged.events) },
    { path: TECHNICAL_LOG_PATH, role: 'technical' as const, bytes: strToU8('{"event":"package.created"}\n') },
  ];
  const path = join(work, 'dossier-reprise.zip');
  await writeFile(path, handoverPackage(forged.events, parts).zip);
  return path;
}

describe('a package holding an invalid journal', () => {
  it.each(forgedJournals().map((forged) => [forged.name, forged] as const))('is refused at package:open: %s', async (_name, forged) => {
    const dataFolder = join(work, 'buyer');
    const path = await packageFile(forged);
    const handlers = createOpenPackageHandlers({ dataFolder, choosePackageFile: async () => path } as Parameters<typeof createOpenPackageHandlers>[0]);
    const opened = await handlers['package:open'](null);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error).toMatchObject({ code: 'package.journalInvalid', params: { seq: String(forged.seq) } });
    const said = describeError(opened.error);
    expect(said).toMatch(new RegExp(`non conforme aux règles du registre au n°\\sd’ordre ${forged.seq}\\s\\(ligne`));
    expect(said).toMatch(forged.says);
    // No token was handed out: no event can be read from it, no edition installed.
    expect(await handlers['package:readEvents']({ token: '00000000-0000-4000-8000-000000000000', cursor: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'package.expired' },
    });
    expect(existsSync(archiveFolder(dataFolder, 'REG-2026-001'))).toBe(false);

    const stderr: string[] = [];
    const io = { today: TODAY, out: () => undefined, err: (text: string) => stderr.push(plain(text)) };
    expect(await runCli(['verify', path], io)).toBe(EXIT_BROKEN);
    expect(stderr.join('\n')).toContain(`n° d’ordre ${forged.seq}`);
    expect(stderr.join('\n')).toMatch(forged.says);
  });
});
