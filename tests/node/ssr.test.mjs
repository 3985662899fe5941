// door-help/ssr and `npx door-help render` in plain node: no window, no document, no storage.
// Runs on the built package (dist/), as a server would load it; npm test builds first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { renderElement, renderElementStream, RENDERABLE_TAGS } = await import(`${ROOT}dist/ssr.js`);

/** The words of rendered HTML as a reader reads them: Lit's markers and tags dropped. */
const textOf = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const shadowOf = (html, tag) => {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}> in the output`);
  return html.slice(start);
};
const callLinks = (html) => [...html.matchAll(/class="call-button"[^>]*href="(tel:[^"]*)"|href="(tel:[^"]*)"[^>]*class="call-button"/g)].map((m) => m[1] ?? m[2]);

describe('door-help/ssr in node', () => {
  it('loads and renders with no DOM globals (render paths touch no window, document or storage)', () => {
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.sessionStorage, 'undefined');
    for (const tag of RENDERABLE_TAGS) {
      const html = renderElement(tag);
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    }
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  it('every element carries the disclaimer; the steps carry the call link, the cautions and the steps', () => {
    for (const tag of ['door-emergency-steps', 'door-diagnosis', 'repair-cost']) {
      assert.match(renderElement(tag), /class="disclaimer"[^>]*>[\s\S]*?general safety help/, tag);
    }
    const steps = renderElement('door-emergency-steps', { attributes: { region: 'US' } });
    assert.deepEqual(callLinks(steps), ['tel:911']);
    assert.equal((steps.match(/class="marker" aria-hidden="true">✕/g) ?? []).length, 5);
    assert.match(steps, /Get everyone out of the car through another door/);
  });

  it('applies the wrappers it is given, nearest first, and the page language, as the browser does', () => {
    assert.deepEqual(callLinks(renderElement('door-emergency-steps', { wrappers: [{ region: 'GB' }, { region: 'US' }] })), ['tel:999']);
    assert.deepEqual(callLinks(renderElement('door-emergency-steps', { wrappers: [{ region: 'AU' }] })), ['tel:000']);
    // The element's own attribute beats a wrapper.
    assert.deepEqual(callLinks(renderElement('door-emergency-steps', { attributes: { region: 'AU' }, wrappers: [{ region: 'GB' }] })), ['tel:000']);
    const spanish = renderElement('door-emergency-steps', { lang: 'es-ES' });
    assert.deepEqual(callLinks(spanish), ['tel:112']);
    assert.match(textOf(spanish), /Llame al 112/);
    assert.match(textOf(renderElement('door-emergency-steps', { attributes: { lang: 'es-MX' } })), /Llame al 911/);
  });

  it('an unknown region never renders a country\'s number: the local-number words, and only 112 and 911 from a mobile phone', () => {
    const html = renderElement('door-emergency-steps', { attributes: { region: 'ZZ' } });
    assert.deepEqual(callLinks(html), []);
    assert.doesNotMatch(html, /class="call-button"/);
    assert.deepEqual([...html.matchAll(/href="tel:([^"]+)"/g)].map((match) => match[1]), ['112', '911']);
    assert.match(textOf(html), /Call your local emergency number/);
  });

  it('a rendered <door-help> gives its settings to its children', () => {
    const html = renderElement('door-help', { attributes: { region: 'GB', lang: 'es' }, children: [{ tag: 'door-emergency-steps' }, { tag: 'repair-cost' }] });
    assert.deepEqual(callLinks(shadowOf(html, 'door-emergency-steps')), ['tel:999']);
    assert.match(textOf(shadowOf(html, 'door-emergency-steps')), /Llame al 999/);
    assert.match(html, /<door-help[^>]* region="GB"/);
  });

  it('properties render: a preset diagnosis ranks its causes on the server', () => {
    const plain = renderElement('door-diagnosis');
    const preset = renderElement('door-diagnosis', { properties: { answers: { opensOutside: 'yes', doorPosition: 'rear' } } });
    assert.notEqual(preset, plain);
    assert.match(preset, /class="cause[^"]*"[^>]*>[\s\S]*?child/i);
  });

  it('escapes attribute values and refuses handler or odd names', () => {
    const html = renderElement('door-emergency-steps', { attributes: { 'heading-level': '"><script>alert(1)</script>' } });
    assert.doesNotMatch(html, /<script>alert/);
    assert.throws(() => renderElement('door-emergency-steps', { attributes: { onclick: 'x' } }), /not an attribute name/);
    assert.throws(() => renderElement('door-emergency-steps', { attributes: { 'a b': 'x' } }), /not an attribute name/);
    assert.throws(() => renderElement('door-emergency-steps', { properties: { 'x=1 y': 1 } }), /not a property name/);
    assert.throws(() => renderElement('script'), /expected one of/);
  });

  it('the stream gives the same HTML as the string', async () => {
    let streamed = '';
    for await (const chunk of renderElementStream('door-emergency-steps', { wrappers: [{ region: 'GB' }] })) streamed += chunk;
    assert.equal(streamed, renderElement('door-emergency-steps', { wrappers: [{ region: 'GB' }] }));
  });
});

describe('npx door-help render', () => {
  const cli = (...args) => spawnSync(process.execPath, [`${ROOT}bin/door-help.mjs`, ...args], { encoding: 'utf8' });

  it('writes a snippet with the call link and the script line to add', () => {
    const { status, stdout } = cli('render', 'door-emergency-steps', '--region', 'GB', '--lang', 'en-GB');
    assert.equal(status, 0);
    assert.deepEqual(callLinks(stdout), ['tel:999']);
    assert.match(stdout, /<door-emergency-steps[^>]* region="GB" lang="en-GB"/);
    assert.match(stdout, /<script src="https:\/\/unpkg\.com\/door-help@[\d.]+\/dist\/door-help\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>\n$/);
  });

  it('Spanish adds the Spanish script line; --attr and --script are honoured', () => {
    const { status, stdout } = cli('render', 'door-emergency-steps', '--lang', 'es', '--region', 'ES', '--attr', 'compact', '--attr', 'heading-level=3', '--script', '/js/door-help.js');
    assert.equal(status, 0);
    assert.match(textOf(stdout), /Llame al 112/);
    assert.match(stdout, / compact heading-level="3"/);
    assert.match(stdout, /<h3/);
    assert.match(stdout, /<script src="\/js\/door-help\.js" defer><\/script>\n<script src="\/js\/door-help\.es\.js" defer><\/script>\n$/);
  });

  it('says what is wrong, with the usage, and exits 2', () => {
    for (const args of [[], ['render'], ['render', 'door-x'], ['render', 'repair-cost', '--attr', 'onload=x'], ['render', 'repair-cost', '--nope']]) {
      const { status, stdout, stderr } = cli(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^door-help: .+\n\nUsage: npx door-help render/, args.join(' '));
    }
  });

  it('hostile strings in every option never leave escaped text: no element, attribute or comment of theirs', () => {
    const hostile = [
      `en-GB --><img src=x onerror=alert(1)><!--`,
      `"><script>alert(1)</script>`,
      `' onmouseover='alert(1)`,
      `--!><svg onload=alert(1)>`,
      `javascript:alert(1)`,
      `</script><script>alert(1)</script>`,
    ];
    for (const value of hostile) {
      for (const args of [
        ['--region', value],
        ['--lang', value],
        ['--script', value],
        ['--attr', `heading-level=${value}`],
        ['--attr', `storage-key=${value}`],
        ['--region', value, '--lang', value, '--script', value],
      ]) {
        const result = cli('render', 'door-emergency-steps', ...args);
        const out = result.stdout;
        const label = `${args.join(' ')}`;
        if (result.status !== 0) {
          // Refused with a message: nothing written to paste.
          assert.equal(out, '', label);
          continue;
        }
        assert.ok(!/<img\b|<svg[^>]*onload/i.test(out), `no element of the input: ${label}`);
        assert.ok(!/<script>alert/i.test(out), `no script of the input: ${label}`);
        // The CLI's own comment stays one comment: nothing of the input can close it.
        const end = out.indexOf('-->');
        assert.ok(out.startsWith('<!-- door-help') && out.slice(0, end).endsWith('once per page. '), `the header comment ends where it should: ${out.slice(0, end + 3)}`);
        assert.equal(out.split('<!--').length, out.split('-->').length, `comments balanced: ${label}`);
      }
    }
    // door-help/ssr: any string in any option (attributes, wrappers, language) stays text.
    const marker = fc.constantFrom('<img src=x onerror=alert(1)>', '"><b>x</b>', "'><b>x</b>", '--><b>x</b><!--', '</template><b>x</b>', '</style><b>x</b>');
    const hostileText = fc.tuple(fc.string({ maxLength: 8 }), marker, fc.string({ maxLength: 8 })).map(([a, m, b]) => a + m + b);
    fc.assert(
      fc.property(fc.constantFrom(...RENDERABLE_TAGS), hostileText, hostileText, hostileText, (tag, region, lang, other) => {
        const html = renderElement(tag, { attributes: { region, lang, 'storage-key': other, 'heading-level': other }, wrappers: [{ region: other, locale: lang, currency: region, theme: other }], lang });
        assert.ok(!/<img\b|<b>x<\/b>/i.test(html), `${tag}: ${JSON.stringify([region, lang, other])}`);
      }),
      { numRuns: 60 },
    );
  });

  it('the usage lists only real elements', () => {
    const { stdout } = cli('--help');
    assert.match(stdout, /door-emergency-steps, door-diagnosis, repair-cost/);
    assert.doesNotThrow(() => execFileSync(process.execPath, [`${ROOT}bin/door-help.mjs`, 'render', 'repair-cost']));
  });
});
