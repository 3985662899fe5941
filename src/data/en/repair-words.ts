import type { RepairWords } from '../types.js';

/** Words the diagnosis and the cost ranges share. */
export const repairWords: RepairWords = {
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
      'Tools for removing the inside door panel (trim)',
      'A new inside door handle',
      'A door latch assembly',
      'A door lock actuator',
      'Linkage or retaining clips',
      'Silicone spray or a lubricant safe for latches',
      'A multimeter or a test light',
    ],
  },
};
