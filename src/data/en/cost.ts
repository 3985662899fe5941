import type { CostText } from '../types.js';

/**
 * Repair costs in plain words. Source: the cost section of the mechanic's article
 * (shared/seeds/001_…), every fact kept, our own words. Ids match src/data/repairs.ts.
 */
export const costText: CostText = {
  heading: 'What the repair may cost',
  intro:
    'The price depends on the car, what labor costs where you live, and exactly what failed inside the door. These ranges are typical US prices for parts and labor together, not a quote for your model.',
  repairs: {
    'child-lock-check': {
      name: 'Child-lock fix or basic inspection',
      appliesTo: 'Usually when nothing is broken and a quick look confirms the cause.',
    },
    'inside-handle': {
      name: 'New inside door handle',
      appliesTo: 'A cracked or loose inside handle, or one off its pivot.',
      raisedBy: 'The handle’s design, how long the trim takes to remove, and whether the mount or surround is damaged too.',
    },
    linkage: {
      name: 'Rod, cable or retaining clip repair',
      appliesTo: 'Common when the handle looks fine but the connection inside the door has worked loose or snapped.',
    },
    latch: {
      name: 'New door latch assembly',
      appliesTo: 'A worn, rusted or broken latch that will not let go.',
      raisedBy: 'A latch tucked behind the window track, or built together with other hardware.',
    },
    actuator: {
      name: 'New door lock actuator',
      appliesTo: 'A door that stays locked, a weak power lock, or an actuator built into the latch module.',
    },
    'stuck-closed': {
      name: 'Diagnosing a door stuck shut, and repair with difficult access',
      appliesTo: 'A door that opens from neither side.',
      raisedBy: 'Labor goes up when the door will not open normally and the technician must reach the latch through tight gaps to release it.',
    },
  },
  factors: {
    heading: 'What changes the price',
    items: [
      'How the front or rear door is built, and how easily its panel comes off',
      'Labor rates near you, and the time spent diagnosing',
      'Latch and actuator sold as two parts, or as a single combined unit',
      'Parts from the carmaker (OEM) or from another maker (aftermarket)',
      'How long it has been stuck, and whether forcing it caused more damage',
    ],
  },
  takeaway: {
    heading: 'In short',
    lower: 'A door that opens from outside with a loose inside handle often lands in the lower to middle part of these ranges.',
    higher: 'Expect a bigger bill, because labor climbs fast, when the door opens from neither side, when the lock actuator is stuck, or when the latch has to be freed with the door shut.',
  },
  estimatesNote: 'Typical estimates to help you plan, not quotes. Ask a shop for a price on your car.',
  ui: {
    range: '{min} to {max}',
    openRange: '{min} and up',
    noCharge: 'No charge',
    /** An open range whose source gives a typical upper figure ("$300 to $700+"). */
    rangeOrMore: '{min} to {max} or more',
    expectedHeading: 'Likely cost for your answers',
    expectedFor: 'For: {causes}',
    likelyTag: 'Matches your answers',
    appliesTo: 'When',
    raisedBy: 'Costs more with',
    dealerPrices: 'Prices from this shop',
    laborRate: 'Labor rate: {rate} an hour',
    book: 'Book a repair',
    call: 'Call the service desk: {phone}',
    usEstimates: 'Typical US prices',
    usEstimatesAbroad: 'Typical US prices, in US dollars',
    partlyPriced: 'This shop gives no price for some of these repairs; the typical US prices for them are in the list below.',
    noticeIntro: 'The price list was not used, so typical US prices are shown.',
    fitsYourAnswers: 'Fits your answers:',
  },
};
