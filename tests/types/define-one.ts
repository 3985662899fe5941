// Importing one element's define module alone brings its types.
import 'door-help/define/door-diagnosis';

const diagnosis = document.createElement('door-diagnosis');
diagnosis.answers = { locks: 'stuck' };
diagnosis.addEventListener('door-escalate', (event) => void event.detail.region);
// The diagnosis registers the emergency steps it shows, and says so in its types.
document.createElement('door-emergency-steps').region = 'US';
