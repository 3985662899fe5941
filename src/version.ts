/** The library's version, kept equal to package.json by tests/version.test.ts. */
export const VERSION = '0.1.0';
