import type { CostText } from '../types.js';

/** Costos de reparación en palabras sencillas. Mismos datos e ids que ../en/cost.ts. */
export const costText: CostText = {
  heading: 'Cuánto puede costar la reparación',
  intro:
    'El precio depende del auto, de lo que cuesta la mano de obra donde vive y de qué falló exactamente dentro de la puerta. Estos rangos son precios típicos en EE. UU. de piezas y mano de obra juntas, no una cotización para su modelo.',
  repairs: {
    'child-lock-check': {
      name: 'Ajuste del seguro para niños o revisión básica',
      appliesTo: 'Cuando nada está roto y una revisión rápida confirma la causa.',
    },
    'inside-handle': {
      name: 'Manija de adentro nueva',
      appliesTo: 'Una manija de adentro rajada, floja o salida de su pivote.',
      raisedBy: 'El diseño de la manija, el tiempo para quitar el panel y si la base o el marco también están dañados.',
    },
    linkage: {
      name: 'Reparación de varilla, cable o clip de sujeción',
      appliesTo: 'Común cuando la manija se ve bien pero la unión dentro de la puerta se soltó o se rompió.',
    },
    latch: {
      name: 'Conjunto de pestillo de puerta nuevo',
      appliesTo: 'Un pestillo gastado, oxidado o roto que no se suelta.',
      raisedBy: 'Un pestillo escondido detrás del riel de la ventana, o unido a otras piezas.',
    },
    actuator: {
      name: 'Actuador de cerradura de puerta nuevo',
      appliesTo: 'Una puerta que se queda bloqueada, una cerradura eléctrica débil, o un actuador (el motorcito de la cerradura) integrado en el módulo del pestillo.',
    },
    'stuck-closed': {
      name: 'Diagnóstico de una puerta trabada y reparación con acceso difícil',
      appliesTo: 'Una puerta que no abre por ningún lado.',
      raisedBy: 'La mano de obra sube cuando la puerta no abre normalmente y el técnico debe llegar al pestillo por espacios estrechos para soltarlo.',
    },
  },
  factors: {
    heading: 'Qué cambia el precio',
    items: [
      'Cómo está hecha la puerta delantera o trasera, y qué tan fácil sale su panel',
      'La mano de obra en su zona y el tiempo de diagnóstico',
      'Si el pestillo y el actuador son dos piezas o una sola unidad',
      'Piezas del fabricante del auto (OEM) o de otra marca (no originales)',
      'Cuánto tiempo lleva trabada y si forzarla causó más daño',
    ],
  },
  takeaway: {
    heading: 'En resumen',
    lower: 'Una puerta que abre por fuera con la manija de adentro floja suele quedar en la parte baja a media de estos rangos.',
    higher: 'Si no abre por ningún lado, el actuador de la cerradura está trabado o hay que soltar el pestillo con la puerta cerrada, espere una cuenta más alta: la mano de obra sube rápido.',
  },
  estimatesNote: 'Son estimados típicos para planear, no cotizaciones. Pida a un taller el precio para su auto.',
  ui: {
    range: '{min} a {max}',
    openRange: '{min} o más',
    noCharge: 'Sin costo',
    rangeOrMore: '{min} a {max} o más',
    expectedHeading: 'Costo probable según sus respuestas',
    expectedFor: 'Para: {causes}',
    likelyTag: 'Coincide con sus respuestas',
    appliesTo: 'Cuándo',
    raisedBy: 'Cuesta más con',
    dealerPrices: 'Precios de este taller',
    laborRate: 'Mano de obra: {rate} por hora',
    book: 'Reservar una reparación',
    call: 'Llamar al área de servicio: {phone}',
    usEstimates: 'Precios típicos en EE. UU.',
    usEstimatesAbroad: 'Precios típicos en EE. UU., en dólares estadounidenses',
    partlyPriced: 'Este taller no da precio para algunas de estas reparaciones; sus precios típicos en EE. UU. están en la lista de abajo.',
    noticeIntro: 'No se usó la lista de precios, así que se muestran precios típicos de EE. UU.',
    fitsYourAnswers: 'Coincide con sus respuestas:',
  },
};
