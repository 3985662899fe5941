/**
 * Schemas of every bundled data set, one file per domain. They give the data modules their types
 * and are run over the bundled data by the tests (tests/data/data.test.ts). The run-time bundle
 * imports only the types from here, so full zod never ships; host input is checked by hand in
 * src/logic (src/logic/prices.ts), held to `priceListSchema` by a property test.
 */
export { textItemSchema, sharedTextSchema, type TextItem, type SharedText } from './common.js';
export * from './emergency.js';
export * from './diagnosis.js';
export * from './cost.js';
export * from './prices.js';
