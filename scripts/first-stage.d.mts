import type { Plugin } from 'vite';
export function firstScreenWords(): Plugin;
