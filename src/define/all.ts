import './door-emergency-steps.js';
