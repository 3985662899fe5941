import type { RepairWords } from '../types.js';

/** Palabras que comparten el diagnóstico y los costos. */
export const repairWords: RepairWords = {
  causeNames: {
    'child-lock': 'Seguro para niños activado',
    'inside-handle': 'Manija de adentro o su base rota',
    linkage: 'Cable o varilla de apertura suelto o dañado',
    latch: 'Pestillo de la puerta dañado o que se traba',
    actuator: 'Actuador o cerradura interna dañados',
    frozen: 'Mecanismo congelado, oxidado o sucio dentro de la puerta',
    misalignment: 'Piezas desalineadas o panel que estorba tras otro trabajo',
  },
  partsAndTools: {
    heading: 'Piezas y herramientas',
    items: [
      'Herramientas para quitar el panel interior de la puerta',
      'Una manija de adentro nueva',
      'Un conjunto de pestillo de puerta',
      'Un actuador de cerradura de puerta',
      'Clips de unión o de sujeción',
      'Silicón en aerosol o un lubricante apto para pestillos',
      'Un multímetro o una lámpara de prueba',
    ],
  },
};
