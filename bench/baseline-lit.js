// The baseline for script cost and updates: Lit with one trivial element, nothing of door-help.
import { LitElement, css, html } from 'lit';

class BenchBaseline extends LitElement {
  static properties = { count: { type: Number } };
  static styles = css`:host { display: block; }`;
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<p>Count ${this.count}</p><button>+</button>`;
  }
}
customElements.define('bench-baseline', BenchBaseline);
