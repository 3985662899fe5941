import type { DiagnosisText } from '../types.js';

/**
 * The guided diagnosis, in plain words. Source: the mechanic's article (shared/seeds/001_…),
 * every fact kept, our own words. Ids match src/data/diagnosis-model.ts.
 */
export const diagnosisText: DiagnosisText = {
  heading: 'Why won’t the door open from inside?',
  intro: [
    'The fault is usually in the parts that release or lock the door, not in the door’s outer shell. Often the inside handle no longer pulls the latch far enough to let go, or the lock is holding the latch shut.',
    'It can be something small, like a child lock switched on by accident, or something bigger, like a broken handle mount or a worn-out latch. The most common causes, above all when only one door is affected, are the child lock, a broken handle, cable or rod, and a sticking latch.',
    'Three clues sort it out fastest: does the door open from outside, do the power locks still work, and does the inside handle feel loose, stiff or normal? Answer what you can below; the list updates as you go.',
  ],
  howItWorks: {
    heading: 'How the inside release works',
    paragraphs: [
      'Pulling the inside handle moves a cable or a metal rod, and that tells the latch to let go. If the link snaps, stretches, comes off or binds, the handle can move while the latch never fully releases.',
      'If the door still opens from outside, the latch itself may still work in the main, and the fault often sits in the inside handle, the child lock or the link between handle and latch. Back doors often get a child lock switched on without anyone noticing, after cleaning, a repair, or someone fiddling with the door edge.',
      'If it opens from neither side, look at the latch and the lock inside the door. A power lock actuator (the small motor that works the lock) that has failed can hold the latch locked. A bent rod, a broken clip, a latch rusted or jammed solid, or another failure inside the door can also stop both handles from working.',
      'The handle’s feel is a strong clue. Floppy often means a cable has come off, a pivot broke or a plastic mount cracked. Very stiff can mean a latch that drags or a kinked cable. If it feels normal yet nothing happens, the trouble often lies further in, in the latch or lock rather than the handle.',
    ],
  },
  releasePicture: {
    description:
      'Drawing of the parts inside a door that let it open. The inside handle pulls a cable or rod, which runs to the latch at the door’s back edge and tells it to let go. Beside the latch, the lock actuator (the small motor of the power locks) can hold the latch locked, and on rear doors the child-lock lever can cut the inside handle off from the latch.',
    caption: 'A typical layout, not any one car. The highlighted parts are the ones behind the causes your answers point to now.',
    parts: {
      handle: 'Inside handle',
      link: 'Cable or rod',
      latch: 'Latch',
      actuator: 'Lock actuator (power-lock motor)',
      childLock: 'Child-lock lever (rear doors)',
    },
    highlightedTag: 'most likely now',
    highlighted: 'Highlighted now: {parts}.',
  },
  questionsHeading: 'Answer what you can',
  questions: {
    trapped: {
      legend: 'Is anyone stuck inside right now, or unwell, overheating or panicking?',
      short: 'Someone stuck or unwell',
      options: {
        yes: { label: 'Yes', clue: 'someone is stuck or unwell' },
        no: { label: 'No, everyone is out and fine', clue: 'everyone is safe' },
        unsure: { label: 'Not sure', clue: 'someone may be stuck or unwell' },
      },
    },
    opensOutside: {
      legend: 'Does the door open with the outside handle?',
      short: 'Opens from outside',
      options: { yes: { label: 'Yes, from outside it opens', clue: 'opens from outside' }, no: { label: 'No, it opens from neither side', clue: 'opens from neither side' } },
    },
    doorPosition: {
      legend: 'Which door is it?',
      short: 'Door',
      options: { front: { label: 'A front door', clue: 'front door' }, rear: { label: 'A rear door', clue: 'rear door' } },
    },
    doorCount: {
      legend: 'How many doors have this problem?',
      short: 'Doors affected',
      options: { one: { label: 'Just this one', clue: 'only one door' }, several: { label: 'More than one', clue: 'more than one door' } },
    },
    locks: {
      legend: 'On that door, how do the power locks and the lock knob behave?',
      short: 'Locks',
      options: {
        normal: { label: 'They lock and unlock normally', clue: 'locks work normally' },
        weak: { label: 'Weak, slow or silent', clue: 'power lock weak, slow or silent' },
        stuck: { label: 'Stuck; the knob will not move', clue: 'lock stuck' },
        none: { label: 'The car has no power locks', clue: 'no power locks' },
      },
    },
    handleFeel: {
      legend: 'How does the inside handle feel when you pull it?',
      short: 'Inside handle',
      options: {
        normal: { label: 'Normal', clue: 'handle feels normal' },
        loose: { label: 'Loose or floppy, or it travels too far', clue: 'handle loose or floppy' },
        stiff: { label: 'Stiff', clue: 'handle stiff' },
      },
    },
    sound: {
      legend: 'What do you hear inside the door when the handle is pulled?',
      hint: 'Have someone pull the handle while you listen near the door.',
      short: 'Sound',
      options: { click: { label: 'A click, but it does not open', clue: 'click with no release' }, nothing: { label: 'Nothing at all', clue: 'no sound from the door' } },
    },
    history: {
      legend: 'Did any of these happen before it started? Tick all that fit.',
      short: 'Before it started',
      options: {
        'trim-work': { label: 'Work on the door: trim, window or speaker', clue: 'recent work on the door' },
        collision: { label: 'A collision or body repair', clue: 'collision damage' },
        freezing: { label: 'Freezing weather', clue: 'freezing weather' },
        water: { label: 'Rain, a car wash or other water', clue: 'rain or water' },
      },
    },
    latches: {
      legend: 'Does the door still close and latch securely?',
      short: 'Latching',
      options: {
        secure: { label: 'Yes, it shuts and stays shut', clue: 'latches securely' },
        'not-secure': { label: 'No, it may not stay shut', clue: 'may not latch securely' },
        unpredictable: { label: 'Sometimes; the latch acts unpredictably', clue: 'latch acts unpredictably' },
      },
    },
    seatNeeded: {
      legend: 'Would anyone need to sit where this door is their only easy way out?',
      short: 'Seat that needs this door',
      options: { yes: { label: 'Yes', clue: 'a needed seat has no other easy exit' }, no: { label: 'No, everyone can use other doors', clue: 'everyone can use other doors' } },
    },
  },
  causes: {
    'child-lock': {
      about: 'Most back doors have a child lock, built in close to the latch. When it is on, the inside handle is disabled on purpose, so the door opens from outside only.',
      signs: [
        'Usually only a rear door',
        'Opens normally from outside',
        'The power locks may still lock and unlock as usual',
        'The inside handle does not feel loose and does not grind',
      ],
      severityNote: 'Nothing is broken, but people inside cannot use that door to get out, which matters for safety.',
      fix: 'From outside, open the door, find the child-lock switch on its edge near the latch, and turn it off.',
    },
    'inside-handle': {
      about: 'The inside handle can crack, come off its pivot, or break where it is fixed to the trim panel. Then pulling it no longer moves the latch enough.',
      signs: [
        'The inside handle is loose or floppy, or moves further than it should',
        'You may hear little or no movement inside the door when it is pulled',
        'The outside handle still opens the door',
        'Cracks around the handle surround or its mounting',
      ],
      severityNote: 'With other doors working, the car may still be drivable. But losing a way out from inside is a real safety problem, and it makes the car harder to use.',
      fix: 'Fit a new inside handle assembly, plus any broken mounting parts or trim clips.',
    },
    linkage: {
      about: 'Between the inside handle and the latch runs either a cable or a metal rod (the linkage). If it pops off, bends, snaps or loses the small clip that holds it, the handle stops releasing the latch.',
      signs: [
        'The handle may feel unusually light or travel too far',
        'Often only one door',
        'A rattle in the door after it is slammed, or since an earlier repair',
        'The outside handle may still work if its own link is intact',
      ],
      severityNote: 'Usually it does not change how the car drives, but the door no longer works normally and may be useless from inside.',
      fix: 'Take off the door panel, reattach or replace the cable or rod, and fit any missing retaining clips.',
    },
    latch: {
      about: 'The latch holds the real release mechanism. Wear, rust, dirt or a broken part inside can keep it from letting go even when the handle and its link move as they should.',
      signs: [
        'The door may have got harder to open over time before it failed',
        'Opening from inside and outside may both feel inconsistent',
        'It may take extra force, several pulls, or working the lock and handle together',
        'Clicks or half-releasing sounds inside the door',
      ],
      severityNote: 'A sticking latch can go from a nuisance to a danger. That is most likely if the door might not open in an emergency, or might not latch securely after attempts to fix it.',
      fix: 'Inspect and lubricate the latch if it is only a little sticky; a worn or failed latch is usually replaced.',
    },
    actuator: {
      about: 'The lock actuator is the small motor that moves the power lock. If it leaves the door caught between locked and unlocked, the inside handle may be unable to release the latch. Some latches do not respond properly until the lock has moved all the way.',
      signs: [
        'That door’s power lock sounds weak or slow, or makes no sound',
        'The door may not unlock from the switch, the remote or the knob',
        'It can be worse in cold weather',
        'The lock knob may stick or not travel all the way',
      ],
      severityNote: 'Driving is often still possible. Yet a door that stays locked is an exit problem, and forcing or ignoring it can make the repair more expensive.',
      fix: 'Test the actuator and the rods of the lock. Then, as needed, fit a new actuator or a new combined latch and lock unit.',
    },
    frozen: {
      about: 'Moisture, old grease, rust or grit can make the latch, the lock lever or the cable drag so much that the inside handle cannot release the door. Older cars, and doors that have let water in, are prone to it.',
      signs: [
        'It may appear in very cold weather or after rain',
        'The handle feels stiff, not loose',
        'It may get better for a while once the cabin warms up',
        'Window or lock trouble on the same door hints at moisture inside it',
      ],
      severityNote: 'Often manageable at first, but rust and dirt tend to get worse and can end in a latch that fails completely.',
      fix: 'Get the door open if possible, take the panel off, clean the mechanism and lubricate it, then swap rusted parts if it still does not move freely.',
    },
    misalignment: {
      about: 'After work on speakers, windows, trim or collision damage, a cable or rod can be routed wrongly or pressed on by the panel. The handle moves, but the link never travels the full distance.',
      signs: [
        'It began soon after other work on the door',
        'That door has new rattles or loose trim',
        'The window switch, speaker or lock on that door may also act differently',
        'It may work on and off, depending on how the trim presses',
      ],
      severityNote: 'Usually not a disaster, but fix it soon. Using the door again and again can do more harm to the handle, the cable or the latch.',
      fix: 'Remove the inside door panel, check how the cable or rod is routed and clipped, and correct any rubbing or wrong assembly.',
    },
  },
  severity: { low: 'Low', moderate: 'Moderate', 'moderate-high': 'Moderate to high' },
  skill: { diy: 'DIY check', shop: 'Common shop fix', 'higher-skill': 'Higher-skill repair' },
  bands: { 'most-likely': 'Most likely', possible: 'Possible', 'less-likely': 'Less likely' },
  driving: {
    heading: 'Can I keep driving?',
    intro: 'Usually the car still drives under its own power. The real question is whether everyone inside can get out quickly and safely.',
    verdicts: {
      undecided: {
        label: 'Not decided yet',
        text: 'We can’t say yet whether it is safe to drive. It depends on four things: how the door latches, how many doors fail, whether a seat needs that door, and any collision. Until you know, don’t carry anyone who would need that door to get out.',
      },
      'ok-for-now': {
        label: 'Okay for now',
        text: 'Usually acceptable for a short while when just one door is affected, it still latches securely, and everyone can get out through other doors. This fits best with a rear door whose child lock was switched on by accident.',
      },
      'short-distance': {
        label: 'Maybe a very short distance',
        text: 'The door still shuts properly but will not open from inside, likely because of the handle, a cable or the lock. A short drive may be okay. Do not carry anyone who would need that door to get out, and get it fixed soon.',
      },
      'not-safe': {
        label: 'Not safe to keep driving',
        text: 'Stop driving if any of these is true:',
        conditions: [
          'The door may not latch securely, or could fly open.',
          'It blocks a seat that has no other easy way out.',
          'Two or more doors do the same.',
          'It began after a collision.',
          'The latch acts unpredictably.',
        ],
      },
    },
    decidedBy: 'Decided by',
    notKnownYet: 'Not answered yet',
    decidesIt: 'These answers decide it',
  },
  steps: {
    heading: 'Check it step by step',
    items: [
      { id: 'outside', title: 'See if the door opens from outside.', detail: 'This single check separates many inside-handle faults from a latch or lock that is jammed.' },
      { id: 'front-or-rear', title: 'Note whether it is a front or a rear door.', detail: 'For a back door, look at the child safety lock first, before you assume anything is broken.' },
      { id: 'locks', title: 'Try the power locks and the lock knob on that door.', detail: 'Does it clearly lock and unlock, move slowly, sound weak, or stay stuck in one position?' },
      { id: 'handle-feel', title: 'Feel the inside handle.', detail: 'Loose often points to a broken handle or a link that came off; stiff can mean the latch or cable is dragging.' },
      { id: 'latch-area', title: 'If it opens from outside, open it and look at the latch on the door edge.', detail: 'Look at the child-lock setting, and for damage, dirt build-up or anything clearly out of line.' },
      { id: 'listen', title: 'Have someone pull the inside handle while you listen at the door.', detail: 'A faint click with no release hints at the latch; total silence hints at the handle or its link.' },
      { id: 'history', title: 'Think back to what happened before it started.', detail: 'Trim recently taken off, a window repaired, or a spell of freezing weather are all useful clues.' },
      { id: 'panel', title: 'If the simple checks do not explain it, take off the inside door panel.', detail: 'Look for a cable that came off, a bent rod, a broken plastic clip, a cracked handle mount or a latch lever rusted or jammed solid.' },
      { id: 'shop', title: 'Stuck from both sides with the panel impossible to remove? Consider a shop.', detail: 'With the door shut the job often gets much harder; a shop may be the quickest way, and the one least likely to cause damage.' },
    ],
  },
  fixes: {
    heading: 'How it gets fixed',
    intro: 'The fix depends on whether it is a lock setting, a broken handle, a link that came off, or a bad latch or actuator. Do the easy checks before taking the door apart.',
    groups: [
      {
        skill: 'diy',
        heading: 'Checks you can do yourself',
        text: 'On rear doors check the child lock; make sure the lock unlocks all the way; compare the handle with one on a working door; look for damaged trim or signs of a recent repair. If the door opens from outside, a little lubricant on the latch may free a sticky mechanism.',
      },
      {
        skill: 'shop',
        heading: 'Common shop fixes',
        text: 'Shops routinely replace broken inside handles, reattach or replace rods and cables, fit missing retaining clips, and replace worn latches or lock actuators. On many cars these are everyday door jobs.',
      },
      {
        skill: 'higher-skill',
        heading: 'Higher-skill repairs',
        text: 'When the door is stuck shut from both sides, getting behind the trim is hard. The panel may have to come off carefully, with little room to work. The latch may have to be released through access holes. The actuator circuit may need electrical tests, or a collision may have left parts out of line.',
      },
    ],
  },
  faq: {
    heading: 'Questions people ask',
    items: [
      {
        id: 'outside-not-inside',
        question: 'Why does it open from outside but not from inside?',
        answer: 'The fault is usually in the inside release path, not the whole door. Common causes are a child lock that is on, a broken inside handle, or a cable or rod that came off.',
      },
      {
        id: 'actuator',
        question: 'Can a bad lock actuator stop the inside handle from opening the door?',
        answer: 'Yes. If the actuator leaves the latch locked or half unlocked, the inside handle may fail to release the door, although there is nothing wrong with the handle.',
      },
      {
        id: 'dangerous',
        question: 'Is it dangerous?',
        answer: 'It can be. The car may drive as normal, but a blocked way out is a safety problem, most of all when someone sits in that seat often or when more than one door is affected.',
      },
      {
        id: 'without-panel',
        question: 'Can I fix it without taking the door panel off?',
        answer: 'Sometimes. A child lock that is on, or a latch that is only a little sticky, may not need the panel off. Broken handles, rods, cables and actuators, and most latch faults, usually mean getting inside the door.',
      },
      {
        id: 'neither-side',
        question: 'What if it opens from neither side?',
        answer: 'Then the latch or the lock is probably jammed or stuck locked. It is harder to diagnose with the door shut, and a professional is often the quickest way to avoid damaging the trim.',
      },
    ],
  },
  inShort: {
    heading: 'In short',
    paragraphs: [
      'A door that will not open from inside is usually down to one of a few causes: the child lock, a broken handle, a link that came off, a bad actuator or a failing latch. Checking if it opens from outside, and if the lock behaves as usual, narrows it down fastest.',
      'Start simple before fearing the worst. Only one back door? Look at the child lock first. Loose handle? Think handle or linkage. Opens from neither side? The latch and the lock climb much higher on your list; get it fixed soon.',
    ],
  },
  summary: {
    heading: 'Summary for a mechanic or roadside service',
    intro: 'Copy this and read it out or paste it into a message.',
    title: 'Car door will not open from inside',
    door: 'Door: {position}.',
    doorUnknown: 'Door: not stated.',
    interiorReleaseFailure: 'What to call it: an interior door release failure, so a latch or lock problem.',
    answersHeading: 'What we noticed',
    causesHeading: 'Likely causes',
    drivingLine: 'Driving: {verdict}.',
    copy: 'Copy the summary',
    copied: 'Summary copied.',
    copyFailed: 'Could not copy. Select the text and copy it by hand.',
  },
  ui: {
    notSure: 'Not sure',
    resultsHeading: 'Likely causes',
    noAnswersYet: 'With no answers yet, this is the usual order. Each answer reorders it.',
    reasonsFor: 'Points to it',
    reasonsAgainst: 'Counts against it',
    noReasons: 'No answer bears on this yet.',
    otherSigns: 'Other signs to look for',
    severity: 'Severity',
    typicalFix: 'Typical fix',
    kindOfRepair: 'Kind of repair',
    announce: '{band}: {cause}.',
    leader: '{band} now: {cause}',
    seeWhy: 'See why',
    restart: 'Start again',
    restarted: 'Answers cleared.',
    escalationHeading: 'Get everyone out first',
    escalationIntro: 'Someone needs help now. Call and follow these steps; the diagnosis is further down.',
    answeredCount: '{answered} of {total} questions answered',
    progress: '{done} of {total} checks done',
  },
  guided: {
    start: 'Answer the question above first. The next questions come one at a time, the most telling first.',
    questionNumber: 'Question {number}',
    announce: 'Question {number}. {band} now: {cause}.',
    next: 'Next',
    noneOfThese: 'None of these',
    back: 'Back',
    changeAnswers: 'Change an answer ({count} given)',
    change: 'Change',
    showAll: 'Show all questions',
    oneAtATime: 'One question at a time',
    resultHeading: 'What your answers point to',
    moreQuestions: 'Answer more questions',
    allAsked: 'Every question has been put.',
    whatItCosts: 'What it costs',
    drivingLine: 'Driving: {verdict}',
  },
};
