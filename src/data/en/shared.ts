import type { SharedText } from '../schemas.js';

/** Interface words every element uses. */
export const sharedText: SharedText = {
  authorNoticeHeading: 'Note for the site author',
  newTab: '(opens in a new tab)',
};
