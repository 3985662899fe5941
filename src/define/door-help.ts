import { DoorHelp } from '../components/door-help/door-help.js';
import { defineElement } from './define-element.js';

defineElement('door-help', DoorHelp);
