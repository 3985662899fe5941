import type { EmergencyText } from '../types.js';

/**
 * First minutes with a car door that opens from outside but not from inside, while parked.
 * Source: the first-minutes safety page (shared/seeds/000_…), every fact kept, our own words.
 * `{number}` is the region's emergency number, or "your local emergency number".
 */
export const emergencyText: EmergencyText = {
  heading: 'Parked, and a door opens only from outside? Do this now',
  shortAnswer: {
    lead: 'Get everyone out of the car through another door if you can.',
    callIf: 'Call {number} if anyone cannot get out safely, above all a child or a person who feels unwell.',
  },
  sayToOperator: 'We are parked. A car door will not open from inside, and a person cannot get out safely.',
  doNots: {
    heading: 'Do not',
    items: [
      { id: 'no-yanking', text: 'Don’t yank the inside handle hard, and don’t keep pulling it again and again. Either one can snap the links inside the door.' },
      { id: 'no-driving-off', text: 'Don’t drive away while anyone may need that door as a quick way out.' },
      { id: 'no-prying', text: 'Don’t force the door with tools, and don’t try to pop the latch open. You can harm the wiring, the airbags and the lock.' },
      { id: 'no-seating-beside', text: 'Don’t leave a child or a vulnerable person sitting next to the door that is stuck.' },
      { id: 'no-ignoring-tampering', text: 'Don’t brush it off if you sense someone may be tampering with the car. Put everyone’s personal safety first.' },
    ],
  },
  steps: {
    heading: 'What to do now',
    items: [
      {
        id: 'make-safe',
        title: 'Pause and make your situation safe.',
        detail:
          'Does the spot feel risky, with traffic, a confrontation, or nobody around? Lock the doors. Turn on the hazard lights if that helps. If you safely can, move to a safer place with good light.',
        substeps: [],
      },
      {
        id: 'lock-reset',
        title: 'Lock and unlock once or twice to reset the locks.',
        substeps: [
          { id: 'cycle-locks', text: 'Lock, then unlock, with the remote (key fob) or the key.' },
          { id: 'skip-deadlock', text: 'Some cars have a double-lock or deadlock setting, which stops the doors opening even from inside. Do not use it while you sort this out.' },
          { id: 'retry-inside', text: 'After each lock and unlock, try the inside handle again.' },
        ],
      },
      {
        id: 'child-lock',
        title: 'Rear door? Check the child safety lock.',
        detail: 'The child lock is a frequent reason a back door opens from outside but stays shut from inside.',
        substeps: [
          { id: 'open-outside', text: 'Open the stuck door with the outside handle.' },
          { id: 'find-lever', text: 'On the back edge of the door, near the latch, find the small child-lock lever or switch. Turn it to off (unlocked).' },
          { id: 'retest', text: 'Shut the door and try the inside handle again.' },
        ],
      },
      {
        id: 'other-exit',
        title: 'If that door is the nearest way out for someone inside, use another exit now.',
        substeps: [
          { id: 'another-door', text: 'Help them out through a different door.' },
          { id: 'change-seat', text: 'If needed, first shift into Park and set the parking brake. Then they can move carefully to another seat and leave by its door.' },
          { id: 'window', text: 'A window opened part way is good for talking and passing things through. Climb out only if there is truly no other way and it can be done safely.' },
        ],
      },
      {
        id: 'call-emergency',
        title: 'Call {number} if anyone is stuck, unwell, overheating or panicking.',
        detail: 'Then say the words below.',
        substeps: [],
      },
      {
        id: 'roadside-help',
        title: 'Once everyone is out and safe, call for roadside help instead of forcing the door.',
        substeps: [
          { id: 'who-to-call', text: 'Call your roadside assistance (through your insurer, AAA or the carmaker’s roadside program) or a nearby repair shop.' },
          { id: 'how-to-describe', text: 'Call it an interior door release failure, a latch or lock problem. Say if it is a rear door, since the child lock may be the cause.' },
        ],
      },
      {
        id: 'until-repaired',
        title: 'Make the car safer until it is fixed.',
        substeps: [
          { id: 'empty-seat', text: 'Do not carry a passenger in the seat that uses that door.' },
          { id: 'exit-plan', text: 'If you have to drive to a shop, make sure every passenger can get out easily through other doors. Before you set off, agree how you would all get out.' },
        ],
      },
      {
        id: 'recall-check',
        title: 'When you feel calm, check for a safety recall.',
        detail: 'Look up your VIN (your car’s 17-character ID number) in the official recall search. In the US that is NHTSA’s, the federal road safety agency. See if your car has an open recall for its doors, locks or handles. The recall check below shows where to look.',
        substeps: [],
      },
    ],
  },
  waysOut: {
    heading: 'Two ways out now',
    items: [
      { id: 'another-door', text: 'Help everyone out through another door.' },
      { id: 'from-outside', text: 'Open the stuck door with its outside handle. On a rear door, then set the child-lock switch on its back edge to off.' },
    ],
  },
  canWait: {
    heading: 'This can wait',
    items: [
      { id: 'which-part', text: 'Working out which part failed (the handle cable, the latch or the small lock motor) is not a job for a stressful moment.' },
      { id: 'decisions', text: 'Complaints, legal steps and costs can all be decided later.' },
      { id: 'no-diy', text: 'There is no need to take off door panels or try a repair yourself in a parking area.' },
    ],
  },
  reassurance: {
    heading: 'A word of reassurance',
    text:
      'Being shut in feels frightening for a good reason: your body reads a blocked exit as danger. In most cases the cause is a child-lock setting or a fault in the mechanics or the power locks, not something you did. Put your effort into getting everyone out safely, then get help.',
  },
  scopeNote:
    'These steps are for the first minutes while the car is parked. If the inside handle or lock keeps failing, have the car checked and fixed promptly.',
  ui: {
    callButton: 'Call {number}',
    callButtonService: 'Call {number}: {service}',
    callLocal: 'Call your local emergency number',
    numberWords: '{number}',
    localNumberWords: 'your local emergency number',
    services: { ambulance: 'ambulance', 'ambulance-fire': 'ambulance and fire', 'fire-rescue': 'fire and rescue', police: 'police' },
    alternate: {
      all: '{number} also works here.',
      mobile: 'From a mobile phone, {number} works too.',
      'some-areas': 'In some areas, {number} reaches every service.',
      service: 'For {service}: {number}.',
    },
    unknownRegion: 'We don’t know the emergency number for this region. Choose your country, or call one of these:',
    noRegion: 'We don’t know which country you are in, so we can’t show its number. Choose your country, or call one of these:',
    regionGuess: 'Your device’s settings suggest this country: {country}. That is only a guess. If you are somewhere else, choose your country.',
    roadsideElsewhere: 'Call your roadside assistance (through your insurer, a motoring club or the carmaker’s roadside program) or a nearby repair shop.',
    recallElsewhere: 'Look up your car in your country’s official recall search, or ask the carmaker, to see if it has an open recall for its doors, locks or handles. The recall check below shows where to look.',
    mobileNumbers: 'From a mobile phone, 112 and 911 reach emergency services in most countries.',
    mobileCall: 'Call {number} (from a mobile phone, this works in most countries)',
    chooseCountry: 'Not in {country}? Choose your country',
    chooseCountryFirst: 'Choose your country to see its number',
    otherCountry: 'Another country',
    sayHeading: 'What to say',
    copy: 'Copy the words',
    copied: 'Copied.',
    copyFailed: 'Could not copy. Select the words and copy them by hand.',
    stepsToggle: 'All the steps',
    progress: '{done} of {total} steps done',
  },
  recall: {
    heading: 'Check for a safety recall',
    intro: 'Your VIN is the 17-character code on the driver’s side of the dashboard, seen through the windshield, and on your registration papers.',
    vinLabel: 'Vehicle identification number (VIN)',
    vinHint: '17 letters and digits. VINs never use I, O or Q.',
    submit: 'Check recalls',
    services: {
      nhtsa: 'NHTSA’s recall lookup',
      'transport-canada': 'Transport Canada’s motor vehicle recalls database',
      dvsa: 'the DVSA vehicle recall check on GOV.UK',
      'au-vehicle-recalls': 'the Australian Government’s vehicle recalls site',
    },
    openVin: 'Open {service} for this VIN',
    openSearch: 'Open {service}',
    searchHint: 'It searches by make, model and year. Your carmaker can also check this VIN for you.',
    opened: 'We opened {service} in a new tab.',
    elsewhere: 'Check for recalls with your carmaker or your country’s vehicle safety regulator, using this VIN.',
    errors: {
      empty: 'Enter the VIN first.',
      length: 'A VIN has 17 characters. This one has {count}.',
      forbiddenLetters: 'VINs never use the letters I, O or Q. Check for the digits 1 and 0.',
      characters: 'A VIN uses only letters and digits.',
      checkDigit: 'This VIN does not add up (its 9th character, the check digit, does not match). Check it for a typo.',
    },
    softCheckDigit: 'Its check digit does not match, which is normal for many cars built outside North America.',
  },
};
