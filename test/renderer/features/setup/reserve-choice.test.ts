// The reserve folder asked for while the register is opened, against the real
// main-process handlers on a temporary folder.
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chooseReserveFolder, mayOpen, readReserveChoice } from '../../../../renderer/features/setup/reserve-choice';
import type { RegistreApi } from '../../../../shared/ipc/contract';
import { err } from '../../../../shared/result';
import { useTempMainProcess } from '../../../fixtures/main-process';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000010';
const main = useTempMainProcess();

describe('reserve folder at the opening of the register', () => {
  it('has none on a new installation', async () => {
    expect(await readReserveChoice(main.api(), REGISTER_ID)).toEqual({ kind: 'none' });
  });

  it('has none without a main process (the window opened outside the application)', async () => {
    expect(await readReserveChoice(null, REGISTER_ID)).toEqual({ kind: 'none' });
    expect(await chooseReserveFolder(null, REGISTER_ID)).toEqual({ choice: { kind: 'none' }, error: null });
  });

  it('keeps the folder chosen, and says whether it is on the same disk as the application', async () => {
    const api = main.api();
    const chosen = await chooseReserveFolder(api, REGISTER_ID);
    expect(chosen).toEqual({ choice: { kind: 'chosen', folder: main.reserveFolder, sameDevice: expect.any(Boolean) }, error: null });
    // Asked again (another screen, a restart), the choice is still there.
    expect(await readReserveChoice(api, REGISTER_ID)).toEqual(chosen.choice);
  });

  it('reports a chosen folder whose medium has gone as unreachable', async () => {
    const api = main.api();
    await chooseReserveFolder(api, REGISTER_ID);
    await rm(main.reserveFolder, { recursive: true });
    expect(await readReserveChoice(api, REGISTER_ID)).toEqual({ kind: 'unreachable', folder: main.reserveFolder });
    // Choosing it again while it is away is refused, and named.
    expect(await chooseReserveFolder(api, REGISTER_ID)).toMatchObject({
      choice: { kind: 'unreachable' },
      error: { code: 'reserve.unreachable', params: { folder: main.reserveFolder } },
    });
  });

  it('treats a cancelled dialog as no error', async () => {
    const api = main.api();
    const cancelling: RegistreApi = { ...api, 'reserve:chooseFolder': async () => err({ code: 'reserve.cancelled' }) };
    expect(await chooseReserveFolder(cancelling, REGISTER_ID)).toEqual({ choice: { kind: 'none' }, error: null });
  });

  it('opens with a reachable folder, or without one only when the person said so', () => {
    expect(mayOpen({ kind: 'chosen', folder: '/media/usb', sameDevice: false }, false)).toBe(true);
    expect(mayOpen({ kind: 'none' }, false)).toBe(false);
    expect(mayOpen({ kind: 'unreachable', folder: '/media/usb' }, false)).toBe(false);
    expect(mayOpen({ kind: 'checking' }, false)).toBe(false);
    expect(mayOpen({ kind: 'none' }, true)).toBe(true);
    expect(mayOpen({ kind: 'unreachable', folder: '/media/usb' }, true)).toBe(true);
  });
});
