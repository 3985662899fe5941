// An app that imports the one-file ES module build still gets the types.
import 'door-help/door-help.esm.js';

document.createElement('repair-cost').cause = 'child-lock';
document.querySelector('door-diagnosis')?.addEventListener('door-result-change', (event) => void event.detail.likelyCauses);
