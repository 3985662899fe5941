import type { EmergencyNumber, EmergencyNumberTable, RecallLookupTable } from './types.js';

/**
 * The number to call when someone cannot get out of a car, by ISO 3166-1 alpha-2 region, with
 * the public body that publishes it. Only numbers confirmed against that body are here: a region
 * missing from this table shows "call your local emergency number" and no call link, never a guess.
 *
 * Where a country splits its lines, `number` is the one for an ambulance or rescue (a trapped or
 * unwell person) and the others follow, each named by its service.
 */
const ALL_911: EmergencyNumber = { number: '911', service: 'all', alternates: [] };
const ALL_112: EmergencyNumber = { number: '112', service: 'all', alternates: [] };
/** 999 and 112 both reach every emergency service across the UK and the Crown Dependencies. */
const UK_999: EmergencyNumber = { number: '999', service: 'all', alternates: [{ number: '112', service: 'all' }] };

/**
 * EU and EEA members. 112 is the single European emergency number (European Commission, EENA):
 * free from any phone and answered in every member state. In a few of them it reaches a dispatch
 * centre that passes the call on, and national numbers for single services also exist, so we say
 * only that 112 reaches emergency services, not that it is the only number.
 */
const EU_EEA = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS',
  // LI and NO are in the EEA, but their 112 reaches the police: they are below, ambulance first.
] as const;

/**
 * Switzerland and Liechtenstein: 144 ambulance, 118 fire, 117 police; 112 reaches the police
 * (ch.ch, the Swiss authorities' portal; Liechtenstein uses the Swiss numbers, llv.li).
 */
const CH_144: EmergencyNumber = {
  number: '144',
  service: 'ambulance',
  alternates: [{ number: '118', service: 'fire-rescue' }, { number: '117', service: 'police' }, { number: '112', service: 'police' }],
};

/** Regions whose 911 service is published by their government (US: FCC and 911.gov; the others below). */
const AMERICAS_911 = [
  'US', 'CA', 'MX',
  // US territories: 911 (FCC, 911.gov).
  'PR', 'GU', 'VI', 'AS', 'MP',
  // National 911 systems: PH (Emergency 911 Philippines), DO (Sistema Nacional 9-1-1), CR (Sistema
  // de Emergencias 9-1-1), PA (Sistema Nacional de Protección Civil, 911), SV (Policía Nacional
  // Civil), HN (Sistema Nacional de Emergencia 911), EC (ECU 911), UY (Ministerio del Interior,
  // 911), PY (Sistema 911), VE (VEN 911, Ministerio del Poder Popular para Relaciones Interiores).
  'PH', 'DO', 'CR', 'PA', 'SV', 'HN', 'EC', 'UY', 'PY', 'VE',
] as const;

