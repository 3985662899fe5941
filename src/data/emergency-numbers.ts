import type { EmergencyNumberTable } from './schemas.js';

/**
 * The number to call when someone cannot get out of a car, by ISO 3166-1 alpha-2 region.
 * Only numbers we are sure of: a region missing here shows "call your local emergency number"
 * and no call link, never a guess.
 */
const NORTH_AMERICA_911 = { number: '911' };
const EUROPEAN_112 = { number: '112' };

/** EU and EEA members: 112 reaches every emergency service in each of them. */
const EU_EEA = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;

export const emergencyNumbers: EmergencyNumberTable = {
  US: NORTH_AMERICA_911,
  CA: NORTH_AMERICA_911,
  MX: NORTH_AMERICA_911,
  PR: NORTH_AMERICA_911,
  GB: { number: '999', alternates: [{ number: '112', service: 'all' }] },
  ...Object.fromEntries(EU_EEA.map((region) => [region, EUROPEAN_112])),
  CH: EUROPEAN_112,
  AU: { number: '000' },
  NZ: { number: '111' },
  IN: { number: '112' },
  // Japan splits its lines: 119 is fire and ambulance (rescue of a trapped or unwell person), 110 police.
  JP: { number: '119', alternates: [{ number: '110', service: 'police' }] },
};

/** Regions where NHTSA's public recall lookup by VIN covers the car. */
export const nhtsaRecallRegions: readonly string[] = ['US', 'CA', 'PR'];

/** NHTSA's public lookup; the VIN goes in the query so the page opens on that car's recalls. */
export const nhtsaRecallUrl = 'https://www.nhtsa.gov/recalls?vin=';
