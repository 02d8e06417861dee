// The main process's own settings (today: where the reserve copy lives), in the data
// folder, written atomically so that a crash never leaves half a file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MainSettings {
  reserveFolder: string | null;
}

const DEFAULTS: MainSettings = { reserveFolder: null };

function settingsPath(dataFolder: string): string {
  return join(dataFolder, 'settings.json');
}

export async function loadSettings(dataFolder: string): Promise<MainSettings> {
  try {
    const stored = JSON.parse(await readFile(settingsPath(dataFolder), 'utf8')) as Partial<MainSettings>;
    return { reserveFolder: typeof stored.reserveFolder === 'string' ? stored.reserveFolder : null };
  } catch {
    return { ...DEFAULTS };
  }
}

export async function saveSettings(dataFolder: string, settings: MainSettings): Promise<void> {
  await mkdir(dataFolder, { recursive: true });
  const target = settingsPath(dataFolder);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, JSON.stringify(settings, null, 2), 'utf8');
  await rename(temporary, target);
}
