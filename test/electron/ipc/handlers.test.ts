import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';

describe('app:getInfo', () => {
  it('answers the version, shell and data folder of its context', async () => {
    const context = { version: '1.2.3', shell: 'harness', dataFolder: '/tmp/registre', chooseFolder: async () => null } as const;
    expect(await createHandlers(context)['app:getInfo'](null)).toEqual({
      ok: true,
      value: { version: '1.2.3', shell: 'harness', dataFolder: '/tmp/registre' },
    });
  });
});
