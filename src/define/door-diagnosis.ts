import { DoorDiagnosis } from '../components/door-diagnosis/door-diagnosis.js';
import { defineElement } from './define-element.js';
// The diagnosis shows <door-emergency-steps> when someone is stuck, so it registers it too.
import './door-emergency-steps.js';

defineElement('door-diagnosis', DoorDiagnosis);
