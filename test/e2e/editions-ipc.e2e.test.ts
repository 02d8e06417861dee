// The edition channels called from the page as the window will call them, with real
// PDF bytes crossing the harness's transport: the files on disk, the copy on the reserve
// medium, the file handed to the system viewer and the copy saved where the dialog says.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';

const REGISTER_ID = 'e2e0e2e0-0000-4000-8000-000000000001';
const NAME = 'balance-mensuelle-2026-03.pdf';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-editions-ipc-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('edition channels from the page', () => {
  it('archives real bytes, duplicates them on the reserve, opens, saves a copy and refuses an altered file', async () => {
    const dataFolder = join(workDir, 'data');
    const reserveFolder = join(workDir, 'usb-key');
    const saveFolder = join(workDir, 'inspector-key');
    await mkdir(reserveFolder);
    await mkdir(saveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, reserveFolder, saveFolder });
    try {
      const { page } = app;
      const answers = await page.evaluate(
        async ({ registerId, fileName }) => {
          const api = window.registre;
          if (!api) throw new Error('window.registre absent');
          // A PDF header then every byte value, so that nothing is lost to a text encoding.
          const header = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
          const bytes = new Uint8Array(header.length + 256 * 4);
          bytes.set(header);
          for (let index = 0; index < 256 * 4; index += 1) bytes[header.length + index] = index % 256;
          const pageHash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
          const chosen = await api['reserve:chooseFolder'](null);
          const archived = await api['edition:archive']({ registerId, fileName, bytes });
          const again = await api['edition:archive']({ registerId, fileName, bytes });
          const sha256 = archived.ok ? archived.value.sha256 : '';
          const opened = await api['edition:open']({ registerId, fileName, sha256 });
          const saved = await api['edition:saveAs']({ registerId, fileName, sha256 });
          const synced = await api['edition:syncReserve']({ registerId });
          const pathLike = await api['edition:archive']({ registerId, fileName: '../x.pdf', bytes });
          return { size: bytes.length, pageHash, chosen, archived, again, opened, saved, synced, pathLike };
        },
        { registerId: REGISTER_ID, fileName: NAME },
      );

      const archivePath = join(dataFolder, 'editions', REGISTER_ID, NAME);
      const onDisk = await readFile(archivePath);
      const diskHash = createHash('sha256').update(onDisk).digest('hex');
      expect(answers.chosen).toEqual({ ok: true, value: { folder: reserveFolder } });
      expect(answers.archived).toEqual({ ok: true, value: { fileName: NAME, sha256: diskHash, size: answers.size, onReserve: true } });
      expect(diskHash).toBe(answers.pageHash);
      expect(onDisk.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
      expect((await readFile(join(reserveFolder, `${REGISTER_ID}.editions`, NAME))).equals(onDisk)).toBe(true);
      expect(answers.again).toEqual({ ok: false, error: { code: 'edition.exists', params: { fileName: NAME } } });
      expect(answers.opened).toEqual({ ok: true, value: null });
      expect(app.opened).toEqual([archivePath]);
      expect(answers.saved).toEqual({ ok: true, value: { path: join(saveFolder, NAME) } });
      expect((await readFile(join(saveFolder, NAME))).equals(onDisk)).toBe(true);
      expect(answers.synced).toEqual({ ok: true, value: { copied: 0, missing: 0, conflicts: [] } });
      expect(answers.pathLike).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });

      // Someone edits the archived file: the window is told, and the viewer is not started.
      await writeFile(archivePath, Buffer.concat([onDisk, Buffer.from('\n% ajout\n')]));
      const refused = await page.evaluate(({ registerId, fileName, sha256 }) => window.registre?.['edition:open']({ registerId, fileName, sha256 }), {
        registerId: REGISTER_ID,
        fileName: NAME,
        sha256: diskHash,
      });
      expect(refused).toEqual({ ok: false, error: { code: 'edition.altered', params: { fileName: NAME } } });
      expect(app.opened).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
