// The addresses under which the counters reach this PC on the practice's network: its
// IPv4 addresses that are not the PC talking to itself. Printed on the sheet for adding a
// counter, beside the PC's name; a PC on Wi-Fi and cable has two, both printed.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const found = new Set<string>();
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      // Link-local (169.254…): what a PC gives itself when no router answered; no counter reaches it.
      if (entry.family === 'IPv4' && !entry.internal && !entry.address.startsWith('169.254.')) found.add(entry.address);
    }
  }
  return [...found].sort();
}
