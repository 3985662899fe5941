/** Text longer than this in a dealer's price list is a mistake, not a note. */
export const MAX_PRICE_LIST_TEXT = 500;
