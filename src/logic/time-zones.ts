import { timeZonesByCountry } from '../data/time-zones.js';

/**
 * Where the device's time zone says the reader is. A time zone belongs to one country (IANA's
 * zone table), so it is better evidence than a language, which says what a reader reads, not
 * where they stand: a Spanish phone set to Colombia's Spanish in Chicago is in `America/Chicago`.
 */

let countryOfZone: Map<string, string> | undefined;

/** Zone names that name no place: UTC, GMT and the fixed offsets. */
const NO_PLACE = /^(?:Etc\/|UTC$|UCT$|GMT|Greenwich$|Universal$|Zulu$|Factory$)/i;
/** A place name in IANA's form: Area/Location. */
const PLACE = /^[A-Za-z_]+\/[A-Za-z0-9_+\-/]+$/;

/**
 * The region a time zone belongs to: its ISO 3166-1 code when it is a region of the number table;
 * `null` for a real place in a country the table has no number for (the reader is elsewhere, and
 * no language guess should name a country for them); `undefined` when the zone says nothing
 * (missing, UTC, a fixed offset, not a zone name).
 */
export function regionOfTimeZone(zone: unknown): string | null | undefined {
  if (typeof zone !== 'string' || !zone || zone.length > 64 || NO_PLACE.test(zone)) return undefined;
  if (!countryOfZone) {
    countryOfZone = new Map();
    for (const [code, zones] of Object.entries(timeZonesByCountry)) for (const name of zones.split(' ')) countryOfZone.set(name, code);
  }
  // A zone, or the folder of zones it is in ("Australia/Sydney" → "Australia/").
  const code = countryOfZone.get(zone) ?? countryOfZone.get(zone.slice(0, zone.lastIndexOf('/') + 1));
  if (code) return code;
  return PLACE.test(zone) ? null : undefined;
}
