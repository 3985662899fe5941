import type { Plugin } from 'vite';
export function localeEntry(lang: string): string;
export function localeEntries(languages?: readonly string[]): Plugin;
