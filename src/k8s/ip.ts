/**
 * IP address and CIDR parsing for the Service checks (k8s.io/apimachinery/pkg/util/validation
 * IsValidIP / IsValidCIDR, net.IP's IsUnspecified/IsLoopback/IsLinkLocal*). Pure string work: core
 * code does no I/O and imports no Node module.
 */

export type IPFamily = 'IPv4' | 'IPv6';

function ipv4Bytes(v: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  // Octets with leading zeros are read as decimal, as netutils.ParseIPSloppy (IsValidIP) does on every
  // release stsplan supports: strict parsing is the StrictIPCIDRValidation gate, alpha (off) from 1.33.
  if (parts.some((n) => n > 255)) return undefined;
  return parts;
}

/** The 16 bytes of an IPv6 address (with an optional trailing dotted quad), or undefined. */
function ipv6Bytes(v: string): number[] | undefined {
  if (!v.includes(':') || /[^0-9a-fA-F:.]/.test(v)) return undefined;
  let tail: number[] = [];
  let text = v;
  const lastColon = v.lastIndexOf(':');
  if (v.slice(lastColon + 1).includes('.')) {
    const four = ipv4Bytes(v.slice(lastColon + 1));
    if (!four) return undefined;
    tail = four;
    text = `${v.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !rest) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const words = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
  const bytes = words.flatMap((w) => [w >> 8, w & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

export function ipFamilyOf(v: string): IPFamily | undefined {
  if (ipv4Bytes(v)) return 'IPv4';
  if (ipv6Bytes(v)) return 'IPv6';
  return undefined;
}

export function isValidCIDR(v: string): boolean {
  const i = v.indexOf('/');
  if (i < 0) return false;
  const family = ipFamilyOf(v.slice(0, i));
  const bits = v.slice(i + 1);
  if (!family || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 'IPv4' ? 32 : 128);
}

/** core/validation ValidateNonSpecialIP: the detail for an address a Service may not use, if any. */
export function specialIPProblems(v: string): string[] {
  const four = ipv4Bytes(v);
  const six = four ? undefined : ipv6Bytes(v);
  // An IPv4-mapped IPv6 address is judged as its IPv4 address, as Go's net.IP does.
  const mapped = six && six.slice(0, 10).every((b) => b === 0) && six[10] === 0xff && six[11] === 0xff ? six.slice(12) : undefined;
  const b4 = four ?? mapped;
  const out: string[] = [];
  if (b4) {
    if (b4.every((b) => b === 0)) out.push(`may not be unspecified (${v})`);
    if (b4[0] === 127) out.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
    if (b4[0] === 169 && b4[1] === 254) out.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
    if (b4[0] === 224 && b4[1] === 0 && b4[2] === 0) out.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  } else if (six) {
    if (six.every((b) => b === 0)) out.push(`may not be unspecified (${v})`);
    if (six.slice(0, 15).every((b) => b === 0) && six[15] === 1) out.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
    if (six[0] === 0xfe && (six[1]! & 0xc0) === 0x80) out.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
    if (six[0] === 0xff && (six[1]! & 0x0f) === 0x02) out.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  }
  return out;
}
