import type { SharedText } from '../schemas.js';

/** Interface words every element uses. */
export const sharedText: SharedText = {
  disclaimer:
    'This is general safety help. It is not advice from a mechanic or a lawyer. If anyone cannot get out safely, or there is any danger now, call emergency services.',
  causeNames: {
    'child-lock': 'Child safety lock switched on',
    'inside-handle': 'Broken inside handle or handle mount',
    linkage: 'Release cable or rod disconnected or damaged',
    latch: 'Faulty or sticking door latch',
    actuator: 'Failed lock actuator or internal lock',
    frozen: 'Frozen, corroded or dirty mechanism inside the door',
    misalignment: 'Misaligned parts or panel interference after earlier work',
  },
  partsAndTools: {
    heading: 'Parts and tools',
    items: [
      'Tools for removing trim panels',
      'A new inside door handle',
      'A door latch assembly',
      'A door lock actuator',
      'Linkage or retaining clips',
      'Silicone spray or a lubricant safe for latches',
      'A multimeter or a test light',
    ],
  },
  authorNoticeHeading: 'Note for the site author',
  newTab: '(opens in a new tab)',
};
