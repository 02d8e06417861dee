// Announcing and finding a register over real multicast DNS (bonjour-service), in one
// process: the announcement leaves by this machine's network interface and comes back by
// the system's multicast loopback. What this proves: the records announced are the ones a
// counter decodes (type, port, TXT, address), and a stopped announcement is no longer
// heard. What it does not: the crossing of a real switch or Wi-Fi between two PCs.
import { describe, expect, it } from 'vitest';
import { announceRegister, browseRegisters } from '../../../../electron/network/discovery/mdns';
import { lanAddresses } from '../../../../electron/network/host/lan-addresses';

describe('finding the shared register on the local network', () => {
  it('hears the register announced, with its address, port, database and establishment, and not once it is stopped', async () => {
    const errors: unknown[] = [];
    const announced = announceRegister({ hostName: 'poste-hote-test', establishment: 'Pharmacie du Port', port: 55_432, database: 'registre' }, {}, (error) =>
      errors.push(error),
    );
    let heard;
    try {
      heard = await browseRegisters(2_000);
    } finally {
      await announced.stop();
    }
    const ours = heard.filter((host) => host.hostName === 'poste-hote-test');
    expect(ours).toEqual([{ hostName: 'poste-hote-test', establishment: 'Pharmacie du Port', address: lanAddresses()[0], port: 55_432, database: 'registre' }]);
    expect(errors).toEqual([]);

    const after = await browseRegisters(1_500);
    expect(after.filter((host) => host.hostName === 'poste-hote-test')).toEqual([]);
  }, 20_000);
});
