// The main process's own settings (where the reserve copy lives; per register, whether the
// establishment files the annual declaration and by when), in the data folder, written
// atomically so that a crash never leaves half a file.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSerialQueue } from '../../shared/serial-queue';
import { replaceWhole } from '../files/replace-whole';
import { isDeadline, type AnnualSettings } from '../../shared/jare/annual-settings';
import { confirmedMatchesSchema } from '../../shared/jare/confirmed-matches';
import type { ConfirmedMatches } from '../../shared/jare/matching';

export interface MainSettings {
  reserveFolder: string | null;
  /** The id on the reserve medium's identity card (medium-identity.ts); absent for a reserve set up by an earlier version. */
  reserveMediumId?: string;
  /** Per register id: the annual declaration's settings (decision 0011); absent until first saved. */
  annual?: Record<string, AnnualSettings>;
  /** Per register id: the JARE matches the user confirmed (decision 0012); absent until the first. */
  jareMatches?: Record<string, ConfirmedMatches>;
}

const DEFAULTS: MainSettings = { reserveFolder: null };

/** The stored annual settings that still make sense; anything else is dropped (the defaults apply). */
function storedAnnual(value: unknown): Record<string, AnnualSettings> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kept = Object.entries(value as Record<string, Partial<AnnualSettings>>).filter(
    ([, settings]) => typeof settings?.operator === 'boolean' && isDeadline(settings.deadline),
  ) as [string, AnnualSettings][];
  return kept.length === 0 ? undefined : Object.fromEntries(kept.map(([id, { operator, deadline }]) => [id, { operator, deadline }]));
}

/** The stored confirmed matches that still parse; a register's that do not are dropped (asked again). */
function storedJareMatches(value: unknown): Record<string, ConfirmedMatches> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kept = Object.entries(value).flatMap(([id, matches]) => {
    const parsed = confirmedMatchesSchema.safeParse(matches);
    return parsed.success ? [[id, parsed.data] as const] : [];
  });
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

function settingsPath(dataFolder: string): string {
  return join(dataFolder, 'settings.json');
}

export async function loadSettings(dataFolder: string): Promise<MainSettings> {
  try {
    const stored = JSON.parse(await readFile(settingsPath(dataFolder), 'utf8')) as Partial<MainSettings>;
    const annual = storedAnnual(stored.annual);
    const jareMatches = storedJareMatches(stored.jareMatches);
    return {
      reserveFolder: typeof stored.reserveFolder === 'string' ? stored.reserveFolder : null,
      ...(typeof stored.reserveMediumId === 'string' ? { reserveMediumId: stored.reserveMediumId } : {}),
      ...(annual === undefined ? {} : { annual }),
      ...(jareMatches === undefined ? {} : { jareMatches }),
    };
  } catch {
    return { ...DEFAULTS };
  }
}

// A change reads the file, changes it and writes it back: two at once (the reserve folder
// chosen while the annual settings are saved) would each write what it read and lose the
// other's change, and share one temporary file. So every change, whichever handler makes
// it, waits for the one before, in one queue for the whole main process.
const changes = createSerialQueue();

/** Reads the settings, applies `change`, writes the result; one change at a time per data folder. */
export function updateSettings(dataFolder: string, change: (current: MainSettings) => MainSettings): Promise<MainSettings> {
  return changes(dataFolder, async () => {
    const next = change(await loadSettings(dataFolder));
    await saveSettings(dataFolder, next);
    return next;
  });
}

async function saveSettings(dataFolder: string, settings: MainSettings): Promise<void> {
  await mkdir(dataFolder, { recursive: true });
  await replaceWhole(settingsPath(dataFolder), Buffer.from(JSON.stringify(settings, null, 2), 'utf8'));
}
