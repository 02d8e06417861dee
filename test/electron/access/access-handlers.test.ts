// The personal-code channels as the window reaches them: through the dispatcher, which
// checks every payload, to the real handlers on a temporary data folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { editionFonts } from '../../fixtures/edition-fonts';
import { ESTABLISHMENT, HOLDER } from '../../fixtures/drafts';

const PAGE = 'app://registre/index.html';
const REGISTER = 'REG-2026-001';
const HEAD = { seq: 12, hash: 'ab'.repeat(32) };

function mainProcess(savePath: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'acces-ipc-'));
  const opened: string[] = [];
  const dialogs: string[] = [];
  const dispatch = createDispatcher({
    handlers: createHandlers({
      version: 't',
      shell: 'harness',
      dataFolder: join(root, 'data'),
      chooseFolder: async () => null,
      chooseRecoverySheetPath: async (defaultName) => {
        dialogs.push(defaultName);
        return savePath === null ? null : join(root, savePath);
      },
      openPath: async (path) => {
        opened.push(path);
        return '';
      },
      editionFonts,
      now: () => new Date('2026-03-10T09:00:00.000Z'),
    }),
    isTrustedSender: (url) => url === PAGE,
  });
  return { root, opened, dialogs, call: (channel: string, payload: unknown) => dispatch(PAGE, channel, payload) };
}

const setUp = { registerId: REGISTER, holder: HOLDER, establishment: ESTABLISHMENT, head: HEAD, code: '482913' };

describe('the personal-code channels', () => {
  it('sets the holder up, writes the recovery sheet where chosen and opens it to print, and opens a session', async () => {
    const { root, opened, call } = mainProcess('feuille.pdf');
    expect(await call('access:setUpHolder', setUp)).toEqual({ ok: true, value: { sheetPath: join(root, 'feuille.pdf') } });
    expect(opened).toEqual([join(root, 'feuille.pdf')]);
    expect(readFileSync(join(root, 'feuille.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await call('access:open', { registerId: REGISTER, orderNumber: HOLDER.orderNumber, code: '482913' })).toEqual({ ok: true, value: null });
    expect(await call('access:status', { registerId: REGISTER })).toEqual({
      ok: true,
      value: { holder: HOLDER.orderNumber, withCode: [HOLDER.orderNumber], recoveries: 0 },
    });
    // The sheet is never put among the editions, which go to the reserve and into packages.
    expect(readdirSync(join(root, 'data'))).toEqual(['acces']);
  });

  it('changes nothing when the holder cancels where to save the sheet', async () => {
    const { root, call } = mainProcess(null);
    expect(await call('access:setUpHolder', setUp)).toEqual({ ok: false, error: { code: 'access.cancelled' } });
    expect(existsSync(join(root, 'data', 'acces'))).toBe(false);
  });

  it('says a code of the wrong shape or a wrong recovery code before asking where to save the sheet', async () => {
    const { dialogs, call } = mainProcess('feuille.pdf');
    expect(await call('access:setUpHolder', { ...setUp, code: '12' })).toMatchObject({ ok: false, error: { field: 'code' } });
    expect(dialogs).toEqual([]);
    await call('access:setUpHolder', setUp);
    expect(dialogs).toHaveLength(1);
    const recovery = {
      registerId: REGISTER,
      holder: HOLDER,
      establishment: ESTABLISHMENT,
      head: HEAD,
      recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE',
      newCode: '846291',
    };
    expect(await call('access:recover', recovery)).toEqual({ ok: false, error: { code: 'access.wrongRecovery', field: 'recoveryCode' } });
    expect(dialogs).toHaveLength(1);
  });

  it.each([
    ['a code that is not text', { registerId: REGISTER, orderNumber: '1', code: 482913 }],
    ['a code of a megabyte', { registerId: REGISTER, orderNumber: '1', code: '7'.repeat(1024 * 1024) }],
    ['a register id that is a path', { registerId: '../etc', orderNumber: '1', code: '482913' }],
    ['no order number', { registerId: REGISTER, orderNumber: '', code: '482913' }],
  ])('refuses %s before any handler runs', async (_what, payload) => {
    const { call } = mainProcess('feuille.pdf');
    expect(await call('access:open', payload)).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
  });

  it('answers a wrong code in French terms the window shows as they are', async () => {
    const { call } = mainProcess('feuille.pdf');
    await call('access:setUpHolder', setUp);
    expect(await call('access:open', { registerId: REGISTER, orderNumber: HOLDER.orderNumber, code: '999999' })).toEqual({
      ok: false,
      error: { code: 'access.wrongCode', field: 'code', params: { count: '4' } },
    });
  });
});
