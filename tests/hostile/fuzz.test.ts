import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { emergencyNumbers } from '../../src/data/emergency-numbers.js';
import { captureConsole } from '../support/helpers.js';

/**
 * Seeded property test: every attribute and property of each element, alone and in random
 * combinations, from a corpus of hostile values. A failure names its seed and step, so
 * `SEED` below reproduces it exactly.
 */
const SEED = 20261121;
const COMBINATIONS_PER_ELEMENT = 60;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deep = (depth: number): unknown => (depth === 0 ? 'bottom' : { a: deep(depth - 1), repairs: { latch: { min: depth } } });

const CORPUS: unknown[] = [
  '',
  '   \n\t ',
  'x'.repeat(100_000),
  'سلام دنیا، در باز نمی‌شود',
  '‮GB‬',
  '👩‍👧‍👦🚗🔒',
  // From the OWASP XSS filter-evasion cheat sheet.
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  '<IMG SRC="javascript:window.__xss=1;">',
  '<IMG """><SCRIPT>window.__xss=1</SCRIPT>">',
  '<BODY ONLOAD=window.__xss=1>',
  '<iframe src=javascript:window.__xss=1>',
  '<a href="jav&#x09;ascript:window.__xss=1">x</a>',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  '{"bookingUrl":"javascript:window.__xss=1"}',
  '{"repairs":{"latch":{"min":"<b>1</b>","max":2}}}',
  '{"note":"<img src=x onerror=window.__xss=1>"}',
  JSON.stringify(deep(60)),
  '42',
  '-1',
  '1e400',
  'NaN',
  Number.NaN,
  -5,
  0,
  1e308,
  Number.POSITIVE_INFINITY,
  null,
  undefined,
  true,
  {},
  [],
  [1, 'two', { three: 3 }],
  { toString: () => 'GB' },
  { repairs: 'latch' },
  { doorPosition: 'rear', history: 'freezing', trapped: ['yes'] },
  deep(200),
];

/** Attributes (string values) and properties (any value) of each element. */
const SURFACE: Record<string, { attributes: string[]; properties: string[] }> = {
  'door-emergency-steps': { attributes: ['region', 'compact', 'heading-level', 'storage-key', 'theme', 'lang'], properties: ['region', 'compact', 'headingLevel', 'storageKey', 'theme'] },
  'door-diagnosis': { attributes: ['region', 'heading-level', 'storage-key', 'theme', 'lang', 'mode'], properties: ['region', 'headingLevel', 'storageKey', 'theme', 'answers', 'mode'] },
  'repair-cost': { attributes: ['locale', 'currency', 'cause', 'for', 'prices', 'heading-level', 'theme', 'lang'], properties: ['locale', 'currency', 'cause', 'htmlFor', 'prices', 'headingLevel', 'theme'] },
  'door-help': { attributes: ['region', 'locale', 'currency', 'prices'], properties: ['region', 'locale', 'currency', 'prices'] },
};

const KNOWN_NUMBERS = new Set(Object.values(emergencyNumbers).map((entry) => entry.number));
type Change = { kind: 'attribute' | 'property'; name: string; value: unknown };

function apply(el: HTMLElement, change: Change) {
  if (change.kind === 'attribute') el.setAttribute(change.name, String(change.value));
  else (el as unknown as Record<string, unknown>)[change.name] = change.value;
}

