import './door-emergency-steps.js';
import './door-diagnosis.js';
