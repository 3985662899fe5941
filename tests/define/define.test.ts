import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define/define-element.js';
import { DoorEmergencySteps } from '../../src/components/door-emergency-steps/door-emergency-steps.js';
import '../../src/define/door-emergency-steps.js';
import { captureConsole } from '../support/helpers.js';

describe('defineElement', () => {
  it('is a silent no-op when the same version defines the tag again', () => {
    const warnings = captureConsole('warn');
    const errors = captureConsole('error');
    try {
      class SecondCopy extends DoorEmergencySteps {}
      expect(() => defineElement('door-emergency-steps', SecondCopy)).not.to.throw();
      expect(customElements.get('door-emergency-steps')).to.equal(DoorEmergencySteps);
      expect(warnings.messages.concat(errors.messages)).to.deep.equal([]);
    } finally {
      warnings.restore();
      errors.restore();
    }
  });

  it('warns, without throwing, when another door-help version got there first', () => {
    class Older extends HTMLElement {
      static readonly version = '0.0.1';
    }
    customElements.define('door-test-versioned', Older);
    const warnings = captureConsole('warn');
    try {
      defineElement('door-test-versioned', DoorEmergencySteps);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('door-help 0.0.1');
    } finally {
      warnings.restore();
    }
  });

  it('names the conflict in a console error when another library owns the tag', () => {
    customElements.define('door-test-taken', class extends HTMLElement {});
    const errors = captureConsole('error');
    try {
      expect(() => defineElement('door-test-taken', DoorEmergencySteps)).not.to.throw();
      expect(errors.messages[0]).to.contain('<door-test-taken> is already taken by another library');
    } finally {
      errors.restore();
    }
  });
});
