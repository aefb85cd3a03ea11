/* Empathy Ambassadors: the student pages' words in Spanish, used when the device's language is Spanish.
   app.js and questionnaire.js take each word from here when it is given, else their English one. */
'use strict';
window.EA_LANGUAGES = window.EA_LANGUAGES || {};
window.EA_LANGUAGES.es = {
  text: {
    appName: 'Embajadores de la Empatía', loadingTitle: '¡Hola!', loading: 'Abriendo tu clase…',
    retry: 'Intentar de nuevo',
    offline: 'No se puede conectar con el portátil de la clase. Comprueba que estás en el wifi de la clase y vuelve a intentarlo.',
    tryAgain: 'Algo ha fallado. Vuelve a intentarlo.',
    joinTitle: 'Únete a tu clase', joinLabel: 'Escribe el código de la pantalla grande', joinButton: 'Unirme',
    joinEmpty: 'Primero escribe el código.', joinAgain: 'Vuelve a unirte a tu clase.',
    waitCount: function (s) { return 'Puedes volver a intentarlo en ' + s + ' s.'; },
    namesTitle: 'Toca tu nombre', namesEmpty: 'Todavía no hay nombres. Pregunta a tu facilitador/a.',
    namesRefresh: 'Actualizar los nombres', namesRejoin: 'Usar otro código',
    nameAgain: 'Vuelve a tocar tu nombre.', nameInUse: 'en uso en otro dispositivo',
    leftOnDevice: 'Parte de lo que escribiste sigue en este dispositivo. Se enviará la próxima vez que entres aquí.',
    bye: '¡Muy bien! Hasta la próxima.',
    pinTitle: 'Tu PIN', pinLabel: 'Escribe tu PIN', pinOk: 'OK', pinBack: '¿No eres tú? Volver a los nombres',
    pinLabelFor: function (name) { return '¡Hola, ' + name + '! Escribe tu PIN'; },
    pinEmpty: 'Primero escribe tu PIN.',
    triesLeft: function (n) { return n === 1 ? 'Te queda 1 intento.' : 'Te quedan ' + n + ' intentos.'; },
    hello: function (name) { return 'Hola, ' + name; },
    todayTitle: 'Propuestas de hoy', writeTitle: 'Escribir', freeWriting: 'Escritura libre',
    morePrompts: 'Más propuestas…', myEntries: 'Mis entradas', finished: 'He terminado',
    continueWriting: 'Sigue escribiendo',
    challenge: 'Reto', checkIn: 'Registro del día', challengeHow: 'Cómo hacerlo', challengeToday: 'Hoy:',
    challengeDay: function (d, n) { return 'Día ' + d + ' de ' + n; },
    pendingNote: function (n) {
      return (n === 1 ? '1 texto está esperando' : n + ' textos están esperando') + ' en este dispositivo para enviarse.';
    },
    back: '← Volver', bankTitle: 'Más propuestas', bankEmpty: 'Ahora mismo no hay más propuestas.',
    writing: 'Lo que escribes', whoCanRead: '¿Quién puede leerlo?', done: 'Listo',
    visibility: { private: 'Solo yo', facilitator: 'Yo y mi facilitador/a', class: 'El muro de historias de la clase' },
    autosave: 'Lo que escribes se guarda solo.', saved: 'Guardado', saving: 'Guardando…',
    notSent: 'Aún no se ha enviado: se guarda en este dispositivo y se enviará cuando vuelva la conexión',
    savedLocal: 'Guardado en este dispositivo; se enviará cuando vuelva la conexión.',
    newEntry: 'Tus palabras se conservan: se guardarán como una entrada nueva.',
    entriesTitle: 'Mis entradas', entriesLoading: 'Cargando…',
    entriesEmpty: 'Todavía no hay nada. Lo que escribas aparecerá aquí.',
    locked: 'Bloqueada: escrita antes de cambiar el PIN', onDevice: 'Sigue en este dispositivo, sin enviar'
  },
  questionnaire: {
    card: 'Cuestionario', open: 'Responder las preguntas', resume: 'Seguir respondiendo',
    progress: function (n, total) { return 'Pregunta ' + n + ' de ' + total; },
    answered: function (n, total) { return n + ' de ' + total + ' respondidas'; },
    skip: 'Saltar esta pregunta', back: '← Volver', thanks: '¡Gracias! Tus respuestas están guardadas.',
    thanksLocal: '¡Gracias! Tus respuestas se guardan en este dispositivo y se enviarán cuando vuelva la conexión.',
    private: 'Nadie de tu clase ve tus respuestas. Puedes saltarte cualquier pregunta.'
  }
};
