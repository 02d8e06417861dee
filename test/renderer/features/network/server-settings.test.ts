import { describe, expect, it } from 'vitest';
import { SERVER_DEFAULTS, serverSettings } from '../../../../renderer/features/network/ServerFields';

const typed = { ...SERVER_DEFAULTS, host: ' 192.168.1.20 ', password: 'mot de passe' };

describe('the server a form names', () => {
  it('keeps the fingerprint typed, so that a register is sent only to the server it pins', () => {
    const fingerprint = 'ab'.repeat(32);
    expect(serverSettings({ ...typed, fingerprint })).toEqual({
      ok: true,
      value: { host: '192.168.1.20', port: 5432, database: 'registre', user: 'registre_poste', password: 'mot de passe', fingerprint },
    });
  });

  it('asks for encryption when the holder requires it, and for nothing more when neither is given', () => {
    expect(serverSettings({ ...typed, requireTls: 'oui' })).toMatchObject({ ok: true, value: { requireTls: true } });
    const plain = serverSettings(typed);
    expect(plain.ok && 'fingerprint' in plain.value).toBe(false);
    expect(plain.ok && 'requireTls' in plain.value).toBe(false);
  });

  it('says the port is not a port before anything is asked of the main process', () => {
    for (const port of ['', '0', '65536', '54a', '5432.5']) expect(serverSettings({ ...typed, port })).toMatchObject({ ok: false, error: { field: 'port' } });
  });
});
