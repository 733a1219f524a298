/**
 * The canonical text of a resource.Quantity, as the API server stores it
 * (k8s.io/apimachinery/pkg/api/resource, Quantity.String / CanonicalizeBytes):
 * "1024Mi" → "1Gi", "0.5" → "500m", "2000" → "2k". Needed wherever stsplan compares quantities
 * the way the API does or hashes a template the way the controller does.
 */

const QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXP: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL_EXP).map(([k, v]) => [v, k]));
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Canonical text of a quantity; the input unchanged when it does not parse. */
export function canonicalQuantity(input: string | number): string {
  const text = String(input).trim();
  const m = QUANTITY.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return String(input);
  const negative = m[1] === '-';
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  const suffix = m[4] ?? '';
  // value = digits × 10^exp10 × 2^exp2
  let digits = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, '') || '0');
  let exp10 = -fracPart.length;
  let exp2 = 0;
  let format: 'decimal' | 'binary' | 'exponent' = 'decimal';
  if (suffix in BINARY_EXP) {
    format = 'binary';
    exp2 = BINARY_EXP[suffix]!;
  } else if (/^[eE]/.test(suffix)) {
    format = 'exponent';
    exp10 += Number(suffix.slice(1));
  } else exp10 += DECIMAL_EXP[suffix]!;
  if (digits === 0n) return '0';

  if (format === 'binary') {
    // Exact integer number of bytes? Otherwise the API falls back to decimal SI.
    let value: bigint | undefined;
    if (exp10 >= 0) value = digits * 10n ** BigInt(exp10) * 2n ** BigInt(exp2);
    else {
      const num = digits * 2n ** BigInt(exp2);
      const den = 10n ** BigInt(-exp10);
      if (num % den === 0n) value = num / den;
    }
    if (value !== undefined && (value >= 1024n || value <= -1024n)) {
      let k = 0;
      while (k < 6 && value % 1024n === 0n) {
        value /= 1024n;
        k++;
      }
      return `${negative ? '-' : ''}${value}${BINARY_SUFFIX[k]}`;
    }
    if (value !== undefined) return `${negative ? '-' : ''}${value}`;
    // not an integer: rescale to a decimal mantissa
    digits *= 2n ** BigInt(exp2);
    format = 'decimal';
  }
  // Strip trailing zeros into the exponent.
  while (digits % 10n === 0n) {
    digits /= 10n;
    exp10++;
  }
  // Below nano precision the API rounds up to the next nano.
  if (exp10 < -9) {
    const den = 10n ** BigInt(-9 - exp10);
    digits = (digits + den - 1n) / den;
    exp10 = -9;
  }
  // The exponent becomes the largest multiple of 3 not above it (capped at 18 for SI suffixes).
  let e = Math.floor(exp10 / 3) * 3;
  if (format === 'decimal' && e > 18) e = 18;
  digits *= 10n ** BigInt(exp10 - e);
  const sign = negative ? '-' : '';
  if (format === 'exponent') return e === 0 ? `${sign}${digits}` : `${sign}${digits}e${e}`;
  return `${sign}${digits}${DECIMAL_SUFFIX.get(e)}`;
}
