import type { EmergencyText } from '../types.js';

/**
 * Los primeros minutos con una puerta que abre por fuera pero no por dentro, con el auto
 * estacionado. Mismos datos e ids que ../en/emergency.ts, en español para lectores de EE. UU.
 */
export const emergencyText: EmergencyText = {
  heading: '¿Auto estacionado y una puerta solo abre por fuera? Haga esto ahora',
  shortAnswer: {
    lead: 'Saque a todos del auto por otra puerta, si puede.',
    callIf: 'Llame {number} si alguien no puede salir sin peligro, sobre todo si es un niño o una niña, o una persona que se siente mal.',
  },
  sayToOperator: 'Estamos estacionados. Una puerta del auto no abre por dentro y una persona no puede salir sin peligro.',
  sayNote: 'Si contestan en inglés, diga «Spanish» y espere a que le pasen con alguien que hable español.',
  doNots: {
    heading: 'No haga esto',
    items: [
      { id: 'no-yanking', text: 'No jale con fuerza la manija de adentro, ni la jale una y otra vez. Cualquiera de las dos cosas puede romper las piezas que la conectan dentro de la puerta.' },
      { id: 'no-driving-off', text: 'No se vaya manejando si alguien podría necesitar esa puerta para salir rápido.' },
      { id: 'no-prying', text: 'No fuerce la puerta con herramientas ni intente abrir el pestillo a la fuerza. Puede dañar el cableado, las bolsas de aire y la cerradura.' },
      { id: 'no-seating-beside', text: 'No deje a ningún niño o niña, ni a ninguna persona vulnerable, en el asiento junto a la puerta trabada.' },
      { id: 'no-ignoring-tampering', text: 'No lo ignore si siente que alguien podría estar manipulando el auto. La seguridad de todas las personas va primero.' },
    ],
  },
  steps: {
    heading: 'Qué hacer ahora',
    items: [
      {
        id: 'make-safe',
        title: 'Haga una pausa y ponga a todos a salvo.',
        detail:
          '¿El lugar parece peligroso, con tráfico, una confrontación o nadie cerca? Bloquee las puertas. Encienda las luces intermitentes si ayuda. Si puede hacerlo sin riesgo, muévase a un lugar con menos peligro y bien iluminado.',
        substeps: [],
      },
      {
        id: 'lock-reset',
        title: 'Bloquee y desbloquee las puertas una o dos veces para reiniciar las cerraduras.',
        substeps: [
          { id: 'cycle-locks', text: 'Bloquee y luego desbloquee con el control remoto de la llave o con la llave.' },
          { id: 'skip-deadlock', text: 'Algunos autos tienen doble bloqueo (bloqueo total), que impide abrir las puertas incluso por dentro. No lo use mientras resuelve esto.' },
          { id: 'retry-inside', text: 'Después de cada vez, pruebe otra vez la manija de adentro.' },
        ],
      },
      {
        id: 'child-lock',
        title: '¿Es una puerta trasera? Revise el seguro para niños.',
        detail: 'El seguro para niños es una razón común de que una puerta de atrás abra por fuera pero no por dentro.',
        substeps: [
          { id: 'open-outside', text: 'Abra la puerta trabada con la manija de afuera.' },
          { id: 'find-lever', text: 'En el borde de atrás de la puerta, cerca del pestillo, busque la palanca o el interruptor pequeño del seguro para niños. Póngalo en apagado (desbloqueado).' },
          { id: 'retest', text: 'Cierre la puerta y pruebe otra vez la manija de adentro.' },
        ],
      },
      {
        id: 'other-exit',
        title: 'Si esa puerta es la salida más cercana para alguien adentro, use otra salida ya.',
        substeps: [
          { id: 'another-door', text: 'Ayude a esa persona a salir por otra puerta.' },
          { id: 'change-seat', text: 'Si hace falta: primero ponga el auto en P (Park) con el freno de estacionamiento puesto. Luego la persona puede pasarse con cuidado a otro asiento y salir por esa puerta.' },
          { id: 'window', text: 'Una ventana abierta en parte sirve para hablar y pasar cosas. Salga por ella solo si de verdad no hay otra forma y se puede hacer sin riesgo.' },
        ],
      },
      {
        id: 'call-emergency',
        title: 'Llame {number} si alguien está atrapado, se siente mal, tiene mucho calor o tiene pánico.',
        detail: 'Diga a quien conteste la llamada lo que aparece abajo.',
        substeps: [],
      },
      {
        id: 'roadside-help',
        title: 'Cuando todos estén afuera y a salvo, pida asistencia en carretera en vez de forzar la puerta.',
        substeps: [
          { id: 'who-to-call', text: 'Llame a su asistencia en carretera (la de su aseguradora, AAA o el programa del fabricante) o a un taller cercano.' },
          { id: 'how-to-describe', text: 'Dígales que es una falla de la apertura interior de la puerta (en inglés: «interior door release failure»). Es un problema del pestillo o de la cerradura. Diga si es una puerta trasera, porque puede ser el seguro para niños.' },
        ],
      },
      {
        id: 'until-repaired',
        title: 'Reduzca el riesgo hasta que reparen el auto.',
        substeps: [
          { id: 'empty-seat', text: 'No lleve pasajeros en el asiento que usa esa puerta.' },
          { id: 'exit-plan', text: 'Si tiene que manejar al taller, asegúrese de que todos los pasajeros puedan salir fácilmente por otras puertas. Antes de salir, acuerden cómo saldrían.' },
        ],
      },
      {
        id: 'recall-check',
        title: 'Cuando sienta más calma, busque si hay un llamado a revisión (recall).',
        detail: 'Busque su VIN (el número de identificación de 17 caracteres de su auto) en el buscador oficial de llamados a revisión. En EE. UU. es el de la NHTSA, la agencia federal de seguridad vial. Vea si su auto tiene uno abierto por sus puertas, cerraduras o manijas. La búsqueda de abajo le indica dónde hacerlo.',
        substeps: [],
      },
    ],
  },
  waysOut: {
    heading: 'Dos formas de salir ahora',
    items: [
      { id: 'another-door', text: 'Ayude a todos a salir por otra puerta.' },
      { id: 'from-outside', text: 'Abra la puerta trabada con la manija de afuera. Si es una puerta trasera, después ponga en apagado el seguro para niños del borde de atrás.' },
    ],
  },
  canWait: {
    heading: 'Esto puede esperar',
    items: [
      { id: 'which-part', text: 'Averiguar qué pieza falló (el cable de la manija, el pestillo o el motorcito de la cerradura) no es tarea para un momento de estrés.' },
      { id: 'decisions', text: 'Quejas, pasos legales y costos se pueden decidir después.' },
      { id: 'no-diy', text: 'No hace falta quitar paneles de la puerta ni intentar repararla usted mismo en un estacionamiento.' },
    ],
  },
  reassurance: {
    heading: 'Unas palabras para tranquilizarle',
    text:
      'Quedar encerrado da miedo por una buena razón: el cuerpo ve una salida bloqueada como un peligro. En la mayoría de los casos la causa es el seguro para niños o una falla mecánica o de las cerraduras eléctricas, no algo que usted hizo. Concéntrese en que todos salgan a salvo y luego pida ayuda.',
  },
  scopeNote:
    'Estos pasos son para los primeros minutos con el auto estacionado. Si la manija de adentro o la cerradura sigue fallando, lleve el auto a revisar y reparar sin demora.',
  ui: {
    callButton: 'Llamar al {number}',
    callButtonService: 'Llamar al {number}: {service}',
    callLocal: 'Llame a su número local de emergencias',
    numberWords: 'al {number}',
    localNumberWords: 'a su número local de emergencias',
    services: { ambulance: 'ambulancia', 'ambulance-fire': 'ambulancia y bomberos', 'fire-rescue': 'bomberos y rescate', police: 'policía' },
    alternate: {
      all: 'Aquí también funciona el {number}.',
      mobile: 'Desde un celular también funciona el {number}.',
      'some-areas': 'En algunas zonas, el {number} atiende todos los servicios.',
      service: 'Número de {service}: {number}.',
    },
    unknownRegion: 'No conocemos el número de emergencias de esta región. Elija su país, o llame a uno de estos:',
    noRegion: 'No sabemos en qué país está, así que no podemos mostrar su número. Elija su país, o llame a uno de estos:',
    regionGuess: 'La configuración de su dispositivo indica este país: {country}. Es solo una suposición. Si está en otro lugar, elija su país.',
    roadsideElsewhere: 'Llame a su asistencia en carretera (la de su aseguradora, un club del automóvil o el programa del fabricante) o a un taller cercano.',
    recallElsewhere: 'Busque su auto en el buscador oficial de llamados a revisión de su país, o pregunte al fabricante, para ver si tiene uno abierto por sus puertas, cerraduras o manijas. La búsqueda de abajo le indica dónde hacerlo.',
    mobileNumbers: 'Desde un celular, el 112 y el 911 comunican con los servicios de emergencia en la mayoría de los países.',
    mobileCall: 'Llamar al {number} (desde un celular, funciona en la mayoría de los países)',
    chooseCountry: '¿No está en {country}? Elija su país',
    chooseCountryFirst: 'Elija su país para ver su número',
    otherCountry: 'Otro país',
    sayHeading: 'Qué decir',
    copy: 'Copiar las palabras',
    copied: 'Copiado.',
    copyFailed: 'No se pudo copiar. Seleccione las palabras y cópielas a mano.',
    stepsToggle: 'Todos los pasos',
    progress: '{done} de {total} pasos hechos',
  },
  recall: {
    heading: 'Buscar un llamado a revisión',
    intro: 'El VIN es el código de 17 caracteres que se ve por el parabrisas, del lado del conductor del tablero, y que aparece en los papeles del registro.',
    vinLabel: 'Número de identificación del vehículo (VIN)',
    vinHint: '17 letras y números. Un VIN nunca usa I, O ni Q.',
    submit: 'Buscar llamados',
    services: {
      nhtsa: 'el buscador de llamados de la NHTSA',
      'transport-canada': 'la base de datos de llamados de Transport Canada',
      dvsa: 'la consulta de llamados de la DVSA en GOV.UK',
      'au-vehicle-recalls': 'el sitio de llamados de vehículos del Gobierno de Australia',
    },
    openVin: 'Abrir {service} para este VIN',
    openSearch: 'Abrir {service}',
    searchHint: 'Busca por marca, modelo y año. El fabricante de su auto también puede revisar este VIN.',
    opened: 'Abrimos {service} en una pestaña nueva.',
    elsewhere: 'Consulte si hay llamados con el fabricante de su auto o con la autoridad de seguridad vehicular de su país, usando este VIN.',
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
