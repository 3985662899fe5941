import type { SharedText } from '../types.js';

/** Palabras que usan todos los elementos. */
export const sharedText: SharedText = {
  disclaimer:
    'Información general de seguridad, no es asesoría mecánica ni legal. Si alguien no puede salir sin peligro, o hay algún peligro ahora mismo, llame a los servicios de emergencia.',
  authorNoticeHeading: 'Nota para quien administra el sitio',
  newTab: '(se abre en una pestaña nueva)',
  childLockPicture: {
    description:
      'Dibujo del borde de atrás de una puerta trasera abierta. El pestillo está a media altura del borde. Justo debajo hay una palanca o un interruptor pequeño: el seguro para niños. En una posición bloquea y la manija de adentro no hace nada; en la otra desbloquea y la manija vuelve a funcionar.',
    caption: 'Una disposición típica, no la de un auto concreto: la palanca puede ser una ranura para la llave, o estar un poco más arriba o más abajo.',
    parts: { edge: 'Borde de atrás de la puerta trasera (con la puerta abierta)', latch: 'Pestillo', lever: 'Palanca o interruptor del seguro para niños' },
    locked: 'Bloqueado',
    unlocked: 'Desbloqueado',
  },
};
