import 'door-help/define/all';
import 'door-help/locales/es';

const app = document.querySelector<HTMLDivElement>('#app')!;
let renders = 0;
let topCause = '';
let spanish = false;

/** The app's own re-render: rebuilds its status line and sets `answers` again, as a framework would. */
function render() {
  renders += 1;
  app.querySelector('#status')!.textContent = `renders: ${renders}; top cause: ${topCause || 'none'}`;
  const wrapper = app.querySelector('door-help')!;
  wrapper.lang = spanish ? 'es' : 'en-GB';
  app.querySelector('door-diagnosis')!.answers = { doorPosition: 'rear' };
}

app.innerHTML = `
  <p id="status"></p>
  <button id="rerender">Re-render</button> <button id="spanish">Español</button>
  <door-help region="GB">
    <door-emergency-steps compact></door-emergency-steps>
    <door-diagnosis id="dx"></door-diagnosis>
    <repair-cost for="dx"></repair-cost>
  </door-help>`;
app.querySelector('door-diagnosis')!.addEventListener('door-result-change', (event) => {
  topCause = event.detail.topCause; // typed: 'child-lock' | 'latch' | …
  render();
});
app.querySelector('#rerender')!.addEventListener('click', render);
app.querySelector('#spanish')!.addEventListener('click', () => {
  spanish = true;
  render();
});
render();
