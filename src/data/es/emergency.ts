import type { EmergencyText } from '../schemas.js';

/**
 * Los primeros minutos con una puerta que abre por fuera pero no por dentro, con el auto
 * estacionado. Mismos datos e ids que ../en/emergency.ts, en español para lectores de EE. UU.
 */
export const emergencyText: EmergencyText = {
  heading: '¿Auto estacionado y una puerta solo abre por fuera? Haga esto ahora',
  shortAnswer: {
    lead: 'Saque a todos del auto por otra puerta, si puede.',
    callIf: 'Si alguien no puede salir de forma segura, sobre todo un niño o una persona que se siente mal, llame al {number}.',
  },
  sayToOperator: 'Estamos estacionados. Una puerta del auto no abre por dentro y una persona no puede salir de forma segura.',
  doNots: {
    heading: 'No haga esto',
    items: [
      { id: 'no-yanking', text: 'Jalar fuerte la manija de adentro una y otra vez. Puede romper las piezas que la conectan dentro de la puerta.' },
      { id: 'no-driving-off', text: 'Arrancar y manejar si alguien podría necesitar esa puerta para salir rápido.' },
      { id: 'no-prying', text: 'Forzar la puerta con herramientas o intentar botar el seguro. Puede dañar los cables, las bolsas de aire y la cerradura.' },
      { id: 'no-seating-beside', text: 'Dejar a un niño o a una persona vulnerable sentada junto a la puerta atascada.' },
      { id: 'no-ignoring-tampering', text: 'Ignorarlo si parece que alguien manipuló el auto. Su seguridad personal va primero.' },
    ],
  },
  steps: {
    heading: 'Qué hacer ahora',
    items: [
      {
        id: 'make-safe',
        title: 'Deténgase y asegure el lugar donde está.',
        detail:
          'Si el lugar parece peligroso (tráfico, una pelea, nadie cerca), ponga los seguros, encienda las luces intermitentes si ayuda y muévase a un lugar más seguro y bien iluminado si puede hacerlo sin riesgo.',
        substeps: [],
      },
      {
        id: 'lock-reset',
        title: 'Ponga y quite los seguros una o dos veces para reiniciarlos.',
        substeps: [
          { id: 'cycle-locks', text: 'Ponga el seguro y luego quítelo con el control remoto o con la llave.' },
          { id: 'skip-deadlock', text: 'Algunos autos tienen doble seguro (bloqueo total). No lo use mientras resuelve esto.' },
          { id: 'retry-inside', text: 'Después de cada vez, pruebe otra vez la manija de adentro.' },
        ],
      },
      {
        id: 'child-lock',
        title: '¿Es una puerta trasera? Revise el seguro para niños.',
        detail: 'El seguro para niños es una razón común de que una puerta de atrás abra por fuera pero no por dentro.',
        substeps: [
          { id: 'open-outside', text: 'Abra la puerta atascada con la manija de afuera.' },
          { id: 'find-lever', text: 'En el borde de atrás de la puerta, cerca del pestillo, busque la palanca o el interruptor pequeño del seguro para niños. Póngalo en apagado (sin seguro).' },
          { id: 'retest', text: 'Cierre la puerta y pruebe otra vez la manija de adentro.' },
        ],
      },
      {
        id: 'other-exit',
        title: 'Si esa puerta es la salida más cercana para alguien adentro, use otra salida ya.',
        substeps: [
          { id: 'another-door', text: 'Ayúdele a salir por otra puerta.' },
          { id: 'change-seat', text: 'Si hace falta, puede pasarse con cuidado a otro asiento y salir por esa puerta. Antes, ponga el auto en Park y el freno de mano.' },
          { id: 'window', text: 'Una ventana abierta en parte sirve para hablar y pasar cosas. Salga por ella solo si de verdad no hay otra forma y se puede hacer sin riesgo.' },
        ],
      },
      {
        id: 'call-emergency',
        title: '¿Alguien está atrapado, con mucho calor, con pánico o se siente mal? Llame al {number}.',
        detail: 'Diga esto a la operadora:',
        substeps: [],
      },
      {
        id: 'roadside-help',
        title: 'Cuando todos estén afuera y a salvo, pida asistencia en carretera en vez de forzar la puerta.',
        substeps: [
          { id: 'who-to-call', text: 'Llame a su asistencia en carretera (de su seguro, de AAA o del programa del fabricante) o a un taller cercano.' },
          { id: 'how-to-describe', text: 'Dígales que es una falla de la apertura interior de la puerta, un problema del pestillo o de la cerradura. Diga si es una puerta trasera, porque puede ser el seguro para niños.' },
        ],
      },
      {
        id: 'until-repaired',
        title: 'Haga el auto más seguro hasta que lo reparen.',
        substeps: [
          { id: 'empty-seat', text: 'No siente a nadie en el lugar que usa esa puerta.' },
          { id: 'exit-plan', text: 'Si tiene que manejar al taller, asegúrese de que todos puedan salir fácilmente por otras puertas y acuerden antes de salir cómo saldrían.' },
        ],
      },
      {
        id: 'recall-check',
        title: 'Cuando esté más tranquilo, busque si hay un llamado a revisión (recall).',
        detail: 'Busque su número VIN en el buscador oficial de la NHTSA para ver si su auto tiene un llamado a revisión abierto por sus puertas, cerraduras o manijas.',
        substeps: [],
      },
    ],
  },
  canWait: {
    heading: 'Esto puede esperar',
    items: [
      { id: 'which-part', text: 'Averiguar qué pieza falló (el cable de la manija, el pestillo o el actuador) no es tarea para un momento de estrés.' },
      { id: 'decisions', text: 'Quejas, pasos legales y costos se pueden decidir después.' },
      { id: 'no-diy', text: 'No hace falta quitar paneles de la puerta ni intentar repararla usted mismo en un estacionamiento.' },
    ],
  },
  reassurance: {
    heading: 'Usted no hizo nada malo',
    text:
      'Sentirse encerrado asusta por una buena razón: su cuerpo ve una salida bloqueada como un peligro. Casi siempre la causa es el seguro para niños o una falla mecánica o de los seguros eléctricos, no algo que usted hizo. Concéntrese en que todos salgan a salvo y luego pida ayuda.',
  },
  scopeNote:
    'Estos pasos son para los primeros minutos con el auto estacionado. Si la manija de adentro o la cerradura sigue fallando, hágala revisar y reparar pronto.',
  ui: {
    callButton: 'Llamar al {number}',
    callLocal: 'Llame a su número local de emergencias',
    localNumberWords: 'su número local de emergencias',
    alternate: { all: 'Aquí también funciona el {number}.', police: 'Policía: {number}.' },
    unknownRegion: 'No conocemos el número de emergencias de esta región, así que no mostramos un botón para llamar.',
    sayHeading: 'Qué decir',
    copy: 'Copiar las palabras',
    copied: 'Copiado.',
    copyFailed: 'No se pudo copiar. Seleccione las palabras y cópielas a mano.',
    showSteps: 'Ver todos los pasos',
    hideSteps: 'Ocultar los pasos',
    progress: '{done} de {total} pasos hechos',
  },
  recall: {
    heading: 'Buscar un llamado a revisión',
    intro: 'El VIN es el código de 17 caracteres que se ve por el parabrisas, del lado del conductor del tablero, y que aparece en los papeles del registro.',
    vinLabel: 'Número de identificación del vehículo (VIN)',
    vinHint: '17 letras y números. Un VIN nunca usa I, O ni Q.',
    submit: 'Buscar llamados',
    openLink: 'Abrir los resultados de la NHTSA para este VIN',
    opened: 'El buscador de la NHTSA se abrió en una pestaña nueva.',
    elsewhere:
      'La NHTSA cubre autos vendidos en EE. UU. y Canadá. En otros países, consulte con el fabricante o con la autoridad nacional de seguridad vehicular usando este VIN.',
    errors: {
      empty: 'Primero escriba el VIN.',
      length: 'Un VIN tiene 17 caracteres. Este tiene {count}.',
      forbiddenLetters: 'Un VIN nunca usa las letras I, O ni Q. Revise si son los números 1 y 0.',
      characters: 'Un VIN solo usa letras y números.',
      checkDigit: 'Este VIN no cuadra (su carácter 9, el dígito de control, no coincide). Revise si hay un error.',
    },
    softCheckDigit: 'Su dígito de control no coincide, algo normal en muchos autos hechos fuera de Norteamérica.',
  },
};
