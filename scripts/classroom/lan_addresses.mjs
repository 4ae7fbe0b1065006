// The addresses a phone on the classroom Wi-Fi can reach this laptop at.
//
// IPv4 only: phones are told one address (typed or scanned), and IPv6 addresses on most networks
// are temporary privacy addresses that change daily, which would renew the certificate (and bring
// back each phone's warning) every day instead of once per term.
import { networkInterfaces } from 'node:os';

const virtualInterface = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|wg|zt|tailscale)/i;

/**
 * Lower ranks come first: the usual home and school Wi-Fi ranges before other private ranges
 * (172.16/12 is where Docker puts its bridges), then anything else, then link-local and virtual
 * interfaces, which a phone on the Wi-Fi rarely reaches.
 * @param {string} name
 * @param {string} address
 */
function rank(name, address) {
  const [a, b] = address.split('.').map(Number);
  if (virtualInterface.test(name)) return 5;
  if (a === 169 && b === 254) return 4;
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b !== undefined && b >= 16 && b < 32) return 2;
  return 3;
}

/**
 * Every non-internal IPv4 address of this machine, the likeliest classroom address first.
 * @param {NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>} [interfaces] os.networkInterfaces()
 * @returns {string[]}
 */
export function lanAddresses(interfaces = networkInterfaces()) {
  /** @type {{ address: string, rank: number }[]} */
  const found = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0-18.3 reported the family as a number.
      const ipv4 = info.family === 'IPv4' || /** @type {unknown} */ (info.family) === 4;
      if (ipv4 && !info.internal && !found.some((f) => f.address === info.address)) {
        found.push({ address: info.address, rank: rank(name, info.address) });
      }
    }
  }
  return found.sort((x, y) => x.rank - y.rank).map((f) => f.address);
}

/**
 * The addresses phones are given: every LAN address, or this machine's loopback when it has none
 * (then only this laptop can connect, but the server still works).
 * @param {string[]} addresses from lanAddresses()
 * @param {number} port
 */
export function classroomUrls(addresses, port) {
  const hosts = addresses.length > 0 ? addresses : ['127.0.0.1'];
  return hosts.map((host) => `https://${host}:${port}/`);
}
