// Spanish for door-help: `import 'door-help/locales/es'`, or dist/door-help.es.js beside the
// script tag. Registering is the only effect; elements with `lang="es"` (or inside one) switch.
import { es } from '../data/es/index.js';
import { registerLocale } from '../i18n/registry.js';

registerLocale(es);
