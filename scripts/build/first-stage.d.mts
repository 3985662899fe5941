import type { Plugin } from 'vite';
export function firstScreenWords(): Plugin;
export function firstScreenCss(): Promise<string>;
export function keepMatchable(css: string, used: Set<string>): string;
