import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/all.js';
import { captureConsole, inShadow } from '../../support/helpers.js';

describe('<door-help>', () => {
  it('gives the elements inside it one region', async () => {
    const wrapper = await fixture(html`<door-help region="AU"><door-emergency-steps></door-emergency-steps></door-help>`);
    const steps = wrapper.querySelector('door-emergency-steps')!;
    await steps.updateComplete;
    expect(inShadow(steps, '[part="call-button"]').getAttribute('href')).to.equal('tel:000');
  });

  it('lets an element’s own region win over the wrapper’s', async () => {
    const wrapper = await fixture(html`<door-help region="AU"><door-emergency-steps region="NZ"></door-emergency-steps></door-help>`);
    const steps = wrapper.querySelector('door-emergency-steps')!;
    await steps.updateComplete;
    expect(inShadow(steps, '[part="call-button"]').getAttribute('href')).to.equal('tel:111');
  });

  it('updates the elements when its region changes', async () => {
    const wrapper = await fixture<HTMLElementTagNameMap['door-help']>(html`<door-help region="AU"><door-emergency-steps></door-emergency-steps></door-help>`);
    const steps = wrapper.querySelector('door-emergency-steps')!;
    wrapper.region = 'GB';
    await wrapper.updateComplete;
    await steps.updateComplete;
    expect(inShadow(steps, '[part="call-button"]').getAttribute('href')).to.equal('tel:999');
  });

  it('shares locale, currency and a dealer price list', async () => {
    const wrapper = await fixture(html`<door-help locale="en-GB" currency="GBP" .prices=${{ repairs: { latch: { min: 200, max: 420 } } }}>
      <repair-cost></repair-cost>
    </door-help>`);
    const cost = wrapper.querySelector('repair-cost')!;
    await cost.updateComplete;
    expect(inShadow(cost, '[data-repair="latch"] .range').textContent).to.equal('£200 to £420');
    expect(inShadow(cost, '[data-repair="actuator"] .range').textContent).to.equal('US$220 to US$500');
  });

  it('shows its own refused price list as a notice in the cost element', async () => {
    const warnings = captureConsole('warn');
    try {
      const wrapper = await fixture(html`<door-help prices='{"currency":"ZZZ"}'><repair-cost></repair-cost></door-help>`);
      const cost = wrapper.querySelector('repair-cost')!;
      await cost.updateComplete;
      expect(inShadow(cost, '[part="notice"]').textContent).to.contain('prices.currency');
      expect(inShadow(cost, '[data-repair="latch"] .range').textContent).to.equal('$250 to $550');
    } finally {
      warnings.restore();
    }
  });

  it('renders its children in place', async () => {
    const wrapper = await fixture(html`<door-help><p>Between the elements</p></door-help>`);
    expect(wrapper.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Between the elements');
  });
});
