import type { DiagnosisText } from '../schemas.js';

/** El diagnóstico guiado, en palabras sencillas. Mismos datos e ids que ../en/diagnosis.ts. */
export const diagnosisText: DiagnosisText = {
  heading: '¿Por qué la puerta no abre por dentro?',
  intro: [
    'Por lo general, la falla está en las piezas que abren o bloquean la puerta, no en la carrocería. A menudo la manija de adentro ya no jala el pestillo lo suficiente para soltarlo, o la cerradura lo mantiene cerrado.',
    'Puede ser algo pequeño, como un seguro para niños activado sin querer, o algo mayor, como una base de manija rota o un pestillo gastado. Las causas más comunes, sobre todo si falla una sola puerta, son el seguro para niños, una manija, cable o varilla rota y un pestillo que se traba.',
    'Tres pistas lo aclaran más rápido: ¿abre la puerta por fuera?, ¿funcionan todavía los cerraduras eléctricas?, ¿la manija de adentro se siente floja, dura o normal? Conteste lo que pueda abajo; la lista se actualiza mientras avanza.',
  ],
  howItWorks: {
    heading: 'Cómo funciona la apertura por dentro',
    paragraphs: [
      'Al jalar la manija de adentro, esta mueve un cable o una varilla de metal que le indica al pestillo que se suelte. Si esa unión se rompe, se estira, se desconecta o se atora, la manija puede moverse sin que el pestillo se suelte del todo.',
      'Si la puerta todavía abre por fuera, es probable que el pestillo funcione, y la falla suele estar en la manija de adentro, el seguro para niños o la unión entre manija y pestillo. En las puertas de atrás es común que el seguro para niños quede activado sin que nadie lo note, después de una limpieza, una reparación o de que alguien toque el borde de la puerta.',
      'Si no abre por ningún lado, piense en el pestillo y la cerradura dentro de la puerta. Un actuador de la cerradura eléctrica dañado puede dejar el pestillo bloqueado; una varilla doblada, un clip roto, un pestillo trabado u otra falla interna también pueden impedir que cualquiera de las dos manijas abra.',
      'Cómo se siente la manija es una pista fuerte. Floja suele indicar un cable suelto, un pivote roto o una base de plástico rajada. Muy dura puede indicar un pestillo que se atora o un cable doblado. Si se siente normal pero no pasa nada, la falla suele estar más adentro, en el pestillo o la cerradura y no en la manija.',
    ],
  },
  questionsHeading: 'Conteste lo que pueda',
  questions: {
    trapped: {
      legend: '¿Hay alguien atrapado adentro ahora, o se siente mal, tiene mucho calor o tiene pánico?',
      short: 'Alguien atrapado o mal',
      options: { yes: { label: 'Sí', clue: 'alguien está atrapado o se siente mal' }, no: { label: 'No, todos están afuera y bien', clue: 'todos están a salvo' } },
    },
    opensOutside: {
      legend: '¿La puerta abre con la manija de afuera?',
      short: 'Abre por fuera',
      options: { yes: { label: 'Sí, por fuera abre', clue: 'abre por fuera' }, no: { label: 'No, no abre por ningún lado', clue: 'no abre por ningún lado' } },
    },
    doorPosition: {
      legend: '¿Qué puerta es?',
      short: 'Puerta',
      options: { front: { label: 'Una puerta delantera', clue: 'puerta delantera' }, rear: { label: 'Una puerta trasera', clue: 'puerta trasera' } },
    },
    doorCount: {
      legend: '¿Cuántas puertas tienen este problema?',
      short: 'Puertas afectadas',
      options: { one: { label: 'Solo esta', clue: 'solo una puerta' }, several: { label: 'Más de una', clue: 'más de una puerta' } },
    },
    locks: {
      legend: 'En esa puerta, ¿cómo funcionan los cerraduras eléctricas y el botón de la cerradura?',
      short: 'Cerraduras',
      options: {
        normal: { label: 'Bloquean y desbloquean normalmente', clue: 'las cerraduras funcionan bien' },
        weak: { label: 'Débiles, lentas o sin sonido', clue: 'cerradura eléctrica débil, lenta o sin sonido' },
        stuck: { label: 'Trabadas; el botón no se mueve', clue: 'cerradura trabada' },
        none: { label: 'El auto no tiene cerraduras eléctricas', clue: 'sin cerraduras eléctricas' },
      },
    },
    handleFeel: {
      legend: '¿Cómo se siente la manija de adentro al jalarla?',
      short: 'Manija de adentro',
      options: {
        normal: { label: 'Normal', clue: 'la manija se siente normal' },
        loose: { label: 'Floja o suelta, o se mueve de más', clue: 'manija floja o suelta' },
        stiff: { label: 'Dura', clue: 'manija dura' },
      },
    },
    sound: {
      legend: '¿Qué se oye dentro de la puerta al jalar la manija?',
      hint: 'Pida a alguien que jale la manija mientras usted escucha cerca de la puerta.',
      short: 'Sonido',
      options: { click: { label: 'Un clic, pero no abre', clue: 'clic sin que se suelte' }, nothing: { label: 'Nada', clue: 'ningún sonido en la puerta' } },
    },
    history: {
      legend: '¿Pasó algo de esto antes de que empezara? Marque todo lo que aplique.',
      short: 'Antes de que empezara',
      options: {
        'trim-work': { label: 'Trabajo en la puerta: panel, ventana o bocina', clue: 'trabajo reciente en la puerta' },
        collision: { label: 'Un choque o reparación de carrocería', clue: 'daño por choque' },
        freezing: { label: 'Temperaturas bajo cero', clue: 'temperaturas bajo cero' },
        water: { label: 'Lluvia, lavado de auto u otra agua', clue: 'lluvia o agua' },
      },
    },
    latches: {
      legend: '¿La puerta todavía cierra y queda bien cerrada?',
      short: 'Cierre',
      options: {
        secure: { label: 'Sí, cierra y se queda cerrada', clue: 'cierra bien' },
        'not-secure': { label: 'No, puede que no se quede cerrada', clue: 'puede que no cierre bien' },
        unpredictable: { label: 'A veces; el pestillo falla sin aviso', clue: 'el pestillo falla sin aviso' },
      },
    },
    seatNeeded: {
      legend: '¿Alguien tendría que sentarse donde esta puerta es su única salida fácil?',
      short: 'Asiento que necesita esta puerta',
      options: { yes: { label: 'Sí', clue: 'un asiento necesario no tiene otra salida fácil' }, no: { label: 'No, todos pueden usar otras puertas', clue: 'todos pueden usar otras puertas' } },
    },
  },
  causes: {
    'child-lock': {
      about: 'La mayoría de las puertas traseras tienen un seguro para niños cerca del pestillo. Cuando está activado, la manija de adentro queda desactivada a propósito, así que la puerta solo abre por fuera.',
      signs: [
        'Suele ser solo una puerta trasera',
        'Abre normalmente por fuera',
        'Los cerraduras eléctricas pueden seguir funcionando como siempre',
        'La manija de adentro no se siente floja ni raspa',
      ],
      severityNote: 'No hay nada roto, pero quienes van adentro no pueden salir por esa puerta, y eso importa para la seguridad.',
      fix: 'Abra la puerta por fuera, busque en su borde, cerca del pestillo, el interruptor del seguro para niños y apáguelo.',
    },
    'inside-handle': {
      about: 'La manija de adentro puede rajarse, salirse de su pivote o romperse donde se fija al panel. Entonces, al jalarla ya no mueve lo suficiente el pestillo.',
      signs: [
        'La manija de adentro está floja o suelta, o se mueve más de lo normal',
        'Se oye poco o ningún movimiento dentro de la puerta al jalarla',
        'La manija de afuera todavía abre la puerta',
        'Grietas alrededor del marco de la manija o de su base',
      ],
      severityNote: 'Si las otras puertas funcionan, el auto puede seguir usándose, pero perder una salida por dentro es un problema real de seguridad y de uso.',
      fix: 'Cambiar la manija de adentro completa y las piezas de montaje o clips del panel que estén rotos.',
    },
    linkage: {
      about: 'Entre la manija de adentro y el pestillo hay un cable o una varilla de metal. Si se sale, se dobla, se rompe o pierde su clip, la manija deja de soltar el pestillo.',
      signs: [
        'La manija se siente muy ligera o se mueve de más',
        'Suele afectar solo una puerta',
        'Algo suena suelto dentro de la puerta después de cerrarla fuerte o de una reparación anterior',
        'La manija de afuera puede seguir funcionando si su propia unión está bien',
      ],
      severityNote: 'Por lo general no cambia cómo anda el auto, pero la puerta ya no funciona bien y puede quedar inútil por dentro.',
      fix: 'Quitar el panel de la puerta, volver a conectar o cambiar el cable o la varilla y poner los clips que falten.',
    },
    latch: {
      about: 'El pestillo tiene el mecanismo que de verdad suelta la puerta. El desgaste, el óxido, la suciedad o una pieza rota adentro pueden impedir que se suelte, aunque la manija y su unión se muevan bien.',
      signs: [
        'La puerta se volvió más difícil de abrir con el tiempo antes de fallar',
        'Abrir por dentro y por fuera se siente irregular',
        'Puede necesitar más fuerza, varios jalones o mover la cerradura y la manija a la vez',
        'Clics o sonidos de que casi se suelta dentro de la puerta',
      ],
      severityNote: 'Un pestillo que se traba puede pasar de molestia a peligro, sobre todo si la puerta podría no abrir en una emergencia o no cerrar bien después de intentar arreglarla.',
      fix: 'Revisar y lubricar el pestillo si solo está un poco duro; un pestillo gastado o dañado por lo general se cambia.',
    },
    actuator: {
      about: 'Si el actuador deja la puerta a medio camino entre bloqueada y desbloqueada, la manija de adentro puede no soltar el pestillo. Algunos pestillos no responden bien hasta que la cerradura se mueve por completo.',
      signs: [
        'La cerradura eléctrica de esa puerta suena débil, lenta o no suena',
        'Puede que la puerta no se desbloquee con el interruptor, el control remoto ni el botón manual',
        'Puede empeorar con el frío',
        'El botón de la cerradura puede trabarse o no recorrer todo su camino',
      ],
      severityNote: 'Muchas veces todavía se puede manejar, pero una puerta que sigue bloqueada es un problema para salir, y forzarla o ignorarla puede encarecer la reparación.',
      fix: 'Probar el actuador y la unión de la cerradura, y cambiar el actuador dañado o el conjunto de pestillo y cerradura, según haga falta.',
    },
    frozen: {
      about: 'La humedad, la grasa vieja, el óxido o la tierra pueden hacer que el pestillo, la palanca de la cerradura o el cable se arrastren tanto que la manija de adentro no suelte la puerta. Pasa más en autos viejos y en puertas donde entró agua.',
      signs: [
        'Puede aparecer con mucho frío o después de llover',
        'La manija se siente dura, no floja',
        'Puede mejorar un rato cuando se calienta el interior',
        'Fallas de la ventana o de la cerradura en la misma puerta indican humedad adentro',
      ],
      severityNote: 'Al principio suele ser manejable, pero el óxido y la suciedad tienden a empeorar y pueden terminar en un pestillo que falla por completo.',
      fix: 'Abrir la puerta si se puede, quitar el panel, limpiar y lubricar el mecanismo, y cambiar las piezas oxidadas si no se mueve bien.',
    },
    misalignment: {
      about: 'Después de trabajos en bocinas, ventanas, paneles o daños por choque, un cable o una varilla puede quedar mal colocado o presionado por el panel. La manija se mueve, pero la unión no recorre toda la distancia.',
      signs: [
        'Empezó poco después de otro trabajo en la puerta',
        'Ruidos nuevos o paneles sueltos en esa puerta',
        'El botón de la ventana, la bocina o la cerradura de esa puerta también pueden funcionar distinto',
        'Puede funcionar a ratos, según cómo presione el panel',
      ],
      severityNote: 'Por lo general no es grave, pero arréglelo pronto: usarla una y otra vez puede dañar más la manija, el cable o el pestillo.',
      fix: 'Quitar el panel, revisar por dónde pasa la unión y cómo está sujeta, y corregir lo que roce o esté mal armado.',
    },
  },
  severity: { low: 'Baja', moderate: 'Moderada', 'moderate-high': 'De moderada a alta' },
  skill: { diy: 'Revisión que puede hacer usted', shop: 'Arreglo común de taller', 'higher-skill': 'Reparación más especializada' },
  bands: { 'most-likely': 'Más probable', possible: 'Posible', 'less-likely': 'Menos probable' },
  driving: {
    heading: '¿Puedo seguir manejando?',
    intro: 'Por lo general el auto todavía anda. La verdadera pregunta es si todos pueden salir rápido y sin peligro.',
    verdicts: {
      undecided: {
        label: 'Todavía sin decidir',
        text: 'Aún no podemos decir si se puede manejar sin peligro. Depende de si la puerta todavía cierra bien, de cuántas puertas fallan, de si alguien necesita ese asiento y de si empezó después de un choque. Mientras no lo sepa, no lleve a nadie que necesitaría esa puerta para salir.',
      },
      'ok-for-now': {
        label: 'Bien por ahora',
        text: 'Por lo general se acepta por un tiempo corto si solo falla una puerta, todavía cierra bien y todos pueden salir por otras puertas. Encaja mejor con una puerta trasera con el seguro para niños activado sin querer.',
      },
      'short-distance': {
        label: 'Tal vez una distancia muy corta',
        text: 'Si la puerta todavía cierra bien pero no abre por dentro, probablemente por la manija, un cable o la cerradura, un viaje corto puede estar bien. No lleve a nadie que necesite esa puerta para salir, y arréglela pronto.',
      },
      'not-safe': {
        label: 'Seguir manejando es peligroso',
        text: 'Deje de manejar si la puerta podría no cerrar bien o abrirse sola, si bloquea un asiento que no tiene otra salida fácil, o si falla más de una puerta. También deténgase si empezó después de un choque o si el pestillo falla sin aviso.',
      },
    },
    decidedBy: 'Lo decide',
    notKnownYet: 'Falta contestar',
    decidesIt: 'Estas respuestas lo deciden',
  },
  steps: {
    heading: 'Revíselo paso a paso',
    items: [
      { id: 'outside', title: 'Vea si la puerta abre por fuera.', detail: 'Esta sola prueba separa muchas de las fallas de la manija de adentro de un pestillo o una cerradura trabada.' },
      { id: 'front-or-rear', title: 'Fíjese si es una puerta delantera o trasera.', detail: 'En una puerta trasera, revise el seguro para niños antes de suponer que algo se rompió.' },
      { id: 'locks', title: 'Pruebe los cerraduras eléctricas y el botón de la cerradura de esa puerta.', detail: '¿Bloquea y desbloquea con claridad, se mueve lenta, suena débil o se queda trabada en una posición?' },
      { id: 'handle-feel', title: 'Sienta la manija de adentro.', detail: 'Floja suele indicar una manija rota o una unión suelta; dura puede indicar que el pestillo o el cable se atoran.' },
      { id: 'latch-area', title: 'Si abre por fuera, ábrala y mire el pestillo en el borde de la puerta.', detail: 'Revise cómo está el seguro para niños y busque daños, tierra acumulada o algo claramente fuera de lugar.' },
      { id: 'listen', title: 'Escuche dentro de la puerta mientras alguien jala la manija de adentro.', detail: 'Un clic suave sin que se suelte apunta al pestillo; el silencio total apunta a la manija o a su unión.' },
      { id: 'history', title: 'Piense en lo que pasó antes de que empezara.', detail: 'Un panel quitado hace poco, una ventana reparada o días de temperaturas bajo cero son pistas útiles.' },
      { id: 'panel', title: 'Si las pruebas sencillas no lo explican, quite el panel interior de la puerta.', detail: 'Busque un cable suelto, una varilla doblada, un clip de plástico roto, una base de manija rajada o una palanca del pestillo trabada.' },
      { id: 'shop', title: '¿Trabada por ambos lados y no se puede quitar el panel? Piense en un taller.', detail: 'Con la puerta cerrada el trabajo es mucho más difícil; un taller suele ser lo más rápido y lo que menos daños causa.' },
    ],
  },
  fixes: {
    heading: 'Cómo se arregla',
    intro: 'El arreglo depende de si es un simple ajuste de la cerradura, una manija rota, una unión suelta o un pestillo o actuador dañado. Haga primero las pruebas fáciles antes de desarmar la puerta.',
    groups: [
      {
        skill: 'diy',
        heading: 'Revisiones que puede hacer usted',
        text: 'En puertas traseras revise el seguro para niños; asegúrese de que la cerradura se desbloquee por completo; compare la manija con la de una puerta que funcione; busque paneles dañados o señales de una reparación reciente. Si la puerta abre por fuera, un poco de lubricante en el pestillo puede soltar un mecanismo duro.',
      },
      {
        skill: 'shop',
        heading: 'Arreglos comunes de taller',
        text: 'Los talleres cambian seguido manijas de adentro rotas, vuelven a conectar o cambian varillas y cables, ponen clips que faltan y cambian pestillos gastados o actuadores de cerradura. En muchos autos son trabajos de rutina.',
      },
      {
        skill: 'higher-skill',
        heading: 'Reparaciones más especializadas',
        text: 'Cuando la puerta está trabada por ambos lados, llegar detrás del panel es difícil. El trabajo puede requerir quitar el panel con cuidado y poco espacio, soltar el pestillo por orificios de acceso, pruebas eléctricas del circuito del actuador o corregir la alineación que dejó un choque.',
      },
    ],
  },
  faq: {
    heading: 'Preguntas frecuentes',
    items: [
      {
        id: 'outside-not-inside',
        question: '¿Por qué abre por fuera pero no por dentro?',
        answer: 'La falla suele estar en el camino de apertura por dentro, no en toda la puerta. Causas comunes: un seguro para niños activado, una manija de adentro rota, o un cable o varilla suelto.',
      },
      {
        id: 'actuator',
        question: '¿Un actuador de la cerradura dañado puede impedir que la manija de adentro abra la puerta?',
        answer: 'Sí. Si el actuador deja el pestillo bloqueado o a medio desbloquear, la manija de adentro puede no soltar la puerta aunque la manija en sí esté bien.',
      },
      {
        id: 'dangerous',
        question: '¿Es peligroso?',
        answer: 'Puede serlo. Es posible que el auto ande con normalidad, pero una salida bloqueada es un problema de seguridad, sobre todo si alguien usa ese asiento seguido o si falla más de una puerta.',
      },
      {
        id: 'without-panel',
        question: '¿Puedo arreglarlo sin quitar el panel de la puerta?',
        answer: 'A veces. Un seguro para niños activado, o un pestillo apenas duro, puede no requerir quitar el panel. Las manijas, varillas, cables y actuadores rotos, y la mayoría de las fallas del pestillo, sí requieren entrar a la puerta.',
      },
      {
        id: 'neither-side',
        question: '¿Y si no abre por ningún lado?',
        answer: 'Entonces es probable que el pestillo o la cerradura se haya trabado o haya quedado bloqueado. Es más difícil de diagnosticar con la puerta cerrada, y un profesional suele ser la forma más rápida de no dañar el panel.',
      },
    ],
  },
  inShort: {
    heading: 'En resumen',
    paragraphs: [
      'Una puerta que no abre por dentro por lo general se debe a unas pocas causas: el seguro para niños, una manija rota, una unión suelta, un actuador dañado o un pestillo que falla. Ver si abre por fuera, y si la cerradura funciona como siempre, es lo que más rápido lo aclara.',
      'Empiece por lo simple antes de temer lo peor. ¿Una puerta trasera? Revise primero el seguro para niños. ¿Manija floja? Piense en la manija o su unión. ¿No abre por ningún lado? Ponga el pestillo y la cerradura al principio de la lista y arréglelo pronto.',
    ],
  },
  summary: {
    heading: 'Resumen para el mecánico o la asistencia en carretera',
    intro: 'Cópielo y léalo en voz alta o péguelo en un mensaje.',
    title: 'La puerta del auto no abre por dentro',
    door: 'Puerta: {position}.',
    doorUnknown: 'Puerta: no indicada.',
    interiorReleaseFailure: 'Cómo llamarlo: falla de la apertura interior de la puerta, o sea, un problema del pestillo o de la cerradura.',
    answersHeading: 'Lo que notamos',
    causesHeading: 'Causas probables',
    drivingLine: 'Manejo: {verdict}.',
    copy: 'Copiar el resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se pudo copiar. Seleccione el texto y cópielo a mano.',
  },
  ui: {
    notSure: 'No sé',
    resultsHeading: 'Causas probables',
    noAnswersYet: 'Sin respuestas todavía, este es el orden habitual. Cada respuesta lo cambia.',
    reasonsFor: 'Apunta a esto',
    reasonsAgainst: 'En contra',
    noReasons: 'Ninguna respuesta influye en esto todavía.',
    otherSigns: 'Otras señales a buscar',
    severity: 'Gravedad',
    typicalFix: 'Arreglo habitual',
    kindOfRepair: 'Tipo de reparación',
    announce: '{band}: {cause}.',
    leader: '{band} ahora: {cause}',
    seeWhy: 'Ver por qué',
    restart: 'Empezar de nuevo',
    restarted: 'Respuestas borradas.',
    escalationHeading: 'Primero, saque a todos',
    escalationIntro: 'Alguien necesita ayuda ahora. Llame y siga estos pasos; el diagnóstico está más abajo.',
    answeredCount: '{answered} de {total} preguntas contestadas',
    progress: '{done} de {total} revisiones hechas',
  },
};
