import ipaddr from 'ipaddr.js';
import { cleanText } from './clean-text.ts';

/** IPv4 without leading zeros; IPv6 in its compressed lower-case form (RFC 5952). Null if not an address. */
export function normaliseIp(input: string): string | null {
  const text = cleanText(input)
    .trim()
    .replace(/^\[|\]$/g, '');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    return octets.some((o) => o > 255) ? null : octets.join('.');
  }
  if (!text.includes(':') || !ipaddr.IPv6.isValid(text)) return null;
  try {
    const v6 = ipaddr.IPv6.parse(text);
    // ::ffff:203.0.113.7 is the IPv4 address written for an IPv6 socket: one address, one form.
    return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toRFC5952String();
  } catch {
    return null;
  }
}

/**
 * Addresses that name no one: private (10/8, 172.16/12, 192.168/16, fc00::/7), loopback, link-local,
 * carrier-grade NAT (100.64/10), multicast, broadcast, documentation and benchmarking ranges, 6to4,
 * Teredo, NAT64 and every other reserved block — everything ipaddr.js does not call global unicast.
 * An IPv4-mapped IPv6 address is judged by its IPv4 address.
 */
export function isNonPublicIp(ip: string): boolean {
  try {
    const parsed = ipaddr.parse(ip);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
      return (parsed as ipaddr.IPv6).toIPv4Address().range() !== 'unicast';
    return parsed.range() !== 'unicast';
  } catch {
    return true;
  }
}

/** A public address in canonical form, or null: the only kind of IP address that is an identifier. */
export function publicIp(input: string): string | null {
  const ip = normaliseIp(input);
  return ip && !isNonPublicIp(ip) ? ip : null;
}
