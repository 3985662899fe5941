// The framework bindings are what scripts/build/bindings.mjs writes from custom-elements.json
// (npm test builds the manifest first): a property, attribute or event added to an element, or
// a new element in src/elements.ts, reaches React, React JSX, Vue and Svelte without hand edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(ROOT);
const { bindings, elementsFromManifest, vue } = await import(`${ROOT}scripts/build/bindings.mjs`);

describe('framework bindings, generated from the manifest', () => {
  it('each binding file is exactly what npm run bindings writes', async () => {
    for (const [file, text] of Object.entries(await bindings())) assert.equal(readFileSync(file, 'utf8'), text, `${file}: run npm run docs && npm run bindings`);
  });

  it('an element given a new attribute and event gets them in every binding', async () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const steps = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'door-emergency-steps');
    steps.members.push({ kind: 'field', name: 'exitCount', description: 'How many ways out.' });
    steps.attributes.push({ name: 'exit-count', fieldName: 'exitCount' });
    steps.events.push({ name: 'door-exit' });
    const elements = await elementsFromManifest(manifest);
    const text = vue(elements);
    assert.match(text, /exitCount\?: DoorEmergencySteps\['exitCount'\];/);
    assert.match(text, /'exit-count'\?: AttributeValue<DoorEmergencySteps\['exitCount'\]>;/);
    assert.match(text, /onDoorExit\?: DoorListener<'door-exit'>;/);
  });
});