export const emergencyNumbers: EmergencyNumberTable = {
  ...Object.fromEntries(AMERICAS_911.map((region) => [region, ALL_911])),
  // GB: 999 or 112 (GOV.UK, Ofcom). Crown Dependencies: the same numbers (States of Jersey,
  // States of Guernsey, Isle of Man Government).
  GB: UK_999,
  IM: UK_999,
  JE: UK_999,
  GG: UK_999,
  ...Object.fromEntries(EU_EEA.map((region) => [region, ALL_112])),
  // Ireland: 112 and 999 both reach the Emergency Call Answering Service (gov.ie).
  IE: { number: '112', service: 'all', alternates: [{ number: '999', service: 'all' }] },
  CH: CH_144,
  LI: CH_144,
  // Norway: 113 medical emergency, 110 fire, 112 police (helsenorge.no, the Norwegian health authorities).
  NO: { number: '113', service: 'ambulance', alternates: [{ number: '110', service: 'fire-rescue' }, { number: '112', service: 'police' }] },
  // Australia: Triple Zero (000), and 112 from a mobile phone (triplezero.gov.au).
  AU: { number: '000', service: 'all', alternates: [{ number: '112', service: 'mobile' }] },
  // New Zealand: 111 (NZ Police, 111.govt.nz).
  NZ: { number: '111', service: 'all', alternates: [] },
  // India: 112 (Emergency Response Support System, Ministry of Home Affairs).
  IN: ALL_112,
  // Colombia: 123 (Línea única de emergencias, Policía Nacional).
  CO: { number: '123', service: 'all', alternates: [] },
  // Hong Kong: 999 (Hong Kong Police Force, Fire Services Department).
  HK: { number: '999', service: 'all', alternates: [] },
  // Japan: 119 fire and ambulance (rescue of a trapped or unwell person), 110 police (Fire and Disaster Management Agency).
  JP: { number: '119', service: 'ambulance-fire', alternates: [{ number: '110', service: 'police' }] },
  // South Korea: 119 fire and ambulance, 112 police (National Fire Agency).
  KR: { number: '119', service: 'ambulance-fire', alternates: [{ number: '112', service: 'police' }] },
  // Singapore: 995 ambulance and fire, 999 police (Singapore Civil Defence Force).
  SG: { number: '995', service: 'ambulance-fire', alternates: [{ number: '999', service: 'police' }] },
  // United Arab Emirates: 998 ambulance, 997 fire and rescue, 999 police (UAE Government portal).
  AE: { number: '998', service: 'ambulance', alternates: [{ number: '997', service: 'fire-rescue' }, { number: '999', service: 'police' }] },
  // Israel: 101 ambulance (Magen David Adom), 102 fire and rescue, 100 police (gov.il).
  IL: { number: '101', service: 'ambulance', alternates: [{ number: '102', service: 'fire-rescue' }, { number: '100', service: 'police' }] },
  // Brazil: 192 ambulance (SAMU), 193 fire and rescue (Corpo de Bombeiros), 190 police (gov.br).
  BR: { number: '192', service: 'ambulance', alternates: [{ number: '193', service: 'fire-rescue' }, { number: '190', service: 'police' }] },
  // China: 120 ambulance, 119 fire and rescue, 110 police (National Health Commission; Ministry of Emergency Management).
  CN: { number: '120', service: 'ambulance', alternates: [{ number: '119', service: 'fire-rescue' }, { number: '110', service: 'police' }] },
  // Taiwan: 119 fire and ambulance, 110 police (National Fire Agency).
  TW: { number: '119', service: 'ambulance-fire', alternates: [{ number: '110', service: 'police' }] },
  // Viet Nam: 115 ambulance, 114 fire and rescue, 113 police (Decision 2023/QD-TTg, which also opened 112 for disasters).
  VN: { number: '115', service: 'ambulance', alternates: [{ number: '114', service: 'fire-rescue' }, { number: '113', service: 'police' }] },
  // Guatemala: the fire brigades answer rescue and pre-hospital care, 122 (Bomberos Voluntarios) and
  // 123 (Bomberos Municipales); 110 police (CONRED, the national disaster coordinator).
  GT: { number: '122', service: 'ambulance-fire', alternates: [{ number: '123', service: 'ambulance-fire' }, { number: '110', service: 'police' }] },
  // Cuba: 104 ambulance (SIUM, Ministerio de Salud Pública), 105 fire, 106 police.
  CU: { number: '104', service: 'ambulance', alternates: [{ number: '105', service: 'fire-rescue' }, { number: '106', service: 'police' }] },
  // Peru: 106 ambulance (SAMU, Ministerio de Salud), 116 fire (Cuerpo General de Bomberos), 105 police.
  PE: { number: '106', service: 'ambulance', alternates: [{ number: '116', service: 'fire-rescue' }, { number: '105', service: 'police' }] },
  // Chile: 131 ambulance (SAMU), 132 fire (Bomberos de Chile), 133 police (Carabineros) (gob.cl).
  CL: { number: '131', service: 'ambulance', alternates: [{ number: '132', service: 'fire-rescue' }, { number: '133', service: 'police' }] },
  // Argentina: 107 medical emergencies, 100 fire, 101 police; many provinces also answer 911 (argentina.gob.ar).
  AR: {
    number: '107',
    service: 'ambulance',
    alternates: [{ number: '911', service: 'some-areas' }, { number: '100', service: 'fire-rescue' }, { number: '101', service: 'police' }],
  },
  // Nicaragua: 128 ambulance (Cruz Blanca, Ministerio de Salud, Ley 1155), 115 fire (Bomberos Unificados), 118 police (Policía Nacional).
  NI: { number: '128', service: 'ambulance', alternates: [{ number: '115', service: 'fire-rescue' }, { number: '118', service: 'police' }] },
  // Jamaica: 110 fire and ambulance (Jamaica Fire Brigade), 119 police (JCF); 112 reaches emergency services too (Office of Utilities Regulation).
  JM: { number: '110', service: 'ambulance-fire', alternates: [{ number: '112', service: 'all' }, { number: '119', service: 'police' }] },
  // Nigeria: 112, the national emergency number (Nigerian Communications Commission).
  NG: ALL_112,
  // Türkiye: 112 for every emergency service (Ministry of Interior, 112 Emergency Call Centres).
  TR: ALL_112,
  // Russia: 112 for every service, 103 ambulance (Ministry of Emergency Situations).
  RU: { number: '112', service: 'all', alternates: [{ number: '103', service: 'ambulance' }] },
  // Ukraine: 103 ambulance, 101 fire and rescue, 102 police, 112 for every service (State Emergency Service).
  UA: {
    number: '103',
    service: 'ambulance',
    alternates: [{ number: '112', service: 'all' }, { number: '101', service: 'fire-rescue' }, { number: '102', service: 'police' }],
  },
  // Saudi Arabia: 997 ambulance (Saudi Red Crescent), 998 civil defence, 999 police; 911 in the regions with a unified centre.
  SA: {
    number: '997',
    service: 'ambulance',
    alternates: [{ number: '911', service: 'some-areas' }, { number: '998', service: 'fire-rescue' }, { number: '999', service: 'police' }],
  },
  // Egypt: 123 ambulance, 180 fire, 122 police (Ministry of Health and Population; Ministry of Interior).
  EG: { number: '123', service: 'ambulance', alternates: [{ number: '180', service: 'fire-rescue' }, { number: '122', service: 'police' }] },
  // Not here, for want of one number a caller anywhere in the country reaches: Bolivia (each
  // department its own ambulance line), Haiti, Pakistan (Rescue 1122 is provincial).
  // South Africa: 10177 ambulance, 10111 police, 112 from a mobile phone (gov.za).
  ZA: {
    number: '10177',
    service: 'ambulance',
    alternates: [{ number: '112', service: 'mobile' }, { number: '10111', service: 'police' }],
  },
};

