// The addresses printed on the sheet for adding a counter: the PC's IPv4 addresses on the
// network, never the loopback, IPv6, nor the link-local address a PC gives itself alone.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../../../electron/network/host/lan-addresses';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '02:00:00:00:00:01', cidr: null }) as NetworkInterfaceInfo;

describe('the host’s addresses on the network', () => {
  it('are its IPv4 addresses on cable and Wi-Fi, each once, in order', () => {
    expect(
      lanAddresses({
        lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
        ethernet: [entry('192.168.1.23', 'IPv4'), entry('fe80::1', 'IPv6')],
        wifi: [entry('192.168.1.10', 'IPv4'), entry('169.254.7.9', 'IPv4')],
        bridge: [entry('192.168.1.10', 'IPv4')],
      }),
    ).toEqual(['192.168.1.10', '192.168.1.23']);
  });

  it('are none on a PC with no network', () => {
    expect(lanAddresses({ lo: [entry('127.0.0.1', 'IPv4', true)] })).toEqual([]);
  });
});
