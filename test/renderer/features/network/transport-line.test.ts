// How every counter's banner says its connection is protected: « Certificat vérifié » once
// the fingerprint is kept, and otherwise where to type it without leaving the register.
import { describe, expect, it } from 'vitest';
import { transportLine as typeset } from '../../../../renderer/features/network/NetworkBanner';

/** The messages are typeset with French non-breaking spaces; read here with plain ones. */
const transportLine = (server: Parameters<typeof typeset>[0], place?: Parameters<typeof typeset>[1]) => typeset(server, place).replace(/[\u00a0\u202f]/g, ' ');
const address = { host: '192.168.1.10', port: 5432, database: 'registre', user: 'registre_poste' };

describe('the protection of the connection in the banner of a counter', () => {
  it('says the certificate is verified when its fingerprint is kept', () => {
    expect(transportLine({ ...address, fingerprint: 'AB:'.repeat(31) + 'AB' })).toBe(
      'Certificat vérifié. Échanges chiffrés, avec le serveur dont l’empreinte est sur la fiche.',
    );
  });

  it('points a counter joined without the fingerprint to the screen that verifies it', () => {
    for (const server of [address, { ...address, requireTls: true }]) {
      const line = transportLine(server);
      expect(line).not.toContain('Certificat vérifié');
      expect(line).toContain('« Vérifier le certificat du serveur »');
      expect(line).not.toContain('Revenir à un seul poste');
    }
    expect(transportLine({ ...address, requireTls: true })).toContain('le certificat du serveur n’est pas vérifié');
    expect(transportLine(address)).toContain('seulement si le serveur le propose');
  });

  it('on the first screen, where there are no tabs yet, points to the card below rather than to a tab', () => {
    for (const server of [address, { ...address, requireTls: true }]) {
      expect(transportLine(server)).toContain('onglet « Établissement »');
      const line = transportLine(server, 'firstScreen');
      expect(line).toContain('« Vérifier le certificat du serveur », ci-dessous');
      expect(line).not.toContain('onglet');
    }
  });
});
