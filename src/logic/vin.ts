/**
 * VIN checks (ISO 3779 and the North American check digit of 49 CFR 565).
 * Outside North America the check digit is optional, so a mismatch there is only a soft warning.
 */
export type VinError = 'empty' | 'length' | 'characters' | 'forbiddenLetters' | 'checkDigit';

export type VinCheck =
  | { ok: true; vin: string; northAmerican: boolean; checkDigitMatches: boolean }
  | { ok: false; vin: string; error: VinError; length: number };

const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Letters and digits people type around a VIN (spaces, dashes) are dropped; case is ignored. */
export function normalizeVin(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

/** The check digit a VIN should carry in position 9: '0'–'9' or 'X'. */
export function expectedCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const char = vin[i]!;
    const value = /\d/.test(char) ? Number(char) : (TRANSLITERATION[char] ?? 0);
    sum += value * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** World manufacturer codes starting 1–5 are North American (US, Canada, Mexico). */
export function isNorthAmericanVin(vin: string): boolean {
  return /^[1-5]/.test(vin);
}

export function checkVin(input: string): VinCheck {
  const vin = normalizeVin(input);
  const fail = (error: VinError): VinCheck => ({ ok: false, vin, error, length: vin.length });
  if (vin.length === 0) return fail('empty');
  if (!/^[A-Z0-9]*$/.test(vin)) return fail('characters');
  if (/[IOQ]/.test(vin)) return fail('forbiddenLetters');
  if (vin.length !== 17) return fail('length');
  const northAmerican = isNorthAmericanVin(vin);
  const checkDigitMatches = expectedCheckDigit(vin) === vin[8];
  if (northAmerican && !checkDigitMatches) return fail('checkDigit');
  return { ok: true, vin, northAmerican, checkDigitMatches };
}
