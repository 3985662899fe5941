import type { Plugin } from 'vite';

export const POLICY_REGISTRY: string;
export function sharedTrustedTypesPolicy(): Plugin;
