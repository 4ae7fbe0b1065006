import { describe, expect, it } from 'vitest';
import { joinAddresses, parseClassroomInfo, reachableFromPhones } from './join_address';

const classroom = { urls: ['https://192.168.1.20:8443/', 'https://10.0.0.5:8443/'], port: 8443 };

describe('parseClassroomInfo', () => {
  it.each<[string, unknown, unknown]>([
    ['the server answer', classroom, classroom],
    [
      'keeps only https addresses',
      { urls: ['http://x/', 'https://y/'], port: 1 },
      { urls: ['https://y/'], port: 1 },
    ],
    ['no https address', { urls: ['http://x/'], port: 1 }, null],
    ['no port', { urls: ['https://y/'] }, null],
    ['junk urls', { urls: [1, 'not a url'], port: 1 }, null],
    ['an HTML 404 parsed as nothing', null, null],
    ['a string', 'https://y/', null],
  ])('%s', (_, json, want) => {
    expect(parseClassroomInfo(json)).toEqual(want);
  });
});

describe('reachableFromPhones', () => {
  it.each([
    ['https://192.168.1.20:8443/', true],
    ['https://host.example/convlens/', true],
    ['http://192.168.1.20:4173/', false],
    ['https://localhost:8443/', false],
    ['https://127.0.0.1:8443/', false],
    ['https://[::1]:8443/', false],
  ])('%s -> %s', (url, want) => {
    expect(reachableFromPhones(new URL(url))).toBe(want);
  });
});

describe('joinAddresses', () => {
  it.each<[string, string, typeof classroom | null, string[]]>([
    [
      'the teacher on localhost: the LAN addresses, then the page',
      'https://localhost:8443/?present#/faces',
      classroom,
      [
        'https://192.168.1.20:8443/#/faces',
        'https://10.0.0.5:8443/#/faces',
        'https://localhost:8443/#/faces',
      ],
    ],
    [
      'the teacher on a LAN address: that one first, no repeat',
      'https://10.0.0.5:8443/#/landmarks',
      classroom,
      ['https://10.0.0.5:8443/#/faces', 'https://192.168.1.20:8443/#/faces'],
    ],
    [
      'a static HTTPS host on a sub-path, no classroom server',
      'https://host.example/convlens/index.html?backend=wasm#/style',
      null,
      ['https://host.example/convlens/index.html#/faces'],
    ],
    [
      'npm start on http: the page only (the panel says phones need HTTPS)',
      'http://localhost:4173/',
      null,
      ['http://localhost:4173/#/faces'],
    ],
  ])('%s', (_, page, info, want) => {
    expect(joinAddresses(new URL(page), info, 'faces')).toEqual(want);
  });
});
