// A Vite plugin for the self-contained script files only (dist/door-help.js and its ES-module
// twin), which carry their own copy of Lit. Lit creates a Trusted Types policy named "lit-html"
// when it loads; a second copy on the page (the script twice, or the script and the ES-module
// file, or two door-help versions) would create it again, which a page without
// 'allow-duplicates' refuses with an exception and a CSP violation. The plugin routes Lit's
// createPolicy call through a page-wide registry, so door-help creates the policy once, and when
// the page's policy list lacks "lit-html" it says so in one clear console error.

export const POLICY_REGISTRY = `function __doorHelpPolicy(factory, name, rules) {
  var key = Symbol.for('door-help/trusted-types-policy:' + name);
  if (globalThis[key]) return globalThis[key];
  var policy;
  try {
    policy = factory.createPolicy(name, rules);
  } catch (error) {
    // Nothing could render: src/define/define-element.ts then leaves the tags undefined.
    globalThis[Symbol.for('door-help/trusted-types-refused')] = true;
    console.error('door-help: this page\\'s Content-Security-Policy does not let it create the Trusted Types policy "' + name + '", so the door-help elements are not started. Add ' + name + ' to the trusted-types directive (and \\'allow-duplicates\\' when another copy of Lit on the page creates it too).');
    return undefined;
  }
  Object.defineProperty(globalThis, key, { value: policy });
  return policy;
}
`;

/** Lit's call, minified (`s.createPolicy("lit-html",`) or not (`trustedTypes.createPolicy('lit-html', `). */
const CREATE_POLICY = /([\w$.]+)\.createPolicy\(\s*(['"])lit-html\2\s*,/;

export function sharedTrustedTypesPolicy() {
  return {
    name: 'door-help:shared-trusted-types-policy',
    apply: 'build',
    transform(code, id) {
      if (!/lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      if (!CREATE_POLICY.test(code)) throw new Error(`door-help: Lit's createPolicy call was not found in ${id}; update scripts/build/shared-trusted-types-policy.mjs`);
      return { code: POLICY_REGISTRY + code.replace(CREATE_POLICY, '__doorHelpPolicy($1, "lit-html",'), map: null };
    },
  };
}
