import type { SharedText } from '../types.js';

/** Interface words every element uses. */
export const sharedText: SharedText = {
  disclaimer:
    'This is general safety help. It is not advice from a mechanic or a lawyer. If anyone cannot get out safely, or there is any danger now, call emergency services.',
  authorNoticeHeading: 'Note for the site author',
  newTab: '(opens in a new tab)',
  childLockPicture: {
    description:
      'Drawing of the back edge of an open rear door. The latch sits halfway up the edge. Just below it is a small lever or switch: the child lock. In one position it locks, and the inside handle does nothing; in the other it unlocks, and the inside handle works again.',
    caption: 'A typical layout, not any one car: the lever may be a slot for a key, or sit a little higher or lower.',
    parts: { edge: 'Back edge of the rear door (seen with the door open)', latch: 'Latch', lever: 'Child-lock lever or switch' },
    locked: 'Locked',
    unlocked: 'Unlocked',
  },
};
