// What an announcement carries and what a counter's set-up makes of one heard: never a
// password, an IPv4 address to connect to, and nothing listed that cannot be used.
import { describe, expect, it } from 'vitest';
import { foundHostOf, serviceName, txtOf } from '../../../../electron/network/discovery/register-service';

describe('the announcement of a shared register', () => {
  it('carries the host, the establishment and the database, and nothing else', () => {
    const txt = txtOf({ hostName: 'ARRIERE-BOUTIQUE', establishment: 'Pharmacie du Port', port: 5432, database: 'registre' });
    expect(txt).toEqual({ v: '1', poste: 'ARRIERE-BOUTIQUE', etablissement: 'Pharmacie du Port', base: 'registre' });
    expect(serviceName('x'.repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it('is listed with its IPv4 address, its .local name when it announced none', () => {
    const txt = { poste: 'ARRIERE-BOUTIQUE', etablissement: 'Pharmacie du Port', base: 'registre' };
    expect(foundHostOf({ host: 'arriere-boutique', port: 5432, addresses: ['fe80::1', '169.254.3.4', '192.168.1.10'], txt })).toEqual({
      hostName: 'ARRIERE-BOUTIQUE',
      establishment: 'Pharmacie du Port',
      address: '192.168.1.10',
      port: 5432,
      database: 'registre',
    });
    expect(foundHostOf({ host: 'arriere-boutique', port: 5432, addresses: [], txt })?.address).toBe('arriere-boutique.local');
  });

  it('is not listed without a port or a database', () => {
    expect(foundHostOf({ host: 'a', addresses: ['192.168.1.10'], txt: { base: 'registre' } })).toBeNull();
    expect(foundHostOf({ host: 'a', port: 5432, addresses: ['192.168.1.10'], txt: {} })).toBeNull();
  });
});
