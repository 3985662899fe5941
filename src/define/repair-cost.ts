import { RepairCost } from '../components/repair-cost/repair-cost.js';
import { defineElement } from './define-element.js';

defineElement('repair-cost', RepairCost);
