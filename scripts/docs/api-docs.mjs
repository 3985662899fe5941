// Writes the README's API reference from custom-elements.json (made by `cem analyze` from the
// JSDoc headers), between the markers <!-- api:start --> and <!-- api:end -->.
// Run by `npm run docs`; tests/docs/manifest.test.ts fails when the README falls behind.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { ELEMENT_TAGS: ORDER } = await import('../build/elements.mjs');
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${text}\`` : '');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : []);

const lines = [];
for (const el of elements) {
  lines.push(`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description ?? ''), '');
  const attributes = el.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const properties = (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !attributeFields.has(m.name) && m.description,
  );
  lines.push(
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      [
        ...attributes.map((a) => [code(a.name), code(a.fieldName), code(cell(a.type?.text)), code(cell(a.default)), cell(a.description)]),
        ...properties.map((p) => ['', code(p.name), code(cell(p.type?.text)), code(cell(p.default)), cell(p.description)]),
      ],
    ),
  );
  lines.push(...table(['event', 'description'], (el.events ?? []).map((e) => [code(e.name), cell(e.description)])));
  lines.push(...table(['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  lines.push(...table(['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])));
  const own = (el.cssProperties ?? []).filter((p) => !p.name.startsWith('--door-help-'));
  const global = (el.cssProperties ?? []).filter((p) => p.name.startsWith('--door-help-'));
  lines.push(...table(['CSS property', 'description'], own.map((p) => [code(p.name), cell(p.description)])));
  if (global.length) lines.push(`Global tokens: ${global.map((p) => code(p.name)).join(', ')}.`, '');
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
if (!readme.includes(start) || !readme.includes(end)) throw new Error('README.md lacks the api markers');
const updated = `${readme.slice(0, readme.indexOf(start) + start.length)}\n\n${lines.join('\n').trim()}\n\n${readme.slice(readme.indexOf(end))}`;
writeFileSync('README.md', updated);
console.log(`api-docs: ${elements.length} elements written to README.md`);
