import type { SharedText } from '../schemas.js';

/** Interface words every element uses. */
export const sharedText: SharedText = {
  disclaimer:
    'This is general safety help. It is not advice from a mechanic or a lawyer. If anyone cannot get out safely, or there is any danger now, call emergency services.',
  authorNoticeHeading: 'Note for the site author',
  newTab: '(opens in a new tab)',
};
