// Registers every door-help element.
import './door-help.js';
import './door-emergency-steps.js';
import './door-diagnosis.js';
import './repair-cost.js';
