import { DoorEmergencySteps } from '../components/door-emergency-steps/door-emergency-steps.js';
import { defineElement } from './define-element.js';

defineElement('door-emergency-steps', DoorEmergencySteps);
