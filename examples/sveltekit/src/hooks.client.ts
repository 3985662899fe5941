// Runs in the browser before the prerendered page hydrates: the elements are defined by then, so
// Svelte sets `answers` as a property, not an attribute.
import 'door-help/define/all';
import 'door-help/locales/es';
