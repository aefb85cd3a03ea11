<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>activity_html</name>
    <message>
        <source>Adaptations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Archivo: {file}</translation>
    </message>
    <message>
        <source>Fix the file in a text editor, then check it with &lt;code&gt;python -m app validate&lt;/code&gt; and restart the app.</source>
        <extracomment>keep the command in &lt;code&gt; as it is</extracomment>
        <translation>Corrige el archivo en un editor de texto, compruébalo con &lt;code&gt;python -m app validate&lt;/code&gt; y vuelve a abrir la aplicación.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>How did it go? (observation…)</source>
        <translation>¿Cómo ha ido? (observación…)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>No sessions yet: press Ctrl+R to run one.</source>
        <translation>Aún no hay sesiones: pulsa Ctrl+R para realizar una.</translation>
    </message>
    <message>
        <source>Observation saved (change…)</source>
        <translation>Observación guardada (cambiar…)</translation>
    </message>
    <message>
        <source>On the projector:</source>
        <translation>En el proyector:</translation>
    </message>
    <message>
        <source>Passing is always fine:</source>
        <translation>Pasar siempre está bien:</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Reflection prompts</source>
        <translation>Propuestas de reflexión</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>This activity's file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation>El archivo de esta actividad tiene problemas, así que todavía no se puede mostrar. El resto del programa funciona con normalidad.</translation>
    </message>
    <message>
        <source>This is your own copy: edit it with Ctrl+E.</source>
        <translation>Esta es tu propia copia: edítala con Ctrl+E.</translation>
    </message>
    <message>
        <source>This is your own copy: press Ctrl+E to fix it here.</source>
        <translation>Esta es tu propia copia: pulsa Ctrl+E para corregirla aquí.</translation>
    </message>
    <message>
        <source>This plan's file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation>El archivo de este plan tiene problemas, así que todavía no se puede mostrar. El resto del programa funciona con normalidad.</translation>
    </message>
    <message>
        <source>This {kind}'s file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation>El archivo de este elemento ({kind}) tiene problemas, así que todavía no se puede mostrar. El resto del programa funciona con normalidad.</translation>
    </message>
    <message>
        <source>To adapt this activity, make your own copy with Ctrl+D.</source>
        <translation>Para adaptar esta actividad, haz tu propia copia con Ctrl+D.</translation>
    </message>
    <message>
        <source>Uses the card deck “{deck}”.</source>
        <translation>Usa la baraja “{deck}”.</translation>
    </message>
    <message>
        <source>Uses the rhythm pattern “{rhythm}” and the card deck “{deck}”.</source>
        <translation>Usa el patrón de ritmo “{rhythm}” y la baraja “{deck}”.</translation>
    </message>
    <message>
        <source>Uses the rhythm pattern “{rhythm}”.</source>
        <translation>Usa el patrón de ritmo “{rhythm}”.</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>short: {minutes} min</source>
        <translation>versión corta: {minutes} min</translation>
    </message>
    <message>
        <source>skipped in the short version</source>
        <translation>se omite en la versión corta</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>a duration, short ("5 min")</extracomment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min (short version {short} min)</source>
        <translation>{minutes} min (versión corta: {short} min)</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <extracomment>how many students were in a past session, and how many were not</extracomment>
        <translation>presentes: {present}, ausentes: {absent}</translation>
    </message>
    <message>
        <source>{smallest}–{largest} students</source>
        <translation>{smallest}–{largest} estudiantes</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Reduce motion: the rhythm window's beat light shows the beat's number instead of flashing</source>
        <translation>Reducir el movimiento: la luz del pulso en la ventana de ritmo muestra el número del tiempo en lugar de parpadear</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>The system's (light or dark)</source>
        <translation>El del sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>These apply when the app next starts. The projector keeps its dark room colours; its text size is set in the session (Ctrl+Shift+= and Ctrl+Shift+-).</source>
        <translation>Se aplican la próxima vez que se abra la app. El proyector mantiene sus colores oscuros para el aula; el tamaño de su texto se ajusta durante la sesión (Ctrl+Shift+= y Ctrl+Shift+-).</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>challenge_steps</name>
    <message>
        <source>Ask two or three of these, and let the class talk to a partner first:
{questions}</source>
        <translation>Haz dos o tres de estas preguntas, y deja que antes cada estudiante lo hable con la persona de al lado:
{questions}</translation>
    </message>
    <message>
        <source>Day {number}: {task}</source>
        <translation>Día {number}: {task}</translation>
    </message>
    <message>
        <source>Debrief last week's challenge</source>
        <translation>Puesta en común del reto de la semana pasada</translation>
    </message>
    <message>
        <source>Each day's check-in is first in your journal's prompts. Private unless you choose.</source>
        <translation>El registro de cada día aparece el primero entre las propuestas de tu diario. Es privado, salvo que decidas compartirlo.</translation>
    </message>
    <message>
        <source>Last week's challenge: {title}</source>
        <translation>El reto de la semana pasada: {title}</translation>
    </message>
    <message>
        <source>Launch this week's challenge</source>
        <translation>Presentar el reto de esta semana</translation>
    </message>
    <message>
        <source>Say: "Last week's challenge was {title}. Whether you did every day, one day or none, you have something to add: what made it easy or hard is worth hearing too. Nobody has to share what they wrote in their check-ins; they stay private."</source>
        <translation>Di: "El reto de la semana pasada era «{title}». Tanto si lo hiciste todos los días como si lo hiciste un solo día o ninguno, tienes algo que aportar: también vale la pena escuchar qué lo hizo fácil o difícil. Nadie tiene que compartir lo que escribió en sus registros del día: siguen siendo privados."</translation>
    </message>
    <message>
        <source>The panel below says how many check-ins were written, never by whom. Finish the challenge there when the debrief is done, so its check-ins leave today's prompts.</source>
        <translation>El panel de abajo indica cuántos registros del día se escribieron, nunca quién los escribió. Cuando acabe la puesta en común, termina ahí el reto, para que sus registros del día dejen de aparecer entre las propuestas de hoy.</translation>
    </message>
    <message>
        <source>Then start it for this class below (Start the challenge): from today, each school day's check-in comes first among today's prompts in student mode and on students' own devices, and on printed journal sheets (Print journal sheets…, Ctrl+Shift+J in the main window). Next session, a step debriefs it.</source>
        <translation>Después, empiézalo con esta clase aquí debajo (Empezar el reto con esta clase): desde hoy, cada día de clase su registro del día aparece el primero entre las propuestas de hoy en el modo estudiante, en los dispositivos del alumnado y en las hojas del diario impresas (Imprimir hojas del diario…, Ctrl+Shift+J en la ventana principal). En la próxima sesión, un paso se dedica a su puesta en común.</translation>
    </message>
    <message>
        <source>This week's challenge: {title}</source>
        <translation>El reto de esta semana: {title}</translation>
    </message>
</context>
<context>
    <name>class_page</name>
    <message numerus="yes">
        <source>%n rhythm hit(s)</source>
        <translation>
            <numerusform>%n golpe de ritmo</numerusform>
            <numerusform>%n golpes de ritmo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <source>1 shared journal entry unread</source>
        <translation>1 entrada compartida sin leer</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Archive class?</source>
        <translation>¿Archivar la clase?</translation>
    </message>
    <message>
        <source>Archive class…</source>
        <translation>Archivar la clase…</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the home screen; nothing is deleted.</source>
        <translation>¿Archivar {name}? Dejará de aparecer en la pantalla de inicio; no se borra nada.</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <source>Delete everything about this student?</source>
        <translation>¿Borrar todos sus datos?</translation>
    </message>
    <message>
        <source>Delete everything about {name}: their {entries} (private ones too), {hits}, attendance in {sessions}, turns, pair rules and their place on the roster?

This cannot be undone (backups older than today still hold them until they rotate away). Imports from other laptops will not bring them back.</source>
        <extracomment>{entries}, {hits} and {sessions} are "3 journal entries", "12 rhythm hits", "5 sessions"</extracomment>
        <translation>¿Borrar todo lo relativo a {name}? Se borrarán: {entries} (también las privadas), {hits}, la asistencia a {sessions}, sus turnos, sus reglas de parejas y su lugar en la lista de la clase.

No se puede deshacer (las copias de seguridad anteriores a hoy aún guardan estos datos hasta que se sustituyan por otras más nuevas). Las importaciones desde otros portátiles no los recuperarán.</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Borrar todo…</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Dispositivos…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Diarios</translation>
    </message>
    <message>
        <source>Keep apart/together…</source>
        <extracomment>rules for pairs of students to keep apart or together when groups are made</extracomment>
        <translation>Separar/juntar…</translation>
    </message>
    <message>
        <source>Open this class to students' own devices (Ctrl+Shift+O)</source>
        <translation>Abrir esta clase a los dispositivos del alumnado (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paper answers…</source>
        <translation>Respuestas en papel…</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>takes the student off this class's roster (their records stay)</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove student?</source>
        <translation>¿Quitar de la clase?</translation>
    </message>
    <message>
        <source>Remove {name} from this class? They leave the roster, groups and turns; past attendance stays in the session records.</source>
        <translation>¿Quitar a {name} de esta clase? Sale de la lista de la clase, de los grupos y de los turnos; su asistencia pasada se conserva en los registros de las sesiones.</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Cambiar el nombre de la clase</translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>Cambiar el nombre de la clase…</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Restablecer PIN…</translation>
    </message>
    <message>
        <source>Reset this student's PIN?</source>
        <translation>¿Restablecer el PIN?</translation>
    </message>
    <message>
        <source>Reset {name}'s PIN? They can then sign in without one and choose a new PIN.</source>
        <translation>¿Restablecer el PIN de {name}? Así podrá entrar sin PIN y elegir uno nuevo.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results: what changed between the questionnaires before and after, in words and charts (Ctrl+Shift+G)</source>
        <translation>Resultados: qué cambió entre los cuestionarios de antes y de después, con palabras y gráficos (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Student mode…</source>
        <translation>Modo estudiante…</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Their 1 private entry written so far is locked with the old PIN and will stay locked for good: nobody, not you and not them, can open it again.</source>
        <translation>La entrada privada que ha escrito hasta ahora está bloqueada con el PIN antiguo y seguirá bloqueada para siempre: nadie, ni tú ni quien la escribió, podrá volver a abrirla.</translation>
    </message>
    <message>
        <source>Their {n} private entries written so far are locked with the old PIN and will stay locked for good: nobody, not you and not them, can open them again.</source>
        <translation>Las {n} entradas privadas que ha escrito hasta ahora están bloqueadas con el PIN antiguo y seguirán bloqueadas para siempre: nadie, ni tú ni quien las escribió, podrá volver a abrirlas.</translation>
    </message>
    <message>
        <source>Type in the answers of paper questionnaires with the number keys</source>
        <translation>Introducir con las teclas numéricas las respuestas de los cuestionarios en papel</translation>
    </message>
    <message>
        <source>{name} has no PIN.</source>
        <translation>{name} no tiene PIN.</translation>
    </message>
    <message>
        <source>{n} journal entries</source>
        <translation>{n} entradas del diario</translation>
    </message>
    <message>
        <source>{n} shared journal entries unread</source>
        <translation>{n} entradas compartidas sin leer</translation>
    </message>
    <message>
        <source>{students} · {sessions} · {unread}. Enter or F2 edits a student; Ctrl+R runs a session with this class; Ctrl+J opens its journals.</source>
        <extracomment>{students}, {sessions} and {unread} are "12 students", "3 sessions", "2 shared journal entries unread"</extracomment>
        <translation>{students} · {sessions} · {unread}. Enter o F2: editar estudiante; Ctrl+R: realizar una sesión con esta clase; Ctrl+J: abrir sus diarios.</translation>
    </message>
</context>
<context>
    <name>classnet.actions</name>
    <message numerus="yes">
        <source>%n device(s) joined. Close the class to devices? They are signed out; what was written is saved. Opening again gives a new code.</source>
        <translation>
            <numerusform>%n dispositivo se ha unido. ¿Cerrar la clase a los dispositivos? Se cerrará su sesión; lo que se escribió queda guardado. Al abrirla de nuevo habrá un código nuevo.</numerusform>
            <numerusform>%n dispositivos se han unido. ¿Cerrar la clase a los dispositivos? Se cerrará su sesión; lo que se escribió queda guardado. Al abrirla de nuevo habrá un código nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the other class to devices?</source>
        <translation>¿Cerrar la otra clase a los dispositivos?</translation>
    </message>
    <message>
        <source>Close to devices?</source>
        <translation>¿Cerrar a los dispositivos?</translation>
    </message>
    <message>
        <source>Join card</source>
        <translation>Tarjeta para unirse</translation>
    </message>
    <message>
        <source>Open class to &amp;devices…</source>
        <translation>Abrir la clase a los &amp;dispositivos…</translation>
    </message>
    <message>
        <source>Open class to devices (Ctrl+Shift+O)</source>
        <translation>Abrir la clase a los dispositivos (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open to devices</source>
        <translation>Abrir a los dispositivos</translation>
    </message>
    <message>
        <source>{class_name} is open to devices, and only one class can be open at a time. Close {class_name} to devices (its devices are signed out) and go on?</source>
        <translation>{class_name} está abierta a los dispositivos, y solo puede haber una clase abierta a la vez. ¿Cerrar {class_name} a los dispositivos (se cerrará la sesión de sus dispositivos) y continuar?</translation>
    </message>
</context>
<context>
    <name>classnet.api</name>
    <message>
        <source>Choose who may read this: only you, your facilitator, or the class.</source>
        <translation>Elige quién puede leerlo: solo tú, tu facilitador/a o la clase.</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>Something was missing from the page's request ({name}). Reload the page and try again.</source>
        <translation>Faltaba algo en la petición de la página ({name}). Vuelve a cargar la página e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Tap your name to go on.</source>
        <translation>Toca tu nombre para continuar.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask your facilitator to reset it.</source>
        <translation>Ese PIN no es correcto. Vuelve a intentarlo o pide a tu facilitador/a que lo restablezca.</translation>
    </message>
    <message>
        <source>That code is not right. Check the code on the projector and try again.</source>
        <translation>Ese código no es correcto. Mira el código del proyector y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That entry id is not valid.</source>
        <translation>Ese identificador de entrada no es válido.</translation>
    </message>
    <message>
        <source>That is too long to save (over {limit} characters). Split it into two entries.</source>
        <translation>Es demasiado largo para guardarlo (más de {limit} caracteres). Divídelo en dos entradas.</translation>
    </message>
    <message>
        <source>That name is no longer in this class. Ask your facilitator.</source>
        <translation>Ese nombre ya no está en esta clase. Pregunta a tu facilitador/a.</translation>
    </message>
    <message>
        <source>That prompt is not one the laptop knows.</source>
        <translation>El portátil no conoce esa propuesta.</translation>
    </message>
    <message>
        <source>The laptop cannot open its journal just now. Your writing is kept on this device; tell your facilitator.</source>
        <translation>Ahora mismo el portátil no puede abrir su diario. Lo que escribiste se guarda en este dispositivo; avisa a tu facilitador/a.</translation>
    </message>
    <message>
        <source>The save was not understood (no revision).</source>
        <translation>No se entendió lo que había que guardar (falta la revisión).</translation>
    </message>
    <message>
        <source>These answers belong to someone else on this device.</source>
        <translation>Estas respuestas son de otra persona que usa este dispositivo.</translation>
    </message>
    <message>
        <source>This device is already signed in as someone else. Tap 'I'm finished' there first.</source>
        <translation>Este dispositivo ya tiene abierta la sesión de otra persona. Primero toca allí «He terminado».</translation>
    </message>
    <message>
        <source>This name is in use on another device. If it is yours, ask your facilitator to release it.</source>
        <translation>Este nombre está en uso en otro dispositivo. Si es el tuyo, pide a tu facilitador/a que lo libere.</translation>
    </message>
    <message>
        <source>This questionnaire is closed now. Thank you!</source>
        <translation>Este cuestionario ya está cerrado. ¡Gracias!</translation>
    </message>
    <message>
        <source>This writing belongs to someone else on this device. It stays here until they sign in again.</source>
        <translation>Este texto es de otra persona que usa este dispositivo. Se queda aquí hasta que esa persona vuelva a entrar.</translation>
    </message>
    <message>
        <source>This writing cannot be saved as that entry any more. It is kept: it will be saved as a new entry.</source>
        <translation>Este texto ya no se puede guardar como esa entrada. No se pierde: se guardará como una entrada nueva.</translation>
    </message>
    <message>
        <source>This writing will be saved as a new entry.</source>
        <translation>Este texto se guardará como una entrada nueva.</translation>
    </message>
    <message>
        <source>To read your past entries on a device you need a PIN, so nobody else can open them by tapping your name. Ask your facilitator to let you set one in student mode on the laptop.</source>
        <translation>Para leer tus entradas anteriores en un dispositivo necesitas un PIN; así nadie más puede abrirlas tocando tu nombre. Pide a tu facilitador/a que te deje crear uno en el modo estudiante del portátil.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait {seconds} seconds, then try again.</source>
        <translation>Demasiados códigos incorrectos. Espera {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>Demasiados intentos fallidos. Espera {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Type the code from the projector to join the class.</source>
        <translation>Escribe el código del proyector para unirte a la clase.</translation>
    </message>
    <message>
        <source>Type your PIN to go on.</source>
        <translation>Escribe tu PIN para continuar.</translation>
    </message>
    <message>
        <source>Your PIN was changed. Type your PIN to go on.</source>
        <translation>Tu PIN ha cambiado. Escribe tu PIN para continuar.</translation>
    </message>
    <message>
        <source>{reason} Your answer is kept on this device.</source>
        <translation>{reason} Tu respuesta se guarda en este dispositivo.</translation>
    </message>
    <message>
        <source>{reason} Your writing is kept on this device.</source>
        <translation>{reason} Lo que escribiste se guarda en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>classnet.cli</name>
    <message>
        <source>   or   </source>
        <extracomment>{addresses} are web addresses joined by "   or   " (the next text).</extracomment>
        <translation>   o   </translation>
    </message>
    <message>
        <source>Closed to devices.</source>
        <translation>Cerrada a los dispositivos.</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Código para unirse: {code}</translation>
    </message>
    <message>
        <source>Press Ctrl+C to close the class to devices.</source>
        <translation>Pulsa Ctrl+C para cerrar la clase a los dispositivos.</translation>
    </message>
    <message>
        <source>Serve the student pages of one class on this computer's network until Ctrl+C. Students open the address in a browser and type the join code.</source>
        <translation>Ofrece las páginas del alumnado de una clase en la red de este equipo hasta que se pulse Ctrl+C. El alumnado abre la dirección en un navegador y escribe el código para unirse.</translation>
    </message>
    <message>
        <source>Students open: {addresses}</source>
        <translation>El alumnado abre: {addresses}</translation>
    </message>
    <message>
        <source>There is no challenge {name}. Known: {known}.</source>
        <translation>No existe el reto {name}. Retos disponibles: {known}.</translation>
    </message>
    <message>
        <source>There is no class called {name} in this data folder (classes: {names}).</source>
        <translation>No hay ninguna clase llamada {name} en esta carpeta de datos (clases: {names}).</translation>
    </message>
    <message>
        <source>This computer is on no network: students cannot reach it yet (port {port}). Open a hotspot without internet (see the guide, chapter 6), then look at the address again.</source>
        <translation>Este equipo no está en ninguna red: el alumnado aún no puede conectarse a él (puerto {port}). Abre un punto de acceso sin internet (consulta la guía, capítulo 6) y luego vuelve a mirar la dirección.</translation>
    </message>
    <message>
        <source>give a port number from 0 (any free one) to 65535, not {text}</source>
        <translation>indica un número de puerto de 0 (cualquiera libre) a 65535, no {text}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>open a class to students' devices, without the window</source>
        <translation>abrir una clase a los dispositivos del alumnado, sin la ventana</translation>
    </message>
    <message>
        <source>set the class's challenge of the week from today ('none' to clear it)</source>
        <translation>fijar el reto de la semana de la clase a partir de hoy ('none' para quitarlo)</translation>
    </message>
    <message>
        <source>the address to listen on (default: every network of this computer)</source>
        <translation>la dirección en la que escuchar (por defecto: todas las redes de este equipo)</translation>
    </message>
    <message>
        <source>the class to open</source>
        <translation>la clase que se abre</translation>
    </message>
    <message>
        <source>the port (default: 8080, or the first free one)</source>
        <translation>el puerto (por defecto: 8080, o el primero libre)</translation>
    </message>
    <message>
        <source>{name} is open to devices.</source>
        <translation>{name} está abierta a los dispositivos.</translation>
    </message>
</context>
<context>
    <name>classnet.join_card</name>
    <message>
        <source>Join card</source>
        <translation>Tarjeta para unirse</translation>
    </message>
    <message>
        <source>Join on your device</source>
        <translation>Únete desde tu dispositivo</translation>
    </message>
    <message>
        <source>Join the room's Wi-Fi.</source>
        <translation>Conéctate al wifi del aula.</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Sin red</translation>
    </message>
    <message>
        <source>Open this address, or scan the code:</source>
        <translation>Abre esta dirección o escanea el código:</translation>
    </message>
    <message>
        <source>Other addresses of this laptop</source>
        <translation>Otras direcciones de este portátil</translation>
    </message>
    <message>
        <source>Step {number}: {text}</source>
        <translation>Paso {number}: {text}</translation>
    </message>
    <message>
        <source>The address to open</source>
        <translation>La dirección que hay que abrir</translation>
    </message>
    <message>
        <source>The join code</source>
        <translation>El código para unirse</translation>
    </message>
    <message>
        <source>This laptop is on no network yet. Open a hotspot (guide, chapter 6).</source>
        <translation>Este portátil aún no está en ninguna red. Abre un punto de acceso (guía, capítulo 6).</translation>
    </message>
    <message>
        <source>Type the code:</source>
        <translation>Escribe el código:</translation>
    </message>
    <message>
        <source>or  {addresses}</source>
        <extracomment>{addresses} lists the laptop's other addresses, such as "10.0.0.5   ·   172.16.0.2"</extracomment>
        <translation>o  {addresses}</translation>
    </message>
</context>
<context>
    <name>classnet.panel</name>
    <message>
        <source>About privacy</source>
        <translation>Sobre la privacidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address for students</source>
        <translation>Dirección para el alumnado</translation>
    </message>
    <message>
        <source>Challenge day</source>
        <translation>Día del reto</translation>
    </message>
    <message>
        <source>Challenge of the week</source>
        <translation>Reto de la semana</translation>
    </message>
    <message>
        <source>Class network</source>
        <translation>Red de la clase</translation>
    </message>
    <message>
        <source>Class network state</source>
        <translation>Estado de la red de la clase</translation>
    </message>
    <message>
        <source>Close to devices</source>
        <translation>Cerrar a los dispositivos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Day {day} of {days} today: students see its check-in.</source>
        <translation>Hoy es el día {day} de {days}: el alumnado ve su registro del día.</translation>
    </message>
    <message>
        <source>Devices — {class_name}</source>
        <translation>Dispositivos — {class_name}</translation>
    </message>
    <message>
        <source>Free the selected name, so the student can pick it on another device</source>
        <translation>Liberar el nombre seleccionado para que se pueda elegir en otro dispositivo</translation>
    </message>
    <message>
        <source>How many joined and wrote today</source>
        <translation>Cuántos se han unido y han escrito hoy</translation>
    </message>
    <message>
        <source>Its days are over: choose it again to start it afresh from today.</source>
        <translation>Sus días ya han terminado: vuelve a elegirlo para empezarlo de nuevo desde hoy.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>No challenge</source>
        <translation>Sin reto</translation>
    </message>
    <message>
        <source>No device holds {name}'s name now.</source>
        <translation>Ahora ningún dispositivo tiene el nombre de {name}.</translation>
    </message>
    <message>
        <source>Open to devices</source>
        <translation>Abrir a los dispositivos</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Liberar nombre</translation>
    </message>
    <message>
        <source>Send the selected student's device back to the join screen (asks first)</source>
        <translation>Devolver a la pantalla para unirse el dispositivo de la persona seleccionada (pregunta antes)</translation>
    </message>
    <message>
        <source>Show join card on the projector</source>
        <translation>Mostrar la tarjeta para unirse en el proyector</translation>
    </message>
    <message>
        <source>Sign out device…</source>
        <translation>Cerrar sesión del dispositivo…</translation>
    </message>
    <message>
        <source>Sign out the device using {name}'s name? It goes back to the join screen and needs the code to join again. What they wrote is saved.</source>
        <translation>¿Cerrar la sesión del dispositivo que usa el nombre de {name}? Volverá a la pantalla para unirse y necesitará el código para unirse de nuevo. Lo que escribió queda guardado.</translation>
    </message>
    <message>
        <source>Sign out this device?</source>
        <translation>¿Cerrar la sesión de este dispositivo?</translation>
    </message>
    <message>
        <source>Starts on {date}.</source>
        <translation>Empieza el {date}.</translation>
    </message>
    <message>
        <source>Students can still write from any prompt, or freely.</source>
        <translation>El alumnado puede seguir escribiendo a partir de cualquier propuesta o con escritura libre.</translation>
    </message>
    <message>
        <source>Students cannot join while the class is closed.</source>
        <translation>El alumnado no puede unirse mientras la clase esté cerrada.</translation>
    </message>
    <message>
        <source>Students on their devices</source>
        <translation>Estudiantes en sus dispositivos</translation>
    </message>
    <message>
        <source>The challenge was not changed: {error}</source>
        <translation>El reto no se ha cambiado: {error}</translation>
    </message>
    <message>
        <source>You see who has joined and written, never what they wrote.</source>
        <translation>Ves quién se ha unido y quién ha escrito, pero nunca lo que ha escrito.</translation>
    </message>
    <message>
        <source>{name}'s device is signed out.</source>
        <translation>Se ha cerrado la sesión del dispositivo de {name}.</translation>
    </message>
    <message>
        <source>{name}'s name is free: they can pick it on another device.</source>
        <translation>El nombre de {name} está libre: puede elegirlo en otro dispositivo.</translation>
    </message>
    <message>
        <source>● Open to devices</source>
        <translation>● Abierta a los dispositivos</translation>
    </message>
</context>
<context>
    <name>classnet.presence_model</name>
    <message>
        <source>Joined</source>
        <extracomment>the headers of the panel's table of students: joined from a device, wrote in their journal today</extracomment>
        <translation>Se unió</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>the headers of the panel's table of students: joined from a device, wrote in their journal today</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Wrote today</source>
        <translation>Escribió hoy</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>se unió</translation>
    </message>
    <message>
        <source>joined, PIN still to type</source>
        <translation>se unió, aún falta escribir el PIN</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>no se ha unido</translation>
    </message>
    <message>
        <source>nothing yet today</source>
        <translation>hoy todavía nada</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n entries today</source>
        <translation>
            <numerusform>escribió %n entrada hoy</numerusform>
            <numerusform>escribió %n entradas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote 1 entry today</source>
        <translation>escribió 1 entrada hoy</translation>
    </message>
    <message>
        <source>{joined} of {total} joined · {wrote} wrote today</source>
        <translation>Se han unido: {joined} de {total} · Han escrito hoy: {wrote}</translation>
    </message>
    <message>
        <source>✓ PIN to type</source>
        <translation>✓ Falta el PIN</translation>
    </message>
</context>
<context>
    <name>classnet.qr</name>
    <message>
        <source>Opens {address}</source>
        <translation>Abre {address}</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Código QR de la dirección</translation>
    </message>
</context>
<context>
    <name>classnet.questionnaire</name>
    <message>
        <source>Choose one of the answers shown, or skip the question.</source>
        <translation>Elige una de las respuestas que aparecen, o sáltate la pregunta.</translation>
    </message>
    <message>
        <source>That question is not part of this questionnaire.</source>
        <translation>Esa pregunta no forma parte de este cuestionario.</translation>
    </message>
    <message>
        <source>after the program</source>
        <translation>después del programa</translation>
    </message>
    <message>
        <source>after this session</source>
        <translation>después de esta sesión</translation>
    </message>
    <message>
        <source>before the program</source>
        <translation>antes del programa</translation>
    </message>
</context>
<context>
    <name>classnet.questionnaire_choice</name>
    <message numerus="yes">
        <source>%n answered</source>
        <extracomment>how many students have answered the questionnaire so far</extracomment>
        <translation>
            <numerusform>%n ha respondido</numerusform>
            <numerusform>%n han respondido</numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaire on devices</source>
        <translation>Ningún cuestionario en los dispositivos</translation>
    </message>
    <message>
        <source>Not changed: the journal is busy. Try again.</source>
        <translation>No se ha cambiado: el diario está ocupado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Questionnaire answers so far</source>
        <translation>Respuestas al cuestionario hasta ahora</translation>
    </message>
    <message>
        <source>Questionnaire on devices</source>
        <translation>Cuestionario en los dispositivos</translation>
    </message>
    <message>
        <source>Students see it on their devices' home screen while it is chosen here.</source>
        <translation>El alumnado lo ve en la pantalla de inicio de sus dispositivos mientras esté elegido aquí.</translation>
    </message>
    <message>
        <source>after the program</source>
        <translation>después del programa</translation>
    </message>
    <message>
        <source>before the program</source>
        <extracomment>shown after a questionnaire's title, as in "Class Check-in — before the program"</extracomment>
        <translation>antes del programa</translation>
    </message>
</context>
<context>
    <name>classnet.server</name>
    <message>
        <source>Port {port} on this laptop is in use ({reason}). Choose another port, or leave it out to let the app pick one.</source>
        <translation>El puerto {port} de este portátil está en uso ({reason}). Elige otro puerto, o no indiques ninguno para que la aplicación elija uno.</translation>
    </message>
    <message>
        <source>That class is not on this laptop (it may have been archived).</source>
        <translation>Esa clase no está en este portátil (puede que se haya archivado).</translation>
    </message>
    <message>
        <source>The class could not be opened to devices: {reason}. Try again, or restart the laptop's Wi-Fi.</source>
        <translation>No se pudo abrir la clase a los dispositivos: {reason}. Vuelve a intentarlo o reinicia el wifi del portátil.</translation>
    </message>
    <message>
        <source>The student pages are missing from this installation ({file}). Reinstall Empathy Ambassadors.</source>
        <translation>Faltan las páginas del alumnado en esta instalación ({file}). Vuelve a instalar Embajadores de la Empatía.</translation>
    </message>
    <message>
        <source>Your facilitator signed this device out. Type the code from the projector to join again.</source>
        <translation>Tu facilitador/a ha cerrado la sesión de este dispositivo. Escribe el código del proyector para volver a unirte.</translation>
    </message>
</context>
<context>
    <name>classnet.today</name>
    <message>
        <source>Any time</source>
        <translation>Para cualquier momento</translation>
    </message>
    <message>
        <source>Free writing: write about anything you like.</source>
        <translation>Escritura libre: escribe sobre lo que quieras.</translation>
    </message>
</context>
<context>
    <name>classnet.wsgi</name>
    <message>
        <source>Only the student pages are here.</source>
        <translation>Aquí solo están las páginas del alumnado.</translation>
    </message>
    <message>
        <source>Open the address shown on the projector.</source>
        <translation>Abre la dirección que aparece en el proyector.</translation>
    </message>
    <message>
        <source>Something went wrong on the laptop. Your writing is kept on this device; try again in a moment.</source>
        <translation>Algo ha fallado en el portátil. Lo que escribiste se guarda en este dispositivo; vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>That is not how answers are saved.</source>
        <translation>Las respuestas no se guardan así.</translation>
    </message>
    <message>
        <source>That is not how entries are saved.</source>
        <translation>Las entradas no se guardan así.</translation>
    </message>
    <message>
        <source>That is not how this page is asked for.</source>
        <translation>Esta página no se pide así.</translation>
    </message>
    <message>
        <source>That is too much to send at once.</source>
        <translation>Es demasiado para enviarlo de una vez.</translation>
    </message>
    <message>
        <source>The page is out of date. Reload it and try again.</source>
        <translation>La página está desactualizada. Vuelve a cargarla e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The page sent something the laptop does not understand.</source>
        <translation>La página envió algo que el portátil no entiende.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>Aquí no existe esa página.</translation>
    </message>
    <message>
        <source>Too many requests from this device. Wait a moment.</source>
        <translation>Demasiadas peticiones desde este dispositivo. Espera un momento.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Add the demo class (12 students, 2 past sessions, 2 rhythm runs, 40 journal entries of every visibility); running it again changes nothing.</source>
        <translation>Añade la clase de demostración (12 estudiantes, 2 sesiones pasadas, 2 rondas de ritmo y 40 entradas del diario con todos los niveles de visibilidad); volver a ejecutarlo no cambia nada.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>Check curriculum TOML files; one line per problem.</source>
        <translation>Comprueba los archivos TOML del programa; una línea por problema.</translation>
    </message>
    <message>
        <source>Could not finish: {reason}. Check the data folder has free space and is writable.</source>
        <translation>No se pudo terminar: {reason}. Comprueba que la carpeta de datos tiene espacio libre y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Demo class added.</source>
        <translation>Se añadió la clase de demostración.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed, 2 usage (a wrong command line).</source>
        <translation>Códigos de salida: 0 hecho, 1 rechazado o fallido, 2 uso (una línea de órdenes incorrecta).</translation>
    </message>
    <message>
        <source>No class called {name}. Classes: {names}.</source>
        <translation>No hay ninguna clase llamada {name}. Clases: {names}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {folder} is open in {holder}. Close the app first, then restore.</source>
        <translation>No se cambió nada: {folder} está abierta en {holder}. Cierra primero la aplicación y luego restaura.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
    <message>
        <source>Plan groups so students work with classmates they have worked with least. --students N for a synthetic class, --class NAME for one of yours (its history and keep-apart/together rules count).</source>
        <translation>Planifica grupos para que cada estudiante trabaje con quienes menos ha trabajado hasta ahora. --students N para una clase ficticia, --class NAME para una de tus clases (cuentan su historial y sus reglas de separar/juntar).</translation>
    </message>
    <message>
        <source>Play the end-of-timer chime once, in this process (pygame).</source>
        <translation>Toca una vez el aviso sonoro de fin del temporizador, en este proceso (pygame).</translation>
    </message>
    <message>
        <source>Print the schema version, data folder and counts.</source>
        <translation>Muestra la versión del esquema, la carpeta de datos y los recuentos.</translation>
    </message>
    <message>
        <source>Replace the database with BACKUP; the current file is moved to DATA_DIR/set-aside, never deleted.</source>
        <translation>Sustituye la base de datos por BACKUP; el archivo actual se mueve a DATA_DIR/set-aside, nunca se borra.</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous database was moved to {aside}.</source>
        <translation>Se restauró {backup}. La base de datos anterior se movió a {aside}.</translation>
    </message>
    <message>
        <source>Session {number}: {groups}</source>
        <translation>Sesión {number}: {groups}</translation>
    </message>
    <message>
        <source>Something went wrong inside Empathy Ambassadors (a fault in the app, not in what you did). {detail}</source>
        <translation>Algo ha fallado dentro de Embajadores de la Empatía (un fallo de la aplicación, no de lo que hiciste). {detail}</translation>
    </message>
    <message>
        <source>The demo class is already in this data folder.</source>
        <translation>La clase de demostración ya está en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>The details are in {file}: please send that file to whoever looks after the app.</source>
        <translation>Los detalles están en {file}: envía ese archivo a quien se encargue de la aplicación.</translation>
    </message>
    <message>
        <source>With no command, the app window opens.</source>
        <translation>Sin ningún comando, se abre la ventana de la aplicación.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to DATA_DIR/backups and rotate old ones (7 daily, 4 weekly, 6 monthly).</source>
        <translation>Escribe una copia coherente de la base de datos en DATA_DIR/backups y hace rotar las antiguas (se conservan 7 diarias, 4 semanales y 6 mensuales).</translation>
    </message>
    <message>
        <source>a file from DATA_DIR/backups</source>
        <translation>un archivo de DATA_DIR/backups</translation>
    </message>
    <message>
        <source>add the demo class to the data folder</source>
        <translation>añadir la clase de demostración a la carpeta de datos</translation>
    </message>
    <message>
        <source>all good</source>
        <extracomment>{count} is a number of problems; the English keeps "(s)" for any number.</extracomment>
        <translation>todo bien</translation>
    </message>
    <message>
        <source>also check your own copies of activities and plans in the data folder</source>
        <translation>comprobar también tus propias copias de actividades y planes en la carpeta de datos</translation>
    </message>
    <message>
        <source>check a translation (es): the curriculum as it reads in that language, each translated file against its English one, and what is still in English</source>
        <translation>comprobar una traducción (es): el programa tal como se lee en ese idioma, cada archivo traducido frente a su original en inglés, y lo que sigue en inglés</translation>
    </message>
    <message>
        <source>check the curriculum files</source>
        <translation>comprobar los archivos del programa</translation>
    </message>
    <message>
        <source>curriculum folder (default: the bundled one)</source>
        <translation>carpeta del programa (por defecto: la que incluye la aplicación)</translation>
    </message>
    <message>
        <source>folder for the database, its backups and logs (default: your user data folder; a folder on a USB stick works too)</source>
        <translation>carpeta para la base de datos, sus copias de seguridad y los archivos de log (por defecto: tu carpeta de datos de usuario; también sirve una carpeta en una memoria USB)</translation>
    </message>
    <message>
        <source>list the backups instead, newest first</source>
        <translation>mostrar en su lugar la lista de copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>make a backup of the database now</source>
        <translation>hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>open the window, print 'started in N ms' once it is painted, and exit</source>
        <translation>abrir la ventana, escribir 'started in N ms' en cuanto se haya dibujado, y salir</translation>
    </message>
    <message>
        <source>plan mixing groups (a synthetic class, or a real one)</source>
        <translation>planificar grupos que mezclen al alumnado (una clase ficticia o una real)</translation>
    </message>
    <message>
        <source>play the gentle end-of-timer chime (the app does this itself)</source>
        <translation>tocar el suave aviso sonoro de fin del temporizador (la aplicación ya lo hace por sí sola)</translation>
    </message>
    <message>
        <source>print counts and errors as JSON</source>
        <translation>mostrar los recuentos y los errores en JSON</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostrar un único objeto JSON</translation>
    </message>
    <message>
        <source>print one JSON object: the backup written, or the list</source>
        <translation>escribe un objeto JSON: la copia de seguridad hecha, o la lista</translation>
    </message>
    <message>
        <source>put a backup back in place of the database</source>
        <translation>restaurar una copia de seguridad en lugar de la base de datos</translation>
    </message>
    <message>
        <source>what is in the data folder</source>
        <translation>qué hay en la carpeta de datos</translation>
    </message>
    <message>
        <source>{app}: run in-person empathy workshops, offline.</source>
        <translation>{app}: para dirigir talleres presenciales de empatía, sin conexión.</translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <extracomment>{count} is a number of problems; the English keeps "(s)" for any number.</extracomment>
        <translation>problemas: {count}</translation>
    </message>
    <message>
        <source>{name}: still in English: {fields}</source>
        <translation>{name}: sigue en inglés: {fields}</translation>
    </message>
    <message>
        <source>{repeats} repeats (history included), {never_met} pairs never met ({seconds} s)</source>
        <translation>repeticiones: {repeats} (con el historial); parejas que nunca coincidieron: {never_met} ({seconds} s)</translation>
    </message>
    <message>
        <source>{root}: {kinds} activities; {prompts} prompts, {plans} plans, {challenges} challenges, {decks} decks, {rhythms} rhythms, {questionnaires} questionnaires: {verdict}</source>
        <extracomment>{kinds} lists the activities by phase ("self 9, other 7, community 5").</extracomment>
        <translation>{root}: actividades: {kinds}; propuestas: {prompts}; planes: {plans}; retos: {challenges}; barajas: {decks}; ritmos: {rhythms}; cuestionarios: {questionnaires}. Resultado: {verdict}</translation>
    </message>
</context>
<context>
    <name>crash_log</name>
    <message>
        <source>Something went wrong inside Empathy Ambassadors. What you saved is safe, and you can keep working.

If it happens again, please send this file to whoever looks after the app:
{file}</source>
        <extracomment>{file} is the log file's full path, on a line of its own.</extracomment>
        <translation>Algo ha fallado dentro de Embajadores de la Empatía. Lo que guardaste está a salvo y puedes seguir trabajando.

Si vuelve a ocurrir, envía este archivo a quien se encargue de la aplicación:
{file}</translation>
    </message>
</context>
<context>
    <name>curriculum.content_rules</name>
    <message>
        <source>expected a debrief step: a step whose title says 'Debrief' (for example 'Debrief: what changed?') and whose script lists the debrief questions</source>
        <translation>se esperaba un paso de puesta en común: un paso cuyo título diga 'Puesta en común' o 'Debrief' (por ejemplo, 'Puesta en común: ¿qué ha cambiado?') y cuyo guion enumere las preguntas de la puesta en común</translation>
    </message>
    <message>
        <source>expected a question ending with '?', found {text}</source>
        <translation>se esperaba una pregunta que termine en '?'; se encontró {text}</translation>
    </message>
    <message>
        <source>expected a step's script to offer the pass out loud too, in the words you say (in quotes), like Say: "You can always pass."; the console shows the scripts, not this field</source>
        <translation>se esperaba que el guion de algún paso ofreciera también en voz alta el derecho a pasar, con las palabras que dices (entre comillas), como Di: "Siempre puedes pasar."; la consola muestra los guiones, no este campo</translation>
    </message>
    <message>
        <source>expected at least 1 minute for the debrief in the short version too, found 0</source>
        <translation>se esperaba al menos 1 minuto para la puesta en común también en la versión corta; hay 0</translation>
    </message>
    <message>
        <source>expected one debrief step; step {step} is already one</source>
        <translation>se esperaba un solo paso de puesta en común; el paso {step} ya lo es</translation>
    </message>
    <message>
        <source>expected the debrief step's script to list every debrief question word for word (the facilitator picks from them on the console); missing {missing} of {count}: {questions}</source>
        <translation>se esperaba que el guion del paso de puesta en común incluyera, palabra por palabra, todas las preguntas de la puesta en común (la persona facilitadora elige entre ellas en la consola); faltan {missing} de {count}: {questions}</translation>
    </message>
    <message>
        <source>expected the pass said out loud in a step the short version runs too; only step {steps} says it, and the short version skips it</source>
        <translation>se esperaba el derecho a pasar dicho en voz alta en un paso que también se haga en la versión corta; solo lo dice el paso {steps}, y la versión corta lo omite</translation>
    </message>
    <message>
        <source>promises questions on the projector, but no projector line outside the debrief is a question (ending with '?'); add them to the step that shows them</source>
        <translation>promete preguntas en el proyector, pero ninguna línea del proyector fuera de la puesta en común es una pregunta (que termine en '?'); añádelas al paso que las muestra</translation>
    </message>
    <message>
        <source>promises signs or symbols on the projector, but no projector line has one; add them, each with its word (like '☀ Sunny'), using symbols the app's font draws</source>
        <translation>promete señales o símbolos en el proyector, pero ninguna línea del proyector tiene ninguno; añádelos, cada uno con su palabra (como '☀ Soleado'), con símbolos que la fuente de la aplicación pueda dibujar</translation>
    </message>
    <message>
        <source>the same text is in {count} activities (also {others}); expected advice written for this activity's own steps</source>
        <translation>el mismo texto está en {count} actividades (también en {others}); se esperaban consejos escritos para los pasos de esta actividad</translation>
    </message>
</context>
<context>
    <name>curriculum.copies</name>
    <message>
        <source>expected a new id; {id} is already used</source>
        <translation>se esperaba un id nuevo; {id} ya está en uso</translation>
    </message>
    <message>
        <source>too big ({size} bytes); expected at most {most} bytes</source>
        <translation>demasiado grande ({size} bytes); se esperaban como máximo {most} bytes</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (mi copia)</translation>
    </message>
</context>
<context>
    <name>curriculum.fields</name>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a list of texts (at least {count})</source>
        <translation>una lista de textos (al menos {count})</translation>
    </message>
    <message>
        <source>a list of whole numbers from {lowest} to {highest}</source>
        <translation>una lista de números enteros de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>a number too long to show</source>
        <translation>un número demasiado largo para mostrarlo</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a table {inline}</source>
        <translation>una tabla {inline}</translation>
    </message>
    <message>
        <source>a whole number from {lowest} to {highest}</source>
        <translation>un número entero de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>at least {count} [[{key}]] table(s)</source>
        <translation>tablas [[{key}]] (al menos {count})</translation>
    </message>
    <message>
        <source>expected [[{key}]] tables</source>
        <translation>se esperaban tablas [[{key}]]</translation>
    </message>
    <message>
        <source>expected a list of texts (at least {count}) in {list}</source>
        <translation>se esperaba una lista de textos (al menos {count}) con la forma {list}</translation>
    </message>
    <message>
        <source>expected a list of texts in {list}</source>
        <translation>se esperaba una lista de textos con la forma {list}</translation>
    </message>
    <message>
        <source>expected a list of whole numbers from {lowest} to {highest} (at least {count}), found {value}</source>
        <translation>se esperaba una lista de números enteros de {lowest} a {highest} (al menos {count}); se encontró {value}</translation>
    </message>
    <message>
        <source>expected a table, like [{key}] or {inline}</source>
        <translation>se esperaba una tabla, como [{key}] o {inline}</translation>
    </message>
    <message>
        <source>expected a whole number from {lowest} to {highest}, found {value}</source>
        <translation>se esperaba un número entero de {lowest} a {highest}; se encontró {value}</translation>
    </message>
    <message>
        <source>expected at least {count} [[{key}]] table(s), found {found}</source>
        <translation>número de tablas [[{key}]]: se esperaban al menos {count}; hay {found}</translation>
    </message>
    <message>
        <source>expected at least {count} items, found {found}</source>
        <translation>número de elementos: se esperaban al menos {count}; hay {found}</translation>
    </message>
    <message>
        <source>expected at most {most} characters, found {found}</source>
        <translation>se esperaban como máximo {most} caracteres; hay {found}</translation>
    </message>
    <message>
        <source>expected lower-case words joined by '-', like 'self-name-beat', not {value}</source>
        <translation>se esperaban palabras en minúscula unidas por '-', como 'self-name-beat', no {value}</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected one of {options}; found {value}</source>
        <translation>se esperaba uno de estos valores: {options}; se encontró {value}</translation>
    </message>
    <message>
        <source>expected true or false, found {value}</source>
        <translation>se esperaba true o false; se encontró {value}</translation>
    </message>
    <message>
        <source>missing; expected {expected}</source>
        <translation>falta; se esperaba {expected}</translation>
    </message>
    <message>
        <source>one of {options}</source>
        <translation>uno de estos valores: {options}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>unknown field (a typo?); see activities/README.md for the fields</source>
        <translation>campo desconocido (¿una errata?); consulta activities/README.md para ver los campos</translation>
    </message>
    <message>
        <source>… ({count} characters)</source>
        <translation>… ({count} caracteres)</translation>
    </message>
</context>
<context>
    <name>curriculum.loader</name>
    <message>
        <source>could not be checked ({reason}); please report this file</source>
        <translation>no se pudo comprobar ({reason}); por favor, informa de este archivo</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>duplicate activity id {id}; expected a new id (already used in {file})</source>
        <translation>id de actividad repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate challenge id {id}; expected a new id (already used in {file})</source>
        <translation>id de reto repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate deck id {id}; expected a new id (already used in {file})</source>
        <translation>id de baraja repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate instrument id {id}; expected a new id (already used in {file})</source>
        <translation>id de instrumento repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate plan id {id}; expected a new id (already used in {file})</source>
        <translation>id de plan repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate prompt id {id}; expected a new id (already used in {file})</source>
        <translation>id de propuesta repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>duplicate rhythm id {id}; expected a new id (already used in {file})</source>
        <translation>id de ritmo repetido {id}; se esperaba un id nuevo (ya se usa en {file})</translation>
    </message>
    <message>
        <source>expected a later session to debrief the challenge {challenge}; none does</source>
        <translation>se esperaba que una sesión posterior hiciera la puesta en común del reto {challenge}; ninguna la hace</translation>
    </message>
    <message>
        <source>expected a questionnaire students answer; {id} is answered by the {respondent} (the observation is offered when the session ends)</source>
        <translation>se esperaba un cuestionario que responda el alumnado; {id} lo responde: {respondent} (la observación se ofrece al terminar la sesión)</translation>
    </message>
    <message>
        <source>expected an earlier session to launch the challenge {challenge}; none does</source>
        <translation>se esperaba que una sesión anterior lanzara el reto {challenge}; ninguna lo hace</translation>
    </message>
    <message>
        <source>expected the first line to be '# Chapter title'</source>
        <translation>se esperaba que la primera línea fuera '# Título del capítulo'</translation>
    </message>
    <message>
        <source>expected the id of a challenge in challenges/; {id} is not there</source>
        <translation>se esperaba el id de un reto de challenges/; {id} no está allí</translation>
    </message>
    <message>
        <source>expected the id of a deck in decks/; {id} is not there</source>
        <translation>se esperaba el id de una baraja de decks/; {id} no está allí</translation>
    </message>
    <message>
        <source>expected the id of a pattern in rhythms/; {id} is not there</source>
        <translation>se esperaba el id de un patrón de rhythms/; {id} no está allí</translation>
    </message>
    <message>
        <source>expected the id of a prompt in the prompt bank; {id} is not there</source>
        <translation>se esperaba el id de una propuesta del banco de propuestas; {id} no está allí</translation>
    </message>
    <message>
        <source>expected the id of a working activity; {id} is not one</source>
        <translation>se esperaba el id de una actividad sin errores; {id} no lo es</translation>
    </message>
    <message>
        <source>expected the id of a working questionnaire in instruments/; {id} is not one</source>
        <translation>se esperaba el id de un cuestionario sin errores de instruments/; {id} no lo es</translation>
    </message>
    <message>
        <source>expected the title of a card in the {deck} deck; {title} is not one</source>
        <translation>se esperaba el título de una tarjeta de la baraja {deck}; {title} no lo es</translation>
    </message>
    <message>
        <source>expected {want} (the {variant} length of {activity}), found {found}</source>
        <translation>se esperaba {want} (la duración {variant} de {activity}); hay {found}</translation>
    </message>
    <message>
        <source>missing; expected the file that lists the phases (using Self, Other, Community)</source>
        <translation>falta; se esperaba el archivo que enumera las fases (Yo, Los demás y Comunidad)</translation>
    </message>
    <message>
        <source>not found; expected a folder of curriculum TOML files</source>
        <translation>no se encontró; se esperaba una carpeta con los archivos TOML del currículo</translation>
    </message>
    <message>
        <source>not in a known place; expected phases.toml or a folder named {folders}</source>
        <translation>no está en un lugar conocido; se esperaba phases.toml o una carpeta llamada {folders}</translation>
    </message>
    <message>
        <source>too big; expected a file of at most {most} bytes</source>
        <translation>demasiado grande; se esperaba un archivo de {most} bytes como máximo</translation>
    </message>
</context>
<context>
    <name>curriculum.model</name>
    <message>
        <source>Ages 14–16</source>
        <translation>De 14 a 16 años</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audición</translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation>Movilidad reducida</translation>
    </message>
    <message>
        <source>Low literacy</source>
        <translation>Dificultades de lectoescritura</translation>
    </message>
    <message>
        <source>Shy students</source>
        <translation>Estudiantes con timidez</translation>
    </message>
    <message>
        <source>Sight</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Still learning the language</source>
        <translation>Aún aprendiendo el idioma</translation>
    </message>
    <message>
        <source>Very large or small groups</source>
        <translation>Grupos muy grandes o muy pequeños</translation>
    </message>
</context>
<context>
    <name>curriculum.parse</name>
    <message>
        <source>expected [[day]] tables, each with that day's task and its check-in (task = "…", checkin = "…"); a question alone is no task</source>
        <translation>se esperaban tablas [[day]], cada una con la tarea de ese día y su registro del día (task = "…", checkin = "…"); una pregunta sola no es una tarea</translation>
    </message>
    <message>
        <source>expected a colour like "#D9643A", found {value}</source>
        <translation>se esperaba un color como "#D9643A"; se encontró {value}</translation>
    </message>
    <message>
        <source>expected a question, ending with '?'</source>
        <translation>se esperaba una pregunta, que termine en '?'</translation>
    </message>
    <message>
        <source>expected an opening, a core, a reflection and a closing item besides the questionnaire</source>
        <translation>se esperaba, además del cuestionario, un elemento de apertura, uno central, uno de reflexión y uno de cierre (part = "opening", "core", "reflection" y "closing")</translation>
    </message>
    <message>
        <source>expected at least one item with part = "reflection"</source>
        <translation>se esperaba al menos un elemento con part = "reflection"</translation>
    </message>
    <message>
        <source>expected at most max ({most}), found {found}</source>
        <translation>se esperaba como máximo el valor de max ({most}); hay {found}</translation>
    </message>
    <message>
        <source>expected at most the full step's {full} minutes, found {found}</source>
        <translation>se esperaban como máximo los {full} minutos del paso en la versión completa; hay {found}</translation>
    </message>
    <message>
        <source>expected at most the full {full} minutes, found {found}</source>
        <translation>se esperaban como máximo los {full} minutos de la versión completa; hay {found}</translation>
    </message>
    <message>
        <source>expected each questionnaire once; {id} is already in the list</source>
        <translation>se esperaba cada cuestionario una sola vez; {id} ya está en la lista</translation>
    </message>
    <message>
        <source>expected exactly {count} days (a school week), found {found}</source>
        <translation>se esperaban exactamente {count} días (una semana escolar); hay {found}</translation>
    </message>
    <message>
        <source>expected exactly {low} minutes for a session plan, found {found}</source>
        <translation>se esperaban exactamente {low} minutos para un plan de sesión; hay {found}</translation>
    </message>
    <message>
        <source>expected exactly {low} minutes for an advisory plan, found {found}</source>
        <translation>se esperaban exactamente {low} minutos para un plan breve; hay {found}</translation>
    </message>
    <message>
        <source>expected step minutes to add up to duration.full ({full}), they add up to {total}</source>
        <translation>se esperaba que los minutos de los pasos sumaran duration.full ({full}); suman {total}</translation>
    </message>
    <message>
        <source>expected step short_minutes to add up to duration.short ({short}), they add up to {total}</source>
        <translation>se esperaba que los short_minutes de los pasos sumaran duration.short ({short}); suman {total}</translation>
    </message>
    <message>
        <source>expected the first item to be the opening, found {part}</source>
        <translation>se esperaba que el primer elemento fuera la apertura (part = "opening"); se encontró {part}</translation>
    </message>
    <message>
        <source>expected the items' minutes to add up to {minutes}, they add up to {total}</source>
        <translation>se esperaba que los minutos de los elementos sumaran {minutes}; suman {total}</translation>
    </message>
    <message>
        <source>expected the last item to be the closing, found {part}</source>
        <translation>se esperaba que el último elemento fuera el cierre (part = "closing"); se encontró {part}</translation>
    </message>
    <message>
        <source>expected {low}–{high} minutes for a questionnaire (time to explain it, answer and collect the sheets), found {found}</source>
        <translation>se esperaban {low}–{high} minutos para un cuestionario (tiempo para explicarlo, responderlo y recoger las hojas); hay {found}</translation>
    </message>
    <message>
        <source>expected {low}–{high} minutes for a session plan, found {found}</source>
        <translation>se esperaban {low}–{high} minutos para un plan de sesión; hay {found}</translation>
    </message>
    <message>
        <source>expected {low}–{high} minutes for an advisory plan, found {found}</source>
        <translation>se esperaban {low}–{high} minutos para un plan breve; hay {found}</translation>
    </message>
    <message>
        <source>expected {low}–{high} minutes to launch or debrief a challenge, found {found}</source>
        <translation>se esperaban {low}–{high} minutos para lanzar un reto o hacer su puesta en común; hay {found}</translation>
    </message>
    <message>
        <source>expected {phase}, the phase of the folder the file is in</source>
        <translation>se esperaba {phase}, la fase de la carpeta en la que está el archivo</translation>
    </message>
</context>
<context>
    <name>curriculum.parse_instrument</name>
    <message>
        <source>a scale that is not validated is a kind = "questionnaire"</source>
        <translation>una escala que no está validada es kind = "questionnaire"</translation>
    </message>
    <message>
        <source>duplicate item id {id}</source>
        <translation>id de pregunta repetido {id}</translation>
    </message>
    <message>
        <source>expected [youngest, oldest], found {value}</source>
        <translation>se esperaba [edad menor, edad mayor]; se encontró {value}</translation>
    </message>
    <message>
        <source>expected one label per value ({count}), found {found}</source>
        <translation>se esperaba una etiqueta por valor ({count}); hay {found}</translation>
    </message>
    <message>
        <source>expected rising values with no repeats, like [1, 2, 3, 4, 5]</source>
        <translation>se esperaban valores crecientes y sin repetir, como [1, 2, 3, 4, 5]</translation>
    </message>
    <message>
        <source>item {id} is already on subscale {subscale}</source>
        <translation>la pregunta {id} ya está en la subescala {subscale}</translation>
    </message>
    <message>
        <source>min_answered is {min_answered}, but this subscale has only {count} items</source>
        <translation>min_answered es {min_answered}, pero el número de preguntas de esta subescala es solo {count}</translation>
    </message>
    <message>
        <source>only a kind = "scale" can be validated; this is a {kind}</source>
        <translation>solo un kind = "scale" puede estar validado; este es {kind}</translation>
    </message>
    <message>
        <source>unknown item {id}; expected one of the [[item]] ids</source>
        <translation>pregunta desconocida {id}; se esperaba uno de los id de las tablas [[item]]</translation>
    </message>
</context>
<context>
    <name>curriculum.parse_rhythm</name>
    <message>
        <source>a list of tempos, one per bar, like [66, 60, 56, 60, 72]</source>
        <translation>una lista de tempos, uno por compás, como [66, 60, 56, 60, 72]</translation>
    </message>
    <message>
        <source>expected a list of whole numbers, one tempo per bar, like [66, 60, 56, 60, 72]; found {value}</source>
        <translation>se esperaba una lista de números enteros, un tempo por compás, como [66, 60, 56, 60, 72]; se encontró {value}</translation>
    </message>
    <message>
        <source>expected a part with role = "echo" for the group's answer (mode = "call-and-response")</source>
        <translation>se esperaba una parte con role = "echo" para la respuesta del grupo (mode = "call-and-response")</translation>
    </message>
    <message>
        <source>expected a part with role = "guide" for the call the app plays (mode = "call-and-response")</source>
        <translation>se esperaba una parte con role = "guide" para la llamada que toca la aplicación (mode = "call-and-response")</translation>
    </message>
    <message>
        <source>expected a tempo from {lowest} to {highest}, found {found}</source>
        <translation>se esperaba un tempo de {lowest} a {highest}; se encontró {found}</translation>
    </message>
    <message>
        <source>expected at least 2 parts with role = "play" (mode = "ensemble"), found {found}</source>
        <translation>se esperaban al menos 2 partes con role = "play" (mode = "ensemble"); hay {found}</translation>
    </message>
    <message>
        <source>expected at least one 'x' (hit), found {hits}</source>
        <translation>se esperaba al menos una 'x' (golpe); se encontró {hits}</translation>
    </message>
    <message>
        <source>expected at least one part the players play (role = "play" or "echo"); every part is a guide</source>
        <translation>se esperaba al menos una parte que toquen quienes participan (role = "play" o "echo"); todas las partes son guías</translation>
    </message>
    <message>
        <source>expected fewer than bars ({bars}), so there is a bar to fade over, found {found}</source>
        <translation>se esperaba un número menor que bars ({bars}), para que quede un compás en el que el sonido se desvanezca; se encontró {found}</translation>
    </message>
    <message>
        <source>expected one tempo per bar, {bars} in all (bars = {bars}), found {found}</source>
        <translation>se esperaba un tempo por compás, {bars} en total (bars = {bars}); hay {found}</translation>
    </message>
    <message>
        <source>expected {steps} steps of 'x' (hit) or '.' (rest), found {hits}</source>
        <translation>se esperaban {steps} pasos de 'x' (golpe) o '.' (silencio); se encontró {hits}</translation>
    </message>
    <message>
        <source>missing; mode = "keep-the-pulse" expects the bars the app plays before its sound fades out, a whole number from 1 to {most}</source>
        <translation>falta; con mode = "keep-the-pulse" se espera el número de compases que toca la aplicación antes de que su sonido se desvanezca, un número entero de 1 a {most}</translation>
    </message>
    <message>
        <source>only for mode = "keep-the-pulse", found mode = {mode}; expected no fade_after_bars, or mode = "keep-the-pulse"</source>
        <translation>solo para mode = "keep-the-pulse", pero se encontró mode = {mode}; se esperaba que no hubiera fade_after_bars, o mode = "keep-the-pulse"</translation>
    </message>
</context>
<context>
    <name>curriculum.toml_read</name>
    <message>
        <source>a number too long to read; expected a number of at most {most} digits</source>
        <translation>un número demasiado largo para leerlo; se esperaba un número de {most} cifras como máximo</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>could not be read as UTF-8 text (byte 0x{byte} at column {column}); expected the file saved as UTF-8</source>
        <translation>no se pudo leer como texto UTF-8 (byte 0x{byte} en la columna {column}); se esperaba el archivo guardado como UTF-8</translation>
    </message>
    <message>
        <source>nested too deeply (more than {most} levels); expected at most {most} levels of tables and lists inside each other</source>
        <translation>anidado a demasiada profundidad (más de {most} niveles); se esperaban como máximo {most} niveles de tablas y listas unas dentro de otras</translation>
    </message>
    <message>
        <source>nested too deeply (more than {most} levels); expected at most {most} levels of tables and lists inside each other (a dotted key of more than {most} parts)</source>
        <translation>anidado a demasiada profundidad (más de {most} niveles); se esperaban como máximo {most} niveles de tablas y listas unas dentro de otras (una clave con puntos de más de {most} partes)</translation>
    </message>
    <message>
        <source>not a regular file; expected a TOML text file</source>
        <translation>no es un archivo normal; se esperaba un archivo de texto TOML</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>no es TOML válido: {reason}</translation>
    </message>
    <message>
        <source>too big ({size} bytes); expected a file of at most {most} bytes</source>
        <translation>demasiado grande ({size} bytes); se esperaba un archivo de {most} bytes como máximo</translation>
    </message>
</context>
<context>
    <name>curriculum.translation</name>
    <message>
        <source>expected a table, as in the English file</source>
        <translation>se esperaba una tabla, como en el archivo en inglés</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>expected the English file's value {value}: it is not words, so it stays the same in every language</source>
        <translation>se esperaba el valor del archivo en inglés, {value}: no son palabras, así que es igual en todos los idiomas</translation>
    </message>
    <message>
        <source>expected {count} items, as in the English file, found {found}</source>
        <translation>se esperaban {count} elementos, como en el archivo en inglés; se encontró: {found}</translation>
    </message>
    <message>
        <source>no list</source>
        <translation>algo que no es una lista</translation>
    </message>
    <message>
        <source>not in the English file (a typo, or a field to add there first?)</source>
        <translation>no está en el archivo en inglés (¿una errata, o un campo que hay que añadir allí primero?)</translation>
    </message>
</context>
<context>
    <name>curriculum.translation_check</name>
    <message>
        <source>(the whole chapter)</source>
        <translation>(todo el capítulo)</translation>
    </message>
    <message>
        <source>{file}: could not be read</source>
        <translation>{file}: no se pudo leer</translation>
    </message>
    <message>
        <source>{file}: no English file of this name to translate; expected the same name as the English file</source>
        <translation>{file}: no hay ningún archivo en inglés con este nombre que traducir; se esperaba el mismo nombre que el del archivo en inglés</translation>
    </message>
    <message>
        <source>{language}: {translated} file(s) translated, {missing} not yet; {fields} field(s) still in English in translated files; {problems} mismatch(es)</source>
        <extracomment>four counts in one line of `validate --lang`; (s) and (es) mark the plurals</extracomment>
        <translation>{language}: archivos traducidos: {translated}; sin traducir aún: {missing}; campos aún en inglés en archivos traducidos: {fields}; discrepancias: {problems}</translation>
    </message>
</context>
<context>
    <name>deck_csv</name>
    <message>
        <source>My deck</source>
        <translation>Mi baraja</translation>
    </message>
    <message>
        <source>card {number} ({title}): {reason}</source>
        <translation>tarjeta {number} ({title}): {reason}</translation>
    </message>
    <message>
        <source>expected a heading row with at least the columns Title and Text</source>
        <translation>se esperaba una fila de encabezados con al menos las columnas Título y Texto (o Title y Text)</translation>
    </message>
    <message>
        <source>from line {line}: a cell is too long to read. Is a quote mark (") missing its partner?</source>
        <translation>desde la línea {line}: una celda es demasiado larga para leerla. ¿Hay unas comillas (") sin cerrar?</translation>
    </message>
    <message>
        <source>intensity must be 1, 2 or 3, not {value}</source>
        <translation>la intensidad debe ser 1, 2 o 3, no {value}</translation>
    </message>
    <message>
        <source>more than {most} audience prompts</source>
        <translation>más de {most} preguntas para el público</translation>
    </message>
    <message>
        <source>more than {most} content notes</source>
        <translation>más de {most} avisos de contenido</translation>
    </message>
    <message>
        <source>no card text</source>
        <translation>sin texto de tarjeta</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>one of the audience prompts is longer than {most} characters</source>
        <translation>una de las preguntas para el público tiene más de {most} caracteres</translation>
    </message>
    <message>
        <source>one of the content notes is longer than {most} characters</source>
        <translation>uno de los avisos de contenido tiene más de {most} caracteres</translation>
    </message>
    <message>
        <source>the deck has no title</source>
        <translation>la baraja no tiene título</translation>
    </message>
    <message>
        <source>the deck's title is longer than {most} characters</source>
        <translation>el título de la baraja tiene más de {most} caracteres</translation>
    </message>
    <message>
        <source>the file has {rows} cards, and a deck holds at most {most}: split it into smaller files and import each as its own deck</source>
        <translation>el archivo tiene {rows} tarjetas, y una baraja admite como máximo {most}: divídelo en archivos más pequeños e importa cada uno como una baraja aparte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the role is longer than {most} characters</source>
        <translation>el rol tiene más de {most} caracteres</translation>
    </message>
    <message>
        <source>the same title as line {line}</source>
        <translation>el mismo título que la línea {line}</translation>
    </message>
    <message>
        <source>the text is longer than {most} characters (a card must fit)</source>
        <translation>el texto tiene más de {most} caracteres (tiene que caber en una tarjeta)</translation>
    </message>
    <message>
        <source>the title is longer than {most} characters</source>
        <translation>el título tiene más de {most} caracteres</translation>
    </message>
</context>
<context>
    <name>deck_editor</name>
    <message>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Audience (separate with |)</source>
        <translation>Público (separa con |)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Content notes (|)</source>
        <translation>Avisos de contenido (|)</translation>
    </message>
    <message>
        <source>Deck title</source>
        <translation>Título de la baraja</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Editar público</translation>
    </message>
    <message>
        <source>Edit content notes</source>
        <translation>Editar avisos de contenido</translation>
    </message>
    <message>
        <source>Edit deck: {title}</source>
        <translation>Editar baraja: {title}</translation>
    </message>
    <message>
        <source>Edit intensity</source>
        <translation>Editar intensidad</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Editar rol</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Intensity (1–3)</source>
        <translation>Intensidad (1–3)</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nueva tarjeta</translation>
    </message>
    <message>
        <source>Not saved yet: a deck holds at most {most} cards.</source>
        <translation>Aún no se ha guardado: una baraja tiene como máximo {most} tarjetas.</translation>
    </message>
    <message>
        <source>Not saved yet: two cards have the same title.</source>
        <translation>Aún no se ha guardado: dos tarjetas tienen el mismo título.</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Aún no se ha guardado: {problem}.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>¿Qué pasa?</translation>
    </message>
    <message>
        <source>a card has {problem}</source>
        <translation>una tarjeta: {problem}</translation>
    </message>
    <message>
        <source>the card '{title}': {problem}</source>
        <extracomment>what is wrong with a card, after "Not saved yet: "</extracomment>
        <translation>la tarjeta “{title}”: {problem}</translation>
    </message>
    <message>
        <source>the intensity must be 1, 2 or 3</source>
        <translation>la intensidad debe ser 1, 2 o 3</translation>
    </message>
</context>
<context>
    <name>decks_cli</name>
    <message>
        <source>CSV columns: Title, Text, Role, Audience (separate prompts with |), Intensity (1–3), Content notes. Rows that cannot be used are listed with the reason; the rest are added in one go.</source>
        <translation>Columnas del CSV: Título, Texto, Rol, Público (separa las preguntas con |), Intensidad (1–3), Avisos de contenido (también valen en inglés: Title, Text, Role, Audience, Intensity, Content notes). Las filas que no se pueden usar se enumeran con el motivo; el resto se añade de una vez.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Choose a folder you can write to.</source>
        <translation>No se pudo escribir {file}: {reason}. Elige una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.toml</source>
        <translation>ARCHIVO.csv o ARCHIVO.toml</translation>
    </message>
    <message>
        <source>Imported {count} card(s) as the deck {title} ({id}).</source>
        <extracomment>one line for any number of cards, 1 included</extracomment>
        <translation>Tarjetas importadas como la baraja {title} ({id}): {count}.</translation>
    </message>
    <message>
        <source>No deck called {name}. Decks: {names}.</source>
        <translation>No hay ninguna baraja llamada {name}. Barajas: {names}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>Shipped decks live in activities/decks; decks you write or import live in the data folder.</source>
        <translation>Las barajas incluidas están en activities/decks; las que escribes o importas están en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The output file must end in .csv or .toml.</source>
        <translation>El archivo de salida debe terminar en .csv o .toml.</translation>
    </message>
    <message>
        <source>Would import {count} card(s) as the deck {title}. Nothing was written (--dry-run).</source>
        <extracomment>one line for any number of cards, 1 included</extracomment>
        <translation>Tarjetas que se importarían como la baraja {title}: {count}. No se ha escrito nada (--dry-run).</translation>
    </message>
    <message>
        <source>Wrote {count} cards to {file}.</source>
        <translation>Tarjetas guardadas en {file}: {count}.</translation>
    </message>
    <message>
        <source>a deck's id or title</source>
        <translation>el id o el título de una baraja</translation>
    </message>
    <message>
        <source>a deck's title has 1 to {most} characters</source>
        <translation>el título de una baraja tiene de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>add a deck from a spreadsheet CSV or a TOML file</source>
        <translation>añadir una baraja desde un CSV de hoja de cálculo o un archivo TOML</translation>
    </message>
    <message>
        <source>every deck with its number of cards</source>
        <translation>todas las barajas con su número de tarjetas</translation>
    </message>
    <message>
        <source>line {line}: {reason} ({text})</source>
        <translation>línea {line}: {reason} ({text})</translation>
    </message>
    <message>
        <source>list, import and export role-play card decks</source>
        <translation>listar, importar y exportar barajas de tarjetas de juego de rol</translation>
    </message>
    <message>
        <source>no usable cards.</source>
        <translation>no hay tarjetas utilizables.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>mostrar una lista en JSON</translation>
    </message>
    <message>
        <source>print one JSON object: the deck added and the rows left out</source>
        <translation>escribe un objeto JSON: la baraja añadida y las filas que quedaron fuera</translation>
    </message>
    <message>
        <source>show what would be imported and the rows left out; write nothing</source>
        <translation>muestra lo que se importaría y las filas que quedarían fuera; no escribe nada</translation>
    </message>
    <message>
        <source>the deck's title (default: the file's name)</source>
        <translation>el título de la baraja (por defecto: el nombre del archivo)</translation>
    </message>
    <message>
        <source>write a deck as CSV (opens in Excel) or TOML</source>
        <translation>guardar una baraja como CSV (se abre en Excel) o TOML</translation>
    </message>
    <message>
        <source>{count} row(s) were not imported:</source>
        <translation>Filas que no se importaron ({count}):</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}); check the name and the USB stick</source>
        <translation>no se pudo leer {file} ({reason}); comprueba el nombre y la memoria USB</translation>
    </message>
    <message>
        <source>{title} ({count} cards, mine): {id}</source>
        <translation>{title} (tarjetas: {count}; mía): {id}</translation>
    </message>
    <message>
        <source>{title} ({count} cards, shipped): {id}</source>
        <translation>{title} (tarjetas: {count}; incluida): {id}</translation>
    </message>
</context>
<context>
    <name>decks_page</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will be added as a new deck.</source>
        <translation>
            <numerusform>Se añadirá %n tarjeta como una baraja nueva.</numerusform>
            <numerusform>Se añadirán %n tarjetas como una baraja nueva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be added:</source>
        <translation>
            <numerusform>%n fila no se añadirá:</numerusform>
            <numerusform>%n filas no se añadirán:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards of the deck</source>
        <translation>Tarjetas de la baraja</translation>
    </message>
    <message>
        <source>Could not write the file ({error}).</source>
        <translation>No se pudo escribir el archivo ({error}).</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Barajas</translation>
    </message>
    <message>
        <source>Delete deck?</source>
        <translation>¿Borrar la baraja?</translation>
    </message>
    <message numerus="yes">
        <source>Delete your deck {title} (%n card(s))?</source>
        <translation>
            <numerusform>¿Borrar tu baraja {title} (%n tarjeta)?</numerusform>
            <numerusform>¿Borrar tu baraja {title} (%n tarjetas)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Draw cards in a session with D. Write your own decks, or import them from a spreadsheet (columns Title, Text, Role, Audience, Intensity, Content notes).</source>
        <extracomment>the column names are those of the spreadsheet a deck is imported from: keep them in English</extracomment>
        <translation>Saca tarjetas en una sesión con D. Escribe tus propias barajas o impórtalas desde una hoja de cálculo (columnas Title, Text, Role, Audience, Intensity, Content notes).</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edit deck</source>
        <translation>Editar baraja</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation>Exportar la baraja</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import a deck</source>
        <translation>Importar una baraja</translation>
    </message>
    <message>
        <source>My deck</source>
        <translation>Mi baraja</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>Nueva baraja</translation>
    </message>
    <message>
        <source>Nothing to import: {problem}.</source>
        <translation>Nada que importar: {problem}.</translation>
    </message>
    <message>
        <source>Print the deck as cards to cut out (Ctrl+P)</source>
        <translation>Imprimir la baraja como tarjetas para recortar (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Role-play decks</source>
        <translation>Barajas de juego de rol</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <extracomment>a card's intensity, 1 (light) to 3 (heavy)</extracomment>
        <translation>Rol: {role}</translation>
    </message>
    <message>
        <source>Shipped decks stay as they are: use Duplicate, then edit your copy.</source>
        <translation>Las barajas incluidas no se modifican: usa “Duplicar” y edita tu copia.</translation>
    </message>
    <message>
        <source>Shipped with the app: Duplicate makes a copy you can edit.</source>
        <translation>Incluida con la aplicación: “Duplicar” crea una copia que puedes editar.</translation>
    </message>
    <message>
        <source>Spreadsheet CSV (*.csv);;TOML (*.toml)</source>
        <translation>Hoja de cálculo CSV (*.csv);;TOML (*.toml)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>No se pudo leer el archivo ({error}).</translation>
    </message>
    <message>
        <source>Your deck: Edit changes it.</source>
        <translation>Tu baraja: “Editar” la cambia.</translation>
    </message>
    <message>
        <source>level {level}</source>
        <extracomment>a card's intensity, 1 (light) to 3 (heavy)</extracomment>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <extracomment>a row of the spreadsheet that is not imported, and why</extracomment>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>no usable cards</source>
        <translation>no hay tarjetas utilizables</translation>
    </message>
    <message>
        <source>shipped</source>
        <extracomment>whose deck it is: the facilitator's own, or one that came with the app</extracomment>
        <translation>incluida</translation>
    </message>
    <message>
        <source>yours</source>
        <extracomment>whose deck it is: the facilitator's own, or one that came with the app</extracomment>
        <translation>tuya</translation>
    </message>
    <message>
        <source>{cards} · {heavy} heavy (level 3, hidden in class unless turned on) · {origin}</source>
        <extracomment>{heavy} is a number of cards; heavy cards stay out of a session unless the facilitator turns them on</extracomment>
        <translation>{cards} · intensas: {heavy} (nivel 3, ocultas en clase salvo que las actives) · {origin}</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (mi copia)</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo class 8B</source>
        <translation>Clase de demostración 8B</translation>
    </message>
    <message>
        <source>Follow up gently next week.</source>
        <translation>Hacer un seguimiento con tacto la semana que viene.</translation>
    </message>
    <message>
        <source>Good energy in the name circle. Bo and Kalani led the beat.</source>
        <translation>Buena energía en el círculo de nombres. Bo y Kalani llevaron el ritmo.</translation>
    </message>
    <message>
        <source>Lovely detail — ask if they would read it to the class.</source>
        <translation>Un detalle precioso: preguntarle si le gustaría leerlo a la clase.</translation>
    </message>
    <message>
        <source>Quieter group today; the journal time worked well.</source>
        <translation>Hoy el grupo estuvo más tranquilo; el tiempo de diario funcionó bien.</translation>
    </message>
</context>
<context>
    <name>editor_page</name>
    <message>
        <source>Check and &amp;save</source>
        <translation>Comprobar y &amp;guardar</translation>
    </message>
    <message>
        <source>Check and save ({keys})</source>
        <translation>Comprobar y guardar ({keys})</translation>
    </message>
    <message>
        <source>Copy text (TOML)</source>
        <translation>Copiar texto (TOML)</translation>
    </message>
    <message>
        <source>Could not delete: {error}</source>
        <translation>No se pudo borrar: {error}</translation>
    </message>
    <message>
        <source>Could not save ({error}). Free some disk space and press Ctrl+S again; your text is kept here.</source>
        <translation>No se pudo guardar ({error}). Libera espacio en el disco y vuelve a pulsar Ctrl+S; tu texto se conserva aquí.</translation>
    </message>
    <message>
        <source>Delete this copy…</source>
        <translation>Borrar esta copia…</translation>
    </message>
    <message>
        <source>Delete your copy {file}? The shipped version stays as it is.</source>
        <translation>¿Borrar tu copia {file}? La versión incluida con la aplicación se queda como está.</translation>
    </message>
    <message>
        <source>Delete your copy?</source>
        <translation>¿Borrar tu copia?</translation>
    </message>
    <message>
        <source>Editing your copy: {file}</source>
        <translation>Editando tu copia: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: fix the %n problem(s) above. Your text is kept here.</source>
        <translation>
            <numerusform>Aún no se ha guardado: hay %n problema que corregir (arriba). Tu texto se conserva aquí.</numerusform>
            <numerusform>Aún no se ha guardado: hay %n problemas que corregir (arriba). Tu texto se conserva aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your copy has changes that are not saved. Save them now?</source>
        <translation>Tu copia tiene cambios sin guardar. ¿Guardarlos ahora?</translation>
    </message>
    <message>
        <source>Your own copy, kept in your data folder. Change what you need; Ctrl+Z undoes. Check and save (Ctrl+S) saves only when the file is correct. See activities/README.md for the fields.</source>
        <translation>Tu propia copia, guardada en tu carpeta de datos. Cambia lo que necesites; Ctrl+Z deshace. “Comprobar y guardar” (Ctrl+S) solo guarda cuando el archivo es correcto. Consulta activities/README.md para ver los campos.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>&lt;b&gt;My other laptops&lt;/b&gt;: everything, so it can be merged there. Private entries go as stored: locked when the student has a PIN.&lt;br&gt;&lt;b&gt;Someone else&lt;/b&gt; (a colleague, the school office): no private entry goes into it at all.</source>
        <extracomment>the two bold names are the buttons below ("My other laptops", "Someone else").</extracomment>
        <translation>&lt;b&gt;Mis otros portátiles&lt;/b&gt;: todo, para poder fusionarlo allí. Las entradas privadas van tal como están guardadas: bloqueadas cuando quien las escribió tiene PIN.&lt;br&gt;&lt;b&gt;Otra persona&lt;/b&gt; (un/a colega, la secretaría del centro): no lleva ninguna entrada privada.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Also delete these? They were deleted on the other laptop.</source>
        <extracomment>the things deleted are listed below this question.</extracomment>
        <translation>¿Borrar también estos elementos? Se borraron en el otro portátil.</translation>
    </message>
    <message>
        <source>Also delete {what}? This was deleted on the other laptop.</source>
        <extracomment>{what} names one deleted thing, e.g. "class 'Class 8B' with 12 students, 2 sessions".</extracomment>
        <translation>¿Borrar también {what}? Se borró en el otro portátil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Checking the bundle and comparing it with this laptop…</source>
        <translation>Comprobando el paquete y comparándolo con este portátil…</translation>
    </message>
    <message>
        <source>Class bundles (*.eabundle)</source>
        <translation>Paquetes de clase (*.eabundle)</translation>
    </message>
    <message>
        <source>Deletions in the bundle</source>
        <translation>Borrados en el paquete</translation>
    </message>
    <message>
        <source>Export class data</source>
        <translation>Exportar datos de la clase</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>{file} is the bundle's full path; the three numbers are counts of rows written.</extracomment>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import and apply deletions</source>
        <translation>Importar y aplicar los borrados</translation>
    </message>
    <message>
        <source>Import class data</source>
        <translation>Importar datos de la clase</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Import without deletions</source>
        <translation>Importar sin los borrados</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <extracomment>a window title; {file} is the bundle's file name.</extracomment>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Making a backup, then merging the bundle…</source>
        <translation>Haciendo una copia de seguridad y fusionando después el paquete…</translation>
    </message>
    <message>
        <source>My other laptops</source>
        <translation>Mis otros portátiles</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Who is this bundle for?</source>
        <translation>¿Para quién es este paquete?</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Wrote {file}: {students} students, {entries} journal entries, {runs} rhythm runs.</source>
        <extracomment>{file} is the bundle's full path; the three numbers are counts of rows written.</extracomment>
        <translation>Se escribió {file}. Estudiantes: {students}; entradas del diario: {entries}; rondas de ritmo: {runs}.</translation>
    </message>
    <message>
        <source>classes</source>
        <extracomment>the file name suggested for an export of all classes (no extension).</extracomment>
        <translation>clases</translation>
    </message>
    <message>
        <source>import the file again and choose '{button}'</source>
        <extracomment>ends the sentence "Skipped deletions (…). To apply them, {this}."; the quoted name is the button "Import and apply deletions".</extracomment>
        <translation>vuelve a importar el archivo y elige “{button}”</translation>
    </message>
    <message>
        <source>{name} shared</source>
        <extracomment>the file name suggested for an export for someone else (no extension).</extracomment>
        <translation>{name} compartido</translation>
    </message>
</context>
<context>
    <name>grouping_cli</name>
    <message>
        <source>Session {number}:  {groups}</source>
        <translation>Sesión {number}:  {groups}</translation>
    </message>
    <message>
        <source>groups: give --students N (a made-up class) or --class NAME (yours), not both</source>
        <translation>groups: indica --students N (una clase inventada) o --class NOMBRE (una tuya), no las dos</translation>
    </message>
    <message>
        <source>groups: {option} must be a whole number of at least {least}</source>
        <translation>groups: {option} debe ser un número entero igual o mayor que {least}</translation>
    </message>
    <message>
        <source>one of your classes: its history and its keep-apart/together rules count</source>
        <translation>una de tus clases: cuentan su historial y sus reglas de separar o juntar</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostrar un único objeto JSON</translation>
    </message>
    <message>
        <source>same seed, same groups (default: different each run)</source>
        <translation>misma semilla, mismos grupos (por defecto: distintos en cada ejecución)</translation>
    </message>
    <message>
        <source>sessions to plan (default 1)</source>
        <translation>sesiones que planificar (por defecto 1)</translation>
    </message>
    <message>
        <source>size of the synthetic class (s01, s02, …)</source>
        <translation>tamaño de la clase ficticia (s01, s02, …)</translation>
    </message>
    <message>
        <source>students per group, at most (default 4)</source>
        <translation>estudiantes por grupo, como máximo (por defecto 4)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{students} students in groups of {sizes}, {sessions} session(s): {repeats} repeats, a pair meets at most {most} time(s), {never_met} pairs never meet ({seconds} s)</source>
        <extracomment>one summary line; the English keeps "(s)" for any number.</extracomment>
        <translation>Estudiantes: {students}, en grupos de {sizes}; sesiones: {sessions}; repeticiones: {repeats}; veces como máximo que coincide una pareja: {most}; parejas que nunca coinciden: {never_met} ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message numerus="yes">
        <source>%n reflection prompt(s)</source>
        <translation>
            <numerusform>%n propuesta de reflexión</numerusform>
            <numerusform>%n propuestas de reflexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {advisory} advisory</source>
        <extracomment>the session plans: how many are sessions, and how many ({advisory}) advisory lessons.</extracomment>
        <translation>
            <numerusform>%n sesión · planes breves: {advisory}</numerusform>
            <numerusform>%n sesiones · planes breves: {advisory}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guía de facilitación</translation>
    </message>
    <message>
        <source>Phase {number}: {title}</source>
        <translation>Fase {number}: {title}</translation>
    </message>
    <message>
        <source>Prompt bank</source>
        <translation>Banco de propuestas</translation>
    </message>
    <message>
        <source>Role-play decks</source>
        <translation>Barajas de juego de rol</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>El programa</translation>
    </message>
    <message>
        <source>Welcome, facilitator</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Your classes</source>
        <translation>Tus clases</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} actividades</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>this is not an ordinary file (a device or a pipe); choose a file saved on a disk or a USB stick</source>
        <translation>esto no es un archivo normal (es un dispositivo o una canalización); elige un archivo guardado en un disco o en una memoria USB</translation>
    </message>
    <message>
        <source>this is the app's own database, not a file to import; choose a file exported or saved elsewhere</source>
        <translation>esta es la propia base de datos de la aplicación, no un archivo para importar; elige un archivo exportado o guardado en otro lugar</translation>
    </message>
</context>
<context>
    <name>journal_actions</name>
    <message>
        <source>&amp;Export class data…</source>
        <translation>&amp;Exportar datos de la clase…</translation>
    </message>
    <message>
        <source>&amp;Import class data…</source>
        <translation>&amp;Importar datos de la clase…</translation>
    </message>
    <message>
        <source>&amp;Journals</source>
        <translation>&amp;Diarios</translation>
    </message>
    <message>
        <source>&amp;Student mode…</source>
        <translation>&amp;Modo estudiante…</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Journal &amp;settings…</source>
        <translation>&amp;Configuración de los diarios…</translation>
    </message>
    <message>
        <source>Make a class first (Ctrl+Shift+N).</source>
        <translation>Primero crea una clase (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>Aún no hay ninguna clase</translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation>Muro de historias</translation>
    </message>
    <message>
        <source>Student mode — {name}</source>
        <translation>Modo estudiante — {name}</translation>
    </message>
    <message>
        <source>Which class?</source>
        <translation>¿Qué clase?</translation>
    </message>
</context>
<context>
    <name>journal_cli</name>
    <message>
        <source>'research': a class's questionnaire answers for a researcher (CSV + codebook in -o DIR), only students whose research consent is on, under random codes, never names</source>
        <translation>'research': las respuestas de una clase a los cuestionarios, para un equipo de investigación (CSV + libro de códigos en -o DIR); solo de estudiantes con el consentimiento para investigación activado, con códigos aleatorios, nunca con nombres</translation>
    </message>
    <message>
        <source>--class is for export research; a bundle holds every class.</source>
        <translation>--class es para export research; un paquete contiene todas las clases.</translation>
    </message>
    <message>
        <source>--shared-only is for a bundle; export research never holds a journal entry.</source>
        <translation>--shared-only es para un paquete; export research nunca contiene entradas del diario.</translation>
    </message>
    <message>
        <source>Add --apply-deletions to carry out the deletions too.</source>
        <translation>Añade --apply-deletions para aplicar también los borrados.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {path}.</source>
        <translation>Se importó {path}.</translation>
    </message>
    <message>
        <source>Merge a bundle file into this laptop's data. The whole file is checked first; a damaged, changed, oversized or foreign file is refused and nothing is written (exit 1). Then it prints what would be added, updated and deleted, makes a verified backup (in backups/) and merges. Deletions made on the other laptop are only carried out with --apply-deletions; without it they are listed as skipped and offered again next time. Importing the same file twice changes nothing; the newer edit of an entry wins.</source>
        <translation>Fusiona un archivo de paquete con los datos de este portátil. Primero se comprueba el archivo entero: si está dañado, modificado o es demasiado grande, o no es un paquete de la aplicación, se rechaza y no se escribe nada (código de salida 1). Después muestra lo que se añadiría, actualizaría y borraría, hace una copia de seguridad verificada (en backups/) y fusiona. Los borrados hechos en el otro portátil solo se aplican con --apply-deletions; sin esa opción, aparecen como omitidos y se vuelven a ofrecer la próxima vez. Importar dos veces el mismo archivo no cambia nada; de cada entrada, gana la edición más reciente.</translation>
    </message>
    <message>
        <source>Note: {path} is written under that name; the app's own dialogs name bundles FILE.eabundle.</source>
        <translation>Nota: {path} se escribe con ese nombre; los diálogos de la app llaman a los paquetes ARCHIVO.eabundle.</translation>
    </message>
    <message>
        <source>Nothing was written: nobody in {name} has research consent yet. Turn it on per student on the class's Results page, once the school and the parents agreed.</source>
        <translation>No se escribió nada: nadie de {name} tiene todavía el consentimiento para investigación. Actívalo para cada estudiante en la página Resultados de la clase, cuando el centro educativo y las familias hayan dado su acuerdo.</translation>
    </message>
    <message>
        <source>Print the entries students shared with you or the class. Private entries are never printed here; a student prints their own booklet from student mode.</source>
        <translation>Imprime las entradas que el alumnado compartió contigo o con la clase. Aquí nunca se imprimen las entradas privadas; cada estudiante imprime su propio cuadernillo desde el modo estudiante.</translation>
    </message>
    <message>
        <source>Private entries are never printed here.</source>
        <translation>Aquí nunca se imprimen las entradas privadas.</translation>
    </message>
    <message>
        <source>Say which class: export research --class NAME -o DIR.</source>
        <translation>Indica la clase: export research --class NAME -o DIR.</translation>
    </message>
    <message>
        <source>There is no class called {name} (classes: {names}).</source>
        <translation>No hay ninguna clase llamada {name} (clases: {names}).</translation>
    </message>
    <message>
        <source>Write everything that travels between laptops to one bundle file (a USB stick is fine). Private entries go as stored: sealed when the student has a PIN. The facilitator's notes and read marks stay on this laptop.</source>
        <translation>Escribe en un único archivo de paquete todo lo que pasa de un portátil a otro (sirve una memoria USB). Las entradas privadas van tal como están guardadas: selladas cuando la persona tiene un PIN. Las notas de la persona facilitadora y las marcas de leído se quedan en este portátil.</translation>
    </message>
    <message>
        <source>Wrote {path}: Shared entries only: no private entry is in it. {classes} classes, {students} students, {sessions} sessions, {entries} journal entries, {runs} rhythm runs.</source>
        <translation>Se escribió {path}: solo entradas compartidas, sin ninguna entrada privada. Clases: {classes}; estudiantes: {students}; sesiones: {sessions}; entradas del diario: {entries}; rondas de ritmo: {runs}.</translation>
    </message>
    <message>
        <source>Wrote {path}: {classes} classes, {students} students, {sessions} sessions, {entries} journal entries, {runs} rhythm runs.</source>
        <translation>Se escribió {path}. Clases: {classes}; estudiantes: {students}; sesiones: {sessions}; entradas del diario: {entries}; rondas de ritmo: {runs}.</translation>
    </message>
    <message>
        <source>Wrote {path}: {entries} shared entries of {students} student(s) in {name}.</source>
        <translation>Se escribió {path} ({name}). Entradas compartidas: {entries}; estudiantes: {students}.</translation>
    </message>
    <message>
        <source>Wrote {path}: {students} students under research codes ({left_out} without research consent left out), {answers} answers; read codebook.md first.</source>
        <translation>Se escribió {path}. Estudiantes con código de investigación: {students}; fuera por no tener consentimiento para investigación: {left_out}; respuestas: {answers}. Lee primero codebook.md.</translation>
    </message>
    <message>
        <source>also delete here what was deleted on the other laptop (named in the preview)</source>
        <translation>borrar también aquí lo que se borró en el otro portátil (indicado en la vista previa)</translation>
    </message>
    <message>
        <source>export: cannot write {path}: {problem}</source>
        <translation>export: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>import the file again with --apply-deletions</source>
        <translation>vuelve a importar el archivo con --apply-deletions</translation>
    </message>
    <message>
        <source>leave every private entry out (for a bundle you give to someone else)</source>
        <translation>dejar fuera todas las entradas privadas (para un paquete que vas a dar a otra persona)</translation>
    </message>
    <message>
        <source>merge a bundle from another laptop into this one (preview, backup, then merge)</source>
        <translation>fusionar en este portátil un paquete de otro portátil (vista previa, copia de seguridad y después fusión)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>only show what importing would change; change nothing</source>
        <translation>solo mostrar lo que cambiaría la importación; no cambiar nada</translation>
    </message>
    <message>
        <source>only this student</source>
        <translation>solo este/a estudiante</translation>
    </message>
    <message>
        <source>print journal: cannot write the PDF: {problem}</source>
        <translation>print journal: no se puede escribir el PDF: {problem}</translation>
    </message>
    <message>
        <source>print journal: cannot write {path}: {problem}</source>
        <translation>print journal: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>print journal: no class called {name}. Classes: {names}.</source>
        <translation>print journal: no hay ninguna clase llamada {name}. Clases: {names}.</translation>
    </message>
    <message>
        <source>print journal: no student called {name} in {class_name}. Students: {names}.</source>
        <translation>print journal: en {class_name} no hay nadie que se llame {name}. Estudiantes: {names}.</translation>
    </message>
    <message>
        <source>print one JSON object: the file (or folder) written and what is in it</source>
        <translation>escribe un objeto JSON: el archivo (o la carpeta) escrito y lo que contiene</translation>
    </message>
    <message>
        <source>print one JSON object: the preview and, unless --dry-run, what was imported</source>
        <translation>escribe un objeto JSON: la vista previa y, salvo con --dry-run, lo que se importó</translation>
    </message>
    <message>
        <source>sheet size (default a4)</source>
        <translation>tamaño del papel (por defecto a4)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se escribe</translation>
    </message>
    <message>
        <source>the class (export research only)</source>
        <translation>la clase (solo para export research)</translation>
    </message>
    <message>
        <source>the class's name</source>
        <translation>el nombre de la clase</translation>
    </message>
    <message>
        <source>the reflection entries students shared, one student per page</source>
        <translation>las entradas de reflexión que compartió el alumnado, una página por estudiante</translation>
    </message>
    <message>
        <source>write classes, students, sessions, journals and rhythm results to one bundle file</source>
        <translation>escribir clases, estudiantes, sesiones, diarios y resultados de ritmo en un único archivo de paquete</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for the CSV files and the codebook.</source>
        <translation>{path} es un archivo; indica una carpeta para los archivos CSV y el libro de códigos.</translation>
    </message>
</context>
<context>
    <name>journal_models</name>
    <message numerus="yes">
        <source>%n match(es) for “{query}”, {unread} unread</source>
        <translation>
            <numerusform>%n resultado para “{query}”, {unread} sin leer</numerusform>
            <numerusform>%n resultados para “{query}”, {unread} sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “{query}”, {unread} unread ({hidden} more hidden by the filters)</source>
        <translation>
            <numerusform>%n resultado para “{query}”, {unread} sin leer (los filtros ocultan {hidden} más)</numerusform>
            <numerusform>%n resultados para “{query}”, {unread} sin leer (los filtros ocultan {hidden} más)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry, {unread} unread</source>
        <translation>1 entrada, {unread} sin leer</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>No shared entries match these filters.</source>
        <translation>Ninguna entrada compartida coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No shared entries match “{query}”</source>
        <translation>Ninguna entrada compartida coincide con “{query}”</translation>
    </message>
    <message>
        <source>No shared entries match “{query}” ({hidden} more hidden by the filters)</source>
        <translation>Ninguna entrada compartida coincide con “{query}” (los filtros ocultan {hidden} más)</translation>
    </message>
    <message>
        <source>No shared entries yet: when students share an entry with you or the class, it appears here.</source>
        <translation>Aún no hay entradas compartidas: cuando el alumnado comparta una entrada contigo o con la clase, aparecerá aquí.</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Compartidas contigo</translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation>Muro de historias</translation>
    </message>
    <message>
        <source>has my note</source>
        <translation>tiene mi nota</translation>
    </message>
    <message>
        <source>note</source>
        <extracomment>a small tag on an entry the facilitator has written a note about.</extracomment>
        <translation>nota</translation>
    </message>
    <message>
        <source>unread</source>
        <extracomment>items of a list a screen reader says for one entry, after its student, date and prompt.</extracomment>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>{n} entries, {unread} unread</source>
        <translation>{n} entradas, {unread} sin leer</translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt; (only you see this)</source>
        <translation>&lt;b&gt;Mi nota&lt;/b&gt; (solo la ves tú)</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todo el alumnado</translation>
    </message>
    <message>
        <source>Choose an entry on the left to read it here.</source>
        <translation>Elige una entrada a la izquierda para leerla aquí.</translation>
    </message>
    <message>
        <source>Entries students shared with you or the class. Private entries are never shown here.</source>
        <translation>Entradas que el alumnado compartió contigo o con la clase. Las entradas privadas nunca se muestran aquí.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Diarios</translation>
    </message>
    <message>
        <source>Journals — {class_name}</source>
        <translation>Diarios — {class_name}</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>My note (only you see this)</source>
        <translation>Mi nota (solo la ves tú)</translation>
    </message>
    <message>
        <source>Off: the class sees the words only</source>
        <translation>Desactivado: la clase solo ve el texto</translation>
    </message>
    <message>
        <source>Only entries students shared with the whole class</source>
        <translation>Solo las entradas que el alumnado compartió con toda la clase</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Problema con la búsqueda</translation>
    </message>
    <message>
        <source>Search shared entries</source>
        <translation>Buscar en las entradas compartidas</translation>
    </message>
    <message>
        <source>Search shared entries (Ctrl+F)</source>
        <translation>Buscar en las entradas compartidas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search shared entries…</source>
        <translation>Buscar en las entradas compartidas…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Entradas del diario compartidas</translation>
    </message>
    <message>
        <source>Shared only with you, so it is never shown on the projector.</source>
        <translation>Compartida solo contigo, así que nunca se muestra en el proyector.</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Story wall only</source>
        <extracomment>the story wall is what students shared with the whole class</extracomment>
        <translation>Solo el muro de historias</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>That entry is no longer shared with you, so it was closed.</source>
        <translation>Esa entrada ya no está compartida contigo, así que se ha cerrado.</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo sin leer</translation>
    </message>
    <message>
        <source>read {date}</source>
        <translation>leída el {date}</translation>
    </message>
    <message>
        <source>with the student's name</source>
        <extracomment>next to "Show on projector": show the entry with the name of the student who wrote it</extracomment>
        <translation>con el nombre de quien la escribió</translation>
    </message>
</context>
<context>
    <name>journal_settings</name>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box (with its leading space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>after a number of months in a spin box (with its leading space).</extracomment>
        <translation> meses</translation>
    </message>
    <message>
        <source>Change facilitator password…</source>
        <translation>Cambiar la contraseña de facilitador/a…</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password to leave student mode (at least %n character(s)).
Students must not know it. It is stored only as a slow hash.</source>
        <translation>
            <numerusform>Elige una contraseña para salir del modo estudiante (al menos %n carácter).
El alumnado no debe conocerla. Solo se guarda como un hash lento.</numerusform>
            <numerusform>Elige una contraseña para salir del modo estudiante (al menos %n caracteres).
El alumnado no debe conocerla. Solo se guarda como un hash lento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an old class?</source>
        <extracomment>{name} is the class, {date} the day of its last session; 'No' is the button's name.</extracomment>
        <translation>¿Borrar una clase antigua?</translation>
    </message>
    <message>
        <source>Facilitator password</source>
        <translation>Contraseña de facilitador/a</translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation>Configuración de los diarios</translation>
    </message>
    <message>
        <source>Lock a student's journal after</source>
        <translation>Bloquear el diario de cada estudiante tras</translation>
    </message>
    <message>
        <source>Lock student mode after this many minutes without typing</source>
        <translation>Bloquear el modo estudiante tras estos minutos sin escribir</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>No coinciden</translation>
    </message>
    <message>
        <source>Offer to delete a class after its last session</source>
        <translation>Proponer borrar una clase tras su última sesión</translation>
    </message>
    <message>
        <source>Offer to delete a class this many months after its last session</source>
        <translation>Proponer borrar una clase estos meses después de su última sesión</translation>
    </message>
    <message>
        <source>Set facilitator password…</source>
        <translation>Establecer la contraseña de facilitador/a…</translation>
    </message>
    <message numerus="yes">
        <source>The last session of {name} was on {date}, more than %n month(s) ago (your retention setting). Delete {name} with all its students, journals and rhythm results?

This cannot be undone. Choose No to keep it; you will be asked again next time.</source>
        <translation>
            <numerusform>La última sesión de {name} fue el {date}, hace más de %n mes (según tu ajuste de conservación de datos). ¿Borrar {name} con todo su alumnado, sus diarios y sus resultados de ritmo?

No se puede deshacer. Elige No para conservarla; se te volverá a preguntar la próxima vez.</numerusform>
            <numerusform>La última sesión de {name} fue el {date}, hace más de %n meses (según tu ajuste de conservación de datos). ¿Borrar {name} con todo su alumnado, sus diarios y sus resultados de ritmo?

No se puede deshacer. Elige No para conservarla; se te volverá a preguntar la próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords were different. Try again.</source>
        <translation>Las dos contraseñas son distintas. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Type it again to check.</source>
        <translation>Escríbela otra vez para comprobarla.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your school's rules on keeping children's data decide this. The app asks before it deletes anything.</source>
        <translation>Esto lo decide la normativa de tu centro sobre la conservación de datos de menores. La aplicación pregunta antes de borrar nada.</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>the retention spin box at 0 months.</extracomment>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>journal_sheets</name>
    <message>
        <source>Journal time</source>
        <translation>Tiempo de diario</translation>
    </message>
    <message>
        <source>Me and my facilitator</source>
        <translation>Yo y mi facilitador/a</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>The class story wall</source>
        <translation>El muro de historias de la clase</translation>
    </message>
    <message>
        <source>{challenge}, day {day} of {days}</source>
        <extracomment>the challenge of the week's title, and which of its days today is</extracomment>
        <translation>{challenge}, día {day} de {days}</translation>
    </message>
</context>
<context>
    <name>journal_sheets_cli</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(with the challenge check-in: {challenge})</source>
        <translation>(con el registro del día del reto: {challenge})</translation>
    </message>
    <message>
        <source>One A4 page per student: the session's journal prompts (the class's challenge check-in and today's picked prompts first, with --class), a box to tick the one written about, ruled lines, and who may read it. Without --class: blank sheets with a line for the name.</source>
        <translation>Una página A4 por estudiante: las propuestas del diario de la sesión (con --class, primero el registro del día del reto de la clase y las propuestas elegidas para hoy), una casilla para marcar la propuesta sobre la que se escribe, líneas pautadas y quién puede leerlo. Sin --class: hojas en blanco con una línea para el nombre.</translation>
    </message>
    <message>
        <source>Wrote {path}: journal sheets for {plan}: {who}, one A4 page each, {prompts} prompt(s){challenge}.</source>
        <extracomment>{who} is "25 named", "25 named and 3 blank" or "30 blank"; {challenge} is nothing or, after a space, the challenge check-in in brackets</extracomment>
        <translation>Se escribió {path}: hojas del diario para {plan}: {who}, una página A4 cada una; propuestas: {prompts}{challenge}.</translation>
    </message>
    <message>
        <source>add N sheets with no name (default: {count} without --class, 0 with it)</source>
        <translation>añadir N hojas sin nombre (por defecto: {count} sin --class, 0 con --class)</translation>
    </message>
    <message>
        <source>journal time on paper: today's prompts, lines to write, a name (no devices needed)</source>
        <translation>tiempo de diario en papel: las propuestas de hoy, líneas para escribir y un nombre (no hacen falta dispositivos)</translation>
    </message>
    <message>
        <source>print one sheet per student of this class, with their name</source>
        <translation>imprimir una hoja por cada estudiante de esta clase, con su nombre</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se escribe</translation>
    </message>
    <message>
        <source>the date to print (default: today)</source>
        <translation>la fecha que se imprime (por defecto: hoy)</translation>
    </message>
    <message>
        <source>the session plan: its id, its start (s07) or its number (7)</source>
        <translation>el plan de sesión: su id, su comienzo (s07) o su número (7)</translation>
    </message>
    <message>
        <source>{blank} blank</source>
        <translation>{blank} en blanco</translation>
    </message>
    <message>
        <source>{command}: cannot write {path}: {problem}</source>
        <translation>{command}: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>{command}: nothing to print: {class_name} has no students yet. Add them on the class page, or ask for sheets with no name with --blank N.</source>
        <translation>{command}: nada que imprimir: {class_name} aún no tiene estudiantes. Añádelos en la página de la clase o pide hojas sin nombre con --blank N.</translation>
    </message>
    <message>
        <source>{command}: there is no session plan {plan}. Plans (id, its start, or a session number):</source>
        <translation>{command}: no existe el plan de sesión {plan}. Planes (id, su comienzo o un número de sesión):</translation>
    </message>
    <message>
        <source>{named} named</source>
        <translation>{named} con nombre</translation>
    </message>
    <message>
        <source>{named} named and {blank} blank</source>
        <translation>{named} con nombre y {blank} en blanco</translation>
    </message>
</context>
<context>
    <name>journal_sheets_dialog</name>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Extra sheets with no name:</source>
        <translation>Hojas &amp;extra sin nombre:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Choose a session plan first.</source>
        <translation>Primero elige un plan de sesión.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Date printed on the sheets</source>
        <translation>Fecha impresa en las hojas</translation>
    </message>
    <message>
        <source>Extra sheets with no name</source>
        <translation>Hojas extra sin nombre</translation>
    </message>
    <message>
        <source>For journal time without devices: one page per student with the session's prompts, a box to tick the one they write about, lines to write on, and who may read it.</source>
        <translation>Para escribir el diario sin dispositivos: una página por estudiante con las propuestas de la sesión, una casilla para marcar sobre cuál escribe, líneas para escribir e indicación de quién puede leerla.</translation>
    </message>
    <message numerus="yes">
        <source>Making %n journal sheet(s)…</source>
        <translation>
            <numerusform>Preparando %n hoja del diario…</numerusform>
            <numerusform>Preparando %n hojas del diario…</numerusform>
        </translation>
    </message>
    <message>
        <source>No class: sheets with a line for the name</source>
        <translation>Sin clase: hojas con una línea para el nombre</translation>
    </message>
    <message>
        <source>Nothing to print: this class has no students yet. Add them on the class page, or ask for extra sheets with no name.</source>
        <translation>Nada que imprimir: esta clase aún no tiene estudiantes. Añádelos en la página de la clase o pide hojas extra sin nombre.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print journal sheets</source>
        <translation>Imprimir hojas del diario</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Plan de sesión</translation>
    </message>
    <message>
        <source>The sheets could not be saved to {file}: {reason}. Choose another folder, or free some space.</source>
        <translation>No se pudieron guardar las hojas en {file}: {reason}. Elige otra carpeta o libera espacio.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>{class_name} {plan} journal sheets</source>
        <extracomment>the PDF's suggested file name (no extension); {plan} is the plan's id, e.g. s07-before-we-decide.</extracomment>
        <translation>hojas del diario {class_name} {plan}</translation>
    </message>
    <message>
        <source>{name}: a sheet for each student, with their name</source>
        <translation>{name}: una hoja para cada estudiante, con su nombre</translation>
    </message>
</context>
<context>
    <name>language_dialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app speaks the language you choose from the next time it starts: its windows, printed sheets and reports, and its command line. The curriculum follows where it is translated; anything not yet translated stays in English.</source>
        <translation>La aplicación usará el idioma que elijas a partir de la próxima vez que se abra: en sus ventanas, en las hojas e informes impresos y en su línea de comandos. Los contenidos del programa también cambian allí donde ya están traducidos; lo que aún no lo está se queda en inglés.</translation>
    </message>
    <message>
        <source>The choice could not be saved ({error}). Free some space or close other copies of the app, then try again.</source>
        <translation>No se pudo guardar la elección ({error}). Libera espacio o cierra otras copias de la aplicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system's language ({language})</source>
        <translation>El idioma del sistema ({language})</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Backup saved: {file}</source>
        <extracomment>a status bar message; {file} is the backup's file name.</extracomment>
        <translation>Copia de seguridad guardada: {file}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>From now on the app only reads: nothing more is saved into the damaged file. Writing that is on screen stays there until you close the app.</source>
        <translation>A partir de ahora la aplicación solo lee: no se guarda nada más en el archivo dañado. Lo que esté escrito en pantalla se queda ahí hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>If the app is no longer open there (for example the USB stick was pulled out while it ran), choose 'Open anyway'.</source>
        <extracomment>'Open anyway' is the name of the button beside this text.</extracomment>
        <translation>Si la aplicación ya no está abierta allí (por ejemplo, porque se sacó la memoria USB mientras funcionaba), elige “Abrir de todos modos”.</translation>
    </message>
    <message>
        <source>Keep reading for now</source>
        <translation>Seguir leyendo por ahora</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore backup and close</source>
        <translation>Restaurar la copia de seguridad y cerrar</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>No se pudo restaurar la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>The backup is back in place; the damaged file was moved to {file}. Start the app again to go on.</source>
        <extracomment>{file} is where the damaged database file now is (a full path).</extracomment>
        <translation>La copia de seguridad se ha restaurado; el archivo dañado se movió a {file}. Vuelve a abrir la aplicación para continuar.</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on the computer {host} (process {pid}).</source>
        <translation>La carpeta de datos {folder} ya está abierta en Embajadores de la Empatía en el equipo {host} (proceso {pid}).</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on the computer {host}.</source>
        <translation>La carpeta de datos {folder} ya está abierta en Embajadores de la Empatía en el equipo {host}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on this computer (process {pid}).</source>
        <translation>La carpeta de datos {folder} ya está abierta en Embajadores de la Empatía en este equipo (proceso {pid}).</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on this computer.</source>
        <translation>La carpeta de datos {folder} ya está abierta en Embajadores de la Empatía en este equipo.</translation>
    </message>
    <message>
        <source>The data folder {folder} is already open: that window was brought to the front.</source>
        <translation>La carpeta de datos {folder} ya está abierta: esa ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>Today's backup could not be written ({reason}). Free some disk space; your work is still saved.</source>
        <translation>No se pudo escribir la copia de seguridad de hoy ({reason}). Libera espacio en el disco; tu trabajo sigue guardado.</translation>
    </message>
    <message>
        <source>Two windows on one folder would overwrite each other's work, so this one will not open it.</source>
        <translation>Dos ventanas con la misma carpeta sobrescribirían cada una el trabajo de la otra, así que esta no la abrirá.</translation>
    </message>
    <message>
        <source>Use the window that is open, or close it and start again.</source>
        <translation>Usa la ventana que está abierta, o ciérrala y vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Apariencia…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Build a plan…</source>
        <translation>&amp;Crear un plan…</translation>
    </message>
    <message>
        <source>&amp;Copy to adapt</source>
        <translation>Co&amp;piar para adaptar</translation>
    </message>
    <message>
        <source>&amp;Edit my copy</source>
        <translation>&amp;Editar mi copia</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>&amp;Nueva clase…</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run a session…</source>
        <translation>&amp;Realizar una sesión…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Detalles de la actividad</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Class name (for example 8B or Tuesday club)</source>
        <translation>Nombre de la clase (por ejemplo, 8B o Club del martes)</translation>
    </message>
    <message>
        <source>Copied to {file}. Change what you need, then press Ctrl+S.</source>
        <translation>Copiado en {file}. Cambia lo que necesites y pulsa Ctrl+S.</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Datos: {folder}</translation>
    </message>
    <message>
        <source>Facilitator &amp;guide</source>
        <translation>&amp;Guía de facilitación</translation>
    </message>
    <message>
        <source>Journal sheets saved to {file}. Print them at 100 %.</source>
        <translation>Hojas del diario guardadas en {file}. Imprímelas al 100 %.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <source>Phase &amp;{number}: {title}</source>
        <translation>Fase &amp;{number}: {title}</translation>
    </message>
    <message>
        <source>Print &amp;journal sheets…</source>
        <translation>Imprimir hojas del &amp;diario…</translation>
    </message>
    <message>
        <source>Run in-person empathy workshops: Self, Other, Community. Works offline; your data stays in {folder}</source>
        <extracomment>{folder} is the data folder's path, shown on a line of its own.</extracomment>
        <translation>Dirige talleres presenciales de empatía: Yo, Los demás, Comunidad. Funciona sin conexión; tus datos se quedan en {folder}</translation>
    </message>
    <message>
        <source>Saved {file}; it is in the program now.</source>
        <translation>Se guardó {file}; ya forma parte del programa.</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Plan de sesión</translation>
    </message>
    <message>
        <source>That copy has been deleted.</source>
        <translation>Esa copia se ha borrado.</translation>
    </message>
    <message>
        <source>The appearance you chose applies the next time the app starts.</source>
        <translation>La apariencia elegida se aplicará la próxima vez que se abra la app.</translation>
    </message>
    <message>
        <source>The copy could not be made ({reason}). Check that the data folder has free space and can be written to.</source>
        <translation>No se pudo hacer la copia ({reason}). Comprueba que la carpeta de datos tiene espacio libre y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The language you chose applies the next time the app starts.</source>
        <translation>El idioma que elegiste se aplicará la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Your copy {file} was deleted.</source>
        <translation>Se borró tu copia {file}.</translation>
    </message>
    <message>
        <source>⚠ 1 curriculum file(s) have problems: they are marked in the lists. Run 'python -m app validate' for details.</source>
        <extracomment>said of exactly one file (a plural form of its own: "1 archivo tiene problemas").</extracomment>
        <translation>⚠ 1 archivo del programa tiene problemas: está marcado en las listas. Ejecuta 'python -m app validate' para ver los detalles.</translation>
    </message>
    <message>
        <source>⚠ {n} curriculum file(s) have problems: they are marked in the lists. Run 'python -m app validate' for details.</source>
        <translation>⚠ {n} archivos del programa tienen problemas: están marcados en las listas. Ejecuta 'python -m app validate' para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>measure.entry_import</name>
    <message>
        <source>Answers imported from the file: they are in the grid now.</source>
        <translation>Respuestas importadas desde el archivo: ya están en la tabla.</translation>
    </message>
    <message>
        <source>Import answers collected elsewhere (a CSV file: one row a student, one column a question) into the questionnaire and round shown; every row is shown first ({keys})</source>
        <translation>Importa respuestas recogidas en otro lugar (un archivo CSV: una fila por estudiante, una columna por pregunta) al cuestionario y la ronda que se muestran; antes se muestran todas las filas ({keys})</translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation>Importar respuestas desde un archivo</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Importar desde un archivo…</translation>
    </message>
</context>
<context>
    <name>measure.entry_keys</name>
    <message>
        <source>type {values}, - for skipped, Backspace to clear</source>
        <extracomment>the keys of the paper-entry grid: {values} is the scale, e.g. "0–4"; "-" is the minus key</extracomment>
        <translation>teclea {values}, - si está omitida, Backspace para borrar</translation>
    </message>
    <message>
        <source>type {values}, 0 or - for skipped, Backspace to clear</source>
        <extracomment>the keys of the paper-entry grid: {values} is the scale, e.g. "1–5"; "-" is the minus key</extracomment>
        <translation>teclea {values}, 0 o - si está omitida, Backspace para borrar</translation>
    </message>
    <message>
        <source>“{key}” does nothing here: {keys}.</source>
        <translation>«{key}» no hace nada aquí: {keys}.</translation>
    </message>
    <message>
        <source>“{key}” is not on this scale: {keys}.</source>
        <translation>«{key}» no está en esta escala: {keys}.</translation>
    </message>
</context>
<context>
    <name>measure.entry_model</name>
    <message>
        <source>Counted</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Counted: this student's answers count in the class's results. Untick to leave them out of the results; the answers stay saved, and whether they may be used for research is not changed here.</source>
        <translation>Cuenta: las respuestas de esta persona cuentan en los resultados de la clase. Desmarca la casilla para dejarlas fuera de los resultados; las respuestas siguen guardadas y aquí no cambia si se pueden usar para investigación.</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>the heading of the column that counts the items typed in each row</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Items typed (answered or skipped)</source>
        <translation>Ítems tecleados (respondidos u omitidos)</translation>
    </message>
    <message>
        <source>Not counted: this student's answers are saved but left out of the class's results.</source>
        <translation>No cuenta: las respuestas de esta persona están guardadas, pero quedan fuera de los resultados de la clase.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se ha guardado: {error}</translation>
    </message>
    <message>
        <source>not typed yet</source>
        <translation>aún sin teclear</translation>
    </message>
    <message>
        <source>{name}, item {number}: {answer}</source>
        <translation>{name}, ítem {number}: {answer}</translation>
    </message>
    <message>
        <source>{name}: counted</source>
        <translation>{name}: cuenta</translation>
    </message>
    <message>
        <source>{name}: not counted</source>
        <translation>{name}: no cuenta</translation>
    </message>
    <message>
        <source>{name}: {answered} answered, {skipped} skipped, {left} still to type</source>
        <translation>{name}: {answered} respondidas, {skipped} omitidas, {left} por teclear</translation>
    </message>
    <message>
        <source>— skipped</source>
        <translation>— omitida</translation>
    </message>
</context>
<context>
    <name>measure.entry_page</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Answer scale</source>
        <translation>Escala de respuesta</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Pregunta actual</translation>
    </message>
    <message>
        <source>No questionnaire for students is available: check the curriculum's instruments.</source>
        <translation>No hay ningún cuestionario para estudiantes disponible: revisa los instrumentos del currículo.</translation>
    </message>
    <message>
        <source>Not redone: {error}</source>
        <translation>No se ha rehecho: {error}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se ha guardado: {error}</translation>
    </message>
    <message>
        <source>Not undone: {error}</source>
        <translation>No se ha deshecho: {error}</translation>
    </message>
    <message>
        <source>Nothing saved: the last student's sheet is done. Use the arrows to change an answer.</source>
        <translation>No se ha guardado nada: la hoja de la última persona está completa. Usa las flechas para cambiar una respuesta.</translation>
    </message>
    <message>
        <source>Paper answers: one row per student, one column per question</source>
        <translation>Respuestas en papel: una fila por estudiante, una columna por pregunta</translation>
    </message>
    <message>
        <source>Post (after the program)</source>
        <translation>Post (después del programa)</translation>
    </message>
    <message>
        <source>Pre (before the program)</source>
        <translation>Pre (antes del programa)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redone · {name} · Q{number}: now {answer}</source>
        <translation>Rehecho · {name} · P{number}: ahora {answer}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Saved · {name} · Q{number}: {answer}</source>
        <translation>Guardado · {name} · P{number}: {answer}</translation>
    </message>
    <message>
        <source>Space does nothing here: {keys}.</source>
        <translation>La barra espaciadora no hace nada aquí: {keys}.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>That was the last student.</source>
        <translation>No quedan más estudiantes.</translation>
    </message>
    <message>
        <source>This class has no students yet: add them on the class page first.</source>
        <translation>Esta clase aún no tiene estudiantes: primero añádelos en la página de la clase.</translation>
    </message>
    <message>
        <source>This column says whether the student is counted: → to the answers.</source>
        <translation>Esta columna indica si la persona cuenta: → para ir a las respuestas.</translation>
    </message>
    <message>
        <source>Type each answer with the number keys; 0 or minus for skipped, Backspace to clear, Enter for the next student, Ctrl+Z to undo.</source>
        <translation>Teclea cada respuesta con las teclas numéricas; 0 o el signo menos si está omitida, Backspace para borrar, Enter para pasar al siguiente estudiante, Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Type it again (Ctrl+Shift+Z)</source>
        <translation>Volver a teclearla (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>"Undo" and "Redo" come before what they undo or redo: "Undo Amara, question 3: 4 · often"</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last answer typed (Ctrl+Z)</source>
        <translation>Deshacer la última respuesta tecleada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone · {name} · Q{number}: now {answer}</source>
        <translation>Deshecho · {name} · P{number}: ahora {answer}</translation>
    </message>
    <message>
        <source>cleared</source>
        <extracomment>an answer that was typed and is now taken away</extracomment>
        <translation>borrada</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>sin teclear</translation>
    </message>
    <message>
        <source>{keys}, Enter: next student</source>
        <translation>{keys}, Enter: siguiente estudiante</translation>
    </message>
    <message>
        <source>{name} · Q{number}: {answer} (unchanged)</source>
        <extracomment>"Q" is short for question; {number} is the question's number</extracomment>
        <translation>{name} · P{number}: {answer} (sin cambios)</translation>
    </message>
    <message>
        <source>{name} · question {number} of {total}: {question}</source>
        <translation>{name} · pregunta {number} de {total}: {question}</translation>
    </message>
    <message>
        <source>{name}, question {number}: {answer}</source>
        <translation>{name}, pregunta {number}: {answer}</translation>
    </message>
    <message>
        <source>{name}: counted in the class's results? Space ticks or unticks.</source>
        <translation>{name}: ¿cuenta en los resultados de la clase? La barra espaciadora marca o desmarca.</translation>
    </message>
    <message numerus="yes">
        <source>{round}: {complete} of %n student(s) fully typed (this round holds the demo class's made-up answers).</source>
        <translation>
            <numerusform>{round}: {complete} de %n estudiante con la hoja completa (esta ronda tiene las respuestas inventadas de la clase de demostración).</numerusform>
            <numerusform>{round}: {complete} de %n estudiantes con la hoja completa (esta ronda tiene las respuestas inventadas de la clase de demostración).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{round}: {complete} of %n student(s) fully typed.</source>
        <translation>
            <numerusform>{round}: {complete} de %n estudiante con la hoja completa.</numerusform>
            <numerusform>{round}: {complete} de %n estudiantes con la hoja completa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>measure.entry_print</name>
    <message numerus="yes">
        <source>Making %n answer sheet(s)…</source>
        <translation>
            <numerusform>Preparando %n hoja de respuestas…</numerusform>
            <numerusform>Preparando %n hojas de respuestas…</numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaire to print: check the curriculum's instruments.</source>
        <translation>No hay ningún cuestionario para imprimir: revisa los instrumentos del currículo.</translation>
    </message>
    <message>
        <source>Not written: {path} ({reason}). Try another folder or a USB stick.</source>
        <translation>No se ha guardado: {path} ({reason}). Prueba con otra carpeta o con una memoria USB.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a sheet for each student for the questionnaire and round shown, to type in here afterwards ({keys})</source>
        <translation>Imprime una hoja por estudiante para el cuestionario y la ronda que se muestran, para teclear aquí las respuestas después ({keys})</translation>
    </message>
    <message>
        <source>Print answer sheets</source>
        <translation>Imprimir hojas de respuestas</translation>
    </message>
    <message>
        <source>Print answer sheets…</source>
        <translation>Imprimir hojas de respuestas…</translation>
    </message>
    <message>
        <source>This class has no students yet: add them on the class page, then print.</source>
        <translation>Esta clase aún no tiene estudiantes: añádelos en la página de la clase y luego imprime.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n answer sheet(s) ({round}) to {path}</source>
        <translation>
            <numerusform>Se ha guardado %n hoja de respuestas ({round}) en {path}</numerusform>
            <numerusform>Se han guardado %n hojas de respuestas ({round}) en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>{class_name} {questionnaire} {round} answer sheets.pdf</source>
        <extracomment>the file name the save dialog suggests; {questionnaire} and {round} are short ids ("pre")</extracomment>
        <translation>{class_name} {questionnaire} {round} hojas de respuestas.pdf</translation>
    </message>
</context>
<context>
    <name>measure.entry_window</name>
    <message>
        <source>Paper answers</source>
        <translation>Respuestas en papel</translation>
    </message>
    <message>
        <source>Paper answers: {class_name}</source>
        <translation>Respuestas en papel: {class_name}</translation>
    </message>
    <message>
        <source>Paper answers…</source>
        <translation>Respuestas en papel…</translation>
    </message>
    <message>
        <source>Type in the answers a class gave on printed questionnaires, with the number keys</source>
        <translation>Teclea con las teclas numéricas las respuestas que dio una clase en cuestionarios impresos</translation>
    </message>
</context>
<context>
    <name>measure.import_dialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Antes se hizo una copia de seguridad: {path}</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation>Respuestas importadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Columns not read (not questions of this questionnaire): {columns}</source>
        <translation>Columnas no leídas (no son preguntas de este cuestionario): {columns}</translation>
    </message>
    <message>
        <source>Every row that can be imported matches the answers already stored.</source>
        <translation>Todas las filas que se pueden importar coinciden con las respuestas ya guardadas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import answers: {file}</source>
        <translation>Importar respuestas: {file}</translation>
    </message>
    <message>
        <source>Import questionnaire answers</source>
        <translation>Importar respuestas a un cuestionario</translation>
    </message>
    <message>
        <source>Import {rows} row(s)</source>
        <extracomment>{rows} is any number of rows: word it to read right for one and for many</extracomment>
        <translation>Importar filas ({rows})</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se ha importado nada: {error}</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Filas del archivo y qué pasa con cada una</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <extracomment>the file dialog's filters, separated by ";;": keep the patterns in brackets as they are</extracomment>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>This file cannot be imported: {problem}. Nothing was changed.</source>
        <translation>Este archivo no se puede importar: {problem}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>answers are imported into the pre or the post round, not {round}</source>
        <translation>las respuestas se importan a la ronda pre o post, no a {round}</translation>
    </message>
    <message>
        <source>line {line}, {name}: {status}</source>
        <extracomment>a row read aloud: its line in the file, the student, and what happens to it</extracomment>
        <translation>línea {line}, {name}: {status}</translation>
    </message>
    <message>
        <source>post (after the program)</source>
        <translation>post (después del programa)</translation>
    </message>
    <message>
        <source>pre (before the program)</source>
        <translation>pre (antes del programa)</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not in this app's curriculum</source>
        <translation>el cuestionario {questionnaire} no está en el currículo de esta aplicación</translation>
    </message>
    <message>
        <source>this class</source>
        <translation>esta clase</translation>
    </message>
    <message>
        <source>{file} → {questionnaire}, round {round}. Nothing is written until you press Import; rows that cannot be imported are shown in red with the reason.</source>
        <translation>{file} → {questionnaire}, ronda {round}. No se escribe nada hasta que pulses Importar; las filas que no se pueden importar aparecen en rojo con el motivo.</translation>
    </message>
    <message>
        <source>{questionnaire} is answered by the facilitator, not by students</source>
        <translation>{questionnaire} lo responde la persona facilitadora, no el alumnado</translation>
    </message>
</context>
<context>
    <name>measure.results</name>
    <message>
        <source>Demo data: these answers are made up, to show what a report looks like.</source>
        <translation>Datos de demostración: estas respuestas son inventadas, para mostrar cómo es un informe.</translation>
    </message>
    <message>
        <source>Fewer than 10 students answered both times: the numbers describe them, and say nothing firm about change.</source>
        <translation>Menos de 10 estudiantes respondieron las dos veces: las cifras describen a ese grupo, pero no permiten afirmar nada firme sobre el cambio.</translation>
    </message>
    <message>
        <source>These are the program's own questions, not a validated scale: useful for talking with this class, not for comparing with research.</source>
        <translation>Son preguntas propias del programa, no una escala validada: sirven para hablar con esta clase, no para comparar con estudios de investigación.</translation>
    </message>
    <message>
        <source>This is a translation of a published scale, made for this app and not validated: useful for talking with this class, not for comparing with research or with the published scale's results.</source>
        <translation>Es una traducción de una escala publicada, hecha para esta app y sin validar: sirve para conversar con esta clase, no para compararla con la investigación ni con los resultados de la escala publicada.</translation>
    </message>
</context>
<context>
    <name>measure.stats</name>
    <message>
        <source>No student answered both times, so there is no change to report.</source>
        <translation>Nadie respondió las dos veces, así que no hay ningún cambio del que informar.</translation>
    </message>
    <message>
        <source>On average, {title} fell by {by} points on a {low}–{high} scale; we are fairly confident the true change lies between {lo} and {hi}, which includes no change at all.</source>
        <translation>De media, la puntuación en «{title}» bajó {by} puntos en una escala del {low} al {high}; estamos bastante seguros de que el cambio real está entre {lo} y {hi}, lo que incluye la posibilidad de que no haya habido ningún cambio.</translation>
    </message>
    <message>
        <source>On average, {title} fell by {by} points on a {low}–{high} scale; we are fairly confident the true change lies between {lo} and {hi}.</source>
        <translation>De media, la puntuación en «{title}» bajó {by} puntos en una escala del {low} al {high}; estamos bastante seguros de que el cambio real está entre {lo} y {hi}.</translation>
    </message>
    <message>
        <source>On average, {title} rose by {by} points on a {low}–{high} scale; we are fairly confident the true change lies between {lo} and {hi}, which includes no change at all.</source>
        <translation>De media, la puntuación en «{title}» subió {by} puntos en una escala del {low} al {high}; estamos bastante seguros de que el cambio real está entre {lo} y {hi}, lo que incluye la posibilidad de que no haya habido ningún cambio.</translation>
    </message>
    <message>
        <source>On average, {title} rose by {by} points on a {low}–{high} scale; we are fairly confident the true change lies between {lo} and {hi}.</source>
        <translation>De media, la puntuación en «{title}» subió {by} puntos en una escala del {low} al {high}; estamos bastante seguros de que el cambio real está entre {lo} y {hi}.</translation>
    </message>
    <message>
        <source>On average, {title} stayed about the same on a {low}–{high} scale; we are fairly confident the true change lies between {lo} and {hi}.</source>
        <extracomment>{title} is a part of the questionnaire (its subscale), e.g. "sympathy"</extracomment>
        <translation>De media, la puntuación en «{title}» se mantuvo más o menos igual en una escala del {low} al {high}; estamos bastante seguros de que el cambio real está entre {lo} y {hi}.</translation>
    </message>
    <message>
        <source>One class without a comparison group cannot show that the program caused a change.</source>
        <translation>Una sola clase, sin un grupo de comparación, no puede demostrar que el programa haya causado un cambio.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n student(s) answered both times: too few to say whether there was a change; here is what they said.</source>
        <translation>
            <numerusform>Solo %n estudiante respondió las dos veces: son muy pocas respuestas para saber si hubo un cambio; esto es lo que respondió.</numerusform>
            <numerusform>Solo %n estudiantes respondieron las dos veces: son muy pocas respuestas para saber si hubo un cambio; esto es lo que respondieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>measure.wording</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned minute(s)</source>
        <translation>
            <numerusform>%n minuto previsto</numerusform>
            <numerusform>%n minutos previstos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) answered both times: {up} went up, {down} went down, {same} stayed the same.</source>
        <translation>
            <numerusform>%n estudiante respondió las dos veces: {up} con subida, {down} con bajada y {same} sin cambios.</numerusform>
            <numerusform>%n estudiantes respondieron las dos veces: {up} con subida, {down} con bajada y {same} sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) answered only after.</source>
        <translation>
            <numerusform>%n estudiante respondió solo después.</numerusform>
            <numerusform>%n estudiantes respondieron solo después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) answered only before.</source>
        <translation>
            <numerusform>%n estudiante respondió solo antes.</numerusform>
            <numerusform>%n estudiantes respondieron solo antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) counted: {before} answered before, {after} after.</source>
        <translation>
            <numerusform>%n estudiante en el recuento: {before} con respuestas de antes y {after} con respuestas de después.</numerusform>
            <numerusform>%n estudiantes en el recuento: {before} con respuestas de antes y {after} con respuestas de después.</numerusform>
        </translation>
    </message>
    <message>
        <source>After: mean (SD)</source>
        <translation>Después: media (DE)</translation>
    </message>
    <message>
        <source>Alpha before / after</source>
        <translation>Alfa antes / después</translation>
    </message>
    <message>
        <source>Attendance: no students in this class yet.</source>
        <translation>Asistencia: aún no hay estudiantes en esta clase.</translation>
    </message>
    <message>
        <source>Before: mean (SD)</source>
        <translation>Antes: media (DE)</translation>
    </message>
    <message>
        <source>Change [95% CI]</source>
        <translation>Cambio [IC 95%]</translation>
    </message>
    <message>
        <source>Change from before to after, in points on the {low}–{high} scale, with the range we are fairly confident the true change lies in (95% interval).</source>
        <translation>Cambio de antes a después, en puntos de la escala del {low} al {high}, con el intervalo en el que estamos bastante seguros de que está el cambio real (intervalo del 95%).</translation>
    </message>
    <message>
        <source>How surprising a change this size would be if nothing had changed (signed-rank test). Small means surprising; it says nothing about what caused it.</source>
        <translation>Lo sorprendente que sería un cambio de este tamaño si en realidad nada hubiera cambiado (prueba de rangos con signo). Un valor pequeño significa sorprendente; no dice nada sobre qué lo causó.</translation>
    </message>
    <message>
        <source>How together the class played in the rhythm game, the best run of each session, from 0 to 100: {runs}.</source>
        <translation>Sincronía de la clase en el juego de ritmo, la mejor ronda de cada sesión, de 0 a 100: {runs}.</translation>
    </message>
    <message>
        <source>How together the class played: no rhythm run with a score yet.</source>
        <translation>Sincronía de la clase: aún no hay ninguna ronda de ritmo con puntuación.</translation>
    </message>
    <message>
        <source>How well the subscale's questions agree with each other in this class (Cronbach's alpha): below about 0.6, read the subscale with care.</source>
        <translation>Hasta qué punto concuerdan entre sí las preguntas de la subescala en esta clase (alfa de Cronbach): por debajo de 0,6 aproximadamente, interpreta la subescala con cuidado.</translation>
    </message>
    <message>
        <source>No student answered both times.</source>
        <translation>Nadie respondió las dos veces.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message numerus="yes">
        <source>Sessions each student was present for, out of {sessions}: %n student(s) came to every session. {students}.</source>
        <extracomment>{students} lists each student's name and the sessions they came to: "Ana 2, Ben 1"</extracomment>
        <translation>
            <numerusform>Sesiones a las que asistió cada estudiante, de un total de {sessions}: %n estudiante asistió a todas las sesiones. {students}.</numerusform>
            <numerusform>Sesiones a las que asistió cada estudiante, de un total de {sessions}: %n estudiantes asistieron a todas las sesiones. {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students counted who answered both times: the change is worked out over them.</source>
        <translation>Estudiantes que se tienen en cuenta porque respondieron las dos veces: el cambio se calcula con sus respuestas.</translation>
    </message>
    <message>
        <source>The average change per student, with the range we are fairly confident the true change lies in (95% confidence interval).</source>
        <translation>El cambio medio por estudiante, con el intervalo en el que estamos bastante seguros de que está el cambio real (intervalo de confianza del 95%).</translation>
    </message>
    <message>
        <source>The change measured against how much students differ in their change (effect size d_z): about 0.2 is small, 0.5 medium, 0.8 large. The interval is a bootstrap one.</source>
        <translation>El cambio comparado con cuánto difiere el cambio de un estudiante a otro (tamaño del efecto d_z): alrededor de 0,2 es pequeño; 0,5, mediano; 0,8, grande. El intervalo se calcula por bootstrap.</translation>
    </message>
    <message>
        <source>The class average after, and how spread out the answers were (standard deviation).</source>
        <translation>La media de la clase después, y cuánto variaban las respuestas (desviación estándar).</translation>
    </message>
    <message>
        <source>The class average before, and how spread out the answers were (standard deviation).</source>
        <translation>La media de la clase antes, y cuánto variaban las respuestas (desviación estándar).</translation>
    </message>
    <message numerus="yes">
        <source>The class average was {before} before and {after} after, over %n student(s) who answered both times.</source>
        <translation>
            <numerusform>La media de la clase fue {before} antes y {after} después, con %n estudiante que respondió las dos veces.</numerusform>
            <numerusform>La media de la clase fue {before} antes y {after} después, con %n estudiantes que respondieron las dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The class average was {before} before and {after} after.</source>
        <translation>La media de la clase fue {before} antes y {after} después.</translation>
    </message>
    <message>
        <source>The part of the questionnaire (its subscale).</source>
        <translation>La parte del cuestionario (su subescala).</translation>
    </message>
    <message>
        <source>Wilcoxon p</source>
        <translation>p de Wilcoxon</translation>
    </message>
    <message>
        <source>a translation of a published scale (not validated in this language)</source>
        <translation>una traducción de una escala publicada (no validada en este idioma)</translation>
    </message>
    <message>
        <source>d_z [95% CI]</source>
        <translation>d_z [IC 95%]</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>the program's own questions (not validated)</source>
        <translation>preguntas propias del programa (no validadas)</translation>
    </message>
    <message>
        <source>validated scale</source>
        <translation>escala validada</translation>
    </message>
    <message>
        <source>{score} on {date}</source>
        <extracomment>one session's togetherness score (0 to 100) and its date, in a list</extracomment>
        <translation>{score} el {date}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: average change {change} over %n student(s), too few to say more.</source>
        <translation>
            <numerusform>{title}: cambio medio {change} con %n estudiante; son muy pocos datos para decir más.</numerusform>
            <numerusform>{title}: cambio medio {change} con %n estudiantes; son muy pocos datos para decir más.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: average change {change}, fairly confidently between {low} and {high}.</source>
        <translation>{title}: cambio medio {change}, con bastante seguridad entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{title}: average change {change}, fairly confidently between {low} and {high}; this range includes no change.</source>
        <translation>{title}: cambio medio {change}, con bastante seguridad entre {low} y {high}; este intervalo incluye que no haya ningún cambio.</translation>
    </message>
    <message>
        <source>{title}: each dot is one student, before on the left and after on the right, on the {low}–{high} answer scale, from {low} ({low_label}) to {high} ({high_label}).</source>
        <translation>{title}: cada punto es una persona, antes a la izquierda y después a la derecha, en la escala de respuesta {low}–{high}, de {low} ({low_label}) a {high} ({high_label}).</translation>
    </message>
    <message>
        <source>{title}: no student answered both times.</source>
        <translation>{title}: nadie respondió las dos veces.</translation>
    </message>
    <message>
        <source>{title}: the class average before and after, on the {low}–{high} answer scale, from {low} ({low_label}) to {high} ({high_label}). With fewer than {fewest} students the chart leaves out each student's dot, so nobody's answers can be picked out.</source>
        <translation>{title}: la media de la clase antes y después, en la escala de respuesta {low}–{high}, de {low} ({low_label}) a {high} ({high_label}). Con menos de {fewest} estudiantes, el gráfico no muestra el punto de cada estudiante, para que no se puedan reconocer las respuestas de nadie.</translation>
    </message>
</context>
<context>
    <name>measure_cli</name>
    <message>
        <source>  line {line}  {name} ({round}): {answers} — {status}</source>
        <extracomment>one row of the file in the preview: keep the two spaces after the line number</extracomment>
        <translation>  línea {line}  {name} ({round}): {answers} — {status}</translation>
    </message>
    <message>
        <source>  line {line}  {name}: {status}</source>
        <translation>  línea {line}  {name}: {status}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Antes se hizo una copia de seguridad: {path}</translation>
    </message>
    <message>
        <source>Columns not read (not questions of this questionnaire): {columns}</source>
        <translation>Columnas no leídas (no son preguntas de este cuestionario): {columns}</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Nothing was imported: no row of {file} can be imported (the reasons are above).</source>
        <translation>No se ha importado nada: ninguna fila de {file} se puede importar (los motivos están arriba).</translation>
    </message>
    <message>
        <source>Read a CSV with one row per student: a 'student' (or 'name') column with the name as the app shows it, an optional 'round' column (pre/post), then one column per question headed by its id (ames-01) or number (1, Q1, item 1). Answers are the scale's numbers (1-5) or its words ('never', 'almost never', ...); blank = skipped. Every row is printed with its answers or why it is refused; then, unless --dry-run, a backup is made and the other rows are written in one go. Importing the same file twice changes nothing.</source>
        <translation>Lee un CSV con una fila por estudiante: una columna 'estudiante' (o 'nombre') con el nombre tal como lo muestra la aplicación, una columna 'ronda' opcional (pre/post) y después una columna por pregunta, encabezada con su id (ames-01) o su número (1, P1, pregunta 1). Las respuestas son los números de la escala (1-5) o sus palabras ('nunca', 'casi nunca', ...); en blanco = omitida. Se muestra cada fila con sus respuestas o con el motivo por el que se rechaza; después, salvo con --dry-run, se hace una copia de seguridad y el resto de filas se escriben de una vez. Importar dos veces el mismo archivo no cambia nada.</translation>
    </message>
    <message>
        <source>Work with a class's questionnaire answers from the command line.</source>
        <translation>Trabaja desde la línea de comandos con las respuestas de una clase a los cuestionarios.</translation>
    </message>
    <message>
        <source>answers collected elsewhere (a CSV, one row per student) into a class's pre or post round</source>
        <translation>importa respuestas recogidas en otro lugar (un CSV, una fila por estudiante) a la ronda pre o post de una clase</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>only show what importing would do; change nothing</source>
        <translation>solo muestra lo que haría la importación; no cambia nada</translation>
    </message>
    <message>
        <source>print one JSON object: every row and, unless --dry-run, what was written</source>
        <translation>escribe un objeto JSON: cada fila y, salvo con --dry-run, lo que se escribió</translation>
    </message>
    <message>
        <source>questionnaire answers: import them from a spreadsheet (preview first)</source>
        <translation>respuestas a cuestionarios: impórtalas desde una hoja de cálculo (con vista previa antes)</translation>
    </message>
    <message>
        <source>the class's name</source>
        <translation>el nombre de la clase</translation>
    </message>
    <message>
        <source>the questionnaire's id, e.g. ames or program-questionnaire</source>
        <translation>el id del cuestionario, p. ej., ames o program-questionnaire</translation>
    </message>
    <message>
        <source>the round of every row (default: the file's 'round' column)</source>
        <translation>la ronda de todas las filas (predeterminado: la columna 'ronda' del archivo)</translation>
    </message>
    <message>
        <source>the spreadsheet saved as CSV</source>
        <translation>la hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>{command}: there is no class called {name}. Classes: {names}.</source>
        <translation>{command}: no hay ninguna clase llamada {name}. Clases: {names}.</translation>
    </message>
    <message>
        <source>{command}: there is no questionnaire {questionnaire} that students answer. Questionnaires: {ids}.</source>
        <translation>{command}: no hay ningún cuestionario {questionnaire} que responda el alumnado. Cuestionarios: {ids}.</translation>
    </message>
    <message>
        <source>{command}: {file} cannot be imported: {problem}. Nothing was changed.</source>
        <translation>{command}: no se puede importar {file}: {problem}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file}: {questionnaire} ({id}) for {class_name}, round {round}; questions in the file: {found} of {count}</source>
        <translation>{file}: {questionnaire} ({id}) para {class_name}, ronda {round}; preguntas en el archivo: {found} de {count}</translation>
    </message>
    <message>
        <source>{file}: {questionnaire} ({id}) for {class_name}, rounds from the file's round column; questions in the file: {found} of {count}</source>
        <translation>{file}: {questionnaire} ({id}) para {class_name}, rondas según la columna de ronda del archivo; preguntas en el archivo: {found} de {count}</translation>
    </message>
</context>
<context>
    <name>measure_export</name>
    <message>
        <source># Research export: class {class_name}</source>
        <extracomment>the codebook is a Markdown file: keep the # and ## headings, the - list marks and the `…` quotes</extracomment>
        <translation># Exportación para investigación: clase {class_name}</translation>
    </message>
    <message>
        <source>## Instrument `{id}` ({round}, {held_on})</source>
        <translation>## Instrumento `{id}` ({round}, {held_on})</translation>
    </message>
    <message>
        <source>## {file} (one row per student × round × item answered)</source>
        <translation>## {file} (una fila por estudiante × ronda × ítem respondido)</translation>
    </message>
    <message>
        <source>## {file} (one row per student × round × subscale)</source>
        <translation>## {file} (una fila por estudiante × ronda × subescala)</translation>
    </message>
    <message>
        <source>(reverse)</source>
        <translation>(inverso)</translation>
    </message>
    <message>
        <source>- subscale `{id}` ({title}): {items}</source>
        <translation>- subescala `{id}` ({title}): {items}</translation>
    </message>
    <message>
        <source>1 for the app's made-up demo data (exclude it)</source>
        <translation>1 para los datos de demostración inventados de la aplicación (exclúyelos)</translation>
    </message>
    <message>
        <source>1 when the item is scored from the other end of the scale</source>
        <translation>1 cuando el ítem se puntúa desde el extremo opuesto de la escala</translation>
    </message>
    <message>
        <source>A translation of a published scale: NOT validated in this language.</source>
        <translation>Traducción de una escala publicada: NO está validada en este idioma.</translation>
    </message>
    <message>
        <source>A validated scale.</source>
        <translation>Una escala validada.</translation>
    </message>
    <message>
        <source>Citation: {citation}</source>
        <translation>Referencia: {citation}</translation>
    </message>
    <message>
        <source>Each student appears only under a random research code (R-XXXXXX): no names, no app ids. A code stays the same for a student across exports from this laptop.</source>
        <translation>Cada estudiante aparece solo con un código de investigación aleatorio (R-XXXXXX): sin nombres ni identificadores de la aplicación. El código de cada estudiante es el mismo en todas las exportaciones desde este portátil.</translation>
    </message>
    <message>
        <source>Exported on {date} by Empathy Ambassadors. {included} students are included: those whose research consent the facilitator turned on (after the school and the parents agreed). {left_out} students of the class are not included.</source>
        <translation>Exportado el {date} por Embajadores de la Empatía. Se incluyen {included} estudiantes: aquellos cuyo consentimiento para investigación activó la persona facilitadora (después de que el centro educativo y las familias dieran su acuerdo). No se incluyen {left_out} estudiantes de la clase.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Scale: {scale}. A subscale is scored with at least {least} of its items answered.</source>
        <translation>Escala: {scale}. Una subescala se puntúa cuando se han respondido al menos {least} de sus ítems.</translation>
    </message>
    <message>
        <source>The program's own questions: NOT a validated scale.</source>
        <translation>Preguntas propias del programa: NO es una escala validada.</translation>
    </message>
    <message>
        <source>pre (before the program), post (after it)</source>
        <translation>pre (antes del programa), post (después del programa)</translation>
    </message>
    <message>
        <source>the answer as given (not reversed); empty = the student skipped this item</source>
        <translation>la respuesta tal como se dio (sin invertir); vacío = el estudiante omitió este ítem</translation>
    </message>
    <message>
        <source>the class's name on the facilitator's laptop</source>
        <translation>el nombre de la clase en el portátil de la persona facilitadora</translation>
    </message>
    <message>
        <source>the date of the round</source>
        <translation>la fecha de la ronda</translation>
    </message>
    <message>
        <source>the item's id</source>
        <translation>el id del ítem</translation>
    </message>
    <message>
        <source>the mean of the subscale's answered items, reverse items turned round; empty when fewer than the instrument's minimum were answered</source>
        <translation>la media de los ítems respondidos de la subescala, con los ítems inversos ya invertidos; vacío cuando se respondieron menos ítems que el mínimo del instrumento</translation>
    </message>
    <message>
        <source>the questionnaire's id (described below)</source>
        <translation>el id del cuestionario (descrito más abajo)</translation>
    </message>
    <message>
        <source>the student's research code</source>
        <translation>el código de investigación del estudiante</translation>
    </message>
    <message>
        <source>the subscale the item belongs to</source>
        <translation>la subescala a la que pertenece el ítem</translation>
    </message>
</context>
<context>
    <name>measure_import</name>
    <message>
        <source>Nothing was changed: the {unchanged} importable row(s) match what is stored; {refused} row(s) refused.</source>
        <translation>No se ha cambiado nada: las filas que se pueden importar ({unchanged}) coinciden con lo guardado; filas rechazadas: {refused}.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup made first could not be written ({problem}). Free some space in the data folder, then try again.</source>
        <translation>No se ha importado nada: no se pudo escribir la copia de seguridad previa ({problem}). Libera espacio en la carpeta de datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The answers could not be imported ({problem}); nothing was changed.</source>
        <translation>No se pudieron importar las respuestas ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>a cell is too long to read. Is a quote mark (") missing its partner?</source>
        <translation>una celda es demasiado larga para leerla. ¿Faltan las comillas (") de cierre?</translation>
    </message>
    <message>
        <source>already there: no change</source>
        <translation>ya estaban guardadas: sin cambios</translation>
    </message>
    <message>
        <source>column {letter} (no heading)</source>
        <translation>columna {letter} (sin encabezado)</translation>
    </message>
    <message>
        <source>line {line} is above the heading row and was not read: {text}</source>
        <translation>la línea {line} está por encima de la fila de encabezados y no se ha leído: {text}</translation>
    </message>
    <message numerus="yes">
        <source>new: %n answer(s)</source>
        <translation>
            <numerusform>nueva: %n respuesta</numerusform>
            <numerusform>nuevas: %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers in this row (every question is blank)</source>
        <translation>no hay respuestas en esta fila (todas las preguntas están en blanco)</translation>
    </message>
    <message>
        <source>no name in the student column</source>
        <translation>no hay ningún nombre en la columna de estudiantes</translation>
    </message>
    <message>
        <source>no round in the round column (pre or post)</source>
        <translation>no hay ronda en la columna de ronda (pre o post)</translation>
    </message>
    <message>
        <source>no student called {name} in {class_name}</source>
        <translation>no hay nadie llamado {name} en {class_name}</translation>
    </message>
    <message>
        <source>no student called {name} in {class_name} (closest: {names})</source>
        <translation>no hay nadie llamado {name} en {class_name} (lo más parecido: {names})</translation>
    </message>
    <message>
        <source>not imported: {problem}</source>
        <translation>no importada: {problem}</translation>
    </message>
    <message>
        <source>question {number} ({item}): {problem}</source>
        <translation>pregunta {number} ({item}): {problem}</translation>
    </message>
    <message numerus="yes">
        <source>replaces %n answer(s)</source>
        <translation>
            <numerusform>sustituye %n respuesta</numerusform>
            <numerusform>sustituye %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaces %n answer(s), adds {new}</source>
        <translation>
            <numerusform>sustituye %n respuesta y añade {new}</numerusform>
            <numerusform>sustituye %n respuestas y añade {new}</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>the file has no round column: say which round the answers are (pre or post), or add a column 'round' with pre or post in each row</source>
        <translation>el archivo no tiene columna de ronda: indica a qué ronda corresponden las respuestas (pre o post), o añade una columna 'ronda' con pre o post en cada fila</translation>
    </message>
    <message>
        <source>the file has {rows} rows of answers, and one import takes at most {most}: split it into smaller files (one per class, or pre and post apart) and import each</source>
        <translation>el archivo tiene {rows} filas de respuestas, y una importación admite como máximo {most}: divídelo en archivos más pequeños (uno por clase, o pre y post por separado) e importa cada uno</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the round {round} is neither pre nor post</source>
        <translation>la ronda {round} no es ni pre ni post</translation>
    </message>
    <message>
        <source>there are no rows of answers under the heading row</source>
        <translation>no hay filas de respuestas debajo de la fila de encabezados</translation>
    </message>
    <message>
        <source>there is no such file (check its folder and name)</source>
        <translation>no existe ese archivo (comprueba su carpeta y su nombre)</translation>
    </message>
    <message>
        <source>this class</source>
        <translation>esta clase</translation>
    </message>
    <message>
        <source>this row is for the {round} round, and this import is for {wanted}</source>
        <extracomment>{round} and {wanted} are pre or post, as the file and the command say them</extracomment>
        <translation>esta fila es de la ronda {round}, y esta importación es para {wanted}</translation>
    </message>
    <message>
        <source>{count} already there</source>
        <translation>ya guardadas: {count}</translation>
    </message>
    <message>
        <source>{count} replacing earlier answers</source>
        <translation>sustituyen respuestas anteriores: {count}</translation>
    </message>
    <message>
        <source>{count} students in {class_name} are called {name}: rename one in the class list first</source>
        <translation>en {class_name} hay {count} estudiantes que se llaman {name}: antes, cambia el nombre de uno de ellos en la lista de la clase</translation>
    </message>
    <message>
        <source>{imported} row(s) imported ({unchanged} already there), {written} answer(s) written ({replaced} replaced earlier ones), {refused} row(s) refused.</source>
        <translation>Filas importadas: {imported} (ya guardadas: {unchanged}); respuestas escritas: {written} (sustituyen a otras anteriores: {replaced}); filas rechazadas: {refused}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({problem})</source>
        <translation>no se pudo leer {name} ({problem})</translation>
    </message>
    <message>
        <source>{name} is also on line {lines} for {round}: keep one row</source>
        <translation>{name} también aparece en la línea {lines} para {round}: deja solo una fila</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the CSV file inside it</source>
        <translation>{path} es una carpeta: elige el archivo CSV que hay dentro</translation>
    </message>
    <message>
        <source>{rows} row(s): {importable} to import{details}, {refused} refused; {answers} answer(s) to write</source>
        <extracomment>{details} is nothing, or after a space how many replace earlier answers or are already there, in brackets</extracomment>
        <translation>Filas: {rows}; para importar: {importable}{details}; rechazadas: {refused}; respuestas que se escribirán: {answers}</translation>
    </message>
</context>
<context>
    <name>measure_program</name>
    <message>
        <source>No class bundles were given: name one or more .eabundle files.</source>
        <translation>No se indicó ningún paquete de clase: indica uno o más archivos .eabundle.</translation>
    </message>
    <message>
        <source>The bundles hold no classes (they may all have been deleted where they were exported), so there is nothing to report.</source>
        <translation>Los paquetes no contienen ninguna clase (puede que se borraran todas donde se exportaron), así que no hay nada de lo que informar.</translation>
    </message>
    <message>
        <source>These classes are taken together: differences between them (ages, schools, facilitators, how many sessions each had) are mixed into the change, and there is still no comparison group, so this cannot show that the program caused it.</source>
        <translation>Estas clases se toman en conjunto: las diferencias entre ellas (edades, centros, personas facilitadoras, cuántas sesiones tuvo cada una) se mezclan con el cambio, y sigue sin haber un grupo de comparación, así que esto no puede demostrar que el programa lo causara.</translation>
    </message>
    <message>
        <source>{unread} of the {given} bundles could not be read, so no report was made:
{listed}
Export them again, or add --skip-unreadable to make the report without them (it then lists them as left out).</source>
        <translation>No se pudieron leer {unread} de los {given} paquetes, así que no se hizo ningún informe:
{listed}
Vuelve a exportarlos o añade --skip-unreadable para hacer el informe sin ellos (entonces los indica como excluidos).</translation>
    </message>
</context>
<context>
    <name>measure_sheet</name>
    <message>
        <source>no column for the questions of {questionnaire}: head each one with its id or its number ({items})</source>
        <translation>no hay columnas para las preguntas de {questionnaire}: encabeza cada una con su id o su número ({items})</translation>
    </message>
    <message>
        <source>no column for the students: the heading row should have a column 'student' (or 'name'), then one column per question ({items})</source>
        <translation>no hay columna para el alumnado: la fila de encabezados debería tener una columna 'estudiante' (o 'nombre') y después una columna por pregunta ({items})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the columns {first} and {second} are both question {item}: keep one</source>
        <translation>las columnas {first} y {second} son las dos la pregunta {item}: deja solo una</translation>
    </message>
    <message>
        <source>the heading row has {count} columns, and an answer sheet may have at most {most}: is it the right file?</source>
        <translation>la fila de encabezados tiene {count} columnas, y una hoja de respuestas puede tener como máximo {most}: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>{answer} is neither a number of the scale ({scale}) nor one of its words ({words})</source>
        <translation>{answer} no es ni un número de la escala ({scale}) ni una de sus palabras ({words})</translation>
    </message>
    <message>
        <source>{answer} is not on the scale ({scale})</source>
        <translation>{answer} no está en la escala ({scale})</translation>
    </message>
    <message>
        <source>{first} … {last}, or 1 … {count}</source>
        <translation>{first} … {last}, o 1 … {count}</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs fixing: %n problem(s) in {file}</source>
        <translation>
            <numerusform>Hay que corregir %n problema en {file}</numerusform>
            <numerusform>Hay que corregir %n problemas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>last met {date}</source>
        <extracomment>{date} is the day of the class's last session.</extracomment>
        <translation>última sesión: {date}</translation>
    </message>
</context>
<context>
    <name>plan_builder</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt; (double-click to add)</source>
        <translation>&lt;b&gt;Actividades&lt;/b&gt; (doble clic para añadir)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your plan&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Tu plan&lt;/b&gt; (arrastra para reordenar)</translation>
    </message>
    <message>
        <source>A plan built in the app.</source>
        <translation>Un plan creado en la aplicación.</translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation>Actividades para añadir</translation>
    </message>
    <message>
        <source>Add journal time</source>
        <translation>Añadir tiempo de diario</translation>
    </message>
    <message>
        <source>Add ▶</source>
        <translation>Añadir ▶</translation>
    </message>
    <message>
        <source>Advisory period (15 min)</source>
        <extracomment>a short plan for a 15-minute advisory (homeroom) period</extracomment>
        <translation>Plan breve (15 min)</translation>
    </message>
    <message>
        <source>Build a session plan</source>
        <translation>Crear un plan de sesión</translation>
    </message>
    <message>
        <source>Could not save ({error}); your plan is still here.</source>
        <translation>No se pudo guardar ({error}); tu plan sigue aquí.</translation>
    </message>
    <message>
        <source>Journal minutes</source>
        <translation>Minutos de diario</translation>
    </message>
    <message>
        <source>Journal time</source>
        <translation>Tiempo de diario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>My session</source>
        <translation>Mi sesión</translation>
    </message>
    <message>
        <source>Not saved yet: {problems}</source>
        <translation>Aún no se ha guardado: {problems}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Plan, in order (drag to reorder)</source>
        <translation>Plan, en orden (arrastra para reordenar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Session (45–60 min)</source>
        <translation>Sesión (45–60 min)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minute(s)</source>
        <translation>
            <numerusform>Total: %n minuto</numerusform>
            <numerusform>Total: %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <source>&amp;Backs</source>
        <translation>&amp;Reversos</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} card(s) do not fit&lt;/b&gt; even at the smallest readable size and would end in “…”: {names}. Shorten them, or choose a larger card size.</source>
        <extracomment>{count} is any number of cards; {names} lists their titles</extracomment>
        <translation>&lt;b&gt;Tarjetas que no caben: {count}&lt;/b&gt;, ni siquiera con la letra más pequeña legible; acabarían en “…”: {names}. Acórtalas o elige un tamaño de tarjeta mayor.</translation>
    </message>
    <message>
        <source>A one-sheet test print that shows how far your printer shifts the back side</source>
        <translation>Una prueba de impresión de una sola hoja que muestra cuánto desplaza tu impresora la cara de atrás</translation>
    </message>
    <message>
        <source>Back offset right (mm)</source>
        <translation>Desplazamiento del reverso hacia la derecha (mm)</translation>
    </message>
    <message>
        <source>Back offset up (mm)</source>
        <translation>Desplazamiento del reverso hacia arriba (mm)</translation>
    </message>
    <message>
        <source>Bridge 57.2 × 88.9 mm</source>
        <translation>Bridge 57,2 × 88,9 mm</translation>
    </message>
    <message>
        <source>Calibration sheet</source>
        <translation>Hoja de calibración</translation>
    </message>
    <message>
        <source>Calibration sheet…</source>
        <translation>Hoja de calibración…</translation>
    </message>
    <message>
        <source>Card backs</source>
        <translation>Reversos de las tarjetas</translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <extracomment>Alt+S is Save's and Alt+P the paper's: give this label another letter</extracomment>
        <translation>&amp;Tamaño de tarjeta</translation>
    </message>
    <message>
        <source>Card size</source>
        <extracomment>card sizes named after the playing cards of that size</extracomment>
        <translation>Tamaño de tarjeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cut along the crop marks.</source>
        <translation>Recorta por las marcas de corte.</translation>
    </message>
    <message>
        <source>Double-sided, flip on long edge</source>
        <translation>Doble cara, girar por el borde largo</translation>
    </message>
    <message>
        <source>Double-sided, flip on short edge</source>
        <translation>Doble cara, girar por el borde corto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>No backs (single-sided)</source>
        <translation>Sin reversos (una sola cara)</translation>
    </message>
    <message>
        <source>Offset ↑ (mm)</source>
        <translation>Desplazamiento ↑ (mm)</translation>
    </message>
    <message>
        <source>Offset → (mm)</source>
        <translation>Desplazamiento → (mm)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <extracomment>Alt+P is the paper's: give this button another letter</extracomment>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Page {number} · backs</source>
        <translation>Página {number} · reversos</translation>
    </message>
    <message>
        <source>Page {number} · fronts</source>
        <translation>Página {number} · anversos</translation>
    </message>
    <message>
        <source>Page {number}, backs</source>
        <translation>Página {number}, reversos</translation>
    </message>
    <message>
        <source>Page {number}, fronts</source>
        <translation>Página {number}, anversos</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>"Letter" is the US paper size</extracomment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Poker 63.5 × 88.9 mm</source>
        <translation>Póker 63,5 × 88,9 mm</translation>
    </message>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Vista previa de las páginas impresas</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size). Cut along the crop marks.</source>
        <translation>Imprime al 100 % (tamaño real). Recorta por las marcas de corte.</translation>
    </message>
    <message>
        <source>Print “{deck}”</source>
        <translation>Imprimir “{deck}”</translation>
    </message>
    <message>
        <source>Printing is not available in this installation: save the PDF and print it from a PDF viewer.</source>
        <translation>La impresión no está disponible en esta instalación: guarda el PDF e imprímelo desde un visor de PDF.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save the calibration sheet</source>
        <extracomment>the second text is the file name the save dialog suggests</extracomment>
        <translation>Guardar la hoja de calibración</translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <extracomment>the file name the save dialog suggests</extracomment>
        <translation>Guardar las tarjetas como PDF</translation>
    </message>
    <message>
        <source>Saved to {path}. Print both pages on one sheet, double-sided, at 100 %, hold it against the light and read where the front's lines cross the back's scales. Enter those numbers here as the offsets.</source>
        <translation>Guardado en {path}. Imprime las dos páginas en una misma hoja, a doble cara y al 100 %; ponla a contraluz y mira dónde cruzan las líneas del anverso las escalas del reverso. Introduce aquí esos números como desplazamientos.</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it at 100 % (actual size).</source>
        <translation>Guardado en {path}. Imprímelo al 100 % (tamaño real).</translation>
    </message>
    <message>
        <source>Send these pages to a printer ({keys})</source>
        <translation>Enviar estas páginas a una impresora ({keys})</translation>
    </message>
    <message>
        <source>Tarot 70 × 120 mm</source>
        <translation>Tarot 70 × 120 mm</translation>
    </message>
    <message>
        <source>The PDF could not be written ({reason}).</source>
        <translation>No se pudo escribir el PDF ({reason}).</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path} ({reason}). Choose another folder, or free some space, and save again.</source>
        <translation>No se pudo escribir el PDF en {path} ({reason}). Elige otra carpeta o libera espacio, y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The preview could not be made ({reason}). Try another card size or paper.</source>
        <translation>No se pudo preparar la vista previa ({reason}). Prueba con otro tamaño de tarjeta o de papel.</translation>
    </message>
    <message>
        <source>The preview shows the first {shown}.</source>
        <translation>La vista previa muestra solo las primeras páginas ({shown}).</translation>
    </message>
    <message>
        <source>printer calibration.pdf</source>
        <translation>calibración de la impresora.pdf</translation>
    </message>
    <message>
        <source>{cards} cards, {per_sheet} per sheet: {sheets} sheet(s), {pages} page(s).</source>
        <extracomment>{sheets} and {pages} are any number: word them to read right for one and for many</extracomment>
        <translation>Tarjetas: {cards}; {per_sheet} por hoja. Hojas: {sheets}; páginas: {pages}.</translation>
    </message>
    <message>
        <source>{deck} cards</source>
        <extracomment>the document's name in the print queue and the print dialog's title</extracomment>
        <translation>Tarjetas de {deck}</translation>
    </message>
    <message>
        <source>{deck} cards.pdf</source>
        <translation>Tarjetas de {deck}.pdf</translation>
    </message>
</context>
<context>
    <name>printing.answer_sheets</name>
    <message>
        <source>0 or -</source>
        <translation>0 o -</translation>
    </message>
    <message>
        <source>A translation of a published scale: not validated in this language.</source>
        <translation>Traducción de una escala publicada: no está validada en este idioma.</translation>
    </message>
    <message>
        <source>After the program</source>
        <translation>Después del programa</translation>
    </message>
    <message>
        <source>Answer sheets: {questionnaire}, {class_name}, {round}</source>
        <translation>Hojas de respuestas: {questionnaire}, {class_name}, {round}</translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation>Antes del programa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>Para facilitador/a</translation>
    </message>
    <message>
        <source>Keys: {keys} as ticked, {skip} if left out, Enter: next student</source>
        <extracomment>{keys} is "1–5", {skip} is "0 or -"; Enter is the key</extracomment>
        <translation>Teclas: {keys} lo marcado, {skip} sin marcar, Enter: siguiente estudiante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name: ______________________</source>
        <translation>Nombre: ______________________</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Questions from: {citation}</source>
        <translation>Preguntas tomadas de: {citation}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Round: {round}</source>
        <translation>Ronda: {round}</translation>
    </message>
    <message>
        <source>The program's own questions: not a validated scale.</source>
        <translation>Preguntas propias del programa: no es una escala validada.</translation>
    </message>
    <message>
        <source>There are no right or wrong answers, and nobody gets a mark.</source>
        <translation>No hay respuestas correctas ni incorrectas, y nadie pone nota.</translation>
    </message>
    <message>
        <source>Tick one box on each line: the one that fits you best. You can leave out any question you do not want to answer. Your classmates will not see your answers.</source>
        <translation>Marca una casilla en cada línea: la que mejor encaje contigo. Puedes dejar sin contestar cualquier pregunta que no quieras responder. El resto de la clase no verá tus respuestas.</translation>
    </message>
    <message>
        <source>To type:</source>
        <translation>Para teclear:</translation>
    </message>
    <message>
        <source>extra sheet: add the student to the class first</source>
        <translation>hoja adicional: primero añade a la persona a la clase</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>right or wrong</source>
        <extracomment>words a questionnaire's own instructions use to say there are no right or wrong answers (in lower case): when they do, the sheet does not say it a second time</extracomment>
        <translation>correctas ni incorrectas</translation>
    </message>
    <message>
        <source>row {row} of {rows} on the typing screen</source>
        <translation>fila {row} de {rows} en la pantalla de tecleo</translation>
    </message>
</context>
<context>
    <name>printing.answer_sheets_cli</name>
    <message numerus="yes">
        <source>%n A4 pages each</source>
        <translation>
            <numerusform>%n página A4 cada una</numerusform>
            <numerusform>%n páginas A4 cada una</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>({count} questions)</source>
        <translation>({count} preguntas)</translation>
    </message>
    <message>
        <source>One A4 page per current student of the class (by name, in the paper-entry screen's order), with tick boxes under the answer words, plus --blank extra sheets with a line for the name. Type the answers in afterwards on the class's 'Paper answers' screen.</source>
        <translation>Una página A4 por cada estudiante actual de la clase (por nombre, en el orden de la pantalla de respuestas en papel), con casillas para marcar debajo de las palabras de respuesta, más las hojas adicionales de --blank con una línea para el nombre. Después, teclea las respuestas en la pantalla «Respuestas en papel» de la clase.</translation>
    </message>
    <message>
        <source>Questionnaires for students (id or title):</source>
        <translation>Cuestionarios para estudiantes (id o título):</translation>
    </message>
    <message>
        <source>Type them in on the class's 'Paper answers' screen.</source>
        <translation>Tecléalas en la pantalla «Respuestas en papel» de la clase.</translation>
    </message>
    <message>
        <source>Wrote {path}: {questionnaire} answer sheets ({round}) for {class_name}: {who}, {pages}.</source>
        <extracomment>{questionnaire} is its id (ames), {round} is pre or post, {who} is "25 student(s) and 2 blank"</extracomment>
        <translation>Se escribió {path}: hojas de respuestas de {questionnaire} ({round}) para {class_name}: {who}, {pages}.</translation>
    </message>
    <message>
        <source>a questionnaire on paper: one A4 answer sheet per student, to type in later</source>
        <translation>un cuestionario en papel: una hoja de respuestas A4 por estudiante, para teclear las respuestas después</translation>
    </message>
    <message>
        <source>add N sheets with no name printed (default 0)</source>
        <translation>añade N hojas sin nombre impreso (predeterminado: 0)</translation>
    </message>
    <message>
        <source>before (pre, the default) or after (post) the program</source>
        <translation>antes (pre, el valor predeterminado) o después (post) del programa</translation>
    </message>
    <message>
        <source>give a number from 0 to {most}, not {count}</source>
        <translation>indica un número del 0 al {most}, no {count}</translation>
    </message>
    <message>
        <source>one A4 page each</source>
        <translation>una página A4 cada una</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se creará</translation>
    </message>
    <message>
        <source>the class's name</source>
        <translation>el nombre de la clase</translation>
    </message>
    <message>
        <source>the date to print (default: today)</source>
        <translation>la fecha que se imprimirá (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>the questionnaire's id (e.g. ames, program-questionnaire) or its title</source>
        <translation>el id del cuestionario (p. ej., ames, program-questionnaire) o su título</translation>
    </message>
    <message>
        <source>{command}: cannot write {path}: {problem}</source>
        <translation>{command}: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>{command}: nothing to print: {class_name} has no students yet. Add them on the class page, or ask for empty sheets with --blank N.</source>
        <translation>{command}: nada que imprimir: {class_name} todavía no tiene estudiantes. Añádelos en la página de la clase, o pide hojas vacías con --blank N.</translation>
    </message>
    <message>
        <source>{command}: there is no questionnaire for students called {questionnaire}.</source>
        <translation>{command}: no hay ningún cuestionario para estudiantes llamado {questionnaire}.</translation>
    </message>
    <message>
        <source>{command}: {questionnaire} is answered by the facilitator, not by students.</source>
        <translation>{command}: {questionnaire} lo responde la persona facilitadora, no el alumnado.</translation>
    </message>
    <message>
        <source>{students} student(s)</source>
        <translation>{students} con nombre</translation>
    </message>
    <message>
        <source>{students} student(s) and {blank} blank</source>
        <translation>{students} con nombre y {blank} sin nombre</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
</context>
<context>
    <name>printing.certificates</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Empathy Ambassador</source>
        <translation>Embajador/a de la Empatía</translation>
    </message>
    <message>
        <source>Empathy Ambassador certificates: {name}</source>
        <translation>Certificados de Embajador/a de la Empatía: {name}</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>awarded to</source>
        <translation>otorgado a</translation>
    </message>
    <message>
        <source>for taking part in the {app} workshops with {class_name}: getting to know themselves, listening to others, and helping everyone belong.</source>
        <translation>por participar en los talleres de {app} con {class_name}: conocerse mejor, escuchar a los demás y ayudar a que todo el mundo se sienta parte del grupo.</translation>
    </message>
</context>
<context>
    <name>printing.class_report</name>
    <message numerus="yes">
        <source>%n students answered: {before} before the program and {after} after it.</source>
        <translation>
            <numerusform>Respondió %n estudiante: {before} antes del programa y {after} después.</numerusform>
            <numerusform>Respondieron %n estudiantes: {before} antes del programa y {after} después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; session(s) held, with &lt;b&gt;{minutes}&lt;/b&gt; planned minutes and &lt;b&gt;{activities}&lt;/b&gt; activities.</source>
        <extracomment>keep the &lt;b&gt;…&lt;/b&gt; around the figures (they print in bold)</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; sesión celebrada, con &lt;b&gt;{minutes}&lt;/b&gt; minutos previstos y &lt;b&gt;{activities}&lt;/b&gt; actividades.</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; sesiones celebradas, con &lt;b&gt;{minutes}&lt;/b&gt; minutos previstos y &lt;b&gt;{activities}&lt;/b&gt; actividades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: a typical student (the median) came to &lt;b&gt;{median}&lt;/b&gt; of the {sessions} sessions; {took_part} of the {students} students came to at least one.</source>
        <translation>Asistencia: un estudiante típico (la mediana) asistió a &lt;b&gt;{median}&lt;/b&gt; de las {sessions} sesiones; {took_part} de los {students} estudiantes asistieron al menos a una.</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Informe de la clase</translation>
    </message>
    <message>
        <source>Class report: {name}</source>
        <translation>Informe de la clase: {name}</translation>
    </message>
    <message>
        <source>From the class's story wall, chosen by the facilitator; each student's name as they chose it.</source>
        <translation>Del muro de historias de la clase, elegidas por la persona facilitadora; cada estudiante aparece con el nombre que eligió.</translation>
    </message>
    <message>
        <source>In each chart a dot is one student (no names): before on the left, after on the right, joined by a thin line, blue where the score rose, red where it fell, grey where it stayed the same. The big dark dots joined by a thick line are the class averages.</source>
        <translation>En cada gráfico, cada punto es una persona (sin nombres): antes a la izquierda y después a la derecha, unidos por una línea fina, azul si la puntuación subió, roja si bajó y gris si se mantuvo igual. Los puntos grandes y oscuros unidos por una línea gruesa son las medias de la clase.</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>No drum circle has been scored with this class yet.</source>
        <translation>Todavía no hay ningún círculo de tambores con puntuación en esta clase.</translation>
    </message>
    <message>
        <source>No sessions have been held with this class yet.</source>
        <translation>Todavía no se ha celebrado ninguna sesión con esta clase.</translation>
    </message>
    <message>
        <source>Nobody has answered both times yet.</source>
        <translation>Todavía nadie ha respondido las dos veces.</translation>
    </message>
    <message>
        <source>Playing together: the drum circle</source>
        <translation>Tocar en grupo: el círculo de tambores</translation>
    </message>
    <message>
        <source>Read these results with care</source>
        <translation>Precauciones al leer estos resultados</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message numerus="yes">
        <source>The %n who answered both times are compared.</source>
        <translation>
            <numerusform>Se comparan las respuestas de %n estudiante que respondió las dos veces.</numerusform>
            <numerusform>Se comparan las respuestas de %n estudiantes que respondieron las dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The average change</source>
        <translation>El cambio medio</translation>
    </message>
    <message>
        <source>The change, with its uncertainty</source>
        <translation>El cambio, con su incertidumbre</translation>
    </message>
    <message>
        <source>The dot is the average change of the students who answered both times. With fewer than 10 of them, no interval is drawn: it would say more than so few answers can.</source>
        <translation>El punto es el cambio medio del alumnado que respondió las dos veces. Si son menos de 10 estudiantes, no se dibuja ningún intervalo: diría más de lo que permiten tan pocas respuestas.</translation>
    </message>
    <message>
        <source>The dot is the average change; the bar is its 95% interval: the true change most likely lies inside it. Where the bar crosses the “no change” line, no change at all is still among the likely answers.</source>
        <translation>El punto es el cambio medio; la barra es su intervalo del 95%: lo más probable es que el cambio real esté dentro de ella. Si la barra cruza la línea de “sin cambios”, que no haya habido ningún cambio sigue siendo una de las respuestas probables.</translation>
    </message>
    <message>
        <source>The figures in detail</source>
        <translation>Las cifras en detalle</translation>
    </message>
    <message>
        <source>Those who answered both times are compared: {fewest} to {most} students, as a subscale counts only when enough of its questions were answered.</source>
        <translation>Se comparan las respuestas de quienes respondieron las dos veces: de {fewest} a {most} estudiantes, porque una subescala solo cuenta cuando se han respondido suficientes preguntas de ella.</translation>
    </message>
    <message>
        <source>Togetherness from 0 (everyone at random) to 100 (every beat together), the best round of each session. It describes the group, never one student.</source>
        <translation>Sincronía de 0 (todo el mundo al azar) a 100 (todos los golpes a la vez), la mejor ronda de cada sesión. Describe al grupo, nunca a una sola persona.</translation>
    </message>
    <message>
        <source>What the class took part in</source>
        <translation>En qué participó la clase</translation>
    </message>
    <message>
        <source>Where fewer than 10 students answered both times, only the description is given: no interval, effect size or p, as they would say more than so few answers can.</source>
        <translation>Cuando menos de 10 estudiantes respondieron las dos veces, solo se da la descripción: sin intervalo, tamaño del efecto ni p, porque dirían más de lo que permiten tan pocas respuestas.</translation>
    </message>
    <message>
        <source>With fewer than 5 students only the averages are drawn, so that no dot is one recognisable student.</source>
        <translation>Con menos de 5 estudiantes solo se dibujan las medias, para que ningún punto corresponda a una persona reconocible.</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <source>{app}, empathy workshops  ·  {date}</source>
        <translation>{app}, talleres de empatía  ·  {date}</translation>
    </message>
</context>
<context>
    <name>printing.cli</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>({count} cards)</source>
        <translation>({count} tarjetas)</translation>
    </message>
    <message>
        <source>Cards are laid out as many to a sheet as fit (poker on A4 or Letter: 9), centred, with 3 mm of bleed and
crop marks in the margins to cut along. With backs, each page of fronts is followed by its page of backs,
mirrored for the duplex flip: long-edge (the usual) or short-edge. Print at 100 % (actual size). If the
backs land off-centre, print `print calibration` once and give the offset it shows as --offset-x/--offset-y.
Text shrinks to fit down to 7 pt; cards that still do not fit are named, so they can be shortened.</source>
        <extracomment>keep the line breaks short (about 100 characters): argparse prints this text as it is</extracomment>
        <translation>Las tarjetas se colocan tantas por hoja como quepan (poker en A4 o Letter: 9), centradas, con 3 mm
de sangrado y marcas de corte en los márgenes para recortar. Con reversos, cada página de anversos va
seguida de su página de reversos, en espejo para la impresión a doble cara: por el borde largo (lo
habitual) o por el corto. Imprime al 100 % (tamaño real). Si los reversos salen descentrados, imprime
una vez `print calibration` y pasa el desplazamiento que indique como --offset-x/--offset-y.
El texto se reduce para caber hasta 7 pt; se nombran las tarjetas que aun así no caben, para acortarlas.</translation>
    </message>
    <message>
        <source>Make printable PDFs. Everything is laid out in mm for printing at 100 % (actual size).</source>
        <translation>Crea PDF para imprimir. Todo se maqueta en mm para imprimirlo al 100 % (tamaño real).</translation>
    </message>
    <message>
        <source>Print both pages on one sheet, double-sided, at 100 %. Held against the light, the front's crosshair crosses the back's mm scales at the numbers to give `print deck` as --offset-x and --offset-y.</source>
        <translation>Imprime las dos páginas en una sola hoja, a doble cara, al 100 %. A contraluz, la cruz del anverso corta las escalas en mm del reverso en los números que hay que dar a `print deck` como --offset-x y --offset-y.</translation>
    </message>
    <message>
        <source>Wrote {path}: the calibration sheet ({paper}). Print both pages on one sheet, double-sided, at 100 %.</source>
        <translation>Se escribió {path}: la hoja de calibración ({paper}). Imprime las dos páginas en una sola hoja, a doble cara, al 100 %.</translation>
    </message>
    <message>
        <source>Wrote {path}: {cards} cards of {deck} on {sheets} sheet(s) of {paper} ({size}, {per_sheet} per sheet), {pages} page(s), {backs}. Print at 100 %.</source>
        <extracomment>{size} is the card size's name (poker, bridge, tarot), {paper} the sheet's (a4, letter)</extracomment>
        <translation>Se escribió {path}: tarjetas de {deck}: {cards}; hojas {paper}: {sheets} ({size}, {per_sheet} por hoja); páginas: {pages}; {backs}. Imprime al 100 %.</translation>
    </message>
    <message>
        <source>a role-play card deck to print double-sided and cut out</source>
        <translation>una baraja de juego de rol para imprimir a doble cara y recortar</translation>
    </message>
    <message>
        <source>backs for {backs} duplex</source>
        <translation>reversos para doble cara ({backs})</translation>
    </message>
    <message>
        <source>card backs for a duplex flip on the long edge (default) or short edge, or none</source>
        <translation>reversos de las tarjetas para doble cara volteando por el borde largo (predeterminado) o por el corto, o none (sin reversos)</translation>
    </message>
    <message>
        <source>card size: poker 63.5×88.9 mm (default), bridge 57.2×88.9 mm, tarot 70×120 mm</source>
        <translation>tamaño de tarjeta: poker 63,5×88,9 mm (predeterminado), bridge 57,2×88,9 mm, tarot 70×120 mm</translation>
    </message>
    <message>
        <source>make printable PDFs: card decks (role-play and leader cards), the duplex calibration sheet, shared journals, certificates, questionnaire answer sheets, journal sheets</source>
        <translation>crea PDF para imprimir: barajas (tarjetas de juego de rol y de liderazgo), la hoja de calibración de doble cara, diarios compartidos, certificados, hojas de respuestas de cuestionarios y hojas del diario</translation>
    </message>
    <message>
        <source>move the backs right by MM (negative: left), from the calibration sheet</source>
        <translation>desplaza los reversos MM hacia la derecha (negativo: hacia la izquierda), según la hoja de calibración</translation>
    </message>
    <message>
        <source>move the backs up by MM (negative: down), from the calibration sheet</source>
        <translation>desplaza los reversos MM hacia arriba (negativo: hacia abajo), según la hoja de calibración</translation>
    </message>
    <message>
        <source>no backs</source>
        <translation>sin reversos</translation>
    </message>
    <message>
        <source>one double-sided sheet that shows how far your printer shifts the back side</source>
        <translation>una hoja a doble cara que muestra cuánto desplaza tu impresora el reverso</translation>
    </message>
    <message>
        <source>print calibration: cannot write {path}: {problem}</source>
        <translation>print calibration: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>print deck: cannot write {path}: {problem}</source>
        <translation>print deck: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>print deck: there is no deck {deck}. Available decks (id or title):</source>
        <translation>print deck: no hay ninguna baraja {deck}. Barajas disponibles (id o título):</translation>
    </message>
    <message>
        <source>print {what}: cannot write the PDF: {problem}</source>
        <translation>print {what}: no se puede escribir el PDF: {problem}</translation>
    </message>
    <message>
        <source>print: say what to print: deck, calibration, journal or certificates</source>
        <translation>print: indica qué imprimir: deck, calibration, journal o certificates</translation>
    </message>
    <message>
        <source>sheet size (default a4)</source>
        <translation>tamaño de la hoja (predeterminado: a4)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se creará</translation>
    </message>
    <message>
        <source>the deck's id or title (e.g. scenes)</source>
        <translation>el id o el título de la baraja (p. ej., scenes)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>warning: {count} card(s) do not fit even at 7 pt and are cut short with '…': {names}. Shorten their text.</source>
        <translation>aviso: hay tarjetas que no caben ni siquiera a 7 pt y se cortan con '…' ({count}): {names}. Acorta su texto.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} es una carpeta; indica un nombre de archivo, como {example}</translation>
    </message>
</context>
<context>
    <name>printing.deck_pdf</name>
    <message>
        <source>Ask the audience</source>
        <translation>Pregunta al público</translation>
    </message>
    <message>
        <source>Content: {notes}</source>
        <translation>Aviso de contenido: {notes}</translation>
    </message>
    <message>
        <source>Duplex calibration sheet</source>
        <translation>Hoja de calibración de doble cara</translation>
    </message>
    <message>
        <source>Duplex calibration: BACK</source>
        <translation>Calibración de doble cara: REVERSO</translation>
    </message>
    <message>
        <source>Duplex calibration: FRONT</source>
        <translation>Calibración de doble cara: ANVERSO</translation>
    </message>
    <message>
        <source>Hold the sheet up to a light with this side facing you.
Where the front's upright line crosses the horizontal scale is your --offset-x;
where the front's level line crosses the upright scale is your --offset-y.
Both lines on 0: your printer needs no offset.
Example: the upright line at +2, the level line at −1 →</source>
        <extracomment>printed centred, one line per line of the text: keep each line about as long as here; keep --offset-x and --offset-y as they are (the command's options)</extracomment>
        <translation>Pon la hoja a contraluz con esta cara hacia ti.
Donde la línea vertical del anverso cruza la escala horizontal está tu --offset-x;
donde la línea horizontal del anverso cruza la escala vertical está tu --offset-y.
Las dos líneas en 0: tu impresora no necesita desplazamiento.
Ejemplo: la línea vertical en +2, la horizontal en −1 →</translation>
    </message>
    <message>
        <source>Print both pages on ONE sheet, double-sided, at 100 % (actual size),
flipping on the same edge (long or short) as you will for the cards.
Then turn the sheet over and follow the instructions on the back.</source>
        <extracomment>printed centred, one line per line of the text: keep each line about as long as here</extracomment>
        <translation>Imprime las dos páginas en UNA sola hoja, a doble cara, al 100 % (tamaño real),
volteando por el mismo borde (largo o corto) que usarás para las tarjetas.
Después da la vuelta a la hoja y sigue las instrucciones del reverso.</translation>
    </message>
    <message>
        <source>{deck} · sheet {sheet} of {sheets} · print at 100 % (actual size)</source>
        <translation>{deck} · hoja {sheet} de {sheets} · imprime al 100 % (tamaño real)</translation>
    </message>
    <message>
        <source>{deck}: cards to cut out</source>
        <translation>{deck}: tarjetas para recortar</translation>
    </message>
</context>
<context>
    <name>printing.journal_pdf</name>
    <message>
        <source>Entries the students shared with you or the class. Private entries are never printed here.</source>
        <translation>Entradas que el alumnado compartió contigo o con la clase. Las entradas privadas nunca se imprimen aquí.</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>My reflection journal</source>
        <translation>Mi diario de reflexión</translation>
    </message>
    <message>
        <source>My reflection journal — {name}</source>
        <translation>Mi diario de reflexión — {name}</translation>
    </message>
    <message>
        <source>No entries to print.</source>
        <translation>No hay entradas para imprimir.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aún no hay entradas.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Private — belongs to {name}</source>
        <translation>Privado — pertenece a {name}</translation>
    </message>
    <message>
        <source>Reflection journal — {name}</source>
        <translation>Diario de reflexión — {name}</translation>
    </message>
    <message>
        <source>Reflection journals — {class_name}</source>
        <translation>Diarios de reflexión — {class_name}</translation>
    </message>
    <message>
        <source>Shared with my facilitator</source>
        <translation>Compartida con mi facilitador/a</translation>
    </message>
    <message>
        <source>Shared with the class</source>
        <translation>Compartida con la clase</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Compartida contigo</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
</context>
<context>
    <name>printing.journal_sheets_pdf</name>
    <message>
        <source>Carry on over the page if you need more room.</source>
        <translation>Si necesitas más espacio, sigue por detrás de la hoja.</translation>
    </message>
    <message>
        <source>Free writing: anything you want to write about today.</source>
        <translation>Escritura libre: cualquier cosa sobre la que quieras escribir hoy.</translation>
    </message>
    <message>
        <source>Journal sheets: {title}</source>
        <translation>Hojas del diario: {title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>This week's challenge: {challenge}</source>
        <translation>Reto de esta semana: {challenge}</translation>
    </message>
    <message>
        <source>Tick what you are writing about:</source>
        <translation>Marca sobre qué vas a escribir:</translation>
    </message>
    <message>
        <source>Today: {task}</source>
        <translation>Hoy: {task}</translation>
    </message>
    <message>
        <source>Who may read this? Tick one. If you tick none, it stays private.</source>
        <translation>¿Quién puede leer esto? Marca una opción. Si no marcas ninguna, queda en privado.</translation>
    </message>
</context>
<context>
    <name>printing.program_figures</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>With up to {most} students, {drawn} of them picked at random are drawn, so the dots stay readable; the averages and every figure are everyone's.</source>
        <translation>Con hasta {most} estudiantes, se dibujan {drawn} elegidos al azar para que los puntos se puedan leer; las medias y todas las cifras incluyen a todo el alumnado.</translation>
    </message>
</context>
<context>
    <name>printing.program_report</name>
    <message numerus="yes">
        <source>%n bundle could not be read and is not in this report</source>
        <translation>
            <numerusform>%n paquete no se pudo leer y no está en este informe</numerusform>
            <numerusform>%n paquetes no se pudieron leer y no están en este informe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundles could not be read and are not in this report</source>
        <translation>
            <numerusform>%n paquete no se pudo leer y no está en este informe</numerusform>
            <numerusform>%n paquetes no se pudieron leer y no están en este informe</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Drum circle (last)</source>
        <translation>Círculo de tambores (último)</translation>
    </message>
    <message>
        <source>Each line is one class: the dot is its students' average change, the bar its 95% interval. A class with fewer than 10 students answering both times has a dot and no bar: too few to say more. Classes differ in more than the program, so compare them with care.</source>
        <translation>Cada línea es una clase: el punto es el cambio medio de su alumnado y la barra, su intervalo del 95%. Una clase con menos de 10 estudiantes que respondieran las dos veces tiene punto pero no barra: son muy pocos para decir más. Las clases se diferencian en más cosas que el programa, así que compáralas con cuidado.</translation>
    </message>
    <message>
        <source>None of these classes has questionnaire answers yet, so there is no change to report; what each class took part in follows.</source>
        <translation>Ninguna de estas clases tiene todavía respuestas a cuestionarios, así que no hay ningún cambio del que informar; a continuación se muestra en qué participó cada clase.</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>Planned minutes are the plans' own; a session run from a plan this laptop does not have counts no minutes. The drum circle is the last session's best togetherness, from 0 (everyone at random) to 100 (every beat together).</source>
        <translation>Los minutos previstos son los que indica cada plan; una sesión dirigida con un plan que este portátil no tiene no suma minutos. El círculo de tambores muestra la mejor sincronía de la última sesión, de 0 (todo el mundo al azar) a 100 (todos los golpes a la vez).</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions attended (median)</source>
        <translation>Sesiones con asistencia (mediana)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>This report brings together &lt;b&gt;%n&lt;/b&gt; class(es) from &lt;b&gt;{bundles}&lt;/b&gt; class bundle: &lt;b&gt;{students}&lt;/b&gt; students and &lt;b&gt;{sessions}&lt;/b&gt; sessions held. Each questionnaire is shown first with all the classes' students together, then class by class. No student is named.</source>
        <extracomment>keep the &lt;b&gt;…&lt;/b&gt; around the figures (they print in bold); %n is the number of classes</extracomment>
        <translation>
            <numerusform>Este informe reúne &lt;b&gt;%n&lt;/b&gt; clase de &lt;b&gt;{bundles}&lt;/b&gt; paquete de clase: &lt;b&gt;{students}&lt;/b&gt; estudiantes y &lt;b&gt;{sessions}&lt;/b&gt; sesiones celebradas. Cada cuestionario se muestra primero con el alumnado de todas las clases junto y después clase por clase. No se nombra a ningún estudiante.</numerusform>
            <numerusform>Este informe reúne &lt;b&gt;%n&lt;/b&gt; clases de &lt;b&gt;{bundles}&lt;/b&gt; paquete de clase: &lt;b&gt;{students}&lt;/b&gt; estudiantes y &lt;b&gt;{sessions}&lt;/b&gt; sesiones celebradas. Cada cuestionario se muestra primero con el alumnado de todas las clases junto y después clase por clase. No se nombra a ningún estudiante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report brings together &lt;b&gt;%n&lt;/b&gt; class(es) from &lt;b&gt;{bundles}&lt;/b&gt; class bundles: &lt;b&gt;{students}&lt;/b&gt; students and &lt;b&gt;{sessions}&lt;/b&gt; sessions held. Each questionnaire is shown first with all the classes' students together, then class by class. No student is named.</source>
        <translation>
            <numerusform>Este informe reúne &lt;b&gt;%n&lt;/b&gt; clase de &lt;b&gt;{bundles}&lt;/b&gt; paquetes de clase: &lt;b&gt;{students}&lt;/b&gt; estudiantes y &lt;b&gt;{sessions}&lt;/b&gt; sesiones celebradas. Cada cuestionario se muestra primero con el alumnado de todas las clases junto y después clase por clase. No se nombra a ningún estudiante.</numerusform>
            <numerusform>Este informe reúne &lt;b&gt;%n&lt;/b&gt; clases de &lt;b&gt;{bundles}&lt;/b&gt; paquetes de clase: &lt;b&gt;{students}&lt;/b&gt; estudiantes y &lt;b&gt;{sessions}&lt;/b&gt; sesiones celebradas. Cada cuestionario se muestra primero con el alumnado de todas las clases junto y después clase por clase. No se nombra a ningún estudiante.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each class took part in</source>
        <translation>En qué participó cada clase</translation>
    </message>
    <message>
        <source>{app}, empathy workshops  ·  {classes}  ·  {date}</source>
        <translation>{app}, talleres de empatía  ·  {classes}  ·  {date}</translation>
    </message>
    <message>
        <source>{questionnaire}, class by class</source>
        <translation>{questionnaire}, clase por clase</translation>
    </message>
    <message>
        <source>{questionnaire}: all {classes} classes together</source>
        <translation>{questionnaire}: las {classes} clases juntas</translation>
    </message>
    <message>
        <source>{subscale} (classes {first}–{last} of {total})</source>
        <translation>{subscale} (clases {first}–{last} de {total})</translation>
    </message>
</context>
<context>
    <name>printing.report_charts</name>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>No student answered both times yet</source>
        <translation>Aún nadie ha respondido las dos veces</translation>
    </message>
    <message>
        <source>average {mean}</source>
        <translation>media {mean}</translation>
    </message>
    <message>
        <source>averages only: too few students for dots</source>
        <translation>solo las medias: muy pocos estudiantes</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>sin intervalo</translation>
    </message>
    <message>
        <source>no student answered both times</source>
        <translation>nadie respondió las dos veces</translation>
    </message>
    <message>
        <source>← lower after   change in points on the {scale} scale   higher after →</source>
        <extracomment>the axis under the chart; keep the arrows at the ends and the wide gaps between the three parts</extracomment>
        <translation>← bajó   cambio en puntos en la escala {scale}   subió →</translation>
    </message>
</context>
<context>
    <name>printing.report_cli</name>
    <message>
        <source>(none yet)</source>
        <translation>(aún no hay ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n página</numerusform>
            <numerusform>, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>2–4 A4 pages: each questionnaire's change in plain sentences and charts, the caveats, the sessions held and up to three story-wall quotes</source>
        <translation>de 2 a 4 páginas A4: el cambio en cada cuestionario en frases sencillas y gráficos, las advertencias, las sesiones celebradas y hasta tres citas del muro de historias</translation>
    </message>
    <message>
        <source>; {count} bundle(s) could not be read and are listed as left out</source>
        <translation>; paquetes que no se pudieron leer y figuran como excluidos: {count}</translation>
    </message>
    <message>
        <source>Demo data: some answers are made up.</source>
        <translation>Datos de demostración: algunas respuestas son inventadas.</translation>
    </message>
    <message>
        <source>Demo data: the answers are made up.</source>
        <translation>Datos de demostración: las respuestas son inventadas.</translation>
    </message>
    <message>
        <source>Make a report of what changed in a class, with its caveats, for people outside the room.</source>
        <translation>Crea un informe de lo que cambió en una clase, con sus advertencias, para personas que no estuvieron en el aula.</translation>
    </message>
    <message>
        <source>One A4 landscape page for each student who was present at one session or more, with the name they chose, the class, the facilitator (or a line to sign) and the date.</source>
        <translation>Una página A4 apaisada por cada estudiante que asistió al menos a una sesión, con el nombre que eligió, la clase, la persona facilitadora (o una línea para firmar) y la fecha.</translation>
    </message>
    <message>
        <source>Read class bundles (.eabundle files exported by facilitators), and report each questionnaire with every class's students together, then each class's change, and what each class took part in. The bundles are read into a temporary folder that is deleted afterwards; your own data folder is not changed.</source>
        <translation>Lee paquetes de clase (archivos .eabundle exportados por las personas facilitadoras) e informa de cada cuestionario con el alumnado de todas las clases junto, después del cambio de cada clase y de en qué participó cada una. Los paquetes se leen en una carpeta temporal que se borra al terminar; tu propia carpeta de datos no cambia.</translation>
    </message>
    <message>
        <source>Story-wall entries (id, or its first 8 characters):</source>
        <translation>Entradas del muro de historias (id, o sus 8 primeros caracteres):</translation>
    </message>
    <message>
        <source>The class report: per questionnaire what it is, each subscale's change as a sentence and a chart (students as dots, no names), the figures with their uncertainty, every caveat; then the sessions held, attendance, drum-circle togetherness, and the quotes you choose.</source>
        <translation>El informe de la clase: para cada cuestionario, qué es, el cambio de cada subescala en una frase y un gráfico (cada estudiante es un punto, sin nombres), las cifras con su incertidumbre y todas las advertencias; después, las sesiones celebradas, la asistencia, la sincronía en el círculo de tambores y las citas que elijas.</translation>
    </message>
    <message>
        <source>Wrote {path}: the class report for {name} ({found}{pages}).</source>
        <translation>Se escribió {path}: el informe de la clase {name} ({found}{pages}).</translation>
    </message>
    <message>
        <source>Wrote {path}: the figures of the class report for {name} ({found}).</source>
        <extracomment>{found} is "2 questionnaire(s)" or "no questionnaire answers yet"; {pages} is ", 3 pages"</extracomment>
        <translation>Se escribió {path}: las cifras del informe de la clase {name} ({found}).</translation>
    </message>
    <message>
        <source>Wrote {path}: the program report for {classes} class(es) from {bundles} bundle(s){pages}{left_out}.</source>
        <extracomment>{pages} is ", 3 pages" (or nothing for JSON), {left_out} the bundles left out (or nothing)</extracomment>
        <translation>Se escribió {path}: el informe del programa (clases: {classes}; paquetes: {bundles}){pages}{left_out}.</translation>
    </message>
    <message>
        <source>Wrote {path}: {count} certificate(s) for {name}, one A4 landscape page each{notes}.</source>
        <extracomment>{notes} is nothing, or who was left out, in brackets after a space</extracomment>
        <translation>Se escribió {path}: certificados para {name}: {count}, una página A4 apaisada cada uno{notes}.</translation>
    </message>
    <message>
        <source>a class's results report for a principal or a funder (PDF, or its figures as JSON)</source>
        <translation>informe de resultados de una clase para la dirección del centro o para quien financia el programa (PDF, o sus cifras en JSON)</translation>
    </message>
    <message>
        <source>a story-wall entry to quote (its id, or the start of it); repeat, up to three</source>
        <translation>una entrada del muro de historias para citar (su id o su comienzo); repítelo para añadir más, hasta tres</translation>
    </message>
    <message>
        <source>an 'Empathy Ambassador' certificate for each student who took part</source>
        <translation>un certificado de «Embajador/a de la Empatía» para cada estudiante que participó</translation>
    </message>
    <message>
        <source>class bundles (.eabundle)</source>
        <translation>paquetes de clase (.eabundle)</translation>
    </message>
    <message>
        <source>left out: {count}</source>
        <translation>personas excluidas: {count}</translation>
    </message>
    <message>
        <source>make the report without bundles that cannot be read (they are listed in it); without this, one unreadable bundle stops the report</source>
        <translation>crea el informe sin los paquetes que no se puedan leer (aparecen en él); sin esta opción, un solo paquete ilegible detiene el informe</translation>
    </message>
    <message>
        <source>many classes from their bundles in one report: all together, then class by class</source>
        <translation>muchas clases en un solo informe, a partir de sus paquetes: todas juntas y después clase por clase</translation>
    </message>
    <message>
        <source>never marked present, so no certificate: {names}</source>
        <translation>sin asistencia registrada, así que sin certificado: {names}</translation>
    </message>
    <message>
        <source>no certificate for this student (repeat for more)</source>
        <translation>sin certificado para esta persona (repítelo para excluir a más)</translation>
    </message>
    <message>
        <source>no questionnaire answers yet</source>
        <translation>aún no hay respuestas a cuestionarios</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún no hay</translation>
    </message>
    <message>
        <source>print certificates: cannot write {path}: {problem}</source>
        <translation>print certificates: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>print certificates: no student called {names} in {name}. Students: {students}.</source>
        <translation>print certificates: no hay nadie llamado {names} en {name}. Estudiantes: {students}.</translation>
    </message>
    <message>
        <source>print certificates: nothing to print for {name}: everyone who took part is left out.</source>
        <translation>print certificates: nada que imprimir para {name}: se ha excluido a todas las personas que participaron.</translation>
    </message>
    <message>
        <source>print certificates: nothing to print for {name}: nobody has been marked present at a session yet; certificates go to students who took part.</source>
        <translation>print certificates: nada que imprimir para {name}: todavía no se ha registrado la asistencia de nadie a ninguna sesión; los certificados son para quienes participaron.</translation>
    </message>
    <message>
        <source>report class: --quote {quote} is not an entry shared with the class.</source>
        <translation>report class: --quote {quote} no es una entrada compartida con la clase.</translation>
    </message>
    <message>
        <source>report class: --quote {quote} matches more than one entry.</source>
        <translation>report class: --quote {quote} coincide con más de una entrada.</translation>
    </message>
    <message>
        <source>report class: at most {most} quotes fit the report; you gave {given}.</source>
        <translation>report class: en el informe caben como máximo {most} citas; has indicado {given}.</translation>
    </message>
    <message>
        <source>report class: cannot write {path}: {problem}</source>
        <translation>report class: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>report program: cannot write {path}: {problem}</source>
        <translation>report program: no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>report program: {problem}</source>
        <translation>report program: {problem}</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se creará</translation>
    </message>
    <message>
        <source>the PDF to write (with --json: the JSON file)</source>
        <translation>el PDF que se creará (con --json: el archivo JSON)</translation>
    </message>
    <message>
        <source>the class's name</source>
        <translation>el nombre de la clase</translation>
    </message>
    <message>
        <source>the date to print (default: today)</source>
        <translation>la fecha que se imprimirá (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>write the report's figures as JSON to FILE instead of the PDF, and say what was written as JSON</source>
        <translation>escribe las cifras del informe como JSON en ARCHIVO en lugar del PDF, e indica en JSON lo que se escribió</translation>
    </message>
    <message>
        <source>your name as it should be printed (default: a line to sign on)</source>
        <translation>tu nombre tal como debe imprimirse (predeterminado: una línea para firmar)</translation>
    </message>
    <message>
        <source>{command}: there is no class called {name}. Classes: {names}.</source>
        <translation>{command}: no hay ninguna clase llamada {name}. Clases: {names}.</translation>
    </message>
    <message>
        <source>{count} questionnaire(s)</source>
        <translation>cuestionarios: {count}</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-06-30</source>
        <translation>{text} no es una fecha como 2026-06-30</translation>
    </message>
</context>
<context>
    <name>printing.report_figures</name>
    <message numerus="yes">
        <source>A translation of a published scale, not validated in this language: %n question(s) answered on a {low}–{high} scale ({low_label} … {high_label}).</source>
        <translation>
            <numerusform>Traducción de una escala publicada, no validada en este idioma: %n pregunta respondida en una escala de {low} a {high} ({low_label} … {high_label}).</numerusform>
            <numerusform>Traducción de una escala publicada, no validada en este idioma: %n preguntas respondidas en una escala de {low} a {high} ({low_label} … {high_label}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A validated scale, asked word for word as its authors publish it: %n question(s) answered on a {low}–{high} scale ({low_label} … {high_label}).</source>
        <translation>
            <numerusform>Una escala validada, formulada palabra por palabra tal como la publican sus autores: %n pregunta respondida en una escala del {low} al {high} ({low_label} … {high_label}).</numerusform>
            <numerusform>Una escala validada, formulada palabra por palabra tal como la publican sus autores: %n preguntas respondidas en una escala del {low} al {high} ({low_label} … {high_label}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the answers from before the program are in. After the last session, collect the “after” answers the same way, then make this report again.</source>
        <translation>Por ahora solo están las respuestas de antes del programa. Después de la última sesión, recoge las respuestas de “después” de la misma manera y vuelve a crear este informe.</translation>
    </message>
    <message numerus="yes">
        <source>The program's own questions, not validated: %n question(s) answered on a {low}–{high} scale ({low_label} … {high_label}).</source>
        <translation>
            <numerusform>Preguntas propias del programa, no validadas: %n pregunta respondida en una escala del {low} al {high} ({low_label} … {high_label}).</numerusform>
            <numerusform>Preguntas propias del programa, no validadas: %n preguntas respondidas en una escala del {low} al {high} ({low_label} … {high_label}).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no questionnaire answers for this class yet, so there is nothing to compare.</source>
        <translation>Esta clase todavía no tiene respuestas a cuestionarios, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>To collect them: before the first session, the students answer a questionnaire (the AMES, or the program's own Class Check-in), on their devices while the class network runs, or on paper that you type in from the class page’s “Paper answers…”. After the last session they answer it again. Then make this report again: it compares each student's two answers.</source>
        <translation>Para recogerlas: antes de la primera sesión, el alumnado responde a un cuestionario (el AMES o el Cuestionario de la clase, propio del programa), en sus dispositivos mientras funciona la red de la clase, o en papel, y tú tecleas las respuestas desde “Respuestas en papel…” en la página de la clase. Después de la última sesión lo responde otra vez. Entonces vuelve a crear este informe: compara las dos respuestas de cada estudiante.</translation>
    </message>
</context>
<context>
    <name>printing.report_tables</name>
    <message>
        <source>After it: students, average (SD)</source>
        <translation>Después: estudiantes, media (DE)</translation>
    </message>
    <message>
        <source>After: mean (SD)</source>
        <translation>Después: media (DE)</translation>
    </message>
    <message>
        <source>Before the program: students, average (SD)</source>
        <translation>Antes del programa: estudiantes, media (DE)</translation>
    </message>
    <message>
        <source>Before: mean (SD)</source>
        <translation>Antes: media (DE)</translation>
    </message>
    <message>
        <source>Change [95% CI]</source>
        <translation>Cambio [IC 95%]</translation>
    </message>
    <message>
        <source>Cronbach's α before / after</source>
        <translation>α de Cronbach antes / después</translation>
    </message>
    <message>
        <source>Students (n)</source>
        <translation>Estudiantes (n)</translation>
    </message>
    <message>
        <source>Wilcoxon p</source>
        <translation>p de Wilcoxon</translation>
    </message>
    <message>
        <source>answered both times; only they are compared</source>
        <translation>respondieron las dos veces; solo se comparan sus respuestas</translation>
    </message>
    <message>
        <source>d&lt;sub&gt;z&lt;/sub&gt; [95% CI]</source>
        <extracomment>keep &lt;sub&gt;z&lt;/sub&gt; (it prints the z below the line)</extracomment>
        <translation>d&lt;sub&gt;z&lt;/sub&gt; [IC 95%]</translation>
    </message>
    <message>
        <source>how often a change this large would turn up by chance if nothing had changed; ≤ 0.05 is usually called clear</source>
        <translation>con qué frecuencia aparecería por azar un cambio así de grande si nada hubiera cambiado; ≤ 0,05 se suele considerar un resultado claro</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>sin intervalo</translation>
    </message>
    <message>
        <source>the average change per student; the true change most likely lies in the brackets</source>
        <translation>el cambio medio por estudiante; lo más probable es que el cambio real esté dentro de los corchetes</translation>
    </message>
    <message>
        <source>the average score; SD says how spread out the students were</source>
        <translation>la puntuación media; la DE (desviación estándar) indica cuánto variaban las respuestas del alumnado</translation>
    </message>
    <message>
        <source>the change compared with how much students' changes differed: about 0.2 is small, 0.5 medium, 0.8 or more large</source>
        <translation>el cambio comparado con cuánto variaron los cambios de un estudiante a otro: alrededor de 0,2 es pequeño; 0,5, mediano; 0,8 o más, grande</translation>
    </message>
    <message>
        <source>the same, after the program</source>
        <translation>lo mismo, después del programa</translation>
    </message>
    <message>
        <source>whether a subscale's questions hang together; 0.7 or more is usually good enough</source>
        <translation>si las preguntas de una subescala miden lo mismo de forma coherente; 0,7 o más se suele considerar suficiente</translation>
    </message>
</context>
<context>
    <name>printing_qt</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print “{document}”</source>
        <translation>Imprimir “{document}”</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled after %n page(s).</source>
        <translation>
            <numerusform>Impresión cancelada tras %n página.</numerusform>
            <numerusform>Impresión cancelada tras %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}</source>
        <translation>La impresión se detuvo: {reason}</translation>
    </message>
    <message>
        <source>Printing “{document}”…</source>
        <translation>Imprimiendo “{document}”…</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <extracomment>{count} is any number of pages: word it to read right for one and for many</extracomment>
        <translation>Páginas enviadas a la impresora: {count}.</translation>
    </message>
    <message>
        <source>Some pages were larger than the paper and were shrunk to fit.</source>
        <translation>Algunas páginas eran más grandes que el papel y se redujeron para que cupieran.</translation>
    </message>
    <message>
        <source>the printer could not be opened. Check it is switched on and chosen, and try again.</source>
        <extracomment>the reason, after "Printing stopped: "</extracomment>
        <translation>no se pudo abrir la impresora. Comprueba que está encendida y seleccionada, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>the printer did not take the document.</source>
        <translation>la impresora no aceptó el documento.</translation>
    </message>
    <message>
        <source>the printer refused the next page (out of paper, or switched off?).</source>
        <translation>la impresora rechazó la página siguiente (¿se quedó sin papel o está apagada?).</translation>
    </message>
</context>
<context>
    <name>program_html</name>
    <message>
        <source>Advisory period · {minutes} min</source>
        <extracomment>a short plan for a 15-minute advisory (homeroom) period, and its length</extracomment>
        <translation>Plan breve · {minutes} min</translation>
    </message>
    <message>
        <source>After the program</source>
        <translation>Después del programa</translation>
    </message>
    <message>
        <source>Ambassadors co-lead this, with the leader card “{card}”.</source>
        <translation>Los embajadores y embajadoras lo codirigen, con la tarjeta de liderazgo “{card}”.</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Cualquier fase</translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation>Antes del programa</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Registro del día:</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Parte central</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>Day {n}.</source>
        <translation>Día {n}.</translation>
    </message>
    <message>
        <source>Debrief, a session later</source>
        <translation>Puesta en común, una sesión después</translation>
    </message>
    <message>
        <source>Debrief: {challenge}</source>
        <translation>Puesta en común: {challenge}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>How last week's challenge went: a few questions, counts of check-ins, never who.</source>
        <translation>Cómo fue el reto de la semana pasada: unas pocas preguntas, cuántos registros del día hubo, nunca quién.</translation>
    </message>
    <message>
        <source>In the plans:</source>
        <translation>En los planes:</translation>
    </message>
    <message>
        <source>Journal time: aloud: no writing in this plan</source>
        <translation>Tiempo de diario: en voz alta; en este plan no se escribe</translation>
    </message>
    <message>
        <source>Journal time: on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)</source>
        <translation>Tiempo de diario: en hojas del diario impresas (Imprimir hojas del diario…, Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Journal time: on the laptop in student mode or on students' devices</source>
        <translation>Tiempo de diario: en el portátil en modo estudiante o en los dispositivos del alumnado</translation>
    </message>
    <message>
        <source>Journal time: on the laptop or devices, or on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)</source>
        <translation>Tiempo de diario: en el portátil o en los dispositivos, o en hojas del diario impresas (Imprimir hojas del diario…, Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Journal time: {mode}</source>
        <translation>Tiempo de diario: {mode}</translation>
    </message>
    <message>
        <source>Launch: {challenge}</source>
        <translation>Presentación: {challenge}</translation>
    </message>
    <message>
        <source>Launching it in class</source>
        <translation>Cómo presentarlo en clase</translation>
    </message>
    <message>
        <source>Optimistic closing</source>
        <translation>Cierre optimista</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Orden de la sesión</translation>
    </message>
    <message>
        <source>Session · {minutes} min</source>
        <translation>Sesión · {minutes} min</translation>
    </message>
    <message>
        <source>Something to practise between sessions: five school days, each with its own small task and a one-line check-in that students find among today's prompts in their journal. A session plan launches each challenge and the next one debriefs it. Students choose what to share.</source>
        <translation>Algo que practicar entre sesiones: cinco días de clase, cada uno con su pequeña tarea y un registro del día de una línea que el alumnado encuentra entre las propuestas de hoy de su diario. Un plan de sesión presenta cada reto y el siguiente hace su puesta en común. El alumnado elige qué compartir.</translation>
    </message>
    <message>
        <source>The class answers: {questionnaires}</source>
        <translation>La clase responde: {questionnaires}</translation>
    </message>
    <message>
        <source>This is your own copy: edit it with Ctrl+E.</source>
        <translation>Esta es tu propia copia: edítala con Ctrl+E.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minute(s). Click an activity to open its steps.</source>
        <translation>
            <numerusform>Total: %n minuto. Haz clic en una actividad para abrir sus pasos.</numerusform>
            <numerusform>Total: %n minutos. Haz clic en una actividad para abrir sus pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week-long challenges</source>
        <translation>Retos de una semana</translation>
    </message>
    <message>
        <source>Welcoming opening</source>
        <translation>Apertura acogedora</translation>
    </message>
    <message>
        <source>short version</source>
        <translation>versión corta</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>a duration, short ("5 min")</extracomment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{plan} (debrief)</source>
        <translation>{plan} (puesta en común)</translation>
    </message>
    <message>
        <source>{plan} (launch)</source>
        <translation>{plan} (presentación)</translation>
    </message>
</context>
<context>
    <name>program_pages</name>
    <message>
        <source>Add to today's journal prompts</source>
        <translation>Añadir a las propuestas del diario de hoy</translation>
    </message>
    <message>
        <source>Add to today's journal prompts (make a class first)</source>
        <translation>Añadir a las propuestas del diario de hoy (primero crea una clase)</translation>
    </message>
    <message>
        <source>Add to {class_name}'s journal prompts for today</source>
        <translation>Añadir a las propuestas del diario de hoy de {class_name}</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Todos los métodos</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Todas las fases</translation>
    </message>
    <message>
        <source>Class for today's journal prompts</source>
        <translation>Clase para las propuestas del diario de hoy</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guía de facilitación</translation>
    </message>
    <message>
        <source>Guide chapter</source>
        <translation>Capítulo de la guía</translation>
    </message>
    <message>
        <source>Guide chapters</source>
        <translation>Capítulos de la guía</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Prompt bank</source>
        <translation>Banco de propuestas</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Reading level</source>
        <extracomment>how hard a prompt is to read; "simple" prompts suit students new to the language</extracomment>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Buscar propuestas</translation>
    </message>
    <message>
        <source>Search the prompts (Ctrl+F)</source>
        <translation>Buscar en las propuestas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation>Planes de sesión</translation>
    </message>
    <message>
        <source>Show it on the projector ({keys})</source>
        <translation>Mostrarla en el proyector ({keys})</translation>
    </message>
    <message>
        <source>Show it on the projector, or add it to a class's journal prompts for today</source>
        <translation>Mostrarla en el proyector o añadirla a las propuestas del diario de hoy de una clase</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Simple (new to the language)</source>
        <translation>Sencillo (para quien empieza con el idioma)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Take off {class_name}'s journal prompts for today</source>
        <translation>Quitar de las propuestas del diario de hoy de {class_name}</translation>
    </message>
    <message>
        <source>The guide is missing from this installation (activities/guide/).</source>
        <translation>La guía no está en esta instalación (activities/guide/).</translation>
    </message>
    <message>
        <source>Today's journal prompts &amp;for</source>
        <extracomment>a label before the list of classes; &amp; marks the Alt key letter</extracomment>
        <translation>Propuestas del diario de hoy &amp;para</translation>
    </message>
    <message>
        <source>Twelve sessions (four per phase) and short plans for a 15-minute advisory period.</source>
        <translation>Doce sesiones (cuatro por fase) y planes breves para un rato de tutoría de 15 minutos.</translation>
    </message>
    <message>
        <source>Use this prompt… (Enter)</source>
        <translation>Usar esta propuesta… (Enter)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What to do with this prompt</source>
        <translation>Qué hacer con esta propuesta</translation>
    </message>
    <message>
        <source>any phase</source>
        <translation>cualquier fase</translation>
    </message>
    <message>
        <source>my copy</source>
        <translation>mi copia</translation>
    </message>
    <message>
        <source>on today's list</source>
        <translation>en la lista de hoy</translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n prompt(s)</source>
        <extracomment>prompts found by the search and filters, of all the prompts</extracomment>
        <translation>
            <numerusform>{found} de %n propuesta</numerusform>
            <numerusform>{found} de %n propuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompt_actions</name>
    <message>
        <source>Added to {name}'s journal prompts for today: students see it first in student mode and on their devices.</source>
        <translation>Se añadió a las propuestas del diario de hoy de {name}: el alumnado la verá primero en el modo estudiante y en sus dispositivos.</translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <extracomment>the heading above a journal prompt shown on the projector.</extracomment>
        <translation>Propuesta del diario</translation>
    </message>
    <message>
        <source>Not saved: {reason} Try again, or check the data folder has free space.</source>
        <extracomment>{reason} is a whole sentence saying what went wrong, with its full stop.</extracomment>
        <translation>No se guardó: {reason} Vuelve a intentarlo o comprueba que la carpeta de datos tiene espacio libre.</translation>
    </message>
    <message>
        <source>On the projector now, in a window of its own: Esc there closes it.</source>
        <translation>Ya está en el proyector, en su propia ventana: Esc en esa ventana la cierra.</translation>
    </message>
    <message>
        <source>On the session's projector now, until the session's next key (Page Down, B…) changes what the class sees.</source>
        <translation>Ya está en el proyector de la sesión, hasta que la siguiente tecla de la sesión (Page Down, B…) cambie lo que ve la clase.</translation>
    </message>
    <message>
        <source>Prompt on the projector</source>
        <translation>Propuesta en el proyector</translation>
    </message>
    <message>
        <source>Taken off {name}'s journal prompts for today.</source>
        <extracomment>{name} is the class's name.</extracomment>
        <translation>Se quitó de las propuestas del diario de hoy de {name}.</translation>
    </message>
    <message>
        <source>the class</source>
        <extracomment>stands in for a class's name when none is chosen ("Taken off the class's journal prompts").</extracomment>
        <translation>la clase</translation>
    </message>
</context>
<context>
    <name>results.actions</name>
    <message>
        <source>That class is no longer here.</source>
        <translation>Esa clase ya no está aquí.</translation>
    </message>
</context>
<context>
    <name>results.certificate_list</name>
    <message>
        <source>No certificate: certificates go to students marked present at one session or more.</source>
        <translation>Sin certificado: los certificados son para estudiantes con asistencia registrada en al menos una sesión.</translation>
    </message>
    <message>
        <source>never marked present</source>
        <translation>sin asistencia registrada</translation>
    </message>
    <message>
        <source>{name}, never marked present: no certificate</source>
        <translation>{name}, sin asistencia registrada: sin certificado</translation>
    </message>
</context>
<context>
    <name>results.certificates</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitador/a</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>About certificates</source>
        <translation>Sobre los certificados</translation>
    </message>
    <message>
        <source>An 'Empathy Ambassador' certificate for each student who took part, with a preview ({keys})</source>
        <translation>Un certificado de «Embajador/a de la Empatía» para cada estudiante que participó, con vista previa ({keys})</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Certificates for {class_name}</source>
        <translation>Certificados de {class_name}</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Date on the certificates</source>
        <translation>Fecha en los certificados</translation>
    </message>
    <message>
        <source>Empty: a line to sign on</source>
        <translation>Vacío: una línea para firmar</translation>
    </message>
    <message>
        <source>Facilitator's name as printed</source>
        <translation>Nombre de la persona facilitadora tal como se imprime</translation>
    </message>
    <message>
        <source>How many certificates</source>
        <translation>Cuántos certificados</translation>
    </message>
    <message numerus="yes">
        <source>Making %n certificate(s)…</source>
        <translation>
            <numerusform>Preparando %n certificado…</numerusform>
            <numerusform>Preparando %n certificados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>No certificate to preview</source>
        <translation>Ningún certificado para previsualizar</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>No preview: nobody has been marked present yet.</source>
        <translation>Sin vista previa: todavía no se ha registrado la asistencia de nadie.</translation>
    </message>
    <message>
        <source>Nobody in this class has been marked present at a session yet. Certificates go to students who took part: mark who is here when you run a session.</source>
        <translation>En esta clase todavía no se ha registrado la asistencia de nadie en ninguna sesión. Los certificados son para quienes participaron: marca quién está presente cuando dirijas una sesión.</translation>
    </message>
    <message>
        <source>Nobody is ticked, so there is nothing to save: tick the students who get a certificate.</source>
        <translation>No hay nadie marcado, así que no hay nada que guardar: marca al alumnado que recibe certificado.</translation>
    </message>
    <message>
        <source>Not saved: the certificates could not be made ({error}). The log has the details.</source>
        <translation>No se ha guardado: no se han podido preparar los certificados ({error}). El registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Not saved: {path} could not be written because {reason}. Choose another folder or a USB stick, and save again.</source>
        <translation>No se ha guardado: no se ha podido escribir {path} porque {reason}. Elige otra carpeta o una memoria USB y vuelve a guardar.</translation>
    </message>
    <message>
        <source>One A4 landscape page for each ticked student: the name they chose, the class, your name and the date. Untick a student to leave them out.</source>
        <translation>Una página A4 horizontal por cada estudiante con la casilla marcada: el nombre que eligió, la clase, tu nombre y la fecha. Quita la marca a una persona para dejarla fuera.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preview caption</source>
        <translation>Pie de la vista previa</translation>
    </message>
    <message>
        <source>Preview: {name}'s certificate</source>
        <translation>Vista previa: certificado de {name}</translation>
    </message>
    <message>
        <source>Preview: {name}'s certificate (left out: not in the saved PDF)</source>
        <translation>Vista previa: certificado de {name} (fuera: no está en el PDF guardado)</translation>
    </message>
    <message>
        <source>S&amp;tudents who took part</source>
        <translation>&amp;Estudiantes que participaron</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>Guardar los certificados como PDF</translation>
    </message>
    <message>
        <source>Saved {count} certificate(s) to {path}. Print on A4, landscape, at 100 %.</source>
        <extracomment>{count} is any number of certificates: word it to read right for one and for many</extracomment>
        <translation>Certificados guardados ({count}) en {path}. Imprime en A4, horizontal, al 100 %.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <source>Students who get a certificate</source>
        <translation>Estudiantes que reciben certificado</translation>
    </message>
    <message>
        <source>The certificate of {name}</source>
        <translation>El certificado de {name}</translation>
    </message>
    <message>
        <source>The certificate of {name} (left out: not in the saved PDF)</source>
        <translation>El certificado de {name} (fuera: no está en el PDF guardado)</translation>
    </message>
    <message>
        <source>The preview could not be made ({reason}). Saving may still work; the log has the details.</source>
        <translation>No se ha podido preparar la vista previa ({reason}). Puede que el guardado funcione igualmente; el registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Write the ticked students' certificates to a PDF (Ctrl+S)</source>
        <translation>Guardar en un PDF los certificados del alumnado marcado (Ctrl+S)</translation>
    </message>
    <message>
        <source>that drive is read-only</source>
        <translation>esa unidad es de solo lectura</translation>
    </message>
    <message>
        <source>that folder does not exist (any more)</source>
        <translation>esa carpeta no existe (o ya no existe)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>why a file was not saved; it ends the sentence "Not saved: FILE could not be written because …"</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is full</source>
        <translation>la cuota de disco está llena</translation>
    </message>
    <message>
        <source>this account may not write in that folder</source>
        <translation>esta cuenta no tiene permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <source>this account may not write there</source>
        <translation>esta cuenta no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>{class_name} certificates.pdf</source>
        <extracomment>the file name the save dialog suggests</extracomment>
        <translation>{class_name} certificados.pdf</translation>
    </message>
    <message>
        <source>{ticked} of the {present} students who took part get a certificate ({left_out} left out).</source>
        <translation>Reciben certificado: {ticked} de los {present} estudiantes que participaron (sin certificado: {left_out}).</translation>
    </message>
    <message>
        <source>{ticked} of the {present} students who took part get a certificate.</source>
        <translation>Reciben certificado: {ticked} de los {present} estudiantes que participaron.</translation>
    </message>
</context>
<context>
    <name>results.charts</name>
    <message>
        <source>After</source>
        <extracomment>above the column of answers given after the program</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <source>Attendance: sessions each student was present for</source>
        <translation>Asistencia: sesiones en las que estuvo presente cada estudiante</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>above the column of answers given before the program</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>How much each part changed, with the range we are fairly confident about</source>
        <translation>Cuánto cambió cada parte, con el intervalo del que estamos bastante seguros</translation>
    </message>
    <message>
        <source>How together the class played, per session</source>
        <translation>Sincronía de la clase en el juego de ritmo, por sesión</translation>
    </message>
    <message>
        <source>No answers to show yet.</source>
        <translation>Todavía no hay respuestas que mostrar.</translation>
    </message>
    <message>
        <source>No rhythm run with a score yet: Y starts one while a session runs.</source>
        <translation>Todavía no hay ningún intento de ritmo con puntuación: la tecla Y empieza uno durante una sesión.</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Todavía no se ha celebrado ninguna sesión.</translation>
    </message>
    <message>
        <source>No students yet.</source>
        <translation>Todavía no hay estudiantes.</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>class average</source>
        <translation>media de la clase</translation>
    </message>
    <message>
        <source>class average (too few students to show each one)</source>
        <translation>media de la clase (muy pocos estudiantes para mostrarlos por separado)</translation>
    </message>
    <message>
        <source>class average only</source>
        <translation>solo la media de la clase</translation>
    </message>
    <message>
        <source>down or same</source>
        <extracomment>the chart's key, in long words and, when they do not fit, in shorter ones</extracomment>
        <translation>bajó o sigue igual</translation>
    </message>
    <message>
        <source>down/same</source>
        <translation>baja/igual</translation>
    </message>
    <message>
        <source>higher after →</source>
        <translation>más alto después →</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>no one answered both times</source>
        <translation>nadie respondió las dos veces</translation>
    </message>
    <message>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <source>went up</source>
        <extracomment>the chart's key, in long words and, when they do not fit, in shorter ones</extracomment>
        <translation>subió</translation>
    </message>
    <message>
        <source>{change} ({low} to {high})</source>
        <extracomment>the average change and the range it is fairly sure to lie in, e.g. "+0.4 (+0.1 to +0.7)"</extracomment>
        <translation>{change} ({low} a {high})</translation>
    </message>
    <message>
        <source>{change}, too few to say</source>
        <translation>{change}, muy pocos datos para saberlo</translation>
    </message>
    <message>
        <source>{present} of {sessions}</source>
        <extracomment>sessions a student was present for, of all the sessions held: "7 of 9"</extracomment>
        <translation>{present} de {sessions}</translation>
    </message>
    <message>
        <source>{subscale}: before and after, one dot per student</source>
        <translation>{subscale}: antes y después, un punto por estudiante</translation>
    </message>
    <message>
        <source>← lower after</source>
        <translation>← más bajo después</translation>
    </message>
</context>
<context>
    <name>results.consent</name>
    <message>
        <source>Allow research use?</source>
        <translation>¿Permitir el uso para investigación?</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent for each student</source>
        <translation>Consentimiento de cada estudiante</translation>
    </message>
    <message>
        <source>Consent not saved</source>
        <translation>Consentimiento no guardado</translation>
    </message>
    <message>
        <source>Counted in this class's results</source>
        <translation>Cuenta en los resultados de esta clase</translation>
    </message>
    <message>
        <source>May leave this laptop for research (after parents agreed)</source>
        <translation>Puede salir de este portátil para investigación (con el acuerdo de las familias)</translation>
    </message>
    <message>
        <source>No students in this class yet: add them on the class page.</source>
        <translation>Todavía no hay estudiantes en esta clase: añádelos en la página de la clase.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Off unless you turn it on. On: the student's answers may be exported for research under a random code, never their name. Only after the school and the parents have agreed.</source>
        <translation>Desactivado salvo que lo actives. Activado: las respuestas de esta persona se pueden exportar para investigación con un código aleatorio, nunca con su nombre. Solo cuando el centro educativo y las familias hayan dado su acuerdo.</translation>
    </message>
    <message>
        <source>One row per student: counted in this class's results, and may leave this laptop for research.</source>
        <translation>Una fila por estudiante: si cuenta en los resultados de esta clase y si sus respuestas pueden salir de este portátil para investigación.</translation>
    </message>
    <message>
        <source>Only turn this on when the school and the parents have agreed.</source>
        <translation>Actívalo solo cuando el centro educativo y las familias hayan dado su acuerdo.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>The change was not saved: {error}</source>
        <translation>El cambio no se ha guardado: {error}</translation>
    </message>
    <message>
        <source>Their answers may then leave this laptop for research, under a random code instead of the name. You will not be asked again while this class's results stay open.</source>
        <translation>Así, sus respuestas podrán salir de este portátil para investigación, con un código aleatorio en lugar del nombre. No se te volverá a preguntar mientras los resultados de esta clase sigan abiertos.</translation>
    </message>
    <message>
        <source>Untick to leave this student's answers out of the results on this page. Their answers stay saved.</source>
        <translation>Desmarca la casilla para dejar las respuestas de esta persona fuera de los resultados de esta página. Sus respuestas siguen guardadas.</translation>
    </message>
    <message>
        <source>Untick “counted” to leave a student's answers out of these results (they stay saved). Research use stays off unless you turn it on. Space ticks or unticks the box you are on.</source>
        <translation>Desmarca «cuenta» para dejar las respuestas de una persona fuera de estos resultados (siguen guardadas). El uso para investigación queda desactivado salvo que lo actives. La barra espaciadora marca o desmarca la casilla en la que estás.</translation>
    </message>
    <message>
        <source>Yes, they have agreed</source>
        <translation>Sí, han dado su acuerdo</translation>
    </message>
    <message>
        <source>counted</source>
        <extracomment>whether a student's answers count in the class's results</extracomment>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>left out</source>
        <extracomment>whether a student's answers count in the class's results</extracomment>
        <translation>fuera</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>yes, as {code}</source>
        <extracomment>research use is allowed, under this random code instead of the name</extracomment>
        <translation>sí, como {code}</translation>
    </message>
</context>
<context>
    <name>results.page</name>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Demo class: the questionnaire answers on this page are made up, to show what results look like. Your own classes show their real answers.</source>
        <translation>Clase de demostración: las respuestas a los cuestionarios de esta página son inventadas, para mostrar cómo son los resultados. Tus propias clases muestran sus respuestas reales.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>No questionnaire answers yet. Type in the class's paper answers, before the first session and after the last, and what changed shows here.</source>
        <translation>Todavía no hay respuestas a cuestionarios. Teclea las respuestas en papel de la clase, antes de la primera sesión y después de la última, y aquí se verá lo que ha cambiado.</translation>
    </message>
    <message>
        <source>Results of {class_name}</source>
        <translation>Resultados de {class_name}</translation>
    </message>
    <message>
        <source>Results — {class_name}</source>
        <translation>Resultados — {class_name}</translation>
    </message>
</context>
<context>
    <name>results.page_view</name>
    <message>
        <source>Preview of the printed page</source>
        <translation>Vista previa de la página impresa</translation>
    </message>
</context>
<context>
    <name>results.sections</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Details: every figure, for researchers</source>
        <translation>Detalles: todas las cifras, para investigación</translation>
    </message>
    <message>
        <source>Details: {questionnaire}</source>
        <translation>Detalles: {questionnaire}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>How much each part changed</source>
        <translation>Cuánto cambió cada parte</translation>
    </message>
    <message>
        <source>How together the class played</source>
        <translation>Sincronía de la clase en el juego de ritmo</translation>
    </message>
    <message>
        <source>In each chart a dot is one student, without a name: before on the left, after on the right. A blue line went up; a grey dashed line went down or stayed the same. The black diamonds joined by a thick line are the class average.</source>
        <translation>En cada gráfico, cada punto es una persona, sin nombre: antes a la izquierda, después a la derecha. Una línea azul subió; una línea gris discontinua bajó o se quedó igual. Los rombos negros unidos por una línea gruesa son la media de la clase.</translation>
    </message>
    <message>
        <source>Read this first</source>
        <translation>Lee esto primero</translation>
    </message>
    <message>
        <source>Read this first:</source>
        <extracomment>the heading of the caveats listed under it</extracomment>
        <translation>Lee esto primero:</translation>
    </message>
    <message>
        <source>Sessions each student was present for.</source>
        <translation>Sesiones en las que estuvo presente cada estudiante.</translation>
    </message>
    <message>
        <source>The dot is the class's average change. The bar is the range we are fairly confident the true change lies in: when it crosses the “no change” line, the class may not have changed at all.</source>
        <translation>El punto es el cambio medio de la clase. La barra es el intervalo en el que estamos bastante seguros de que está el cambio real: si cruza la línea de «sin cambios», puede que la clase no haya cambiado nada.</translation>
    </message>
    <message>
        <source>The program so far</source>
        <translation>El programa hasta ahora</translation>
    </message>
    <message>
        <source>The rhythm game's togetherness, 0 to 100: the best run of each session (the whole group, never one student).</source>
        <translation>La sincronía en el juego de ritmo, de 0 a 100: el mejor intento de cada sesión (el grupo entero, nunca una sola persona).</translation>
    </message>
    <message>
        <source>{subscale}: what changed</source>
        <translation>{subscale}: qué cambió</translation>
    </message>
</context>
<context>
    <name>rhythm.cli</name>
    <message>
        <source>Clicks play; tap any key on each one. Prints the delay to give as --latency (the app stores it for you).</source>
        <translation>Suenan unos clics; pulsa cualquier tecla con cada uno. Muestra el retraso que hay que indicar con --latency (la aplicación lo guarda por ti).</translation>
    </message>
    <message>
        <source>Plays a pattern in its own window ("Empathy Ambassadors — Rhythm", full screen on the projector unless
--windowed), one player per key; gamepads and USB drum pads are joy0, joy1… (any button, in the order they
are plugged in) and MIDI drum kits midi (any note) or midi38 (one note). It ends by itself when the
exercise is over, or on Esc, and writes JSON lines: a hit line for every hit, then a summary.</source>
        <translation>Reproduce un patrón en su propia ventana ("Embajadores de la Empatía — Ritmo", a pantalla completa en el
proyector salvo con --windowed), una tecla por participante; los mandos y los pads de percusión USB son
joy0, joy1… (cualquier botón, en el orden en que se conectan) y las baterías MIDI, midi (cualquier nota)
o midi38 (una sola nota). Termina por sí solo cuando acaba el ejercicio, o con Esc, y escribe líneas JSON:
una línea "hit" por cada golpe y, al final, un resumen.</translation>
    </message>
    <message>
        <source>Rhythm exercises: list the patterns, play one, calibrate the sound.</source>
        <translation>Ejercicios de ritmo: listar los patrones, reproducir uno, calibrar el sonido.</translation>
    </message>
    <message>
        <source>a pattern id (see `rhythm list`) or a pattern .toml file</source>
        <translation>el id de un patrón (consulta `rhythm list`) o un archivo .toml de patrón</translation>
    </message>
    <message>
        <source>a window instead of full screen</source>
        <translation>una ventana en lugar de pantalla completa</translation>
    </message>
    <message>
        <source>also write the JSON lines to FILE</source>
        <translation>escribir también las líneas JSON en FILE</translation>
    </message>
    <message>
        <source>beats per minute (default: the pattern's)</source>
        <translation>pulsos por minuto (por defecto: los del patrón)</translation>
    </message>
    <message>
        <source>cannot write the record file: {reason}</source>
        <translation>no se puede escribir el archivo de registro: {reason}</translation>
    </message>
    <message>
        <source>find this machine's sound delay with a short tap-along</source>
        <translation>averiguar el retraso del sonido de este equipo dando unos golpes breves al compás</translation>
    </message>
    <message>
        <source>narrow timing windows (±23/45/90 ms)</source>
        <translation>márgenes de tiempo estrechos (±23/45/90 ms)</translation>
    </message>
    <message>
        <source>no flashing beat light: it shows the beat's number instead</source>
        <translation>sin luz del pulso parpadeante: en su lugar muestra el número del tiempo</translation>
    </message>
    <message>
        <source>one player per key, comma-separated (default a,l)</source>
        <translation>una tecla por participante, separadas por comas (por defecto a,l)</translation>
    </message>
    <message>
        <source>play N bars (default: the pattern's length)</source>
        <translation>tocar N compases (por defecto: la duración del patrón)</translation>
    </message>
    <message>
        <source>play a pattern with players on keys, pads or a MIDI kit</source>
        <translation>reproducir un patrón con participantes en teclas, pads o una batería MIDI</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>mostrar una lista JSON</translation>
    </message>
    <message>
        <source>read the whole exercise as JSON from FILE, or - for stdin (how the app starts it)</source>
        <translation>leer el ejercicio completo como JSON desde FILE, o - para la entrada estándar (así lo inicia la aplicación)</translation>
    </message>
    <message>
        <source>rhythm and drum exercises (own window; pygame)</source>
        <translation>ejercicios de ritmo y percusión (ventana propia; pygame)</translation>
    </message>
    <message>
        <source>say which pattern to play (see `python -m app rhythm list`)</source>
        <translation>indica qué patrón tocar (consulta `python -m app rhythm list`)</translation>
    </message>
    <message>
        <source>the language of the window's words: en or es (default: the system's)</source>
        <translation>el idioma de los textos de la ventana: en o es (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>the rhythm patterns</source>
        <translation>los patrones rítmicos</translation>
    </message>
    <message>
        <source>the screen to open on (default: the last one)</source>
        <translation>la pantalla en la que se abre (por defecto: la última)</translation>
    </message>
    <message>
        <source>there is no pattern {name}; patterns: {patterns}</source>
        <translation>no existe el patrón {name}; patrones: {patterns}</translation>
    </message>
    <message>
        <source>this machine's sound delay from `rhythm calibrate` (default 0)</source>
        <translation>el retraso del sonido de este equipo, obtenido con `rhythm calibrate` (por defecto 0)</translation>
    </message>
    <message>
        <source>{id} {mode} level {level}  {tempo} bpm  {seconds} s  {title}</source>
        <extracomment>one pattern a line, in columns: id, mode, level, tempo, length in seconds, title.</extracomment>
        <translation>{id} {mode} nivel {level}  {tempo} bpm  {seconds} s  {title}</translation>
    </message>
    <message>
        <source>{path}: not a rhythm pattern</source>
        <translation>{path}: no es un patrón rítmico</translation>
    </message>
</context>
<context>
    <name>rhythm.engine</name>
    <message numerus="yes">
        <source>%n tap(s) counted</source>
        <translation>
            <numerusform>%n golpe contado</numerusform>
            <numerusform>%n golpes contados</numerusform>
        </translation>
    </message>
    <message>
        <source>Empathy Ambassadors — Rhythm</source>
        <translation>Embajadores de la Empatía — Ritmo</translation>
    </message>
    <message>
        <source>No sound device: calibration needs the speakers you will use in class</source>
        <translation>No hay dispositivo de sonido: la calibración necesita los altavoces que usarás en clase</translation>
    </message>
    <message>
        <source>No sound here: follow the beat light.</source>
        <translation>Aquí no hay sonido: sigue la luz del pulso.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n tap(s) were counted (8 or more are needed). Run the calibration again and tap on every click.</source>
        <translation>
            <numerusform>Solo se contó %n golpe (hacen falta 8 o más). Vuelve a hacer la calibración y da un golpe con cada clic.</numerusform>
            <numerusform>Solo se contaron %n golpes (hacen falta 8 o más). Vuelve a hacer la calibración y da un golpe con cada clic.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only 1 tap was counted (8 or more are needed). Run the calibration again and tap on every click.</source>
        <translation>Solo se contó 1 golpe (hacen falta 8 o más). Vuelve a hacer la calibración y da un golpe con cada clic.</translation>
    </message>
    <message>
        <source>Tap any key on every click you hear</source>
        <translation>Pulsa cualquier tecla con cada clic que oigas</translation>
    </message>
</context>
<context>
    <name>rhythm.process</name>
    <message>
        <source>Calibration did not finish: {reason}</source>
        <translation>La calibración no terminó: {reason}</translation>
    </message>
    <message>
        <source>Calibration was stopped; the latency was not changed.</source>
        <translation>Se detuvo la calibración; no se cambió la latencia.</translation>
    </message>
    <message>
        <source>Stopped before the end; the figures cover what was played.</source>
        <translation>Detenido antes del final; los datos reflejan lo que se tocó.</translation>
    </message>
    <message>
        <source>Stopped before the end; the rhythm window sent no figures.</source>
        <translation>Detenido antes del final; la ventana del ritmo no envió datos.</translation>
    </message>
    <message numerus="yes">
        <source>The %n hit(s) received so far are kept.</source>
        <translation>
            <numerusform>Se conserva el %n golpe recibido hasta ahora.</numerusform>
            <numerusform>Se conservan los %n golpes recibidos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 1 hit received so far is kept.</source>
        <translation>Se conserva el único golpe recibido hasta ahora.</translation>
    </message>
    <message>
        <source>The calibration window could not be started ({reason}).</source>
        <translation>No se pudo abrir la ventana de calibración ({reason}).</translation>
    </message>
    <message>
        <source>The calibration window ended unexpectedly (exit code {code}); the latency was not changed.</source>
        <extracomment>{code} is the engine process's exit code, a number.</extracomment>
        <translation>La ventana de calibración se cerró de forma inesperada (código de salida {code}); no se cambió la latencia.</translation>
    </message>
    <message>
        <source>The exercise finished.</source>
        <translation>El ejercicio terminó.</translation>
    </message>
    <message>
        <source>The rhythm exercise could not start: {reason}</source>
        <translation>El ejercicio de ritmo no pudo empezar: {reason}</translation>
    </message>
    <message>
        <source>The rhythm window could not be started ({reason}).</source>
        <translation>No se pudo abrir la ventana del ritmo ({reason}).</translation>
    </message>
    <message>
        <source>The rhythm window crashed or was closed from outside.</source>
        <translation>La ventana del ritmo falló o se cerró desde fuera.</translation>
    </message>
    <message>
        <source>The rhythm window ended unexpectedly (exit code {code}) without its results.</source>
        <extracomment>{code} is the engine process's exit code, a number.</extracomment>
        <translation>La ventana del ritmo se cerró de forma inesperada (código de salida {code}) sin sus resultados.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>the calibration sent a result that could not be read</source>
        <extracomment>ends "Calibration did not finish: …".</extracomment>
        <translation>la calibración envió un resultado que no se pudo leer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>rhythm.view</name>
    <message>
        <source>Good start: every round gets closer.</source>
        <translation>Buen comienzo: cada ronda sale más ajustada.</translation>
    </message>
    <message>
        <source>Really together!</source>
        <translation>¡Qué sincronía!</translation>
    </message>
    <message>
        <source>Together</source>
        <extracomment>the label of the meter that shows how together the group plays.</extracomment>
        <translation>Sincronía</translation>
    </message>
    <message>
        <source>Together: {percent}%</source>
        <translation>Sincronía: {percent}%</translation>
    </message>
    <message>
        <source>Wow: you played as one!</source>
        <translation>¡Guau: todo el grupo sonó como uno solo!</translation>
    </message>
    <message>
        <source>You found the beat together!</source>
        <translation>¡El grupo encontró el pulso!</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cerca</translation>
    </message>
    <message>
        <source>near</source>
        <translation>casi</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fuera de tiempo</translation>
    </message>
    <message>
        <source>right on</source>
        <translation>justo a tiempo</translation>
    </message>
</context>
<context>
    <name>rhythm_chart</name>
    <message>
        <source>(the whole group, never one student; newest first; a thin line marks the best before)</source>
        <translation>(todo el grupo, nunca una sola persona; lo más reciente primero; una línea fina marca el mejor resultado anterior)</translation>
    </message>
    <message>
        <source>No rhythm runs yet: Y starts one while a session runs.</source>
        <extracomment>Y is the key that starts a rhythm run in the session console.</extracomment>
        <translation>Aún no hay rondas de ritmo: Y inicia una durante una sesión.</translation>
    </message>
    <message>
        <source>Rhythm: how together</source>
        <translation>Ritmo: sincronía del grupo</translation>
    </message>
    <message numerus="yes">
        <source>Togetherness over %n session(s): {values}. From 0 to 100, the best run of each session, from {first} to {last}; the latest is {latest}.</source>
        <extracomment>{values} lists the scores ("41, 55, 62"); {first} and {last} are dates; {latest} a score.</extracomment>
        <translation>
            <numerusform>Sincronía en %n sesión: {values}. De 0 a 100, la mejor ronda de cada sesión, del {first} al {last}; la más reciente es {latest}.</numerusform>
            <numerusform>Sincronía en %n sesiones: {values}. De 0 a 100, la mejor ronda de cada sesión, del {first} al {last}; la más reciente es {latest}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Togetherness over sessions, a line chart</source>
        <translation>Sincronía por sesiones, gráfico de líneas</translation>
    </message>
    <message>
        <source>Togetherness: no rhythm run with a score yet.</source>
        <translation>Sincronía: aún no hay ninguna ronda de ritmo con puntuación.</translation>
    </message>
    <message>
        <source>best before {score}</source>
        <extracomment>the class's best score before this run, a number from 0 to 100.</extracomment>
        <translation>mejor anterior {score}</translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation>terminó de forma inesperada</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>how a rhythm run ended, after its pattern's title ("Heartbeat · stopped early").</extracomment>
        <translation>se detuvo antes de tiempo</translation>
    </message>
    <message>
        <source>together {score}</source>
        <extracomment>{score} is "72 / 100": how together the group played.</extracomment>
        <translation>sincronía {score}</translation>
    </message>
</context>
<context>
    <name>roster_cells</name>
    <message>
        <source>line {line}: colour {value} is not #RRGGBB; a colour will be chosen</source>
        <translation>línea {line}: el color {value} no tiene el formato #RRGGBB; se elegirá un color</translation>
    </message>
    <message>
        <source>line {line}: icon {value} is not one of {icons}; an icon will be chosen</source>
        <translation>línea {line}: el icono {value} no es uno de estos: {icons}; se elegirá un icono</translation>
    </message>
    <message>
        <source>line {line}: the pronouns {value} are longer than {most} characters; left blank</source>
        <translation>línea {line}: los pronombres {value} tienen más de {most} caracteres; se dejan en blanco</translation>
    </message>
    <message>
        <source>line {line}: the pronouns {value} have a line break or control character; left blank</source>
        <translation>línea {line}: los pronombres {value} tienen un salto de línea o un carácter de control; se dejan en blanco</translation>
    </message>
    <message>
        <source>no name in the name column</source>
        <translation>no hay ningún nombre en la columna de nombres</translation>
    </message>
    <message>
        <source>the name cell shows a spreadsheet error ({error}) instead of a name</source>
        <translation>la celda del nombre muestra un error de la hoja de cálculo ({error}) en lugar de un nombre</translation>
    </message>
    <message>
        <source>the name has a letter that could not be read (save the sheet as CSV UTF-8 and try again)</source>
        <translation>el nombre tiene una letra que no se pudo leer (guarda la hoja como CSV UTF-8 e inténtalo de nuevo)</translation>
    </message>
    <message>
        <source>the name has an invisible control character in it</source>
        <translation>el nombre contiene un carácter de control invisible</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters</source>
        <translation>el nombre tiene más de {most} caracteres</translation>
    </message>
    <message>
        <source>the name runs over more than one line</source>
        <translation>el nombre ocupa más de una línea</translation>
    </message>
</context>
<context>
    <name>roster_csv</name>
    <message>
        <source>a cell near the top is too long to read. Is a quote mark (") missing its partner?</source>
        <translation>una celda cerca del principio es demasiado larga para leerla. ¿Hay unas comillas (") sin cerrar?</translation>
    </message>
    <message>
        <source>a quote mark (") is never closed, so everything from here to the end of the file was read as one row</source>
        <translation>unas comillas (") no se cierran nunca, así que todo lo que hay desde aquí hasta el final del archivo se leyó como una sola fila</translation>
    </message>
    <message>
        <source>already in this class</source>
        <translation>ya está en esta clase</translation>
    </message>
    <message>
        <source>column {letter} (no heading)</source>
        <translation>columna {letter} (sin encabezado)</translation>
    </message>
    <message>
        <source>from line {line}: a cell is too long to read. Is a quote mark (") missing its partner?</source>
        <translation>desde la línea {line}: una celda es demasiado larga para leerla. ¿Hay unas comillas (") sin cerrar?</translation>
    </message>
    <message>
        <source>no column for names: expected a header such as Name, First name, Display name or Student</source>
        <translation>no hay ninguna columna de nombres: se esperaba un encabezado como Nombre, Nombre de pila, Nombre para mostrar o Estudiante</translation>
    </message>
    <message>
        <source>the file has {rows} rows of students, and one import takes at most {most}: split it into smaller files (one per class) and import each</source>
        <translation>el archivo tiene {rows} filas de estudiantes, y cada importación admite como máximo {most}: divídelo en archivos más pequeños (uno por clase) e impórtalos uno a uno</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the names are in a Full name column, and we keep as little as possible about a child: add a column First name (or Display name) with the name to show in the app</source>
        <translation>los nombres están en una columna de nombre completo, y guardamos lo mínimo posible sobre cada menor: añade una columna Nombre de pila (o Nombre para mostrar) con el nombre que se mostrará en la aplicación</translation>
    </message>
    <message>
        <source>the same name as line {line} (add an initial to tell them apart)</source>
        <translation>el mismo nombre que la línea {line} (añade una inicial para diferenciarlos)</translation>
    </message>
    <message>
        <source>there are no students under the heading row</source>
        <translation>no hay estudiantes debajo de la fila de encabezados</translation>
    </message>
    <message>
        <source>this file uses every private-use character there is, which no class list does: is it the right file? Save the class list again as CSV UTF-8</source>
        <translation>este archivo usa todos los caracteres de uso privado que existen, algo que ninguna lista de clase hace: ¿es el archivo correcto? Vuelve a guardar la lista de la clase como CSV UTF-8</translation>
    </message>
    <message>
        <source>this is above the heading row (line {line}), so it is not a student</source>
        <translation>esto está encima de la fila de encabezados (línea {line}), así que no es una fila de estudiante</translation>
    </message>
</context>
<context>
    <name>roster_dialogs</name>
    <message numerus="yes">
        <source>%n row(s) will not be added:</source>
        <translation>
            <numerusform>%n fila no se añadirá:</numerusform>
            <numerusform>%n filas no se añadirán:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be added:</source>
        <translation>
            <numerusform>Se añadirá %n estudiante:</numerusform>
            <numerusform>Se añadirán %n estudiantes:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Este archivo no se puede importar:&lt;/b&gt; {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n student(s)</source>
        <translation>
            <numerusform>Añadir %n estudiante</numerusform>
            <numerusform>Añadir %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Avatar colour</source>
        <translation>Color del avatar</translation>
    </message>
    <message>
        <source>Avatar icon</source>
        <translation>Icono del avatar</translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation>Elige a dos estudiantes diferentes.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Columns ignored and not stored: {columns}</source>
        <translation>Columnas ignoradas y no guardadas: {columns}</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>First name or the name they like to be called</source>
        <translation>Nombre de pila o el nombre por el que prefiere que le llamen</translation>
    </message>
    <message>
        <source>First student</source>
        <translation>Estudiante 1</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de la clase</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <extracomment>a window title; {file} is the class list's file name.</extracomment>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Keep apart or together</source>
        <translation>Separar o juntar</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Juntar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Only you see this. Groups will honour it; the class never sees it.</source>
        <translation>Solo lo ves tú. Los grupos lo respetarán; la clase nunca lo ve.</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Pronouns (optional)</source>
        <translation>Pronombres (opcional)</translation>
    </message>
    <message>
        <source>Rows that will not be added</source>
        <translation>Filas que no se añadirán</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Second student</source>
        <translation>Estudiante 2</translation>
    </message>
    <message>
        <source>Someone in this class already has that name: add an initial to tell them apart.</source>
        <translation>Ya hay alguien en esta clase con ese nombre: añade una inicial para diferenciar los nombres.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Students to add</source>
        <translation>Estudiantes que se añadirán</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}.</source>
        <translation>Este archivo no se puede importar: {reason}.</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>a form label joining the first and the second student: "Student [A] and [B]".</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>bolt</source>
        <translation>rayo</translation>
    </message>
    <message>
        <source>drum</source>
        <translation>tambor</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>pez</translation>
    </message>
    <message>
        <source>flower</source>
        <translation>flor</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>corazón</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>line {line}: {reason} — {text}</source>
        <extracomment>{line} is the row's line number in the file, {text} the row as written there.</extracomment>
        <translation>línea {line}: {reason} — {text}</translation>
    </message>
    <message>
        <source>moon</source>
        <translation>luna</translation>
    </message>
    <message>
        <source>music</source>
        <translation>música</translation>
    </message>
    <message>
        <source>rocket</source>
        <translation>cohete</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrella</translation>
    </message>
    <message>
        <source>sun</source>
        <translation>sol</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>ola</translation>
    </message>
</context>
<context>
    <name>runner.challenge_panel</name>
    <message numerus="yes">
        <source>%n check-in(s) written</source>
        <translation>
            <numerusform>%n registro del día escrito</numerusform>
            <numerusform>%n registros del día escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Finish the challenge ({key})</source>
        <translation>Terminar el reto ({key})</translation>
    </message>
    <message>
        <source>Finishing it takes its check-ins off today's prompts; what students wrote is kept.</source>
        <translation>Al terminarlo, sus registros del día dejan de aparecer entre las propuestas de hoy; lo que escribió el alumnado se conserva.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Not started for this class yet.</source>
        <translation>Aún no se ha empezado con esta clase.</translation>
    </message>
    <message>
        <source>Start it again from today ({key})</source>
        <translation>Volver a empezarlo desde hoy ({key})</translation>
    </message>
    <message>
        <source>Start or finish the challenge</source>
        <translation>Empezar o terminar el reto</translation>
    </message>
    <message>
        <source>Start the challenge for this class ({key})</source>
        <translation>Empezar el reto con esta clase ({key})</translation>
    </message>
    <message>
        <source>Started for this class on {date}: {when}.</source>
        <translation>Empezado con esta clase el {date}: {when}.</translation>
    </message>
    <message>
        <source>Starting it puts each day's task and check-in first among today's prompts: in student mode, on devices and on printed journal sheets.</source>
        <translation>Al empezarlo, cada día su tarea y su registro del día aparecen en primer lugar entre las propuestas de hoy: en el modo estudiante, en los dispositivos y en las hojas del diario impresas.</translation>
    </message>
    <message>
        <source>The class's challenge could not be read: {error}</source>
        <translation>No se pudo leer el reto de la clase: {error}</translation>
    </message>
    <message>
        <source>The class's challenge now is {challenge}; starting this one replaces it.</source>
        <translation>El reto actual de la clase es {challenge}; si empiezas este, lo sustituye.</translation>
    </message>
    <message>
        <source>Where the class is in the challenge</source>
        <translation>En qué punto del reto está la clase</translation>
    </message>
    <message>
        <source>day {day} of {days} today</source>
        <extracomment>where the class is, after "Started for this class on &lt;date&gt;:"</extracomment>
        <translation>hoy es el día {day} de {days}</translation>
    </message>
    <message>
        <source>its five school days are over</source>
        <translation>ya pasaron sus cinco días de clase</translation>
    </message>
    <message>
        <source>starts on {date}</source>
        <translation>empieza el {date}</translation>
    </message>
    <message>
        <source>{checkins} by {students} so far (counts only: never who or what).</source>
        <extracomment>"3 check-ins written" by "2 students" so far…</extracomment>
        <translation>{checkins} por {students} hasta ahora (solo recuentos: nunca quién ni qué).</translation>
    </message>
</context>
<context>
    <name>runner.console</name>
    <message>
        <source>&lt;b&gt;PROJECTOR READY&lt;/b&gt; (F5 presents it)</source>
        <translation>&lt;b&gt;PROYECTOR LISTO&lt;/b&gt; (F5 lo muestra)</translation>
    </message>
    <message>
        <source>BLACKED OUT (B brings it back)</source>
        <translation>PANTALLA EN NEGRO (B la devuelve)</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned} planned minutes</source>
        <translation>Transcurrido: {elapsed} de {planned} minutos previstos</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} · planned {planned} of {total} min by the end of this {minutes}-min step</source>
        <translation>Transcurrido: {elapsed} · previsto: {planned} de {total} min al terminar este paso de {minutes} min</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>Guion para facilitador/a</translation>
    </message>
    <message>
        <source>NEXT</source>
        <extracomment>the caption over the thumbnail of the step that comes next</extracomment>
        <translation>SIGUIENTE</translation>
    </message>
    <message>
        <source>NOW ON THE PROJECTOR</source>
        <translation>AHORA EN EL PROYECTOR</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>Temporizador del paso</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {part}</source>
        <translation>Paso {number} de {total} · {part}</translation>
    </message>
    <message>
        <source>Turn: &lt;b&gt;{name}&lt;/b&gt; (Shift+W if they pass)</source>
        <translation>Turno: &lt;b&gt;{name}&lt;/b&gt; (Shift+W si pasa)</translation>
    </message>
    <message>
        <source>a cue for the actors</source>
        <translation>una señal para quienes actúan</translation>
    </message>
    <message>
        <source>a shared story</source>
        <translation>una historia compartida</translation>
    </message>
    <message>
        <source>no timer</source>
        <translation>sin temporizador</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>after the step timer's time left ("4:59 paused")</extracomment>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>the card (R returns it to the deck)</source>
        <translation>la tarjeta (R la devuelve a la baraja)</translation>
    </message>
    <message>
        <source>the cue “{cue}”</source>
        <translation>la señal “{cue}”</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>el final de la sesión</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>los grupos</translation>
    </message>
    <message>
        <source>the join card (J hides it)</source>
        <translation>la tarjeta para unirse (J la oculta)</translation>
    </message>
    <message>
        <source>the pause slide</source>
        <translation>la diapositiva de pausa</translation>
    </message>
    <message>
        <source>the step</source>
        <extracomment>what the projector shows, after "NOW ON THE PROJECTOR ·" or "PROJECTOR READY (F5 presents it) ·"</extracomment>
        <translation>el paso</translation>
    </message>
    <message>
        <source>who plays which role</source>
        <translation>quién hace cada papel</translation>
    </message>
    <message>
        <source>whose turn</source>
        <translation>a quién le toca</translation>
    </message>
    <message>
        <source>{heading} — {title} ({minutes} min)</source>
        <translation>{heading} — {title} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>runner.console_actions</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Navigate</source>
        <extracomment>the captions over the console's groups of buttons (shown in capitals)</extracomment>
        <translation>Navegar</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>Juego de rol</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Acciones de la sesión</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
</context>
<context>
    <name>runner.console_activity</name>
    <message>
        <source>Adaptations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>Care</source>
        <extracomment>headings in the Activity tab: how a student may sit an activity out, care notes for the facilitator, and how to adapt the activity</extracomment>
        <translation>Cuidados</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Preguntas para la puesta en común</translation>
    </message>
    <message>
        <source>Debrief questions: pick two or three, tick the ones you asked.</source>
        <translation>Preguntas para la puesta en común: elige dos o tres y marca las que hayas hecho.</translation>
    </message>
    <message>
        <source>The pass</source>
        <extracomment>headings in the Activity tab: how a student may sit an activity out, care notes for the facilitator, and how to adapt the activity</extracomment>
        <translation>El derecho a pasar</translation>
    </message>
    <message>
        <source>The pass, care notes and adaptations</source>
        <translation>Derecho a pasar, cuidados y adaptaciones</translation>
    </message>
    <message>
        <source>This step belongs to no activity.</source>
        <translation>Este paso no pertenece a ninguna actividad.</translation>
    </message>
</context>
<context>
    <name>runner.console_side</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attendance {present}/{everyone}</source>
        <extracomment>a tab's title: how many of the class are here ("Attendance 23/25")</extracomment>
        <translation>Asistencia {present}/{everyone}</translation>
    </message>
    <message>
        <source>Attendance, notes and cards</source>
        <translation>Asistencia, notas y tarjetas</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Cards ({count})</source>
        <translation>Tarjetas ({count})</translation>
    </message>
    <message>
        <source>Cards drawn this session</source>
        <translation>Tarjetas sacadas en esta sesión</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño de grupo</translation>
    </message>
    <message>
        <source>Group size (G)</source>
        <translation>Tamaño de grupo (G)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Only you see these; saved as you type.</source>
        <translation>Solo tú las ves; se guardan mientras escribes.</translation>
    </message>
    <message>
        <source>Quick notes</source>
        <translation>Notas rápidas</translation>
    </message>
    <message>
        <source>Role-play cards drawn this session, newest first.</source>
        <translation>Tarjetas de juego de rol sacadas en esta sesión, las más recientes primero.</translation>
    </message>
    <message>
        <source>Untick who is away today.</source>
        <translation>Desmarca a quien falte hoy.</translation>
    </message>
    <message>
        <source>What to remember after class…</source>
        <translation>Lo que quieres recordar después de clase…</translation>
    </message>
    <message>
        <source>on the projector</source>
        <extracomment>what became of a role-play card drawn this session</extracomment>
        <translation>en el proyector</translation>
    </message>
    <message>
        <source>played</source>
        <translation>representada</translation>
    </message>
    <message>
        <source>returned to the deck</source>
        <translation>devuelta a la baraja</translation>
    </message>
</context>
<context>
    <name>runner.console_tools</name>
    <message>
        <source> actors</source>
        <translation> intérpretes</translation>
    </message>
    <message>
        <source> min scene</source>
        <translation> min de escena</translation>
    </message>
    <message numerus="yes">
        <source>%n left in the pile</source>
        <translation>
            <numerusform>queda %n en el montón</numerusform>
            <numerusform>quedan %n en el montón</numerusform>
        </translation>
    </message>
    <message>
        <source>(S pause/resume, Shift+S clear)</source>
        <translation>(S pausa/reanuda, Shift+S lo quita)</translation>
    </message>
    <message>
        <source>Activity tools</source>
        <translation>Herramientas de la actividad</translation>
    </message>
    <message>
        <source>Actors without groups</source>
        <translation>Intérpretes sin grupos</translation>
    </message>
    <message>
        <source>Card: &lt;b&gt;{title}&lt;/b&gt; (level {level})</source>
        <translation>Tarjeta: &lt;b&gt;{title}&lt;/b&gt; (nivel {level})</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Baraja</translation>
    </message>
    <message>
        <source>Heavy cards (level 3)</source>
        <translation>Tarjetas intensas (nivel 3)</translation>
    </message>
    <message>
        <source>Include heavy cards</source>
        <translation>Incluir tarjetas intensas</translation>
    </message>
    <message>
        <source>No deck for this activity yet: D asks which one.</source>
        <translation>Aún no hay baraja para esta actividad: D pregunta cuál usar.</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>Juego de rol</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <extracomment>who plays which role, group by group: "Roles: Amara = The bystander, Ben = …; …"</extracomment>
        <translation>Papeles: {roles}</translation>
    </message>
    <message>
        <source>Scene minutes</source>
        <extracomment>spin boxes' suffixes after a number, with their leading space: "3 min scene", "3 actors"</extracomment>
        <translation>Minutos de escena</translation>
    </message>
    <message>
        <source>Scene timer</source>
        <translation>Temporizador de escena</translation>
    </message>
    <message>
        <source>Without groups, Deal roles (A) picks this many students by fair turns</source>
        <translation>Sin grupos, Repartir papeles (A) elige este número de estudiantes por turnos justos</translation>
    </message>
    <message>
        <source>content notes: {notes}</source>
        <translation>avisos de contenido: {notes}</translation>
    </message>
    <message numerus="yes">
        <source>{deck} (%n card(s))</source>
        <translation>
            <numerusform>{deck} (%n tarjeta)</numerusform>
            <numerusform>{deck} (%n tarjetas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runner.controller</name>
    <message>
        <source>Choose a deck first (D asks which).</source>
        <translation>Primero elige una baraja (D pregunta cuál).</translation>
    </message>
    <message>
        <source>D draws from {deck} in this activity (heavy cards included).</source>
        <translation>D saca tarjetas de {deck} en esta actividad (con las tarjetas intensas).</translation>
    </message>
    <message>
        <source>D draws from {deck} in this activity.</source>
        <translation>D saca tarjetas de {deck} en esta actividad.</translation>
    </message>
    <message>
        <source>Nobody is marked present.</source>
        <translation>No hay nadie marcado como presente.</translation>
    </message>
    <message>
        <source>Scene {time}</source>
        <extracomment>the role-play scene's time left, in the projector's corner: "Scene 2:45"</extracomment>
        <translation>Escena {time}</translation>
    </message>
    <message>
        <source>Scene: time's up</source>
        <translation>Escena: se acabó el tiempo</translation>
    </message>
    <message>
        <source>The deck chosen here ({deck}) is gone: choose another (D again draws from it)</source>
        <translation>La baraja elegida aquí ({deck}) ya no está: elige otra (luego D saca de ella)</translation>
    </message>
    <message>
        <source>The scene's time is up: freeze, or give it another minute.</source>
        <translation>Se acabó el tiempo de la escena: congélala o dale un minuto más.</translation>
    </message>
    <message>
        <source>There is no deck to draw from.</source>
        <translation>No hay ninguna baraja de la que sacar tarjetas.</translation>
    </message>
    <message>
        <source>There is no roles deck to deal from.</source>
        <translation>No hay ninguna baraja de papeles para repartir.</translation>
    </message>
    <message>
        <source>This activity has no deck: choose one (D again draws from it)</source>
        <translation>Esta actividad no tiene baraja: elige una (luego D saca de ella)</translation>
    </message>
    <message>
        <source>This class is not open to devices: Devices… (Ctrl+Shift+O) opens it.</source>
        <translation>Esta clase no está abierta a los dispositivos: Dispositivos… (Ctrl+Shift+O) la abre.</translation>
    </message>
    <message>
        <source>This deck has no cards to draw (heavy cards are off).</source>
        <translation>Esta baraja no tiene tarjetas que sacar (las tarjetas intensas están desactivadas).</translation>
    </message>
    <message>
        <source>This step has no deck: choose one (D again draws from it)</source>
        <translation>Este paso no tiene baraja: elige una (luego D saca de ella)</translation>
    </message>
    <message>
        <source>Time is up for this step.</source>
        <translation>Se acabó el tiempo de este paso.</translation>
    </message>
</context>
<context>
    <name>runner.deck_picker</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn this session</source>
        <translation>
            <numerusform>%n sacada en esta sesión</numerusform>
            <numerusform>%n sacadas en esta sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heavy (off unless included)</source>
        <extracomment>how many of the deck's cards are heavy (level 3), left out unless the facilitator includes them</extracomment>
        <translation>
            <numerusform>%n intensa (fuera, salvo que la incluyas)</numerusform>
            <numerusform>%n intensas (fuera, salvo que las incluyas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include heavy cards (level 3)</source>
        <translation>&amp;Incluir tarjetas intensas (nivel 3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;this step has no deck of its own.&lt;/b&gt; Which deck should D draw from? Only for this activity, this session.</source>
        <translation>&lt;b&gt;Este paso no tiene baraja propia.&lt;/b&gt; ¿De qué baraja debe sacar D? Solo para esta actividad y en esta sesión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{activity}” has no deck of its own.&lt;/b&gt; Which deck should D draw from? Only for this activity, this session.</source>
        <translation>&lt;b&gt;“{activity}” no tiene baraja propia.&lt;/b&gt; ¿De qué baraja debe sacar D? Solo para esta actividad y en esta sesión.</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Barajas</translation>
    </message>
    <message>
        <source>Draw from this deck</source>
        <translation>Sacar de esta baraja</translation>
    </message>
    <message>
        <source>Include heavy cards</source>
        <translation>Incluir tarjetas intensas</translation>
    </message>
    <message>
        <source>Which deck?</source>
        <translation>¿Qué baraja?</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>levels {lowest}–{highest}</source>
        <translation>niveles {lowest}–{highest}</translation>
    </message>
</context>
<context>
    <name>runner.observation</name>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>After-session observation</source>
        <translation>Observación después de la sesión</translation>
    </message>
    <message>
        <source>Choose at least one rating, or Skip.</source>
        <translation>Elige al menos una valoración, o pulsa Omitir.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Aún no se ha guardado: {error}</translation>
    </message>
    <message>
        <source>Number keys answer the question in the blue frame; Tab goes to the next one.</source>
        <translation>Las teclas numéricas responden a la pregunta del marco azul; Tab pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Optional: about a minute, or Skip.</source>
        <translation>Opcional: cerca de un minuto, o pulsa Omitir.</translation>
    </message>
    <message>
        <source>Press {first} to {last}, or 0 to clear</source>
        <translation>Pulsa de {first} a {last}, o 0 para borrar</translation>
    </message>
    <message>
        <source>Save  Ctrl+S</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation>Guardar  Ctrl+S</translation>
    </message>
    <message>
        <source>Save the ratings</source>
        <translation>Guardar las valoraciones</translation>
    </message>
    <message>
        <source>Saved earlier for this session: change what you like and save again.</source>
        <translation>Ya guardado antes para esta sesión: cambia lo que quieras y vuelve a guardar.</translation>
    </message>
    <message>
        <source>Skip (not today)  Esc</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation>Omitir (hoy no)  Esc</translation>
    </message>
    <message>
        <source>Skip: save nothing</source>
        <translation>Omitir: no guardar nada</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is now closed to students; their answers are kept.</source>
        <extracomment>{questionnaire} is what was closed: "Class Check-in — before the program, 12 answered,"</extracomment>
        <translation>El cuestionario {questionnaire} ya está cerrado para el alumnado; sus respuestas se conservan.</translation>
    </message>
    <message>
        <source>The session has ended: attendance and notes are saved.</source>
        <translation>La sesión ha terminado: la asistencia y las notas están guardadas.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>now {value}: {label}</source>
        <extracomment>a rating row's state for a screen reader: "now 3: often" (the number and its label)</extracomment>
        <translation>ahora {value}: {label}</translation>
    </message>
</context>
<context>
    <name>runner.projector</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Back in a moment.</source>
        <translation>Volvemos enseguida.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Grupo {number}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Vista del proyector</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papeles</translation>
    </message>
    <message>
        <source>Roles dealt</source>
        <translation>Papeles repartidos</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Time left in this step: {time}</source>
        <translation>Tiempo restante de este paso: {time}</translation>
    </message>
</context>
<context>
    <name>runner.projector_board</name>
    <message>
        <source>Whose turn: {name}</source>
        <translation>Turno de {name}</translation>
    </message>
</context>
<context>
    <name>runner.projector_card</name>
    <message>
        <source>A card from {deck} is being drawn</source>
        <translation>Se está sacando una tarjeta de {deck}</translation>
    </message>
    <message>
        <source>A card is being drawn…</source>
        <translation>Sacando una tarjeta…</translation>
    </message>
    <message>
        <source>ASK THE AUDIENCE</source>
        <translation>PREGUNTA AL PÚBLICO</translation>
    </message>
    <message>
        <source>Ask the audience</source>
        <translation>Pregunta al público</translation>
    </message>
    <message>
        <source>Card: {title}, level {level}</source>
        <translation>Tarjeta: {title}, nivel {level}</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <source>ROLES</source>
        <extracomment>small headings on a role-play card on the projector, in capitals</extracomment>
        <translation>PAPELES</translation>
    </message>
</context>
<context>
    <name>runner.questionnaire_panel</name>
    <message>
        <source>1 student is here today.</source>
        <translation>Hoy hay 1 estudiante en clase.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Open to students:&lt;/b&gt; {questionnaire} · %n answered.</source>
        <translation>
            <numerusform>&lt;b&gt;Abierto al alumnado:&lt;/b&gt; {questionnaire} · %n respuesta.</numerusform>
            <numerusform>&lt;b&gt;Abierto al alumnado:&lt;/b&gt; {questionnaire} · %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Questionnaire {when}&lt;/b&gt;: students answer on their devices, on this laptop in student mode, or on paper. {here}</source>
        <translation>&lt;b&gt;Cuestionario {when}&lt;/b&gt;: el alumnado responde en sus dispositivos, en este portátil en modo estudiante o en papel. {here}</translation>
    </message>
    <message>
        <source>Answers so far: {questionnaire}</source>
        <translation>Respuestas hasta ahora: {questionnaire}</translation>
    </message>
    <message>
        <source>Close questionnaire ({key})</source>
        <translation>Cerrar cuestionario ({key})</translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation>Cerrar el cuestionario</translation>
    </message>
    <message>
        <source>It stays open, even when you move on, until you close it or end the session.</source>
        <translation>Sigue abierto, aunque avances, hasta que lo cierres o termines la sesión.</translation>
    </message>
    <message>
        <source>Not closed: {error}</source>
        <translation>No se cerró: {error}</translation>
    </message>
    <message>
        <source>Not opened: {error}</source>
        <translation>No se abrió: {error}</translation>
    </message>
    <message>
        <source>Nothing is open to students. Open one above; only one is open at a time.</source>
        <translation>No hay nada abierto al alumnado. Abre uno arriba; solo puede haber uno abierto a la vez.</translation>
    </message>
    <message>
        <source>Open to students ({key})</source>
        <translation>Abrir al alumnado ({key})</translation>
    </message>
    <message>
        <source>Open {questionnaire} to students</source>
        <translation>Abrir {questionnaire} al alumnado</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire open to students</source>
        <translation>Cuestionario abierto al alumnado</translation>
    </message>
    <message>
        <source>Students can no longer answer it; what they answered is kept</source>
        <translation>El alumnado ya no podrá responderlo; lo que respondió se conserva</translation>
    </message>
    <message>
        <source>Students see it on their class page and in student mode now</source>
        <translation>El alumnado ya lo ve en la página de su clase y en el modo estudiante</translation>
    </message>
    <message>
        <source>The class is not open to devices yet: Devices… (Ctrl+Shift+O) opens it; student mode and paper work without it.</source>
        <translation>La clase aún no está abierta a los dispositivos: Dispositivos… (Ctrl+Shift+O) la abre; el modo estudiante y el papel funcionan sin ello.</translation>
    </message>
    <message>
        <source>The number-keys grid for this class's paper sheets</source>
        <translation>La cuadrícula de teclas numéricas para las hojas en papel de esta clase</translation>
    </message>
    <message>
        <source>Type in paper answers to {questionnaire}</source>
        <translation>Introducir las respuestas en papel de {questionnaire}</translation>
    </message>
    <message>
        <source>Type in paper answers… ({key})</source>
        <translation>Introducir respuestas en papel… ({key})</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>después de una sesión</translation>
    </message>
    <message>
        <source>after the program</source>
        <translation>después del programa</translation>
    </message>
    <message>
        <source>before the program</source>
        <extracomment>when a questionnaire is answered: "Class Check-in — before the program"</extracomment>
        <translation>antes del programa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>aún sin abrir</translation>
    </message>
    <message>
        <source>open to students now</source>
        <translation>abierto al alumnado ahora</translation>
    </message>
    <message>
        <source>{count} students are here today.</source>
        <translation>Hoy hay {count} estudiantes en clase.</translation>
    </message>
    <message numerus="yes">
        <source>{questionnaire}, %n answered,</source>
        <extracomment>what was closed, put in a sentence: "The questionnaire Class Check-in — before the program, 12 answered, is now closed to students"</extracomment>
        <translation>
            <numerusform>{questionnaire}, con %n respuesta,</numerusform>
            <numerusform>{questionnaire}, con %n respuestas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n answered</source>
        <extracomment>under a questionnaire's name: "open to students now · 12 answered"</extracomment>
        <translation>
            <numerusform>{state} · %n respuesta</numerusform>
            <numerusform>{state} · %n respuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runner.rhythm_panel</name>
    <message>
        <source> bars</source>
        <translation> compases</translation>
    </message>
    <message>
        <source> bpm</source>
        <translation> bpm</translation>
    </message>
    <message>
        <source>(Y starts, Shift+Y stops; it plays in its own window on the projector, where Esc also stops it)</source>
        <translation>(Y lo inicia, Shift+Y lo detiene; suena en su propia ventana en el proyector, donde Esc también lo detiene)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Together: {score}/100&lt;/b&gt; (the whole group).</source>
        <translation>&lt;b&gt;Sincronía: {score}/100&lt;/b&gt; (todo el grupo).</translation>
    </message>
    <message>
        <source>Bars</source>
        <extracomment>a spin box's suffix after the exercise's length in bars, with its leading space</extracomment>
        <translation>Compases</translation>
    </message>
    <message>
        <source>Calibrate sound latency</source>
        <translation>Calibrar la latencia del sonido</translation>
    </message>
    <message>
        <source>Calibrated: the sound reaches the room {latency} ms late ({taps} taps, spread {spread} ms). Saved for this laptop's data folder.</source>
        <translation>Calibrado: el sonido llega a la sala con {latency} ms de retraso ({taps} golpes, dispersión de {spread} ms). Guardado en la carpeta de datos de este portátil.</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Calibrating: the window opens on the projector. Lead the class tapping along with the clicks until it says it has enough.</source>
        <translation>Calibrando: la ventana se abre en el proyector. Guía a la clase para que dé golpes al compás de los clics hasta que la ventana indique que ya tiene suficientes.</translation>
    </message>
    <message>
        <source>Experienced players (tight)</source>
        <translation>Con experiencia (margen estrecho)</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>How late this laptop's sound reaches the room; Calibrate… measures it</source>
        <translation>Con cuánto retraso llega a la sala el sonido de este portátil; Calibrar… lo mide</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation>Desfase medio</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Not started: {reason}.</source>
        <translation>No se inició: {reason}.</translation>
    </message>
    <message>
        <source>One key per player, separated by commas: a, l, space, joy0 (drum pad), midi38</source>
        <extracomment>the key names after the colon (a, l, space, joy0, midi38) are typed as they are</extracomment>
        <translation>Una tecla por participante, separadas por comas: a, l, space, joy0 (pad de percusión), midi38</translation>
    </message>
    <message>
        <source>Pattern</source>
        <extracomment>the set-up's labels: the rhythm pattern, its tempo, its length in bars, the players' keyboard keys, the timing windows (how far from the beat a tap counts) and the sound's latency</extracomment>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Player keys</source>
        <translation>Teclas de participantes</translation>
    </message>
    <message>
        <source>Player on key {key}</source>
        <translation>Participante en la tecla {key}</translation>
    </message>
    <message>
        <source>Playing {rhythm} at {tempo} bpm, {bars} bars. Individual figures stay here, on your screen.</source>
        <translation>Sonando {rhythm} a {tempo} bpm, {bars} compases. Los datos individuales se quedan aquí, en tu pantalla.</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Rhythm pattern</source>
        <translation>Patrón rítmico</translation>
    </message>
    <message>
        <source>Rhythm players and their figures (only you see these)</source>
        <translation>Participantes del ritmo y sus datos (solo tú los ves)</translation>
    </message>
    <message>
        <source>Rhythm status</source>
        <translation>Estado del ritmo</translation>
    </message>
    <message>
        <source>Sound latency in milliseconds</source>
        <translation>Latencia del sonido en milisegundos</translation>
    </message>
    <message>
        <source>Starting {rhythm}: the rhythm window opens on the projector…</source>
        <translation>Iniciando {rhythm}: la ventana del ritmo se abre en el proyector…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Team {letter}</source>
        <extracomment>a player who is the whole team on one key; the letter is A, B, C…</extracomment>
        <translation>Equipo {letter}</translation>
    </message>
    <message>
        <source>Tempo</source>
        <extracomment>a spin box's suffix after the tempo (beats per minute), with its leading space</extracomment>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Timing windows</source>
        <extracomment>how far from the beat a tap still counts as a hit</extracomment>
        <translation>Márgenes de tiempo</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Young players (generous)</source>
        <translation>Jóvenes (margen amplio)</translation>
    </message>
    <message>
        <source>choose a rhythm pattern</source>
        <translation>elige un patrón rítmico</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cerca</translation>
    </message>
    <message>
        <source>dragging (late)</source>
        <translation>se atrasa (tarde)</translation>
    </message>
    <message>
        <source>near</source>
        <translation>casi</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fuera de tiempo</translation>
    </message>
    <message>
        <source>right on</source>
        <translation>justo a tiempo</translation>
    </message>
    <message>
        <source>rushing (early)</source>
        <extracomment>the players' table: the key a player taps, who plays it, their hits and misses, how early or late they were on average, and whether they tend to rush or drag</extracomment>
        <translation>se adelanta (pronto)</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>{player} is chosen for two keys</source>
        <translation>{player} tiene dos teclas asignadas</translation>
    </message>
</context>
<context>
    <name>runner.standalone</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{title} — Esc closes</source>
        <translation>{title} — Esc cierra</translation>
    </message>
</context>
<context>
    <name>runner.start</name>
    <message>
        <source>Add a class first: a session is always run with a class.</source>
        <translation>Primero añade una clase: una sesión siempre se hace con una clase.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>Aún no hay ninguna clase</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation>¿Retomar la sesión?</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Dirigir una sesión</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Plan de sesión</translation>
    </message>
    <message>
        <source>Session plan missing</source>
        <translation>Falta el plan de sesión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>The plan {plan} of this session is no longer in the program, so the session cannot be run. It has been ended.</source>
        <translation>El plan {plan} de esta sesión ya no está en el programa, así que la sesión no se puede realizar. Se ha dado por terminada.</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>una sesión</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n student(s))</source>
        <translation>
            <numerusform>{name} (%n estudiante)</numerusform>
            <numerusform>{name} (%n estudiantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{session} was not ended (step {step}). Resume it where it stopped? Attendance and notes are kept.</source>
        <translation>{session} no se terminó (paso {step}). ¿Retomarla donde se quedó? La asistencia y las notas se conservan.</translation>
    </message>
</context>
<context>
    <name>runner.summary</name>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation>Cerrar  Esc</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>The session has ended: attendance and notes are saved.</source>
        <translation>La sesión ha terminado: la asistencia y las notas están guardadas.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today: {session}</source>
        <translation>Hoy: {session}</translation>
    </message>
</context>
<context>
    <name>runner.thumbnails</name>
    <message>
        <source>Nothing (dark)</source>
        <translation>Nada (en negro)</translation>
    </message>
    <message>
        <source>Projector view of the next step (off-screen)</source>
        <translation>Vista del proyector del siguiente paso (fuera de pantalla)</translation>
    </message>
    <message>
        <source>What the projector shows next</source>
        <translation>Lo que mostrará después el proyector</translation>
    </message>
    <message>
        <source>What the projector shows now</source>
        <translation>Lo que muestra ahora el proyector</translation>
    </message>
</context>
<context>
    <name>runner.window</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>A second screen is connected: press F5 to present on it.</source>
        <translation>Hay una segunda pantalla conectada: pulsa F5 para proyectar en ella.</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Todas las herramientas</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>Clear scene timer</source>
        <translation>Quitar el temporizador de escena</translation>
    </message>
    <message>
        <source>Countdown for the class</source>
        <translation>Mostrar el tiempo restante a la clase</translation>
    </message>
    <message>
        <source>Deal roles</source>
        <translation>Repartir papeles</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Dispositivos…</translation>
    </message>
    <message>
        <source>Draw card</source>
        <translation>Sacar tarjeta</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>End this session? Attendance and notes are saved. An ended session cannot be resumed.</source>
        <translation>¿Terminar esta sesión? La asistencia y las notas se guardan. Una sesión terminada no se puede retomar.</translation>
    </message>
    <message>
        <source>End this session? Attendance and notes are saved. The questionnaire open to students ({questionnaire}) will be closed; what they answered is kept. An ended session cannot be resumed.</source>
        <translation>¿Terminar esta sesión? La asistencia y las notas se guardan. El cuestionario abierto al alumnado ({questionnaire}) se cerrará; lo que respondió se conserva. Una sesión terminada no se puede retomar.</translation>
    </message>
    <message>
        <source>F5 shows the projector view; Esc hides it. Page Down / Page Up move between steps; B blacks out the projector.</source>
        <translation>F5 muestra la vista del proyector; Esc la oculta. Page Down / Page Up pasan de un paso a otro; B pone el proyector en negro.</translation>
    </message>
    <message>
        <source>Freeze!</source>
        <extracomment>a cue shown big on the projector: the actors stop where they are</extracomment>
        <translation>¡Escena congelada!</translation>
    </message>
    <message>
        <source>Join card</source>
        <translation>Tarjeta para unirse</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Hacer grupos</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>the student passes their turn</comment>
        <translation>Pasar turno</translation>
    </message>
    <message>
        <source>Pause slide</source>
        <translation>Diapositiva de pausa</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pausar temporizador</translation>
    </message>
    <message>
        <source>Pause/Start timer</source>
        <translation>Pausar/iniciar temporizador</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>show on the projector</comment>
        <translation>Proyectar</translation>
    </message>
    <message>
        <source>Projector text as fitted</source>
        <translation>Texto del proyector a tamaño ajustado</translation>
    </message>
    <message>
        <source>Projector text at {percent}% of the fitted size.</source>
        <translation>Texto del proyector al {percent} % del tamaño ajustado.</translation>
    </message>
    <message>
        <source>Projector text larger</source>
        <translation>Texto del proyector más grande</translation>
    </message>
    <message>
        <source>Projector text smaller</source>
        <translation>Texto del proyector más pequeño</translation>
    </message>
    <message>
        <source>Return card</source>
        <extracomment>the short label of "Return card to the deck" on its button, followed by its key (R)</extracomment>
        <translation>Devolver tarjeta</translation>
    </message>
    <message>
        <source>Return card to the deck</source>
        <translation>Devolver la tarjeta a la baraja</translation>
    </message>
    <message>
        <source>Scene timer</source>
        <translation>Temporizador de escena</translation>
    </message>
    <message>
        <source>Show the rhythm and role-play tools on every step (F9); otherwise they appear on the steps that use them</source>
        <translation>Muestra las herramientas de ritmo y de juego de rol en todos los pasos (F9); si no, aparecen en los pasos que las usan</translation>
    </message>
    <message>
        <source>Start rhythm</source>
        <translation>Iniciar ritmo</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Dejar de proyectar</translation>
    </message>
    <message>
        <source>Stop rhythm</source>
        <translation>Detener ritmo</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Intercambiar pantallas</translation>
    </message>
    <message>
        <source>Switch perspective</source>
        <extracomment>a cue shown big on the projector: the actors play the scene from another role's side</extracomment>
        <translation>Cambio de perspectiva</translation>
    </message>
    <message>
        <source>The projector screen was disconnected. Press F5 to present on this screen.</source>
        <translation>Se desconectó la pantalla del proyector. Pulsa F5 para proyectar en esta pantalla.</translation>
    </message>
    <message>
        <source>Whose turn?</source>
        <translation>¿A quién le toca?</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>A short questionnaire</source>
        <translation>Un cuestionario breve</translation>
    </message>
    <message>
        <source>After the program</source>
        <translation>Después del programa</translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation>Antes del programa</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Fin de la sesión</translation>
    </message>
    <message>
        <source>Hand out the printed journal sheets (Print journal sheets…, Ctrl+Shift+J in the main window, before the session). Collect them only if students chose to let you read them; the rest go home.</source>
        <translation>Reparte las hojas del diario impresas (Imprimir hojas del diario…, Ctrl+Shift+J en la ventana principal, antes de la sesión). Recoge solo las de quienes hayan decidido dejarte leerlas; las demás se las llevan a casa.</translation>
    </message>
    <message>
        <source>Keep the room calm: students stay at their desks, or sit where they can answer quietly. There are {number} short questionnaires, one after the other, about {minutes} minutes in all.</source>
        <translation>Mantén el aula en calma: el alumnado se queda en su sitio, o se sienta donde pueda responder con tranquilidad. Son {number} cuestionarios breves, uno tras otro, de unos {minutes} minutos en total.</translation>
    </message>
    <message>
        <source>Keep the room calm: students stay at their desks, or sit where they can answer quietly. This is a short questionnaire, about {minutes} minutes in all.</source>
        <translation>Mantén el aula en calma: el alumnado se queda en su sitio, o se sienta donde pueda responder con tranquilidad. Es un cuestionario breve, de unos {minutes} minutos en total.</translation>
    </message>
    <message>
        <source>No device? The laptop comes round to you, or take a paper sheet.</source>
        <translation>¿No tienes dispositivo? El portátil pasará por tu sitio, o pide una hoja en papel.</translation>
    </message>
    <message>
        <source>No writing today: read one prompt aloud, give thirty seconds to think, and let students tell a partner if they want to.</source>
        <translation>Hoy no se escribe: lee una propuesta en voz alta, da treinta segundos para pensar y deja que quien quiera se lo cuente a la persona de al lado.</translation>
    </message>
    <message>
        <source>On your phone, tablet or Chromebook: it is on your class page.</source>
        <translation>En tu teléfono, tableta o Chromebook: está en la página de tu clase.</translation>
    </message>
    <message>
        <source>On your phone, tablet or Chromebook: open {address}</source>
        <translation>En tu teléfono, tableta o Chromebook: abre {address}</translation>
    </message>
    <message>
        <source>On your phone, tablet or Chromebook: open {address} · code {code}</source>
        <translation>En tu teléfono, tableta o Chromebook: abre {address} · código {code}</translation>
    </message>
    <message>
        <source>Quiet writing time. Students choose one prompt, or write freely. Nobody has to share; private stays private.</source>
        <translation>Tiempo de escritura en silencio. El alumnado elige una propuesta o escribe libremente. Nadie tiene que compartir nada; lo privado sigue siendo privado.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Say: "Before we begin, I'd like to know how things are for you right now: how you notice other people, and how it feels to be in this class. At the end of the program we'll answer the same questions again, so we can see together whether these sessions made a difference. That only works if you answer honestly — the way it really is, not the way you think it should be."</source>
        <translation>Di: "Antes de empezar, me gustaría saber cómo te van las cosas ahora mismo: cómo te fijas en las demás personas y cómo te sientes en esta clase. Al final del programa volveremos a responder las mismas preguntas, para ver como grupo si estas sesiones han cambiado algo. Eso solo funciona si respondes con sinceridad: como son las cosas de verdad, no como crees que deberían ser."</translation>
    </message>
    <message>
        <source>Say: "In our very first session you answered some questions about yourselves and this class. Now that we have come to the end of the program, we answer the same questions again, so we can see what has changed — for the class as a whole, not for any one person. Answer for how things are now, not how you remember answering last time."</source>
        <translation>Di: "En nuestra primera sesión respondiste algunas preguntas sobre ti y sobre esta clase. Ahora que hemos llegado al final del programa, volvemos a responder las mismas preguntas, para ver qué ha cambiado: para la clase en su conjunto, no para ninguna persona en concreto. Responde según cómo van las cosas ahora, no según lo que recuerdes haber respondido la otra vez."</translation>
    </message>
    <message>
        <source>Say: "There are no right or wrong answers, and nobody gets a mark. You can skip any question: in this program you always have a pass. Nobody in the class sees your answers. If you answer on paper, I am the only one who sees the sheet, when I type it in, and the results are only ever shown for the whole class."</source>
        <translation>Di: "No hay respuestas correctas ni incorrectas, y nadie recibe una nota. Puedes saltarte cualquier pregunta: en este programa siempre tienes derecho a pasar. Nadie de la clase ve tus respuestas. Si respondes en papel, soy la única persona que ve la hoja, cuando paso las respuestas al portátil, y los resultados solo se muestran para la clase entera."</translation>
    </message>
    <message>
        <source>See you next time.</source>
        <translation>Hasta la próxima.</translation>
    </message>
    <message>
        <source>Show this while the class arrives. Start the first step when everyone is settled.</source>
        <translation>Muestra esta diapositiva mientras llega la clase. Empieza el primer paso cuando todo el mundo esté en su sitio.</translation>
    </message>
    <message>
        <source>Some questions about you and this class, right now.</source>
        <translation>Algunas preguntas sobre ti y sobre esta clase, ahora mismo.</translation>
    </message>
    <message>
        <source>Students write in student mode on this laptop, on their own devices (the class page shows the same prompts), or on printed journal sheets: Print journal sheets… (Ctrl+Shift+J) in the main window, before the session.</source>
        <translation>El alumnado escribe en el modo estudiante de este portátil, en sus propios dispositivos (la página de la clase muestra las mismas propuestas) o en hojas del diario impresas: Imprimir hojas del diario… (Ctrl+Shift+J) en la ventana principal, antes de la sesión.</translation>
    </message>
    <message>
        <source>Students write on their own devices (the class page shows these prompts) or in student mode on this laptop, passed round.</source>
        <translation>El alumnado escribe en sus propios dispositivos (la página de la clase muestra estas propuestas) o en el modo estudiante de este portátil, que va pasando de mano en mano.</translation>
    </message>
    <message>
        <source>Thank the class. Save any notes, then close the session.</source>
        <translation>Da las gracias a la clase. Guarda las notas que tengas y luego cierra la sesión.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>The same questions as in our first session: how are things now?</source>
        <translation>Las mismas preguntas que en nuestra primera sesión: ¿cómo van las cosas ahora?</translation>
    </message>
    <message>
        <source>Then open it below (Open to students): it appears on the class page of every joined device. Show the join card (J) if devices still have to join. Hand paper sheets to anyone who prefers paper, and take the laptop in student mode to anyone without a device.</source>
        <translation>Después, ábrelo aquí debajo (Abrir al alumnado): aparece en la página de la clase de cada dispositivo conectado. Muestra la tarjeta para unirse (J) si aún quedan dispositivos por unirse. Da hojas en papel a quien prefiera el papel, y lleva el portátil en modo estudiante a quien no tenga dispositivo.</translation>
    </message>
    <message>
        <source>Then open it below (Open to students): it appears on the class page of every joined device. Show the join card (J) if devices still have to join. Hand paper sheets to anyone who prefers paper, and take the laptop in student mode to anyone without a device. Only one is open at a time: when most have finished the first, open the next (give the slowest readers a moment first).</source>
        <translation>Después, ábrelo aquí debajo (Abrir al alumnado): aparece en la página de la clase de cada dispositivo conectado. Muestra la tarjeta para unirse (J) si aún quedan dispositivos por unirse. Da hojas en papel a quien prefiera el papel, y lleva el portátil en modo estudiante a quien no tenga dispositivo. Solo puede haber uno abierto a la vez: cuando la mayoría haya terminado el primero, abre el siguiente (antes, da un momento a quienes leen más despacio).</translation>
    </message>
    <message>
        <source>There are no right or wrong answers, and nobody gets a mark.</source>
        <translation>No hay respuestas correctas ni incorrectas, y nadie recibe una nota.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome slide</source>
        <translation>Diapositiva de bienvenida</translation>
    </message>
    <message>
        <source>When most are done, close it (Close questionnaire), collect the sheets face down, and thank the class: "Thank you. That helps us make these sessions better." Type the paper answers in after the session (Type in paper answers…).</source>
        <translation>Cuando la mayoría haya terminado, ciérralo (Cerrar cuestionario), recoge las hojas boca abajo y da las gracias a la clase: "Gracias. Esto nos ayuda a mejorar estas sesiones." Después de la sesión, pasa al portátil las respuestas en papel (Introducir respuestas en papel…).</translation>
    </message>
    <message>
        <source>While they answer, stay quiet and close by. If someone asks what a word means, explain the word, never which answer to give. A student who does not want to answer at all does not have to: take a blank sheet back without comment. Anyone who finishes early can draw or read.</source>
        <translation>Mientras responden, quédate en silencio y cerca. Si alguien pregunta qué significa una palabra, explica la palabra, nunca qué respuesta dar. Quien no quiera responder nada no tiene por qué hacerlo: recoge la hoja en blanco sin hacer comentarios. Quien termine antes puede dibujar o leer.</translation>
    </message>
    <message>
        <source>Write or draw.</source>
        <translation>Escribe o dibuja.</translation>
    </message>
    <message>
        <source>You can skip any question. Nobody in the class sees your answers.</source>
        <translation>Puedes saltarte cualquier pregunta. Nadie de la clase ve tus respuestas.</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>{title} is a published research questionnaire: if you read its questions aloud, read them word for word, and explain a word only when asked.</source>
        <translation>{title} es un cuestionario de investigación publicado: si lees sus preguntas en voz alta, léelas palabra por palabra, y explica una palabra solo cuando te lo pidan.</translation>
    </message>
    <message>
        <source>★ Ambassadors co-lead this part, with the leader card “{card}”. Stand beside them: the pass, safety and anything that goes wrong stay yours (card up means hand back).</source>
        <translation>★ Los embajadores y embajadoras codirigen esta parte, con la tarjeta de liderazgo “{card}”. Ponte a su lado: el derecho a pasar, la seguridad y cualquier cosa que salga mal siguen siendo responsabilidad tuya (tarjeta arriba significa que te devuelven el liderazgo).</translation>
    </message>
    <message>
        <source>★ Ambassadors co-lead this part, with the leader card “{card}”. The card says: {words} Stand beside them: the pass, safety and anything that goes wrong stay yours (card up means hand back).</source>
        <translation>★ Los embajadores y embajadoras codirigen esta parte, con la tarjeta de liderazgo “{card}”. La tarjeta dice: {words} Ponte a su lado: el derecho a pasar, la seguridad y cualquier cosa que salga mal siguen siendo responsabilidad tuya (tarjeta arriba significa que te devuelven el liderazgo).</translation>
    </message>
</context>
<context>
    <name>session_progress</name>
    <message numerus="yes">
        <source>%n run(s), no score</source>
        <translation>
            <numerusform>%n ronda, sin puntuación</numerusform>
            <numerusform>%n rondas, sin puntuación</numerusform>
        </translation>
    </message>
    <message>
        <source>All {count} sessions of the program are completed. Pick any plan to run it again.</source>
        <translation>Las {count} sesiones del programa están completadas. Elige cualquier plan para volver a hacerlo.</translation>
    </message>
    <message>
        <source>Cards drawn</source>
        <translation>Tarjetas sacadas</translation>
    </message>
    <message>
        <source>Groups made</source>
        <translation>Grupos formados</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Session {number} ended at an early step: run it again, or pick another.</source>
        <translation>La sesión {number} terminó en uno de los primeros pasos: vuelve a hacerla o elige otra.</translation>
    </message>
    <message>
        <source>Session {number} ended at step {step} of {total}: run it again, or pick another.</source>
        <translation>La sesión {number} terminó en el paso {step} de {total}: vuelve a hacerla o elige otra.</translation>
    </message>
    <message>
        <source>Session {number} is next: Session {done} is completed.</source>
        <translation>La siguiente es la sesión {number}: la sesión {done} está completada.</translation>
    </message>
    <message>
        <source>Session {number} is next: Sessions {done} are completed.</source>
        <extracomment>{done} lists session numbers: "1–3 and 5".</extracomment>
        <translation>La siguiente es la sesión {number}: las sesiones {done} están completadas.</translation>
    </message>
    <message>
        <source>Session {number} is the first of the program.</source>
        <translation>La sesión {number} es la primera del programa.</translation>
    </message>
    <message>
        <source>Session {number} stopped at an early step: run it again, or pick another.</source>
        <translation>La sesión {number} se quedó en uno de los primeros pasos: vuelve a hacerla o elige otra.</translation>
    </message>
    <message>
        <source>Session {number} stopped at step {step} of {total}: run it again, or pick another.</source>
        <translation>La sesión {number} se quedó en el paso {step} de {total}: vuelve a hacerla o elige otra.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>This program has no numbered sessions: pick a plan.</source>
        <translation>Este programa no tiene sesiones numeradas: elige un plan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Turns taken</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>ended at an unknown step</source>
        <translation>terminó en un paso desconocido</translation>
    </message>
    <message>
        <source>ended at step {step} of {total}</source>
        <translation>terminó en el paso {step} de {total}</translation>
    </message>
    <message>
        <source>no run</source>
        <translation>ninguna ronda</translation>
    </message>
    <message>
        <source>not ended yet, at an unknown step</source>
        <translation>aún sin terminar, en un paso desconocido</translation>
    </message>
    <message>
        <source>not ended yet, at step {step} of {total}</source>
        <translation>aún sin terminar, en el paso {step} de {total}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>together {score}/100</source>
        <translation>sincronía {score}/100</translation>
    </message>
    <message>
        <source>together {score}/100 (best run)</source>
        <translation>sincronía {score}/100 (mejor ronda)</translation>
    </message>
    <message>
        <source>{cards} ({returned} returned)</source>
        <translation>{cards} (devueltas: {returned})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>a list of session numbers: "1, 2 and 5" ({first} is "1, 2", {last} is "5").</extracomment>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{present} of {students}</source>
        <translation>{present} de {students}</translation>
    </message>
    <message>
        <source>{step} of {total} · completed</source>
        <translation>{step} de {total} · completada</translation>
    </message>
    <message>
        <source>{step} of {total} · ended before the last core step</source>
        <translation>{step} de {total} · terminó antes del último paso de la parte central</translation>
    </message>
    <message>
        <source>{turns} ({passes} passed)</source>
        <translation>{turns} (pasaron: {passes})</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Empathy Ambassadors was started again on this data folder: this is the window that is open.</source>
        <translation>Embajadores de la Empatía se volvió a abrir con esta carpeta de datos: esta es la ventana que está abierta.</translation>
    </message>
</context>
<context>
    <name>spreadsheet_text</name>
    <message>
        <source>the file is {size} MB, and a spreadsheet to import may be at most {most} MB: is it the right file? Save just the sheet you need as CSV</source>
        <translation>el archivo ocupa {size} MB, y una hoja de cálculo para importar puede ocupar como máximo {most} MB: ¿es el archivo correcto? Guarda como CSV solo la hoja que necesitas</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet the app reads (an old Excel .xls or a LibreOffice .ods?): save it as .xlsx or CSV UTF-8 first</source>
        <translation>este archivo no es una hoja de cálculo que la app pueda leer (¿un Excel antiguo .xls o un .ods de LibreOffice?): guárdalo primero como .xlsx o como CSV UTF-8</translation>
    </message>
    <message>
        <source>this file says it is UTF-16 (Excel's "Unicode text") but it is cut short or damaged: open it in the spreadsheet and save it again as CSV UTF-8</source>
        <translation>este archivo dice que es UTF-16 ("Texto Unicode" de Excel), pero está cortado o dañado: ábrelo en la hoja de cálculo y vuelve a guardarlo como CSV UTF-8</translation>
    </message>
</context>
<context>
    <name>spreadsheet_xlsx</name>
    <message>
        <source>this Excel file could not be read ({problem}): open it in the spreadsheet and save it again</source>
        <translation>no se pudo leer este archivo de Excel ({problem}): ábrelo en la hoja de cálculo y vuelve a guardarlo</translation>
    </message>
    <message>
        <source>this Excel file has no sheet</source>
        <translation>este archivo de Excel no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>this Excel file's first sheet has more than {count} cells: is it the right file?</source>
        <translation>la primera hoja de este archivo de Excel tiene más de {count} celdas: ¿es el archivo correcto?</translation>
    </message>
</context>
<context>
    <name>store.bundle_file</name>
    <message>
        <source>'{name}' is not a list of records</source>
        <translation>'{name}' no es una lista de registros</translation>
    </message>
    <message>
        <source>Copy the file again from the laptop that made it.</source>
        <translation>Vuelve a copiar el archivo desde el portátil que lo creó.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Update this copy of Empathy Ambassadors first, then import the file again.</source>
        <translation>Primero actualiza esta copia de Embajadores de la Empatía y luego vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>a number that is not finite</source>
        <translation>un número que no es finito</translation>
    </message>
    <message>
        <source>a number too large to store</source>
        <translation>un número demasiado grande para guardarlo</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>un valor verdadero/falso</translation>
    </message>
    <message>
        <source>a {kind} instead of a single value</source>
        <translation>un valor de tipo {kind} en lugar de un valor único</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>it holds a single value longer than the {count} characters any field may have</source>
        <translation>contiene un único valor más largo que los {count} caracteres que puede tener cualquier campo</translation>
    </message>
    <message>
        <source>it holds {count} records of '{name}', more than the {most} one kind may have</source>
        <translation>contiene {count} registros de '{name}', más de los {most} que puede tener cada tipo</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>está incompleto</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it lists {count} records of '{name}', more than the {most} one kind may have</source>
        <translation>indica {count} registros de '{name}', más de los {most} que puede tener cada tipo</translation>
    </message>
    <message>
        <source>its contents do not unpack</source>
        <translation>su contenido no se puede descomprimir</translation>
    </message>
    <message>
        <source>its data cannot be read</source>
        <translation>sus datos no se pueden leer</translation>
    </message>
    <message>
        <source>its data is not laid out as a class bundle</source>
        <translation>sus datos no tienen la estructura de un paquete de clase</translation>
    </message>
    <message>
        <source>its summary has no valid '{field}'</source>
        <translation>su resumen no tiene un valor válido de '{field}'</translation>
    </message>
    <message>
        <source>its summary lists {said} records of '{name}' but it holds {held}</source>
        <translation>su resumen indica {said} registros de '{name}', pero contiene {held}</translation>
    </message>
    <message>
        <source>record {number} of '{name}' has no {missing}</source>
        <translation>al registro {number} de '{name}' le falta {missing}</translation>
    </message>
    <message>
        <source>record {number} of '{name}' has unexpected {extra}</source>
        <translation>el registro {number} de '{name}' tiene campos inesperados ({extra})</translation>
    </message>
    <message>
        <source>record {number} of '{name}' has unexpected {extra} and no {missing}</source>
        <translation>el registro {number} de '{name}' tiene campos inesperados ({extra}) y le falta {missing}</translation>
    </message>
    <message>
        <source>record {number} of '{name}' holds {problem} in '{column}'</source>
        <translation>el registro {number} de '{name}' contiene {problem} en '{column}'</translation>
    </message>
    <message>
        <source>record {number} of '{name}' is not a record</source>
        <translation>el registro {number} de '{name}' no es un registro</translation>
    </message>
    <message>
        <source>text longer than {count} characters</source>
        <translation>texto de más de {count} caracteres</translation>
    </message>
    <message>
        <source>text that is not valid Unicode</source>
        <translation>texto que no es Unicode válido</translation>
    </message>
    <message>
        <source>unpacked, it would be more than {size}</source>
        <translation>una vez descomprimido, ocuparía más de {size}</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{path} cannot be found. Check that the USB stick is plugged in, then choose the file again.</source>
        <translation>No se encuentra {path}. Comprueba que la memoria USB está conectada y vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its contents are not what a class bundle should hold ({detail}). Make the bundle again on the laptop that made it; if that does not help, ask for help.</source>
        <translation>{path} no se puede importar: su contenido no es lo que debería contener un paquete de clase ({detail}). Vuelve a crear el paquete en el portátil en el que se creó; si eso no lo soluciona, pide ayuda.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). Check that the USB stick is plugged in and try again, or copy the file onto this laptop first.</source>
        <translation>No se puede leer {path} ({reason}). Comprueba que la memoria USB está conectada e inténtalo de nuevo, o copia antes el archivo en este portátil.</translation>
    </message>
    <message>
        <source>{path} has been changed since it was made (its checksum does not match).</source>
        <translation>{path} se ha modificado desde que se creó (su suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>{path} holds a kind of data this version does not know ('{name}'); it was probably made by a newer version of Empathy Ambassadors.</source>
        <translation>{path} contiene un tipo de datos que esta versión no conoce ('{name}'); probablemente lo creó una versión más reciente de Embajadores de la Empatía.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a class bundle. Choose the {suffix} file inside it.</source>
        <translation>{path} es una carpeta, no un paquete de clase. Elige el archivo {suffix} que hay dentro.</translation>
    </message>
    <message>
        <source>{path} is damaged or was not copied completely ({detail}).</source>
        <translation>{path} está dañado o no se copió completo ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not an Empathy Ambassadors bundle. Choose a class bundle file (its name ends in {suffix}) made with Empathy Ambassadors.</source>
        <translation>{path} no es un paquete de Embajadores de la Empatía. Elige un archivo de paquete de clase (su nombre termina en {suffix}) creado con Embajadores de la Empatía.</translation>
    </message>
    <message>
        <source>{path} is too large to import: {detail}. Check that this is the right file.</source>
        <translation>{path} es demasiado grande para importarlo: {detail}. Comprueba que es el archivo correcto.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Empathy Ambassadors (it was made by version {version}).</source>
        <translation>{path} lo creó una versión más reciente de Embajadores de la Empatía (la versión {version}).</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Empathy Ambassadors.</source>
        <translation>{path} lo creó una versión más reciente de Embajadores de la Empatía.</translation>
    </message>
</context>
<context>
    <name>store.bundle_write</name>
    <message>
        <source>The class bundle could not be saved to {target}: it would be larger than {size} MB, more than another laptop would read. Export a single class instead; nothing was written.</source>
        <translation>No se pudo guardar el paquete de clase en {target}: ocuparía más de {size} MB, más de lo que otro portátil podría leer. Exporta una sola clase; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The class bundle could not be saved to {target}: it would hold {count} records of '{name}', more than the {most} a bundle carries; nothing was written.</source>
        <translation>No se pudo guardar el paquete de clase en {target}: contendría {count} registros de '{name}', más de los {most} que admite un paquete; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The class bundle could not be saved to {target}: record {number} of '{name}' holds {problem} in '{column}', more than a bundle carries. Shorten it, then export again; nothing was written.</source>
        <translation>No se pudo guardar el paquete de clase en {target}: el registro {number} de '{name}' contiene {problem} en '{column}', más de lo que admite un paquete. Acórtalo y vuelve a exportar; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The class bundle could not be saved to {target}: {reason}; nothing was written.</source>
        <translation>No se pudo guardar el paquete de clase en {target}: {reason}; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>it could not be written ({reason}): choose another place</source>
        <translation>no se pudo escribir ({reason}): elige otro lugar</translation>
    </message>
    <message>
        <source>that name is not allowed there: choose a shorter name without special characters</source>
        <translation>ese nombre no está permitido ahí: elige un nombre más corto y sin caracteres especiales</translation>
    </message>
    <message>
        <source>the disk is full: free some space or choose another place</source>
        <translation>el disco está lleno: libera espacio o elige otro lugar</translation>
    </message>
    <message>
        <source>the disk is read-only (check the lock switch on the USB stick): choose another place</source>
        <translation>el disco es de solo lectura (comprueba el interruptor de bloqueo de la memoria USB): elige otro lugar</translation>
    </message>
    <message>
        <source>the disk stopped answering (was the USB stick removed?): check it and try again</source>
        <translation>el disco ha dejado de responder (¿se ha sacado la memoria USB?): compruébalo e inténtalo de nuevo</translation>
    </message>
    <message>
        <source>the file is too large for this disk: choose another place</source>
        <translation>el archivo es demasiado grande para este disco: elige otro lugar</translation>
    </message>
    <message>
        <source>the folder does not exist (was the USB stick removed?): choose another place</source>
        <translation>la carpeta no existe (¿se ha sacado la memoria USB?): elige otro lugar</translation>
    </message>
    <message>
        <source>there is a folder with that name: choose another name</source>
        <translation>ya hay una carpeta con ese nombre: elige otro nombre</translation>
    </message>
    <message>
        <source>this place cannot be written to (it may be read-only, or the file may be open in another program): choose another place</source>
        <translation>no se puede escribir en este lugar (puede que sea de solo lectura o que el archivo esté abierto en otro programa): elige otro lugar</translation>
    </message>
</context>
<context>
    <name>store.db</name>
    <message>
        <source>No backup was found. Copy the file somewhere safe and ask for help; or start with a fresh data folder using --data-dir.</source>
        <translation>No se encontró ninguna copia de seguridad. Copia el archivo en un lugar seguro y pide ayuda; o empieza con una carpeta de datos nueva usando --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose a folder you can write to with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos {folder} ({reason}). Elige con --data-dir una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>The database is busy: the app or another command is saving. Waiting up to {seconds} s …</source>
        <translation>La base de datos está ocupada: la aplicación u otro comando está guardando. Esperando hasta {seconds} s …</translation>
    </message>
    <message>
        <source>The database was still busy after {seconds} s. Nothing was changed. Finish or close what is saving in the app, then run the command again.</source>
        <translation>La base de datos seguía ocupada después de {seconds} s. No se ha cambiado nada. Termina o cierra lo que se está guardando en la aplicación y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that the folder is writable, or choose another with --data-dir.</source>
        <translation>No se puede abrir la base de datos {path} ({reason}). Comprueba que se puede escribir en la carpeta o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}. It has not been changed.</source>
        <translation>No se puede abrir la base de datos {path}: {reason}. No se ha modificado.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written ({reason}). Nothing was changed.</source>
        <translation>No se puede escribir en la base de datos {path} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database {path} could not be prepared ({reason}). Nothing was lost. If the disk is full, free some space; if another copy of the app is open on it, close that one.</source>
        <translation>No se pudo preparar la base de datos {path} ({reason}). No se ha perdido nada. Si el disco está lleno, libera espacio; si hay otra copia de la aplicación abierta con ella, ciérrala.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Empathy Ambassadors (schema {version}; this version knows up to {latest}). It has not been changed. Install the newer version, or open a different data folder with --data-dir.</source>
        <translation>La base de datos {path} la escribió una versión más reciente de Embajadores de la Empatía (esquema {version}; esta versión conoce hasta el {latest}). No se ha modificado. Instala la versión más reciente o abre otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The last good backup is {backup}. Choose 'Restore backup' in the app, or run `python -m app restore "{backup}"`; the damaged file is kept aside, not deleted.</source>
        <translation>La última copia de seguridad buena es {backup}. Elige “Restaurar la copia de seguridad” en la aplicación o ejecuta `python -m app restore "{backup}"`; el archivo dañado se guarda aparte, no se borra.</translation>
    </message>
    <message>
        <source>it could not be read (it is missing or not a file)</source>
        <translation>no se pudo leer (falta o no es un archivo)</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>it is a database of some other program</source>
        <translation>es una base de datos de otro programa</translation>
    </message>
    <message>
        <source>it is damaged ({details})</source>
        <translation>está dañada ({details})</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>no es un archivo de base de datos</translation>
    </message>
</context>
<context>
    <name>store.exchange</name>
    <message>
        <source>Nothing was imported from {name}: the backup this laptop makes first could not be written ({reason}). Free some space in the data folder, then try again.</source>
        <translation>No se importó nada de {name}: no se pudo escribir la copia de seguridad que este portátil hace antes ({reason}). Libera espacio en la carpeta de datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>import again and choose to apply the deletions</source>
        <translation>vuelve a importar y elige aplicar los borrados</translation>
    </message>
    <message>
        <source>record {number} of 'measure_answers' holds an answer that is not a small number</source>
        <translation>el registro {number} de 'measure_answers' contiene una respuesta que no es un número pequeño</translation>
    </message>
    <message>
        <source>record {number} of 'sessions' has a step that is not a whole number</source>
        <translation>el registro {number} de 'sessions' tiene un paso que no es un número entero</translation>
    </message>
    <message>
        <source>record {number} of 'tombstones' is a kind of deletion this version does not know</source>
        <translation>el registro {number} de 'tombstones' es un tipo de borrado que esta versión no conoce</translation>
    </message>
    <message>
        <source>record {number} of '{table}' has an unknown '{column}'</source>
        <translation>el registro {number} de '{table}' tiene un valor desconocido en '{column}'</translation>
    </message>
    <message>
        <source>record {number} of '{table}' has no valid '{column}'</source>
        <translation>el registro {number} de '{table}' no tiene un valor válido en '{column}'</translation>
    </message>
    <message>
        <source>{name} could not be imported ({reason}). Nothing was imported. If the disk is full, free some space; if another copy of the app is open, close it; then try again.</source>
        <translation>No se pudo importar {name} ({reason}). No se importó nada. Si el disco está lleno, libera espacio; si hay otra copia de la aplicación abierta, ciérrala; luego inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} does not fit together (it refers to things it does not contain: {reason}). Nothing was imported. Export it again on the laptop that made it.</source>
        <translation>{name} no es coherente (hace referencia a cosas que no contiene: {reason}). No se importó nada. Vuelve a exportarlo en el portátil en el que se creó.</translation>
    </message>
    <message>
        <source>{name} does not fit together with the other bundles or within itself ({reason}). Export it again on the laptop that made it.</source>
        <translation>{name} no es coherente con los otros paquetes o consigo mismo ({reason}). Vuelve a exportarlo en el portátil en el que se creó.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its contents are not what a class bundle should hold ({detail}). Make the bundle again on the laptop that made it. Nothing was imported.</source>
        <translation>{path} no se puede importar: su contenido no es lo que debería contener un paquete de clase ({detail}). Vuelve a crear el paquete en el portátil en el que se creó. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>store.import_plan</name>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n registro de asistencia</numerusform>
            <numerusform>%n registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n registro de consentimiento</numerusform>
            <numerusform>%n registros de consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n respuesta de cuestionario</numerusform>
            <numerusform>%n respuestas de cuestionario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire round(s)</source>
        <translation>
            <numerusform>%n ronda de cuestionario</numerusform>
            <numerusform>%n rondas de cuestionario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rhythm hit(s)</source>
        <translation>
            <numerusform>%n golpe de ritmo</numerusform>
            <numerusform>%n golpes de ritmo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rhythm run(s)</source>
        <translation>
            <numerusform>%n ronda de ritmo</numerusform>
            <numerusform>%n rondas de ritmo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session step(s)</source>
        <translation>
            <numerusform>%n paso de sesión</numerusform>
            <numerusform>%n pasos de sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>a class this laptop does not have</source>
        <translation>una clase que este portátil no tiene</translation>
    </message>
    <message>
        <source>a journal entry by {name}, deleted there</source>
        <translation>una entrada del diario de {name}, borrada allí</translation>
    </message>
    <message>
        <source>a rhythm run this laptop does not have</source>
        <translation>una ronda de ritmo que este portátil no tiene</translation>
    </message>
    <message>
        <source>a session this laptop does not have</source>
        <translation>una sesión que este portátil no tiene</translation>
    </message>
    <message>
        <source>a student this laptop does not have</source>
        <translation>un/a estudiante que este portátil no tiene</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>clase {name}</translation>
    </message>
    <message>
        <source>class {name} with {parts}</source>
        <translation>clase {name} con {parts}</translation>
    </message>
    <message>
        <source>class {name}, marked deleted</source>
        <translation>clase {name}, con marca de borrado</translation>
    </message>
    <message>
        <source>student {name}</source>
        <translation>estudiante {name}</translation>
    </message>
    <message>
        <source>student {name} with {parts}</source>
        <translation>estudiante {name} con {parts}</translation>
    </message>
    <message>
        <source>student {name}, marked deleted</source>
        <translation>estudiante {name}, con marca de borrado</translation>
    </message>
    <message>
        <source>the rhythm run {name} of {date}</source>
        <translation>la ronda de ritmo {name} del {date}</translation>
    </message>
    <message>
        <source>the rhythm run {name} of {date} with {parts}</source>
        <translation>la ronda de ritmo {name} del {date} con {parts}</translation>
    </message>
    <message>
        <source>the rhythm run {name} of {date}, marked deleted</source>
        <translation>la ronda de ritmo {name} del {date}, con marca de borrado</translation>
    </message>
    <message>
        <source>the session of {date} in class {name}</source>
        <translation>la sesión del {date} en la clase {name}</translation>
    </message>
    <message>
        <source>the session of {date} in class {name} with {parts}</source>
        <translation>la sesión del {date} en la clase {name} con {parts}</translation>
    </message>
    <message>
        <source>the session of {date}, marked deleted</source>
        <translation>la sesión del {date}, con marca de borrado</translation>
    </message>
</context>
<context>
    <name>store.import_words</name>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Antes se hizo una copia de seguridad: {path}</translation>
    </message>
    <message>
        <source>Added {things}.</source>
        <translation>Se añadió lo siguiente: {things}.</translation>
    </message>
    <message>
        <source>Brought up to date {things}.</source>
        <translation>Se actualizó lo siguiente: {things}.</translation>
    </message>
    <message>
        <source>Deleted on the other laptop (you choose whether to delete them here too):</source>
        <translation>Se borró en el otro portátil (tú eliges si se borra también aquí):</translation>
    </message>
    <message>
        <source>Deleted on the other laptop, NOT deleted here unless you ask:</source>
        <translation>Se borró en el otro portátil, pero NO se borra aquí salvo que lo pidas:</translation>
    </message>
    <message>
        <source>Deleted, as on the other laptop: {deletions}.</source>
        <translation>Se borró, como en el otro portátil: {deletions}.</translation>
    </message>
    <message>
        <source>Importing would add {things}.</source>
        <translation>Al importar se añadiría lo siguiente: {things}.</translation>
    </message>
    <message>
        <source>It would also delete (deleted on the other laptop):</source>
        <translation>Además, se borraría (porque se borró en el otro portátil):</translation>
    </message>
    <message>
        <source>It would bring up to date {things}.</source>
        <translation>Se actualizaría lo siguiente: {things}.</translation>
    </message>
    <message>
        <source>Left out with them unless they are applied: {things}.</source>
        <translation>Se dejan fuera junto con ellos, salvo que se apliquen: {things}.</translation>
    </message>
    <message>
        <source>Left out with them: {things}.</source>
        <translation>Se dejó fuera junto con ellos: {things}.</translation>
    </message>
    <message>
        <source>Not brought back (deleted on this laptop): {things}.</source>
        <translation>No se vuelve a traer (se borró en este portátil): {things}.</translation>
    </message>
    <message>
        <source>Nothing new: this laptop already had everything in the bundle.</source>
        <translation>Nada nuevo: este portátil ya tenía todo lo que hay en el paquete.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Nada que añadir.</translation>
    </message>
    <message>
        <source>Nothing would be deleted.</source>
        <translation>No se borraría nada.</translation>
    </message>
    <message>
        <source>Skipped deletions (made on the other laptop, not carried out here): {deletions}. To apply them, {how_to_apply}.</source>
        <translation>Borrados omitidos (hechos en el otro portátil, no aplicados aquí): {deletions}. Para aplicarlos, {how_to_apply}.</translation>
    </message>
    <message>
        <source>The bundle holds nothing.</source>
        <translation>El paquete no contiene nada.</translation>
    </message>
    <message>
        <source>The bundle holds {things}.</source>
        <translation>El paquete contiene {things}.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>{deletions} of things this laptop does not have (only noted, so they never arrive later)</source>
        <translation>{deletions} de cosas que este portátil no tiene (solo se anotan, para que nunca lleguen más tarde)</translation>
    </message>
    <message>
        <source>{entries} by {authors}, deleted there</source>
        <translation>{entries} de {authors} (borrado hecho allí)</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{things} marked deleted there</source>
        <translation>con marca de borrado allí: {things}</translation>
    </message>
</context>
<context>
    <name>store.in_use</name>
    <message>
        <source>the app on the computer {host}</source>
        <translation>la aplicación en el equipo {host}</translation>
    </message>
    <message>
        <source>the app window (process {pid})</source>
        <translation>la ventana de la aplicación (proceso {pid})</translation>
    </message>
</context>
<context>
    <name>store.journal</name>
    <message>
        <source>The disk is full, so your writing is not saved yet. It stays on screen: ask your teacher to free space.</source>
        <translation>El disco está lleno, así que lo que has escrito aún no se ha guardado. Sigue en la pantalla: pide a tu profe que libere espacio.</translation>
    </message>
    <message>
        <source>The journal is busy, so your writing is not saved yet. It stays on screen and is tried again.</source>
        <translation>El diario está ocupado, así que lo que has escrito aún no se ha guardado. Sigue en la pantalla y se volverá a intentar.</translation>
    </message>
    <message>
        <source>Your writing is not saved yet ({reason}). It stays on screen and is tried again.</source>
        <translation>Lo que has escrito aún no se ha guardado ({reason}). Sigue en la pantalla y se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>store.journal_review</name>
    <message>
        <source>That entry is not shared with you, so it cannot be marked or noted.</source>
        <translation>Esa entrada no se ha compartido contigo, así que no se puede marcar ni añadirle una nota.</translation>
    </message>
    <message>
        <source>That search could not be run ({reason}). Try fewer or simpler words.</source>
        <translation>No se pudo hacer esa búsqueda ({reason}). Prueba con menos palabras o con palabras más sencillas.</translation>
    </message>
</context>
<context>
    <name>store.measure</name>
    <message>
        <source>The answer could not be taken back ({reason}); nothing was changed.</source>
        <translation>No se pudo retirar la respuesta ({reason}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The answers are not saved yet ({reason}).</source>
        <translation>Las respuestas aún no se han guardado ({reason}).</translation>
    </message>
    <message>
        <source>The consent could not be saved ({reason}); nothing was changed.</source>
        <translation>No se pudo guardar el consentimiento ({reason}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The questionnaire round could not be started ({reason}); nothing was changed.</source>
        <translation>No se pudo empezar la ronda del cuestionario ({reason}); no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>store.sealing</name>
    <message>
        <source>A PIN is {fewest} to {most} digits.</source>
        <translation>Un PIN tiene de {fewest} a {most} cifras.</translation>
    </message>
</context>
<context>
    <name>store.settings</name>
    <message>
        <source>The setting could not be saved ({problem}).</source>
        <translation>No se pudo guardar el ajuste ({problem}).</translation>
    </message>
</context>
<context>
    <name>student.entries</name>
    <message>
        <source>(nothing written yet)</source>
        <translation>(todavía no hay nada escrito)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Locked (written before a PIN reset)</source>
        <translation>Bloqueada (escrita antes de reiniciar el PIN)</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>who can read an entry, as a badge in the student's list of entries (short: the list is narrow)</extracomment>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation>Muro de historias</translation>
    </message>
    <message>
        <source>This entry was written before a PIN reset. It cannot be opened any more.</source>
        <translation>Esta entrada se escribió antes de reiniciar el PIN. Ya no se puede abrir.</translation>
    </message>
</context>
<context>
    <name>student.kiosk</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Each questionnaire answer was saved as it was given.</source>
        <translation>Cada respuesta al cuestionario se guardó en el momento de darla.</translation>
    </message>
    <message>
        <source>Facilitator password:</source>
        <translation>Contraseña de facilitador/a:</translation>
    </message>
    <message>
        <source>For the facilitator: needs the facilitator password (Ctrl+Shift+L).</source>
        <translation>Para la persona facilitadora: necesita su contraseña (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Leave student mode</source>
        <translation>Salir del modo estudiante</translation>
    </message>
    <message>
        <source>No facilitator password is set, so anyone can leave student mode. Leave now? (Set a password in Settings.)</source>
        <translation>No hay contraseña de facilitador/a, así que cualquiera puede salir del modo estudiante. ¿Salir ahora? (Pon una contraseña en Configuración.)</translation>
    </message>
    <message>
        <source>Student mode</source>
        <translation>Modo estudiante</translation>
    </message>
    <message>
        <source>Student mode stays open. Your facilitator can leave it with their password.</source>
        <translation>El modo estudiante sigue abierto. Tu facilitador/a puede salir con su contraseña.</translation>
    </message>
    <message>
        <source>Student mode — {class_name}</source>
        <translation>Modo estudiante — {class_name}</translation>
    </message>
    <message>
        <source>Thank you, {name}. Your writing is saved.</source>
        <translation>Gracias, {name}. Lo que has escrito está guardado.</translation>
    </message>
    <message>
        <source>That is not the facilitator password, so student mode stays on.</source>
        <translation>Esa no es la contraseña de la persona facilitadora, así que el modo estudiante sigue activo.</translation>
    </message>
    <message>
        <source>That name is no longer in this class.</source>
        <translation>Ese nombre ya no está en esta clase.</translation>
    </message>
    <message>
        <source>Their last words are not saved yet; the app keeps them and keeps trying.</source>
        <translation>Sus últimas palabras aún no están guardadas; la aplicación las conserva y sigue intentándolo.</translation>
    </message>
    <message>
        <source>Their writing is saved.</source>
        <translation>Lo que había escrito está guardado.</translation>
    </message>
    <message>
        <source>{name}'s journal was locked after {duration} without typing.</source>
        <extracomment>{duration} is the idle time, such as "2 minutes" or "90 seconds"</extracomment>
        <translation>El diario de {name} se bloqueó tras {duration} sin escribir.</translation>
    </message>
    <message>
        <source>{name}, your last words are not saved yet. The app keeps them and keeps trying.</source>
        <translation>{name}, tus últimas palabras aún no están guardadas. La aplicación las conserva y sigue intentándolo.</translation>
    </message>
</context>
<context>
    <name>student.pin_pad</name>
    <message>
        <source>Back to names</source>
        <translation>Volver a los nombres</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Cifra {digit}</translation>
    </message>
    <message>
        <source>Hi, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits):</source>
        <translation>PIN nuevo (de 4 a 12 cifras):</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repite el PIN nuevo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje sobre el PIN</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Poner un PIN</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask your teacher to reset it.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo o pide a tu profe que lo reinicie.</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>El mismo PIN otra vez:</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Los dos PIN no son iguales. Escríbelos otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos. Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados intentos. Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Primero escribe tu PIN.</translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation>Escribe tu PIN y pulsa OK.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <source>Your PIN locks your private entries. If you forget it, your teacher can reset it, but entries written before that stay locked for ever.</source>
        <translation>Tu PIN protege tus entradas privadas. Si lo olvidas, tu profe puede reiniciarlo, pero las entradas que escribiste antes quedarán bloqueadas para siempre.</translation>
    </message>
</context>
<context>
    <name>student.prompts</name>
    <message>
        <source>A prompt from another session</source>
        <translation>Una propuesta de otra sesión</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>the heading of the prompts that belong to no phase of the program</extracomment>
        <translation>Para cualquier momento</translation>
    </message>
    <message>
        <source>Choose a prompt to write about, or free writing.</source>
        <translation>Elige una propuesta sobre la que escribir, o escritura libre.</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>Free writing: write about anything you like.</source>
        <translation>Escritura libre: escribe sobre lo que quieras.</translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation>Más propuestas…</translation>
    </message>
    <message>
        <source>Today's prompts</source>
        <translation>Propuestas de hoy</translation>
    </message>
    <message>
        <source>Today: {task}</source>
        <extracomment>{task} is what the class's challenge asks of them today</extracomment>
        <translation>Hoy: {task}</translation>
    </message>
    <message>
        <source>What to write about</source>
        <translation>Sobre qué escribir</translation>
    </message>
</context>
<context>
    <name>student.questionnaire</name>
    <message>
        <source>About these questions</source>
        <translation>Sobre estas preguntas</translation>
    </message>
    <message>
        <source>Answer {number} of {count} (key {number})</source>
        <translation>Respuesta {number} de {count} (tecla {number})</translation>
    </message>
    <message>
        <source>Back to my writing</source>
        <translation>Volver a mi diario</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Earlier answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Tecla {number}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Look over my answers</source>
        <translation>Revisar mis respuestas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Next question, keeping my answer</source>
        <translation>Siguiente pregunta, sin cambiar mi respuesta</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Nobody in your class sees them.</source>
        <translation>Nadie de tu clase las ve.</translation>
    </message>
    <message>
        <source>Nobody in your class sees your answers.</source>
        <translation>Nadie de tu clase ve tus respuestas.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire finished</source>
        <translation>Cuestionario terminado</translation>
    </message>
    <message>
        <source>Questionnaire: {title}</source>
        <translation>Cuestionario: {title}</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Saltar esta</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Skipping is not saved yet: the laptop is busy. Press “Skip this one” again in a moment.</source>
        <extracomment>“Skip this one” is the button's words: say them as that button is translated</extracomment>
        <translation>Aún no se ha guardado que te has saltado esta pregunta: el portátil está ocupado. Vuelve a pulsar «Saltar esta» en un momento.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>¡Gracias, {name}!</translation>
    </message>
    <message>
        <source>This questionnaire has closed</source>
        <translation>Este cuestionario se ha cerrado</translation>
    </message>
    <message>
        <source>Tip: keys 1 to {last} choose an answer too. You can skip any question.</source>
        <translation>Truco: las teclas del 1 al {last} también eligen una respuesta. Puedes saltarte cualquier pregunta.</translation>
    </message>
    <message>
        <source>What happens to your answers</source>
        <translation>Qué pasa con tus respuestas</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) and skipped {skipped}.</source>
        <translation>
            <numerusform>Has respondido %n pregunta y te has saltado {skipped}.</numerusform>
            <numerusform>Has respondido %n preguntas y te has saltado {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s).</source>
        <translation>
            <numerusform>Has respondido %n pregunta.</numerusform>
            <numerusform>Has respondido %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can skip any question</source>
        <translation>Puedes saltarte cualquier pregunta</translation>
    </message>
    <message>
        <source>You can skip any question.</source>
        <translation>Puedes saltarte cualquier pregunta.</translation>
    </message>
    <message>
        <source>You skipped this one before. You can answer it now, or skip it again.</source>
        <translation>Antes te saltaste esta pregunta. Puedes responderla ahora o volver a saltarla.</translation>
    </message>
    <message>
        <source>Your answer is not saved yet: the laptop is busy. Choose it again in a moment.</source>
        <translation>Tu respuesta aún no está guardada: el portátil está ocupado. Vuelve a elegirla en un momento.</translation>
    </message>
    <message>
        <source>Your answers are already saved (Esc)</source>
        <translation>Tus respuestas ya están guardadas (Esc)</translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation>Tus respuestas están guardadas.</translation>
    </message>
    <message>
        <source>Your facilitator closed it. Any answers you gave before are saved.</source>
        <translation>Tu facilitador/a lo ha cerrado. Las respuestas que diste antes están guardadas.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
</context>
<context>
    <name>student.questionnaire_offer</name>
    <message>
        <source>&lt;b&gt;Questionnaire:&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;Cuestionario:&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation>Responder las preguntas</translation>
    </message>
    <message>
        <source>Go on answering</source>
        <translation>Seguir respondiendo</translation>
    </message>
    <message>
        <source>Look over my answers</source>
        <translation>Revisar mis respuestas</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire: {title}.</source>
        <translation>Cuestionario: {title}.</translation>
    </message>
    <message numerus="yes">
        <source>Takes about %n minute(s). You can skip any question.</source>
        <translation>
            <numerusform>Dura más o menos %n minuto. Puedes saltarte cualquier pregunta.</numerusform>
            <numerusform>Dura más o menos %n minutos. Puedes saltarte cualquier pregunta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>más o menos %n minuto</numerusform>
            <numerusform>más o menos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{given} of {total} answered · about %n minute(s) left</source>
        <translation>
            <numerusform>{given} de {total} respondidas · queda más o menos %n minuto</numerusform>
            <numerusform>{given} de {total} respondidas · quedan más o menos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done: thank you!</source>
        <translation>✓ Hecho: ¡gracias!</translation>
    </message>
</context>
<context>
    <name>student.tiles</name>
    <message>
        <source>For the facilitator: needs the facilitator password.</source>
        <translation>Para la persona facilitadora: necesita su contraseña.</translation>
    </message>
    <message>
        <source>Leave student mode</source>
        <translation>Salir del modo estudiante</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Tap your name to open your journal.</source>
        <translation>Toca tu nombre para abrir tu diario.</translation>
    </message>
    <message>
        <source>There are no names in this class yet. Ask your teacher to add them.</source>
        <translation>Todavía no hay nombres en esta clase. Pide a tu profe que los añada.</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>¿Quién va a escribir?</translation>
    </message>
</context>
<context>
    <name>student.writer</name>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Cambiar mi PIN…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Borrar entrada</translation>
    </message>
    <message>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>¿Borrar esta entrada para siempre? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>No hay nadie con la sesión iniciada.</translation>
    </message>
    <message>
        <source>Not saved yet: trying again in a moment…</source>
        <translation>Aún no está guardado: se volverá a intentar en un momento…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Print my journal</source>
        <translation>Imprimir mi diario</translation>
    </message>
    <message>
        <source>Private entries are never shown to anyone else in the app.</source>
        <translation>Las entradas privadas nunca se muestran a nadie más en la aplicación.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Poner un PIN</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Poner un PIN…</translation>
    </message>
    <message>
        <source>Start writing. Your words save by themselves.</source>
        <translation>Empieza a escribir. Lo que escribes se guarda solo.</translation>
    </message>
    <message>
        <source>That entry was written before a PIN reset, so it cannot be opened.</source>
        <translation>Esa entrada se escribió antes de reiniciar el PIN, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>The PIN could not be set just now. Try again in a moment.</source>
        <translation>Ahora mismo no se ha podido poner el PIN. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The entry could not be deleted just now. Try again in a moment.</source>
        <translation>Ahora mismo no se ha podido borrar la entrada. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The entry is deleted.</source>
        <translation>La entrada se ha borrado.</translation>
    </message>
    <message>
        <source>There is nothing to delete yet.</source>
        <translation>Todavía no hay nada que borrar.</translation>
    </message>
    <message>
        <source>They are also locked with your PIN.</source>
        <translation>Además, están protegidas con tu PIN.</translation>
    </message>
    <message>
        <source>Today: {task}</source>
        <extracomment>{task} is what the class's challenge asks of them today</extracomment>
        <translation>Hoy: {task}</translation>
    </message>
    <message>
        <source>With a PIN, they are also locked with it.</source>
        <translation>Si pones un PIN, también quedan protegidas con él.</translation>
    </message>
    <message>
        <source>Your PIN is set. Your private entries are locked with it.</source>
        <translation>Tu PIN está listo. Tus entradas privadas quedan protegidas con él.</translation>
    </message>
    <message>
        <source>Your entry is open: read it or write on.</source>
        <translation>Tu entrada está abierta: léela o sigue escribiendo.</translation>
    </message>
    <message>
        <source>Your journal could not be saved as {path} ({reason}). Try another folder, such as Documents or a USB stick.</source>
        <translation>No se ha podido guardar tu diario como {path} ({reason}). Prueba con otra carpeta, como Documentos, o con una memoria USB.</translation>
    </message>
    <message>
        <source>Your journal is saved as {file}. Open it to print it.</source>
        <translation>Tu diario se ha guardado como {file}. Ábrelo para imprimirlo.</translation>
    </message>
    <message>
        <source>Your writing is not saved yet, so the PIN cannot be set now. Try again in a moment.</source>
        <translation>Lo que has escrito aún no está guardado, así que ahora no se puede poner el PIN. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{name} journal.pdf</source>
        <extracomment>the file name offered for the student's journal PDF; {name} is the student's name</extracomment>
        <translation>Diario de {name}.pdf</translation>
    </message>
</context>
<context>
    <name>student.writer_view</name>
    <message>
        <source>A PIN locks your private entries</source>
        <translation>Un PIN protege tus entradas privadas</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>"A−" and "A+" are the buttons that make the writing smaller and larger</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Borrar entrada…</translation>
    </message>
    <message>
        <source>Delete the open entry for good</source>
        <translation>Borrar para siempre la entrada abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>the button that saves and closes the student's journal, back to the names</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Larger writing</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Mis entradas</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Print my journal…</source>
        <translation>Imprimir mi diario…</translation>
    </message>
    <message>
        <source>Private — only me</source>
        <translation>Privada — solo yo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Save and go back to the names</source>
        <translation>Guardar y volver a los nombres</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation>Guardar ahora (también se guarda solo)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save your journal as a PDF to print</source>
        <translation>Guarda tu diario como PDF para imprimirlo</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Poner un PIN…</translation>
    </message>
    <message>
        <source>Share with my facilitator</source>
        <translation>Compartir con mi facilitador/a</translation>
    </message>
    <message>
        <source>Share with the class (story wall)</source>
        <translation>Compartir con la clase (muro de historias)</translation>
    </message>
    <message>
        <source>Smaller writing</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Empezar una entrada nueva</translation>
    </message>
    <message>
        <source>What private means</source>
        <translation>Qué significa privada</translation>
    </message>
    <message>
        <source>Who can read this entry?</source>
        <translation>¿Quién puede leer esta entrada?</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Quién está escribiendo</translation>
    </message>
    <message>
        <source>Write about:</source>
        <translation>Escribe sobre:</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Escribe aquí…</translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation>Tu texto</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>any phase</source>
        <translation>cualquier fase</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>reto</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>core</source>
        <translation>parte central</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>dibujo</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>tambores</translation>
    </message>
    <message>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <source>game</source>
        <translation>juego</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escucha</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <source>rhythm</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <source>role-play</source>
        <translation>juego de rol</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>sencillo</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>storytelling</source>
        <translation>narración</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>bienvenida</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escritura</translation>
    </message>
</context>
</TS>
