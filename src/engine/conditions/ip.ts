/**
 * IP addresses and CIDR blocks for IpAddress/NotIpAddress (S32 "IP address condition operators":
 * IPv4 and IPv6, CIDR notation). IPv4 uses 32-bit numbers, IPv6 128-bit bigints; both are parsed
 * once (policy values at compile time).
 *
 * IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`) are treated as the IPv4 address they carry, in
 * requests and in policy blocks of prefix /96 or longer (⚠ AWS does not document this; it is how
 * dual-stack sockets report IPv4 clients). Otherwise IPv4 and IPv6 never match each other.
 */

/** A parsed address: a number for IPv4, a bigint for IPv6 (no wrapper object to allocate). */
export type IpValue = number | bigint;

/** A parsed CIDR block. */
export type IpBlock =
  | { v6: false; net: number; mask: number; prefix: number }
  | { v6: true; net: bigint; mask: bigint; prefix: number };

const V4_PART = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const PREFIX = /^\d{1,3}$/;
const ALL128 = (1n << 128n) - 1n;
const MAPPED_PREFIX = 0xffffn << 32n;

/** Parses dotted-quad IPv4 (no leading zeros, which some parsers read as octal). */
export function parseIpv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!V4_PART.test(p)) return undefined;
    const b = Number(p);
    if (b > 255) return undefined;
    n = n * 256 + b;
  }
  return n;
}

/** Parses IPv6 text (RFC 4291: `::` compression, trailing dotted IPv4; no zone id). */
export function parseIpv6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  // A dotted IPv4 tail may only end the whole address.
  const head = groups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groups(halves[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  const all = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  let n = 0n;
  for (const g of all) n = (n << 16n) | BigInt(g);
  return n;
}

function groups(text: string, v4Tail: boolean): number[] | undefined {
  if (text === '') return [];
  const out: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (v4Tail && i === parts.length - 1 && p.includes('.')) {
      const v4 = parseIpv4(p);
      if (v4 === undefined) return undefined;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (HEX_GROUP.test(p)) out.push(parseInt(p, 16));
    else return undefined;
  }
  return out;
}

let lastText: string | undefined;
let lastValue: IpValue | undefined;

/**
 * Parses a bare address; IPv4-mapped IPv6 becomes IPv4. The last result is memoized: a request
 * context presents the same aws:SourceIp to every clause and every statement.
 */
export function parseIpAddress(s: string): IpValue | undefined {
  if (s !== lastText) {
    lastText = s;
    lastValue = parseAddressUncached(s);
  }
  return lastValue;
}

function parseAddressUncached(s: string): IpValue | undefined {
  const v4 = parseIpv4(s);
  if (v4 !== undefined) return v4;
  const v6 = parseIpv6(s);
  if (v6 === undefined) return undefined;
  return v6 >> 32n === 0xffffn ? Number(v6 & 0xffffffffn) : v6;
}

/**
 * Parses `address/prefix` or a bare address (= /32 or /128). Host bits below the prefix are
 * ignored, as a network mask does.
 */
export function parseIpBlock(s: string): IpBlock | undefined {
  const slash = s.indexOf('/');
  const addr = slash < 0 ? s : s.slice(0, slash);
  const prefixText = slash < 0 ? undefined : s.slice(slash + 1);
  if (prefixText !== undefined && !PREFIX.test(prefixText)) return undefined;
  const v4 = parseIpv4(addr);
  if (v4 !== undefined) return v4Block(v4, prefixText === undefined ? 32 : Number(prefixText));
  const v6 = parseIpv6(addr);
  if (v6 === undefined) return undefined;
  const prefix = prefixText === undefined ? 128 : Number(prefixText);
  if (prefix > 128) return undefined;
  if (prefix >= 96 && (v6 & ~0xffffffffn) === MAPPED_PREFIX) {
    return v4Block(Number(v6 & 0xffffffffn), prefix - 96);
  }
  const mask = prefix === 0 ? 0n : (ALL128 >> BigInt(128 - prefix)) << BigInt(128 - prefix);
  return { v6: true, net: v6 & mask, mask, prefix };
}

function v4Block(n: number, prefix: number): IpBlock | undefined {
  if (prefix > 32) return undefined;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { v6: false, net: (n & mask) >>> 0, mask, prefix };
}

/** True when the block contains the address. */
export function blockContains(block: IpBlock, ip: IpValue): boolean {
  if (block.v6) return typeof ip === 'bigint' && (ip & block.mask) === block.net;
  return typeof ip === 'number' && (ip & block.mask) >>> 0 === block.net;
}
