import type { EmergencyText } from '../../src/data/schemas/index.js';
export function syllables(word: string): number;
export function sentences(text: string): string[];
export function words(text: string): string[];
export function fleschKincaidGrade(blocks: string | string[]): number;
export function emergencyGuidance(emergency: EmergencyText, number?: string): string[];
