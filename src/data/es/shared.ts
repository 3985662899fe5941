import type { SharedText } from '../schemas.js';

/** Palabras que usan todos los elementos. */
export const sharedText: SharedText = {
  disclaimer:
    'Información general de seguridad, no es asesoría mecánica ni legal. Si alguien no puede salir sin peligro, o hay algún peligro ahora mismo, llame a los servicios de emergencia.',
  authorNoticeHeading: 'Nota para quien administra el sitio',
  newTab: '(se abre en una pestaña nueva)',
};
