// The tags' attributes, properties and events, for svelte-check (README, "Svelte 5 and SvelteKit").
import type {} from 'door-help/svelte';

export {};
