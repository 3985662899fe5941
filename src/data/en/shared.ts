import type { SharedText } from '../schemas.js';

/** Interface words every element uses. */
export const sharedText: SharedText = {
  disclaimer:
    'General safety information only, not mechanical or legal advice. If anyone cannot get out safely, or there is any danger right now, call emergency services.',
  authorNoticeHeading: 'Note for the site author',
  newTab: '(opens in a new tab)',
};
