// Announcing and finding a register over real multicast DNS (bonjour-service), in one
// process: the announcement leaves by this machine's network interface and comes back by
// the system's multicast loopback. What this proves: the records announced are the ones a
// counter decodes (type, port, TXT, address), and a stopped announcement is no longer
// heard, also from another process. What it does not: the crossing of a real switch or
// Wi-Fi between two PCs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
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

  it('hears a register announced by another process of this machine', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'announce-child.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('announced') && resolve());
        child.once('exit', () => reject(new Error('le processus qui annonce s’est arrêté')));
      });
      const heard = await browseRegisters(2_000);
      expect(heard.filter((host) => host.hostName === 'poste-hote-autre-processus')).toEqual([
        {
          hostName: 'poste-hote-autre-processus',
          establishment: 'Cabinet vétérinaire des Dunes',
          address: lanAddresses()[0],
          port: 55_433,
          database: 'registre',
        },
      ]);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 30_000);
});
