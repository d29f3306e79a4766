import { describe, expect, it } from 'vitest';
import { blockContains, parseIpAddress, parseIpBlock, parseIpv4, parseIpv6 } from './ip';
import { holds, runCondition } from './testContext';

function inBlock(block: string, addr: string): boolean {
  const b = parseIpBlock(block);
  const a = parseIpAddress(addr);
  if (!b || !a) throw new Error(`bad test input ${block} ${addr}`);
  return blockContains(b, a);
}

describe('IP parsing', () => {
  it('parses dotted-quad IPv4 and rejects malformed text (S32 IP address condition operators)', () => {
    expect(parseIpv4('203.0.113.5')).toBe(0xcb007105);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', 'a.b.c.d', '', '1..2.3']) {
      expect(parseIpv4(bad), bad).toBeUndefined();
    }
  });

  it('parses IPv6 with :: compression and an IPv4 tail (S32: IPv6 addresses are supported)', () => {
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('2001:db8::')).toBe(0x20010db8n << 96n);
    expect(parseIpv6('2001:DB8:0:0:0:0:0:1')).toBe((0x20010db8n << 96n) | 1n);
    expect(parseIpv6('::ffff:192.0.2.1')).toBe((0xffffn << 32n) | 0xc0000201n);
    for (const bad of [
      '1::2::3',
      '12345::',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      'fe80::1%eth0',
      '1.2.3.4::',
      ':::',
    ]) {
      expect(parseIpv6(bad), bad).toBeUndefined();
    }
  });

  it('rejects CIDR prefixes out of range (S32 CIDR notation)', () => {
    expect(parseIpBlock('10.0.0.0/33')).toBeUndefined();
    expect(parseIpBlock('2001:db8::/129')).toBeUndefined();
    expect(parseIpBlock('10.0.0.0/')).toBeUndefined();
    expect(parseIpBlock('10.0.0.0/-1')).toBeUndefined();
    expect(parseIpBlock('10.0.0.0/8/8')).toBeUndefined();
  });
});

describe('CIDR containment', () => {
  it('IPv4 blocks contain exactly their range, /0 everything, a bare address only itself (S32: bare address = /32)', () => {
    expect(inBlock('203.0.113.0/24', '203.0.113.255')).toBe(true);
    expect(inBlock('203.0.113.0/24', '203.0.114.0')).toBe(false);
    expect(inBlock('0.0.0.0/0', '198.51.100.7')).toBe(true);
    expect(inBlock('198.51.100.7', '198.51.100.7')).toBe(true);
    expect(inBlock('198.51.100.7', '198.51.100.8')).toBe(false);
    expect(inBlock('198.51.100.7/32', '198.51.100.7')).toBe(true);
    expect(inBlock('128.0.0.0/1', '200.1.1.1')).toBe(true);
    expect(inBlock('128.0.0.0/1', '100.1.1.1')).toBe(false);
  });

  it('IPv6 blocks: /0, /32, /128 and bare addresses (S32 IP address condition operators)', () => {
    expect(inBlock('::/0', '2001:db8::1')).toBe(true);
    expect(inBlock('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(inBlock('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(inBlock('2001:db8::1/128', '2001:db8::1')).toBe(true);
    expect(inBlock('2001:db8::1', '2001:db8::2')).toBe(false);
  });

  it('IPv4 and IPv6 never match each other, except IPv4-mapped addresses (⚠ documented choice in ip.ts)', () => {
    expect(inBlock('::/0', '10.0.0.1')).toBe(false);
    expect(inBlock('0.0.0.0/0', '2001:db8::1')).toBe(false);
    expect(inBlock('10.0.0.0/8', '::ffff:10.1.2.3')).toBe(true);
    expect(inBlock('::ffff:10.0.0.0/104', '10.1.2.3')).toBe(true);
  });
});

describe('IpAddress / NotIpAddress', () => {
  it('IpAddress is true when the source address is in a listed block (S32; S36 aws:SourceIp)', () => {
    const c = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } };
    expect(holds(c, { 'aws:SourceIp': '203.0.113.5' })).toBe(true);
    expect(holds(c, { 'aws:SourceIp': '2001:db8::5' })).toBe(true);
    expect(holds(c, { 'aws:SourceIp': '198.51.100.1' })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it('NotIpAddress is true only when the address is in none of the blocks, and when the key is absent (S31, S32)', () => {
    const c = { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } };
    expect(holds(c, { 'aws:SourceIp': '192.0.2.1' })).toBe(true);
    expect(holds(c, { 'aws:SourceIp': '198.51.100.9' })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it('an invalid request address matches no block (S32: values must be addresses)', () => {
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, { 'aws:SourceIp': 'not-an-ip' }),
    ).toBe(false);
  });

  it('an invalid CIDR in the policy is an error at the value path and the clause is false (S32 CIDR notation)', () => {
    const run = runCondition(
      { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '10.0.0.0/40'] } },
      { 'aws:SourceIp': '10.1.1.1' },
    );
    expect(run.result).toBe(false);
    expect(run.clauses[0]?.reason).toBe('invalid');
    expect(run.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'InvalidIpValue',
        path: ['Statement', 0, 'Condition', 'IpAddress', 'aws:SourceIp', 1],
      }),
    ]);
  });
});
