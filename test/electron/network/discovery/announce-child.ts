// A host PC's announcement from a process of its own: what a counter on the same machine hears.
import { announceRegister } from '../../../../electron/network/discovery/mdns';

const announcement = announceRegister({
  hostName: 'poste-hote-autre-processus',
  establishment: 'Cabinet vétérinaire des Dunes',
  port: 55_433,
  database: 'registre',
});
process.stdout.write('announced\n');
process.on('SIGTERM', () => void announcement.stop().then(() => process.exit(0)));