/** What must hold whatever the input: no script ran, nothing supplied became markup, the fallback shows. */
function checkInvariants(el: HTMLElement, label: string) {
  expect((window as unknown as { __xss?: number }).__xss, `${label}: script ran`).to.equal(undefined);
  const roots = [el, ...el.querySelectorAll('*')].map((node) => node.shadowRoot).filter((root): root is ShadowRoot => Boolean(root));
  for (const root of roots) {
    expect(root.querySelectorAll('script, img, iframe, body, object, embed').length, `${label}: markup from input`).to.equal(0);
    // Drawings are the element's own: an <svg> anywhere else came from input.
    expect(root.querySelectorAll('svg').length, `${label}: svg from input`).to.equal(root.querySelectorAll('figure.picture > svg').length);
    for (const link of root.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      expect(/^(https:|tel:\+?\d+$)/.test(href), `${label}: unsafe link ${href.slice(0, 40)}`).to.equal(true);
      if (href.startsWith('tel:') && link.getAttribute('part') === 'call-button') expect(KNOWN_NUMBERS.has(href.slice(4)), `${label}: wrong number ${href}`).to.equal(true);
    }
  }
  const root = el.shadowRoot!;
  if (el.localName === 'door-help') return;
  expect(root.querySelector('.disclaimer')?.textContent?.length, `${label}: disclaimer`).to.be.greaterThan(20);
  expect(/^h[1-6]$/.test(root.querySelector('.title')!.localName), `${label}: heading`).to.equal(true);
  if (el.localName === 'door-emergency-steps') {
    expect(Boolean(root.querySelector('[part="call-button"]') || root.querySelector('.call-local')), `${label}: call`).to.equal(true);
    expect(root.querySelectorAll('.steps > li').length, `${label}: steps`).to.equal(8);
  }
  if (el.localName === 'door-diagnosis') expect(root.querySelectorAll('.cause').length, `${label}: causes`).to.equal(7);
  if (el.localName === 'repair-cost') {
    const ranges = [...root.querySelectorAll('.range')].map((node) => node.textContent ?? '');
    expect(ranges.length, `${label}: rows`).to.equal(6);
    expect(ranges.every((range) => /\d/.test(range) && range.length < 60), `${label}: ranges ${ranges.join()}`).to.equal(true);
  }
}

async function render(tag: string, changes: Change[], label: string) {
  const el = document.createElement(tag);
  if (tag === 'door-help') el.append(document.createElement('repair-cost'), document.createElement('door-emergency-steps'));
  for (const change of changes) apply(el, change);
  document.body.append(el);
  // The element and any door-help elements inside it (not its light-DOM live region).
  const targets = [el, ...el.children].filter((node) => node.localName.includes('-')) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  for (const target of targets) await target.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  for (const target of targets) await target.updateComplete;
  for (const target of targets) checkInvariants(target, label);
  el.remove();
}

describe('fuzzed attributes and properties (seed ' + SEED + ')', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  let quiet: ReturnType<typeof captureConsole>[] = [];

  beforeEach(() => {
    uncaught.length = 0;
    sessionStorage.clear();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    quiet = [captureConsole('warn'), captureConsole('error')];
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    quiet.forEach((capture) => capture.restore());
  });

  for (const [tag, surface] of Object.entries(SURFACE)) {
    it(`<${tag}>: each attribute and property alone, every corpus value`, async function () {
      this.timeout(60_000);
      const changes: Change[] = [
        ...surface.attributes.map((name) => ({ kind: 'attribute' as const, name })),
        ...surface.properties.map((name) => ({ kind: 'property' as const, name })),
      ].flatMap(({ kind, name }) =>
        CORPUS.filter((value) => kind === 'property' || (value !== undefined && typeof value !== 'object') || value === null).map((value, i) => ({ kind, name, value, i })),
      );
      for (const change of changes) {
        const label = `<${tag}> ${change.kind} ${change.name} = corpus[${CORPUS.indexOf(change.value)}]`;
        await render(tag, [change], label);
        expect(uncaught, label).to.deep.equal([]);
      }
    });

    it(`<${tag}>: random combinations`, async function () {
      this.timeout(60_000);
      const random = mulberry32(SEED + tag.length);
      const names = [
        ...surface.attributes.map((name) => ({ kind: 'attribute' as const, name })),
        ...surface.properties.map((name) => ({ kind: 'property' as const, name })),
      ];
      for (let step = 0; step < COMBINATIONS_PER_ELEMENT; step += 1) {
        const count = 2 + Math.floor(random() * 4);
        const changes = Array.from({ length: count }, () => {
          const { kind, name } = names[Math.floor(random() * names.length)]!;
          return { kind, name, value: CORPUS[Math.floor(random() * CORPUS.length)] };
        });
        const label = `<${tag}> seed ${SEED} step ${step}: ${changes.map((c) => `${c.name}=corpus[${CORPUS.indexOf(c.value)}]`).join(', ')}`;
        await render(tag, changes, label);
        expect(uncaught, label).to.deep.equal([]);
      }
    });
  }
});
