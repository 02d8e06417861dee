// The annual declaration seen from the window: render the JARE working copy as a workbook
// (exceljs runs here, in Node), and keep per register whether the establishment files the
// declaration and by when (decision 0011: main-process settings, next to the reserve's),
// and the JARE matches its user confirmed (decision 0012), in the same file.
import { DEFAULT_ANNUAL_SETTINGS } from '../../shared/jare/annual-settings';
import { NO_CONFIRMED_MATCHES } from '../../shared/jare/matching';
import type { MainHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { loadSettings, updateSettings } from '../reserve/settings';
import { workingCopyWorkbook } from './working-copy-workbook';

type AnnualHandlers = Pick<MainHandlers, 'annual:workbook' | 'annual:getSettings' | 'annual:setSettings' | 'jare:getMatches' | 'jare:setMatches'>;

export function createAnnualHandlers({ dataFolder }: { dataFolder: string }): AnnualHandlers {
  return {
    'annual:workbook': async ({ copy, establishment, createdAt }) => ok({ bytes: await workingCopyWorkbook(copy, establishment, new Date(createdAt)) }),

    'annual:getSettings': async ({ registerId }) => ok((await loadSettings(dataFolder)).annual?.[registerId] ?? { ...DEFAULT_ANNUAL_SETTINGS }),

    'annual:setSettings': async ({ registerId, settings }) => {
      const kept = { operator: settings.operator, deadline: settings.deadline };
      await updateSettings(dataFolder, (current) => ({ ...current, annual: { ...current.annual, [registerId]: kept } }));
      return ok(kept);
    },

    'jare:getMatches': async ({ registerId }) => ok((await loadSettings(dataFolder)).jareMatches?.[registerId] ?? NO_CONFIRMED_MATCHES),

    // The window sends the whole table (a confirmation added or forgotten); it replaces this register's.
    'jare:setMatches': async ({ registerId, matches }) => {
      const kept = { substances: { ...matches.substances }, products: { ...matches.products } };
      await updateSettings(dataFolder, (current) => ({ ...current, jareMatches: { ...current.jareMatches, [registerId]: kept } }));
      return ok(kept);
    },
  };
}
