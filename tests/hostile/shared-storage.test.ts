// Session storage is shared by every script of the site's origin, and by every door-help element
// on the page: kinds of state must never collide, and what another script wrote is not the reader's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { DoorDiagnosis } from '../../src/components/door-diagnosis/door-diagnosis.js';
import type { DoorEmergencySteps } from '../../src/components/door-emergency-steps/door-emergency-steps.js';
import { slotOf } from '../../src/shared/platform/session-state.js';
import { forgetReaderState, inShadow } from '../support/helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function settled(...elements: Element[]) {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(elements.map((el) => (el as Lit).updateComplete));
  }
}

const callHref = (el: Element) => el.shadowRoot!.querySelector('a.call-button')?.getAttribute('href') ?? null;

describe('shared session storage', () => {
  beforeEach(forgetReaderState);
  afterEach(() => sessionStorage.clear());

  it('one storage-key on a diagnosis and a steps list: ticking a step keeps every answer, and the escalation', async () => {
    const page = await fixture(html`<div lang="en-US">
      <door-diagnosis storage-key="door-page" mode="form"></door-diagnosis>
      <door-emergency-steps storage-key="door-page" region="US"></door-emergency-steps>
    </div>`);
    const diagnosis = page.querySelector<DoorDiagnosis>('door-diagnosis')!;
    const steps = page.querySelector<DoorEmergencySteps>('door-emergency-steps')!;
    await settled(diagnosis, steps);
    inShadow<HTMLInputElement>(diagnosis, 'fieldset[data-question="trapped"] input[value="yes"]').click();
    inShadow<HTMLInputElement>(diagnosis, 'fieldset[data-question="doorPosition"] input[value="rear"]').click();
    await settled(diagnosis);
    expect(diagnosis.result.escalate).to.equal(true);
    inShadow<HTMLInputElement>(steps, '#step-child-lock').click();
    await settled(diagnosis, steps);
    expect(steps.tickedSteps).to.deep.equal(['child-lock']);
    expect(diagnosis.answers).to.deep.include({ trapped: 'yes', doorPosition: 'rear' });
    expect(diagnosis.result.escalate, 'still escalated').to.equal(true);
    expect(diagnosis.shadowRoot!.querySelector('.escalation door-emergency-steps'), 'emergency view').to.exist;
    // And a new answer leaves the ticks alone.
    inShadow<HTMLInputElement>(diagnosis, 'fieldset[data-question="doorPosition"] input[value="front"]').click();
    await settled(diagnosis, steps);
    expect(steps.tickedSteps).to.deep.equal(['child-lock']);
  });

  it('a region another script wrote under our key is not shown as the reader’s choice', async () => {
    // The old, untagged key and a plain value in today's slot: neither is the reader's.
    sessionStorage.setItem('door-help:region', 'US');
    sessionStorage.setItem(slotOf('region', 'door-help:region'), 'US');
    const place = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
    const steps = place.querySelector('door-emergency-steps')!;
    await settled(steps);
    expect(callHref(steps)).to.equal('tel:999');
    expect(inShadow(steps, '.region-note').textContent, 'still shown as a guess').to.contain('United Kingdom');
  });

  it('a stored region we do not know, in our own format, is ignored too; the reader’s real choice still works and can be changed', async () => {
    sessionStorage.setItem(slotOf('region', 'door-help:region'), 'door-help/region@1:ZZ');
    const place = await fixture(html`<div lang="en-GB"><door-emergency-steps></door-emergency-steps></div>`);
    const steps = place.querySelector('door-emergency-steps')!;
    await settled(steps);
    expect(callHref(steps)).to.equal('tel:999');
    const chooser = inShadow<HTMLSelectElement>(steps, '.region-choice select');
    chooser.value = 'US';
    chooser.dispatchEvent(new Event('change'));
    await settled(steps);
    expect(callHref(steps)).to.equal('tel:911');
    expect(inShadow<HTMLSelectElement>(steps, '.region-choice select').value, 'shown as a choice that can be changed').to.equal('US');
  });

  it('malformed or foreign values where answers and ticks live are ignored and never break the element', async () => {
    sessionStorage.setItem(slotOf('answers', 'door-help:diagnosis'), 'door-help/answers@1:{"trapped":');
    sessionStorage.setItem(slotOf('ticks', 'door-help:emergency-steps'), 'make-safe child-lock');
    sessionStorage.setItem('door-help:diagnosis', '{"trapped":"yes"}');
    const page = await fixture(html`<div><door-diagnosis mode="form"></door-diagnosis><door-emergency-steps region="US"></door-emergency-steps></div>`);
    const diagnosis = page.querySelector<DoorDiagnosis>('door-diagnosis')!;
    const steps = page.querySelector<DoorEmergencySteps>('door-emergency-steps')!;
    await settled(diagnosis, steps);
    expect(diagnosis.answers).to.deep.equal({});
    expect(steps.tickedSteps).to.deep.equal([]);
    expect(callHref(steps)).to.equal('tel:911');
  });
});
