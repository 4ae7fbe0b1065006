import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { classroomUrls, lanAddresses } from '../../../scripts/classroom/lan_addresses.mjs';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});
const lo = [v4('127.0.0.1', true)];

describe('lanAddresses', () => {
  it.each<[string, NodeJS.Dict<NetworkInterfaceInfo[]>, string[]]>([
    ['loopback only', { lo }, []],
    ['one Wi-Fi address', { lo, wlan0: [v4('192.168.1.20')] }, ['192.168.1.20']],
    [
      'IPv6 is left out',
      { lo, wlan0: [v6('fd00::2'), v6('fe80::1'), v4('10.0.0.5')] },
      ['10.0.0.5'],
    ],
    [
      'Docker before Wi-Fi in the table, Wi-Fi first in the answer',
      { lo, docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.1.20')] },
      ['192.168.1.20', '172.17.0.1'],
    ],
    [
      '192.168 before 10 before 172.16/12 before others before link-local',
      {
        a: [v4('169.254.3.4')],
        b: [v4('192.0.2.2')],
        c: [v4('172.20.0.9')],
        d: [v4('10.1.2.3')],
        e: [v4('192.168.0.9')],
      },
      ['192.168.0.9', '10.1.2.3', '172.20.0.9', '192.0.2.2', '169.254.3.4'],
    ],
    [
      'a VPN or bridge goes last even in a private range',
      { tun0: [v4('10.8.0.2')], vboxnet0: [v4('192.168.56.1')], eth0: [v4('100.70.1.2')] },
      ['100.70.1.2', '10.8.0.2', '192.168.56.1'],
    ],
    [
      'the same address twice is listed once',
      { a: [v4('10.0.0.1')], b: [v4('10.0.0.1')] },
      ['10.0.0.1'],
    ],
    ['an interface without entries', { lo, eth0: undefined }, []],
  ])('%s', (_name, interfaces, expected) => {
    expect(lanAddresses(interfaces)).toEqual(expected);
  });

  it("reads this machine's interfaces by default", () => {
    for (const address of lanAddresses()) expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(lanAddresses()).not.toContain('127.0.0.1');
  });
});

describe('classroomUrls', () => {
  it('gives every LAN address, with the port', () => {
    expect(classroomUrls(['192.168.1.20', '10.0.0.5'], 8443)).toEqual([
      'https://192.168.1.20:8443/',
      'https://10.0.0.5:8443/',
    ]);
  });

  it('falls back to 127.0.0.1 only when there is no LAN address', () => {
    expect(classroomUrls([], 9000)).toEqual(['https://127.0.0.1:9000/']);
  });
});