/**
 * Other spellings site authors use for a region. `UK` is not an ISO 3166-1 code, but it is the
 * common mistake for `GB`; refusing it would leave British readers without a call button.
 */
export const regionAliases: Readonly<Record<string, string>> = { UK: 'GB' };

/** The US national recall search, which opens on a VIN's recalls when the VIN is in the query. */
const NHTSA: RecallLookupTable[string] = { service: 'nhtsa', url: 'https://www.nhtsa.gov/recalls?vin=', byVin: true };

/**
 * Official public recall searches, by region; only where the search covers cars sold there.
 * Elsewhere the recall check tells the reader to ask the carmaker or their country's regulator.
 */
export const recallLookups: RecallLookupTable = {
  // NHTSA covers vehicles sold in the US and its territories (nhtsa.gov/recalls).
  US: NHTSA,
  PR: NHTSA,
  GU: NHTSA,
  VI: NHTSA,
  AS: NHTSA,
  MP: NHTSA,
  // Transport Canada's Motor Vehicle Safety Recalls Database, searched by make, model and year.
  CA: { service: 'transport-canada', url: 'https://wwwapps.tc.gc.ca/Saf-Sec-Sur/7/VRDB-BDRV/search-recherche/menu.aspx?lang=eng', byVin: false },
  // DVSA's "Check if a vehicle, part or accessory has been recalled" on GOV.UK (make and model).
  GB: { service: 'dvsa', url: 'https://www.gov.uk/check-vehicle-recall', byVin: false },
  // The Australian Government's Vehicle Recalls site (Department of Infrastructure), since July 2021.
  AU: { service: 'au-vehicle-recalls', url: 'https://www.vehiclerecalls.gov.au/', byVin: false },
};
