// A static export: every page is rendered to HTML at build time by React on the server, then
// hydrated in the browser, which is where a custom element that touched its light DOM would
// break React's hydration.
/** @type {import('next').NextConfig} */
export default { output: 'export', images: { unoptimized: true } };
