import type { EmergencyText } from '../schemas.js';

/**
 * First minutes with a car door that opens from outside but not from inside, while parked.
 * Source: the first-minutes safety page (shared/seeds/000_…), every fact kept, our own words.
 * `{number}` is the region's emergency number, or "your local emergency number".
 */
export const emergencyText: EmergencyText = {
  heading: 'Parked, and a door opens only from outside? Do this now',
  shortAnswer: {
    lead: 'Get everyone out of the car through another door if you can.',
    callIf: 'If someone cannot get out safely, above all a child or a person who feels unwell, call {number}.',
  },
  sayToOperator: 'We are parked. A car door will not open from inside, and a person cannot get out safely.',
  doNots: {
    heading: 'Do not',
    items: [
      { id: 'no-yanking', text: 'Keep pulling hard on the inside handle, over and over. That can snap the links inside the door.' },
      { id: 'no-driving-off', text: 'Drive away while anyone may need that door as a quick way out.' },
      { id: 'no-prying', text: 'Force the door with tools or try to spring the latch. You can harm the wiring, the airbags and the lock.' },
      { id: 'no-seating-beside', text: 'Let a child or a vulnerable person sit next to the door that is stuck.' },
      { id: 'no-ignoring-tampering', text: 'Brush it off if it seems someone may have tampered with the car. Your own safety comes first.' },
    ],
  },
  steps: {
    heading: 'What to do now',
    items: [
      {
        id: 'make-safe',
        title: 'Stop and make where you are safe.',
        detail:
          'Does the spot feel risky, with traffic, a fight, or nobody around? Lock the doors. Turn on the hazard lights if that helps. If you safely can, move to a safer place with good light.',
        substeps: [],
      },
      {
        id: 'lock-reset',
        title: 'Lock and unlock once or twice to reset the locks.',
        substeps: [
          { id: 'cycle-locks', text: 'Lock, then unlock, with the key fob or the key.' },
          { id: 'skip-deadlock', text: 'Some cars have a double-lock or deadlock setting. Do not use it while you sort this out.' },
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
          { id: 'change-seat', text: 'If needed, they can move carefully to another seat and leave by its door. Put the car in Park with the parking brake on first.' },
          { id: 'window', text: 'A window opened part way is good for talking and passing things through. Climb out only if there is truly no other way and it can be done safely.' },
        ],
      },
      {
        id: 'call-emergency',
        title: 'Is anyone stuck, overheating, panicking or unwell? Call {number}.',
        detail: 'Tell the operator the words below.',
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
          { id: 'empty-seat', text: 'Do not seat anyone in the place that uses that door.' },
          { id: 'exit-plan', text: 'If you have to drive to a shop, make sure every passenger can get out easily through other doors, and agree how you would all get out before you set off.' },
        ],
      },
      {
        id: 'recall-check',
        title: 'When you feel calm, check for a safety recall.',
        detail: 'Look up your VIN in NHTSA’s official recall search to see if your car has an open recall for its doors, locks or handles.',
        substeps: [],
      },
    ],
  },
  canWait: {
    heading: 'This can wait',
    items: [
      { id: 'which-part', text: 'Working out which part failed (handle cable, latch or actuator) is not a job for a stressful moment.' },
      { id: 'decisions', text: 'Complaints, legal steps and costs can all be decided later.' },
      { id: 'no-diy', text: 'There is no need to take off door panels or try a repair yourself in a parking area.' },
    ],
  },
  reassurance: {
    heading: 'You did nothing wrong',
    text:
      'Being shut in feels frightening for a good reason: your body reads a blocked exit as danger. Most of the time the cause is a child-lock setting or a fault in the mechanics or the power locks, not something you did. Put your effort into getting everyone out safely, then get help.',
  },
  scopeNote:
    'These steps are for the first minutes while the car is parked. If the inside handle or lock keeps failing, have it inspected and repaired soon.',
  ui: {
    callButton: 'Call {number}',
    callLocal: 'Call your local emergency number',
    localNumberWords: 'your local emergency number',
    alternate: { all: '{number} also works here.', police: 'Police: {number}.' },
    unknownRegion: 'We do not know the emergency number for this region, so no call button is shown.',
    sayHeading: 'What to say',
    copy: 'Copy the words',
    copied: 'Copied.',
    copyFailed: 'Could not copy. Select the words and copy them by hand.',
    showSteps: 'Show all the steps',
    hideSteps: 'Hide the steps',
    progress: '{done} of {total} steps done',
  },
  recall: {
    heading: 'Check for a safety recall',
    intro: 'Your VIN is the 17-character code on the driver’s side of the dashboard, seen through the windshield, and on your registration papers.',
    vinLabel: 'Vehicle identification number (VIN)',
    vinHint: '17 letters and digits. VINs never use I, O or Q.',
    submit: 'Check recalls',
    openLink: 'Open NHTSA’s recall results for this VIN',
    opened: 'NHTSA’s recall lookup opened in a new tab.',
    elsewhere:
      'NHTSA covers cars sold in the US and Canada. Elsewhere, check recalls with your carmaker or your national vehicle safety authority, using this VIN.',
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
