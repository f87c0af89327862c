# Mensajes de heo-bot en español de España (traducidos de en-US.ftl).
#
# Las menciones y marcas de tiempo de Discord (<@…>, <t:…:R>) siempre llegan como variables.

## El idioma

# Su propio nombre, tal como lo muestra /language set.
language-name = Español

# Cómo se escriben los números: 12.345,5
number-group-separator = {"."}
number-decimal-separator = {","}
# Cifras mínimas para agrupar: con 2 se escribe 1234 pero 12.345.
number-group-min-digits = {"2"}

## Palabras compartidas (src/replies/words.rs)

# La acción como título o etiqueta de botón.
action-title-start = Iniciar
action-title-stop = Detener
action-title-restart = Reiniciar
action-title-kill = Forzar apagado
# La acción como verbo, tras «No se ha podido» ($verb); va seguida del servidor.
action-verb-start = iniciar
action-verb-stop = detener
action-verb-restart = reiniciar
action-verb-kill = apagar a la fuerza
# La acción como sustantivo, en «esta orden de …» ($noun).
action-noun-start = arranque
action-noun-stop = parada
action-noun-restart = reinicio
action-noun-kill = apagado forzado

# Cuánto esperar ($wait en otros mensajes).
wait-unknown = un minuto
wait-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
wait-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
wait-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}

## Resultados de las acciones y motivos por los que no se envió nada (src/replies.rs, src/replies/failures.rs)

power-requested = { $emoji } **{ $title }: solicitado** por { $asker } para { $server }. HEO lo ha aceptado; el servidor puede tardar un poco en completarlo.
power-failed = ⚠️ **No se ha podido { $verb }** { $server } (a petición de { $asker }): { $detail }

invalid-server-id = Ese ID de servidor { $why }, así que no se ha enviado nada. Usa el ID que aparece en el panel web de HEO, como `srv_123`.
server-id-empty = está vacío
server-id-too-long = tiene más de { $max } caracteres
server-id-hidden-character = contiene un salto de línea o un carácter invisible (como un espacio de ancho cero o una marca de derecha a izquierda)
server-id-dot-segment = no es un ID de servidor

needs-manage-server = Necesitas el permiso **Gestionar servidor** para hacer eso.
guild-only = Este comando solo funciona dentro de un servidor de Discord.
guild-not-served = Este bot solo atiende a los servidores de Discord que ha indicado su propietario, así que no se ha hecho nada. Ahora va a salir de este servidor.
store-failed = El bot no ha podido acceder a su base de datos, así que no se ha cambiado nada. Vuelve a intentarlo en un momento; si sigue pasando, pide al propietario del bot que revise sus registros.
restarting = El bot se está reiniciando, así que no se ha enviado nada. Vuelve a intentarlo en un minuto.
internal-error = Algo ha fallado dentro del bot y no se ha hecho nada más. Vuelve a intentarlo; si sigue pasando, pide al propietario del bot que revise sus registros.
bad-arguments = El bot no ha entendido las opciones de ese comando. Si el bot se acaba de actualizar, espera un minuto a que Discord actualice sus comandos y vuelve a intentarlo.

# $this («esta orden de reinicio»), $this_of («esta orden de reinicio para `srv_1`»), $the («la orden de reinicio»).
call-this-power = esta orden de { $noun }
call-this-of-power = esta orden de { $noun } para { $server }
call-the-power = la orden de { $noun }
call-this-logs = esta consulta del registro
call-this-of-logs = esta consulta del registro de { $server }
call-the-logs = la consulta del registro

refused-in-progress = ⏳ Otra acción sobre { $server } todavía está en camino a HEO, así que { $this } no se ha enviado. Su respuesta aparecerá en el canal en menos de { $wait }; si aún lo necesitas, vuelve a intentarlo después.
refused-cooling-down = ⏳ Has pedido una acción hace un momento, así que { $this_of } no se ha enviado. Vuelve a intentarlo en { $wait }.
refused-backing-off = ⏳ HEO está limitando las peticiones de este bot, y ese límite se comparte entre todos los servidores de Discord que atiende, así que { $this_of } no se ha enviado. Vuelve a intentarlo en { $wait }.
refused-guild-budget = ⏳ Este servidor de Discord ha agotado por ahora su parte de llamadas a HEO (el límite de HEO se comparte entre todos los servidores de Discord que atiende el bot), así que { $this_of } no se ha enviado. Vuelve a intentarlo en { $wait }.
refused-busy = ⏳ El bot ya está esperando a HEO con el máximo de acciones que admite a la vez, así que { $this_of } no se ha enviado. Esas acciones terminarán en menos de { $wait }; vuelve a intentarlo entonces.
refused-counting-down = ⏳ Una cuenta atrás para { $held_verb } { $server } { $at } lo tiene bloqueado, así que { $this_of } no se ha enviado. Si lo necesitas, pulsa antes **Abortar** en la cuenta atrás, o espera a que termine.

not-sent-no-key = Este servidor de Discord aún no tiene vinculada ninguna clave de API de HEO, así que no se ha enviado nada. Un administrador con el permiso Gestionar servidor puede vincular una con `/link-key`.
not-sent-store-failed = El bot no ha podido leer su base de datos, así que no se ha enviado nada. Vuelve a intentarlo en un momento; si sigue pasando, pide al propietario del bot que revise sus registros.
not-sent-key-unreadable = La clave de API de HEO guardada para este servidor de Discord ya no se puede leer (puede que venga de la copia de seguridad de otro servidor), así que no se ha enviado nada. Un administrador con el permiso Gestionar servidor debería volver a vincularla con `/link-key`.

heo-confirmation-required = HEO pedía una confirmación y no ha hecho nada. El bot siempre confirma los apagados forzados, así que algo entre el bot y HEO ha perdido la confirmación: avisa al propietario del bot.
heo-unauthorized = HEO ha rechazado la clave de API de este servidor de Discord: puede que se haya revocado o que esté mal escrita. Un administrador debería ejecutar `/link-key` con una clave nueva del panel web de HEO.
heo-forbidden = la clave de API vinculada no tiene acceso a { $server }. Comprueba el ID en el panel web de HEO (tiene este aspecto: `srv_123`) o vincula una clave que incluya este servidor.
heo-insufficient-scope-power = la clave de API vinculada es de solo lectura, así que no puede ejecutar acciones de encendido/apagado. Crea una clave con ese permiso en el panel web de HEO y vincúlala con `/link-key`.
heo-insufficient-scope-logs = la clave de API vinculada no tiene el permiso `game-logs:read`, así que no puede leer registros. Crea una clave con ese permiso en el panel web de HEO y vincúlala con `/link-key`.
heo-not-found = HEO ha respondido «no encontrado». Comprueba que { $server } sea el ID que aparece en el panel web de HEO; si lo es, pide al propietario del bot que revise su ajuste `HEO_API_URL`.
heo-method-not-allowed = HEO ha rechazado la petición (método no permitido), así que no se ha hecho nada. Pide al propietario del bot que revise su ajuste `HEO_API_URL`.
heo-rate-limited = HEO está limitando las peticiones de este bot ahora mismo, así que no se ha hecho nada. Vuelve a intentarlo en { $wait }.
heo-game-server-unreachable-power = HEO no ha podido transmitir la acción al servidor de juego. Vuelve a intentarlo en un minuto; si sigue fallando, consulta la página de estado de HEO.
heo-game-server-unreachable-logs = HEO no ha podido obtener el registro del servidor de juego. Vuelve a intentarlo en un minuto; si sigue fallando, consulta la página de estado de HEO.
heo-provider-unavailable = HEO tiene problemas ahora mismo (HTTP { $status }), así que probablemente { $the } no se ha completado. Vuelve a intentarlo en unos minutos.
heo-unexpected-status = HEO ha dado una respuesta inesperada (HTTP { $status }), así que puede que { $the } no se haya completado. Vuelve a intentarlo; si sigue pasando, avisa al propietario del bot.
heo-unreadable-success = HEO ha respondido, pero de una forma que el bot no entiende, así que no puede saber si { $the } se ha completado. Revisa el servidor en el panel web de HEO antes de volver a intentarlo.
heo-timeout-power = HEO no ha respondido a tiempo, así que el bot no puede saber si { $the } se ha completado. Revisa el servidor en el panel web de HEO antes de volver a intentarlo.
heo-timeout-logs = HEO no ha enviado el registro a tiempo. Vuelve a intentarlo en un minuto.
heo-unreachable = el bot no ha podido conectarse a HEO, así que no se ha enviado nada. Puede que HEO o la red del bot estén caídos; vuelve a intentarlo en unos minutos.

## Estado de HEO (src/replies/heo_status.rs)

heo-status-up = 🟢 HEO informa de que todo está operativo.
heo-status-disrupted = 🟠 HEO informa de una incidencia{ $affecting }.
heo-status-maintenance = 🔧 HEO informa de un mantenimiento{ $affecting }.
heo-status-unknown = ❔ HEO dice que ahora mismo no conoce su propio estado. Vuelve a intentarlo en unos minutos.
heo-status-other = ❔ HEO indica que su estado es { $said }, y el bot no sabe qué significa.
heo-status-no-answer = 🔴 La página de estado de HEO no ha respondido: puede que HEO o la red del bot estén caídos. Vuelve a intentarlo en unos minutos.
heo-status-odd-answer = ❔ La página de estado de HEO ha dado una respuesta que el bot no entiende. Vuelve a intentarlo en unos minutos; si sigue pasando, avisa al propietario del bot.
heo-trouble-disrupted = La página de estado de HEO informa de una incidencia{ $affecting }.
heo-trouble-maintenance = La página de estado de HEO informa de un mantenimiento{ $affecting }.
# Empieza con un espacio.
heo-affecting = { " " }que afecta a { $names }
heo-affecting-more = { " " }que afecta a { $names } y { $more } más

## Confirmación del apagado forzado (src/replies/kill.rs)

kill-prompt = 💀 **¿Forzar el apagado de { $server }?** Corta la corriente al instante, como desenchufar el cable: puedes perder datos de la partida no guardados. Si puedes, usa mejor `/server stop`.
    Esta confirmación caduca en { $wait }.
kill-confirm-label = Forzar apagado
kill-cancel-label = Cancelar
kill-sending = 💀 Enviando el apagado forzado de { $server }…
kill-cancelled = Cancelado: no se ha enviado nada a { $server }.
kill-expired-command = Esta confirmación de apagado forzado ha caducado: no se ha enviado nada a { $server }. Vuelve a ejecutar `/server kill` si aún lo necesitas.
kill-expired-panel = Esta confirmación de apagado forzado ha caducado: no se ha enviado nada a { $server }. Vuelve a pulsar **Forzar apagado** en el panel si aún lo necesitas.
kill-not-yours = Solo quien ejecutó este `/server kill` puede responder. No se ha enviado nada.
kill-no-longer-manage-server = Ya no tienes el permiso **Gestionar servidor** que tenías al ejecutar este `/server kill`, así que no se ha enviado nada.
kill-no-longer-roles = 🔒 Tus roles, o los roles que pueden forzar el apagado, han cambiado desde que ejecutaste este `/server kill`, así que no se ha enviado nada. { $who_may }
kill-prompt-gone = Esta confirmación ya se ha respondido o ha caducado, así que no se ha enviado nada más.

## Comandos de barra: descripciones que muestra Discord (src/commands/localized.rs)
#
# Los nombres de comandos y opciones siguen en inglés. Máximo 100 caracteres cada uno.

command-server = Inicia, detén, reinicia o fuerza el apagado de un servidor de juego alojado en HEO.
command-server-start = Inicia un servidor de juego.
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
command-server-stop = Detén un servidor de juego limpiamente (warn:10m avisa antes a los jugadores con cuenta atrás).
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .warn = Avisa antes a los jugadores durante este tiempo, p. ej. 10m, 90s (máx. 1h)
    .message = Lo que se dice a los jugadores en los avisos, p. ej. ¡Volvemos en 5 minutos!
command-server-restart = Reinicia un servidor de juego (warn:10m avisa antes a los jugadores con cuenta atrás).
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .warn = Avisa antes a los jugadores durante este tiempo, p. ej. 10m, 90s (máx. 1h)
    .message = Lo que se dice a los jugadores en los avisos, p. ej. ¡Volvemos en 5 minutos!
command-server-kill = Fuerza el apagado inmediato de un servidor (pide confirmación salvo con force:true o warn).
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .force = Omite la confirmación y fuerza el apagado al instante
    .warn = Avisa antes a los jugadores durante este tiempo, con cuenta atrás (sin confirmación), p. ej. 1m
    .message = Lo que se dice a los jugadores en los avisos
command-server-add = Da a un servidor de juego un nombre corto que los miembros puedan escribir en vez de su ID.
    .id = ID del servidor tal como aparece en el panel web de HEO, p. ej. srv_123
    .name = Nombre corto, hasta 32 caracteres, p. ej. mc-survival
    .console = Comando de consola que avisa a los jugadores, p. ej. broadcast {"{"}message{"}"} (por defecto say {"{"}message{"}"})
command-server-remove = Olvida el nombre de un servidor de juego (su ID sigue funcionando).
    .server = Nombre o ID del servidor
command-server-list = Muestra los servidores de juego con nombre en este servidor de Discord.
command-server-history = Muestra las últimas 10 acciones enviadas a HEO desde aquí, o las de un servidor de juego.
    .server = Solo este servidor (nombre o ID); déjalo vacío para verlos todos
    .refusals = Muestra en su lugar las peticiones rechazadas o canceladas antes de llegar a HEO
command-server-logs = Muestra las últimas líneas del registro más reciente de un servidor de juego (solo lo ves tú).
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .lines = Cuántas de las últimas líneas mostrar (por defecto 50)
command-server-panel = Publica botones para un servidor de juego en este canal, o quítalos.
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .warn = Detener y Reiniciar avisan antes a los jugadores durante este tiempo, p. ej. 5m (máx. 1h)
    .message = Lo que se dice a los jugadores en los avisos, p. ej. ¡Volvemos en 5 minutos!
    .remove = Quita en su lugar el panel de este servidor de este canal
command-power-role = Elige qué roles pueden iniciar, detener, reiniciar, forzar el apagado o leer registros.
command-power-role-grant = Permite a un rol ejecutar una acción de encendido/apagado o leer registros.
    .action = La acción de encendido/apagado, o registros
    .role = El rol que podrá ejecutarla
command-power-role-revoke = Deja de permitir a un rol ejecutar una acción de encendido/apagado o leer registros.
    .action = La acción de encendido/apagado, o registros
    .role = El rol que ya no podrá ejecutarla
command-power-role-list = Muestra qué roles pueden ejecutar cada acción de encendido/apagado o leer registros.
command-link-key = Vincula la clave de API de HEO de este servidor de Discord (abre un formulario privado).
command-unlink-key = Elimina la clave de API de HEO de este servidor de Discord.
command-audit-channel = Publica cada acción de encendido/apagado en un canal; deja el canal vacío para dejar de hacerlo.
    .channel = El canal donde publicar; déjalo vacío para dejar de publicar
command-schedule = Programa iniciar, detener, reiniciar o forzar el apagado de un servidor de juego a una hora fija.
command-schedule-add = Programa una acción de encendido/apagado: una vez, a diario o cada semana, a una hora local.
    .server = Nombre del servidor, o ID tal como aparece en el panel web de HEO, p. ej. srv_123
    .action = La acción de encendido/apagado
    .at = Hora como HH:MM, p. ej. 04:00; o AAAA-MM-DD HH:MM para una sola vez
    .every = Con qué frecuencia (por defecto: una vez)
    .weekday = Día de una ejecución semanal (por defecto: el de la próxima HH:MM)
    .timezone = Zona horaria IANA, p. ej. Europe/Berlin (por defecto: la de este servidor o, si no, UTC)
    .warn = Antelación del aviso a los jugadores antes de detener, reiniciar o forzar el apagado, p. ej. 10m
    .message = Una línea que se muestra a los jugadores con el aviso
command-schedule-list = Muestra las tareas programadas de este servidor y cuándo se ejecutará cada una.
command-schedule-remove = Elimina una tarea programada.
    .id = El número de la tarea, tal como lo muestra /schedule list, p. ej. 3
command-schedule-pause = Pausa una tarea programada: no se ejecuta nada hasta que la reanudes.
    .id = El número de la tarea, tal como lo muestra /schedule list, p. ej. 3
command-schedule-resume = Reanuda una tarea programada en pausa a partir de su próxima ejecución.
    .id = El número de la tarea, tal como lo muestra /schedule list, p. ej. 3
command-schedule-timezone = Fija la zona horaria de este servidor para las nuevas tareas programadas.
    .zone = Zona horaria IANA, p. ej. Europe/Berlin
command-heo = Sobre HEO Systems.
command-heo-status = Muestra si HEO Systems informa ahora mismo de alguna incidencia o mantenimiento.

# Las opciones que Discord muestra para una opción de comando (máx. 100 caracteres).
choice-start = iniciar
choice-stop = detener
choice-restart = reiniciar
choice-kill = forzar apagado
choice-logs = registros
choice-once = una vez
choice-daily = a diario
choice-weekly = cada semana
choice-monday = lunes
choice-tuesday = martes
choice-wednesday = miércoles
choice-thursday = jueves
choice-friday = viernes
choice-saturday = sábado
choice-sunday = domingo

## /language (src/replies/language.rs)

language-follow-discord = El idioma de Discord del servidor
language-set-chosen = 🌐 A partir de ahora, los mensajes públicos de este servidor (respuestas en canales, paneles de control, cuentas atrás y líneas de auditoría) estarán en { $language }. Las respuestas que solo ves tú siguen tu propio idioma de Discord.
language-set-discord = 🌐 A partir de ahora, los mensajes públicos de este servidor siguen su idioma de Discord, que ahora es { $language }. Las respuestas que solo ves tú siguen tu propio idioma de Discord.
language-shown-chosen = 🌐 Los mensajes públicos de este servidor están en { $language }, elegido con `/language set`. Las respuestas que solo ves tú siguen tu propio idioma de Discord.
language-shown-discord = 🌐 Los mensajes públicos de este servidor están en { $language }, el idioma de Discord de este servidor. Elige otro con `/language set`. Las respuestas que solo ves tú siguen tu propio idioma de Discord.
language-unknown = El bot no tiene el idioma { $typed }, así que no ha cambiado nada. Elige uno de la lista: { $languages }, o { $auto } para usar el idioma de Discord de este servidor.

command-language = Elige el idioma de los mensajes públicos de este servidor.
command-language-set = Establece el idioma de los mensajes públicos de este servidor.
    .language = Un idioma de la lista, o auto para usar el idioma de Discord de este servidor
command-language-show = Muestra en qué idioma están los mensajes públicos de este servidor.

## El canal de auditoría y sus líneas (src/replies/audit.rs)

# Una entrada del registro de auditoría, publicada en el canal de auditoría (un mensaje cada una)
# y listada por /server history. $member: mención de quien lo pidió; $via: de dónde vino
# (audit-via-*, o nada si se pidió con un comando); $emoji y $title: la acción; $server: el
# servidor; $outcome: el resultado (audit-outcome-*).
audit-line = { $member }{ $via } { $emoji } { $title } { $server }: { $outcome }
# De dónde vino la entrada; cada una empieza con un espacio. $schedule es el número de la tarea (`#3`).
audit-via-schedule = { " " }(tarea { $schedule })
audit-via-panel = { " " }(panel)

# Resultado de la entrada. $code es un identificador (`forbidden`) que no se traduce; $why lo
# explica (audit-why-*); $status es el código HTTP de HEO.
audit-outcome-sent = ✅ { $code } ({ $why })
audit-outcome-failed = ❌ { $code } ({ $why })
audit-outcome-failed-http = ❌ { $code } (HTTP { $status }: { $why })

# Explicación breve de cada código de resultado ($why): cada entrada ocupa una línea.
audit-why-requested = HEO lo aceptó
audit-why-no-key = no había clave de API de HEO vinculada
audit-why-store-failed = el bot no pudo leer su base de datos
audit-why-key-unreadable = no se pudo leer la clave de API guardada
audit-why-in-progress = había otra acción en curso sobre el servidor
audit-why-cooldown = el miembro aún estaba en su tiempo de espera
audit-why-backing-off = el bot esperaba a que pasara el límite de peticiones de HEO
audit-why-guild-budget = este servidor de Discord había agotado su parte de llamadas a HEO
audit-why-bot-busy = el bot ya esperaba a HEO con el máximo de acciones simultáneas
audit-why-not-permitted = ningún rol del miembro lo permitía
audit-why-kill-cancelled = el miembro canceló el apagado forzado
audit-why-kill-expired = la confirmación caducó sin respuesta
audit-why-counting-down = una cuenta atrás tenía bloqueado el servidor
audit-why-countdown-aborted = se abortó la cuenta atrás
audit-why-missed = el bot no estaba en marcha a la hora prevista
audit-why-confirmation-required = HEO pedía una confirmación
audit-why-unauthorized = HEO rechazó la clave de API
audit-why-forbidden = la clave de API no tiene acceso a este servidor
audit-why-insufficient-scope = a la clave de API le falta el permiso para esto
audit-why-not-found = HEO no encontró el servidor
audit-why-method-not-allowed = HEO rechazó el método de la petición
audit-why-rate-limited = HEO limitó las peticiones del bot
audit-why-provider-error = HEO no pudo contactar con el servidor de juego
audit-why-provider-unavailable = HEO tenía problemas
audit-why-unexpected-status = HEO dio una respuesta inesperada
audit-why-unreadable-success = no se pudo leer la respuesta de HEO
audit-why-timeout = HEO no respondió a tiempo
audit-why-unreachable = el bot no pudo conectarse a HEO

# Primer mensaje en un canal de auditoría nuevo. $member: mención del administrador que lo eligió.
audit-channel-greeting = 🗒️ heo-bot publicará aquí cada acción de encendido/apagado que se pida en este servidor de Discord, una por línea (configurado por { $member }).

# Respuestas privadas a /audit-channel. $channel es la mención del canal.
audit-channel-set = ✅ Cada acción de encendido/apagado se publicará ahora en { $channel }, una por línea. Ejecuta `/audit-channel` sin canal para dejar de hacerlo.
audit-channel-off = ✅ Las acciones de encendido/apagado ya no se publican en { $channel }. `/server history` sigue mostrándolas.
audit-channel-off-none = No había ningún canal de auditoría configurado, así que no ha cambiado nada. Elige uno con `/audit-channel channel:`.
# El bot no ha podido publicar su saludo en $channel, así que no ha cambiado nada.
audit-channel-unpostable-not-allowed = ⚠️ El bot no ha podido publicar en { $channel }, así que el canal de auditoría no ha cambiado: no tiene permiso. Da a heo-bot los permisos **Ver canal** y **Enviar mensajes** en { $channel } (Editar canal → Permisos) y vuelve a ejecutar `/audit-channel`.
audit-channel-unpostable-no-text = ⚠️ El bot no ha podido publicar en { $channel }, así que el canal de auditoría no ha cambiado: según Discord, ese canal no existe o no admite mensajes. Elige un canal de texto.
audit-channel-unpostable-discord-failed = ⚠️ El bot no ha podido publicar en { $channel }, así que el canal de auditoría no ha cambiado: Discord no ha respondido correctamente. Vuelve a intentarlo en un momento.
audit-channel-member-cannot-post = ⚠️ Tú no puedes publicar en { $channel } (hacen falta los permisos **Ver canal** y **Enviar mensajes** allí), así que el canal de auditoría no ha cambiado. Elige un canal en el que puedas publicar.

## /server history (src/replies/history.rs)

# Respuesta privada a /server history cuando no hay nada registrado. $server es el servidor.
history-empty-sent-guild = Todavía no se ha enviado ninguna acción de encendido/apagado a HEO desde este servidor de Discord (las entradas se guardan un tiempo limitado).
history-empty-sent-server = Todavía no se ha enviado ninguna acción de encendido/apagado a HEO para { $server } (las entradas se guardan un tiempo limitado).
history-empty-refused-guild = Todavía no hay ninguna petición rechazada o cancelada registrada en este servidor de Discord (las entradas se guardan un tiempo limitado).
history-empty-refused-server = Todavía no hay ninguna petición rechazada o cancelada registrada para { $server } (las entradas se guardan un tiempo limitado).

# Primera línea de /server history, sobre una línea por entrada (audit-line). $count es el
# número de entradas listadas; $server es el servidor.
history-header-sent-guild = { $count ->
    [one] 🗒️ La última acción de encendido/apagado enviada a HEO desde este servidor de Discord:
   *[other] 🗒️ Las últimas { $count } acciones de encendido/apagado enviadas a HEO desde este servidor de Discord, la más reciente primero:
}
history-header-sent-server = { $count ->
    [one] 🗒️ La última acción de encendido/apagado enviada a HEO para { $server }:
   *[other] 🗒️ Las últimas { $count } acciones de encendido/apagado enviadas a HEO para { $server }, la más reciente primero:
}
history-header-refused-guild = { $count ->
    [one] 🚫 La última petición rechazada o cancelada en este servidor de Discord (no se ha enviado nada a HEO):
   *[other] 🚫 Las últimas { $count } peticiones rechazadas o canceladas en este servidor de Discord, la más reciente primero (no se ha enviado nada a HEO):
}
history-header-refused-server = { $count ->
    [one] 🚫 La última petición rechazada o cancelada para { $server } (no se ha enviado nada a HEO):
   *[other] 🚫 Las últimas { $count } peticiones rechazadas o canceladas para { $server }, la más reciente primero (no se ha enviado nada a HEO):
}

# Letra pequeña bajo las acciones enviadas a HEO; `refusals:true` es la opción del comando, en inglés.
history-refusals-hint = -# Las peticiones rechazadas o canceladas antes de llegar a HEO se muestran con `refusals:true`.

## Paneles de control (src/replies/panel.rs)

# El mensaje público del panel, reescrito en cada clic. $server es el servidor de juego (nombre e
# ID). Debajo pueden ir panel-warning y panel-last, cada uno en su línea.
panel = 🎮 **Panel de control** de { $server }
    Los botones piden a HEO que inicie, detenga, reinicie o fuerce el apagado de este servidor de juego. Pueden usarlos los miembros con **Gestionar servidor** o con un rol al que se haya concedido la acción con `/power-role`; cada clic se vuelve a comprobar y se responde en privado.
# $wait es la antelación del aviso a los jugadores (wait-*).
panel-warning = ⏳ **Detener** y **Reiniciar** avisan a los jugadores con { $wait } de antelación, con una cuenta atrás aquí que puede abortar cualquiera con permiso.
# $last es uno de los panel-last-* de abajo.
panel-last = Última acción: { $last }
# Lo que pidió el último clic. $emoji y $title: la acción; $asker: mención de quien pulsó;
# $at: marca de tiempo de Discord («hace 5 minutos»).
panel-last-requested = { $emoji } { $title }: solicitado por { $asker } { $at }
# La acción no se envió o no se aceptó; $outcome es el código de resultado (`cooling_down`), sin traducir.
panel-last-not-done = ⚠️ { $title }: solicitado por { $asker } { $at }, no realizado ({ $outcome })
# Un clic en Detener o Reiniciar inició una cuenta atrás; $due es una marca de tiempo («dentro de 5 minutos»).
panel-last-countdown-begun = ⏳ { $title }: cuenta atrás iniciada por { $asker } { $at }, termina { $due }

# Lo que dice el mensaje de un panel retirado (con los botones desactivados). $link es la URL del
# panel nuevo; $remover, la mención de quien lo quitó.
panel-replaced = 🎮 Este panel de { $server } se ha sustituido por uno más nuevo: { $link }
panel-removed = 🎮 { $remover } ha quitado este panel de { $server }.

# Respuesta privada a /server panel. $link es la URL del panel; $replaced, cuántos paneles
# anteriores de ese servidor en este canal ha sustituido. La segunda línea es un panel-clickers-*.
panel-posted = ✅ Panel publicado para { $server }: { $link }.{ $replaced ->
        [0] {""}
        [one] { " " }El panel anterior de { $server } en este canal ya no funciona.
       *[other] { " " }Los { $replaced } paneles anteriores de { $server } en este canal ya no funcionan.
    }
# Quién puede usar los botones del panel. $grants: lista de panel-clickers-grant separados por «; ».
panel-clickers-only-manage-server = Sus botones solo funcionan para los miembros con **Gestionar servidor**: no se ha concedido ninguna acción de encendido/apagado a ningún rol (concede una con `/power-role grant`). Los permisos de `/server` en Ajustes del servidor → Integraciones no afectan a los botones.
panel-clickers-roles = Sus botones funcionan para los miembros con **Gestionar servidor** y para estos roles: { $grants }. Los permisos de `/server` en Ajustes del servidor → Integraciones no afectan a los botones.
# Una acción y los roles que la tienen: $title es la acción; $roles, las menciones separadas por comas.
panel-clickers-grant = { $title } ({ $roles })

# Respuestas privadas a /server panel remove:true. $count es cuántos paneles se han retirado.
panel-none-to-remove = No hay ningún panel de { $server } en este canal, así que no se ha quitado nada.
panel-removed-reply = { $count ->
        [one] ✅ El panel de { $server } en este canal ya no funciona; el mensaje se queda, con los botones desactivados. Bórralo si quieres.
       *[other] ✅ Los { $count } paneles de { $server } en este canal ya no funcionan; los mensajes se quedan, con los botones desactivados. Bórralos si quieres.
    }
# $cap es el máximo de paneles por servidor de Discord.
panel-limit = Este servidor de Discord ya tiene { $cap } paneles, el máximo que admite el bot, así que no se ha publicado ninguno. Quita antes uno con `/server panel server:<server> remove:true` en su canal.
panel-cannot-post = El bot no ha podido publicar el panel en este canal, así que no se ha publicado nada. Dale los permisos **Ver canal** y **Enviar mensajes** aquí o ejecuta el comando en otro canal.

# Respuestas privadas a un clic en un botón del panel que el bot rechaza.
panel-gone = Este panel ya no funciona (se ha sustituido o quitado), así que no se ha enviado nada. Pide a un administrador uno nuevo con `/server panel`.
# $who_may dice qué roles pueden hacer la acción (ver los mensajes de roles).
panel-not-permitted = 🔒 { $who_may } Los botones del panel no tienen en cuenta quién puede ejecutar `/server`. No se ha enviado nada.
# $name es el nombre del servidor tal como lo muestra el panel.
panel-server-removed = El servidor de este panel, { $name }, ya no está registrado en este servidor de Discord (se quitó con `/server remove`), así que no se ha enviado nada. Vuelve a añadirlo con `/server add` o publica un panel de otro servidor con `/server panel`.

## Cuentas atrás, avisos en el juego y tareas programadas (src/replies/countdown.rs, src/replies/warnings.rs, src/replies/scheduled.rs, src/replies/schedules.rs)

# Mensaje público de la cuenta atrás en el canal. $title: la acción (action-title-*); $due_in:
# marca de tiempo («dentro de 10 minutos»); $due_at: la misma hora como reloj. $by es «member»
# o «schedule»; $asker: mención de quien la pidió o creó la tarea; $schedule: número (`#3`).
countdown-running = ⏳ **{ $title }** { $server } { $due_in } (a las { $due_at }), { $by ->
        [schedule] según la tarea { $schedule } programada por { $asker }
       *[member] a petición de { $asker }
    }.
# **Abortar** es la etiqueta del botón (countdown-abort-label).
countdown-running-warned = Se está avisando a los jugadores en el juego. Pulsa **Abortar** para cancelarla.
# $problem es uno de warning-problem-* (acaba en punto); $noun, la acción como sustantivo.
countdown-running-not-warned = ⚠️ No se ha podido avisar a los jugadores en el juego: { $problem } La orden de { $noun } se enviará igualmente a esa hora salvo que alguien pulse **Abortar**.
countdown-abort-label = Abortar
countdown-ended = -# Cuenta atrás { $by ->
        [schedule] de la tarea { $schedule }, programada por { $asker }
       *[member] pedida por { $asker }
    }.
countdown-aborted = 🛑 **{ $title }** { $server }: **abortado** por { $aborter }; no se ha enviado nada. ({ $by ->
        [schedule] Lo había programado { $asker } con la tarea { $schedule }
       *[member] Lo había pedido { $asker }
    }.)
# $due: marca de tiempo (fecha y hora) del momento previsto.
countdown-missed = ⚠️ **{ $title }** { $server } estaba previsto para { $due }, pero el bot no estaba en marcha en ese momento, así que no se ha enviado nada. Vuelve a ejecutarlo si aún hace falta. ({ $by ->
        [schedule] Lo había programado { $asker } con la tarea { $schedule }
       *[member] Lo había pedido { $asker }
    }.)
countdown-interrupted = ⚠️ El bot se detuvo mientras enviaba la orden de { $noun } para { $server }, así que no puede saber si HEO la recibió. Revisa el panel web de HEO antes de volver a intentarlo.
# $link: dirección del mensaje de la cuenta atrás.
countdown-started = ⏳ Cuenta atrás publicada ({ $link }): la orden de { $noun } para { $server } se enviará { $due_in } salvo que alguien pulse **Abortar**.
countdown-started-unlinked = ⏳ Cuenta atrás publicada: la orden de { $noun } para { $server } se enviará { $due_in } salvo que alguien pulse **Abortar**.
countdown-cannot-post = El bot no ha podido publicar la cuenta atrás en este canal, así que no se ha iniciado nada. Dale los permisos **Ver canal** y **Enviar mensajes** aquí o ejecuta el comando en otro canal.
countdown-already-running = ⏳ Ya hay una cuenta atrás en marcha para { $server }, así que esta orden de { $noun } no se ha iniciado. Abórtala antes con su botón o espera a que termine.
# $held_verb: la acción de la cuenta atrás como verbo (action-verb-*).
countdown-holds-server = ⏳ Una cuenta atrás para { $held_verb } { $server } { $due_in } lo tiene bloqueado ({ $link }), así que esta orden de { $noun } no se ha enviado. Si lo necesitas, pulsa antes **Abortar** en la cuenta atrás, o espera a que termine.
countdown-holds-server-unlinked = ⏳ Una cuenta atrás para { $held_verb } { $server } { $due_in } lo tiene bloqueado, así que esta orden de { $noun } no se ha enviado. Si lo necesitas, pulsa antes **Abortar** en la cuenta atrás, o espera a que termine.
countdown-abort-not-allowed = Solo pueden abortar esta cuenta atrás el miembro que la pidió, los miembros con **Gestionar servidor** o quien tenga un rol autorizado para { $verb }. No ha cambiado nada.
countdown-gone = Esta cuenta atrás ya ha terminado.
countdown-too-late = Demasiado tarde: la orden de { $noun } ya se está enviando.

# Lo que leen los jugadores en el chat del juego (por la consola del servidor). Texto plano y corto.
in-game-warning = { $action ->
        [start] El servidor se iniciará en { $left }.
        [stop] El servidor se detendrá en { $left }.
        [restart] El servidor se reiniciará en { $left }.
       *[kill] El servidor se apagará en { $left }.
    }
in-game-abort = { $action ->
        [start] Arranque del servidor cancelado.
        [stop] Parada del servidor cancelada.
        [restart] Reinicio del servidor cancelado.
       *[kill] Apagado del servidor cancelado.
    }
in-game-left-seconds = { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
in-game-left-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
in-game-left-minutes-seconds = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }

# Por qué no se ha podido avisar a los jugadores ($problem de countdown-running-not-warned).
warning-problem-none = (ningún problema).
warning-problem-no-key = este servidor de Discord no tiene vinculada ninguna clave de API de HEO.
warning-problem-store-failed = el bot no ha podido leer su base de datos.
warning-problem-key-unreadable = la clave de API de HEO guardada ya no se puede leer; vuelve a vincularla con `/link-key`.
warning-problem-shared-limit = el límite compartido de HEO está agotado por ahora (durante { $wait }).
warning-problem-busy = el bot ya está esperando a HEO con demasiadas llamadas a la vez.
warning-problem-another-action = había otra acción en camino.
warning-problem-insufficient-scope = a la clave de API vinculada le falta el permiso `game-console:read_write`; vincula una clave que lo tenga para poder avisar a los jugadores.
warning-problem-unauthorized = HEO ha rechazado la clave de API vinculada; vincula una nueva con `/link-key`.
warning-problem-forbidden = la clave de API vinculada no tiene acceso a este servidor.
warning-problem-rate-limited = HEO está limitando las peticiones del bot (durante { $wait }).
warning-problem-game-server-unreachable = HEO no ha podido contactar con la consola del servidor de juego.
warning-problem-timeout = HEO no ha respondido a tiempo.
warning-problem-unreachable = no se ha podido conectar con HEO.
warning-problem-heo-error = HEO ha respondido al comando de consola con un error ({ $code }).

# Rechazos privados de una opción `warn`, `message` o `console` incorrecta (los nombres no se traducen).
warn-invalid = El valor de `warn` { $reason ->
        [unreadable] no es una duración
        [too-short] dura menos de 5 segundos
       *[too-long] dura más de una hora
    }. Indica uno como `10m`, `90s` o `1h` (de 5 segundos a 1 hora). No se ha enviado nada.
warn-invalid-message = El texto de `message` { $reason ->
        [too-long] tiene más de { $max } caracteres
        [hidden-character] contiene un salto de línea o un carácter invisible
       *[empty] está vacío
    }: debe ser una sola línea que los jugadores puedan leer. No se ha enviado nada.
# `{message}` (escrito {"{"}message{"}"}) no se traduce: es lo que debe contener la plantilla.
console-template-invalid = La plantilla de `console` { $reason ->
        [no-placeholder] no contiene `{"{"}message{"}"}`, que es donde va el aviso
        [too-long] tiene más de { $max } caracteres
       *[hidden-character] contiene un salto de línea o un carácter invisible
    }. Indica una sola línea como `say {"{"}message{"}"}` o `broadcast {"{"}message{"}"}`. No se ha cambiado nada.

# Lo que se publica en el canal de una tarea tras ejecutarse sin aviso. $outcome es el propio
# mensaje del resultado; debajo va scheduled-next-run o scheduled-done.
scheduled-ran = 🕒 Tarea { $schedule } de { $member }: { $outcome }
scheduled-missed = ⚠️ Tarea { $schedule } de { $member }: la orden de { $noun } para { $server } estaba prevista para { $due }, pero el bot no estaba en marcha en ese momento, así que no se ha enviado nada. Ejecútala a mano si aún hace falta.
scheduled-next-run = -# Próxima ejecución: { $next_at } ({ $next_in }).
scheduled-done = -# Era una tarea de una sola vez; ya se ha completado.

# Respuestas de /schedule. $schedule: número de la tarea (`#3`); $id: el número solo; $action: la
# acción como sustantivo (action-noun-*); $when: cuándo se repite (schedule-when-*), quizá seguido
# de «, » y schedule-warned.
schedule-added = 🗓️ Tarea { $schedule } añadida: **{ $action }** de { $server } { $when }. Primera ejecución: { $next_at } ({ $next_in }).
schedule-zone-never-set = Las horas están en UTC: este servidor no tiene zona horaria configurada. Un administrador puede configurarla con `/schedule timezone`.
# $time: hora de 24 horas (04:00); $date: fecha (2026-12-24); $zone: zona horaria (`Europe/Berlin`).
schedule-when-once = una vez, el { $date } a las { $time } ({ $zone })
schedule-when-daily = a diario a las { $time } ({ $zone })
schedule-when-weekly = { $weekday ->
        [monday] todos los lunes
        [tuesday] todos los martes
        [wednesday] todos los miércoles
        [thursday] todos los jueves
        [friday] todos los viernes
        [saturday] todos los sábados
       *[sunday] todos los domingos
    } a las { $time } ({ $zone })
# $period es la antelación tal como se escribe: 10m, 90s, 1m30s.
schedule-warned = con aviso a los jugadores { $period } antes
schedule-list-empty = Todavía no hay tareas programadas. Añade una con `/schedule add`.
schedule-list-header = **Tareas programadas** ({ $count }):
schedule-list-more = …y { $count } más.
schedule-line-next = { $schedule } **{ $action }** de { $server } { $when } · próxima: { $next_at } ({ $next_in })
schedule-line-paused = { $schedule } **{ $action }** de { $server } { $when } · ⏸️ en pausa
# $line es la tarea tal como aparece en la lista (schedule-line-*).
schedule-removed = Se ha eliminado la tarea { $line }.
schedule-paused = Tarea { $schedule } en pausa: no se ejecutará nada hasta `/schedule resume id:{ $id }`.
    { $line }
schedule-resumed = Tarea { $schedule } reanudada; próxima ejecución: { $next_at } ({ $next_in }).
schedule-resume-passed = La tarea { $schedule } era de una sola vez y su hora pasó mientras estaba en pausa, así que sigue en pausa. Elimínala con `/schedule remove id:{ $id }`.
schedule-not-found = Este servidor no tiene ninguna tarea { $schedule }; puedes verlas con `/schedule list`.
# $typed es lo que escribió el miembro.
schedule-invalid-id = { $typed } no es un número de tarea; `/schedule list` las muestra con su número, como `#3`.
schedule-zone-set = Las tareas que se añadan a partir de ahora sin `timezone:` usarán **{ $zone }**. Las tareas que ya existen mantienen su zona horaria.
schedule-cap = Este servidor ya tiene { $cap } tareas programadas, el máximo permitido. Elimina antes una con `/schedule remove`.
schedule-invalid-at = El valor de `at:` { $reason ->
        [unreadable] no es una hora que el bot entienda
       *[no-such-moment] no es una hora o fecha que exista
    }. Escribe una hora en formato de 24 horas como `04:00`, o una fecha y hora como `2026-12-24 18:00` para una ejecución única.
schedule-date-needs-once = Una fecha en `at:` solo vale para `every:once`; para una tarea diaria o semanal escribe solo la hora, como `04:00`.
schedule-weekday-needs-weekly = `weekday:` solo vale para `every:weekly`.
schedule-in-past = Ese momento ya ha pasado; elige uno posterior.
schedule-invalid-zone = { $typed } no es una zona horaria que el bot conozca. Elige una de la lista: un nombre IANA como `Europe/Berlin` o `America/New_York`.
schedule-warn-on-start = Un **arranque** programado no lleva aviso (nadie juega en un servidor detenido): quita `warn:` y `message:`.
schedule-message-needs-warn = `message:` se muestra con el aviso, así que también necesita `warn:` (por ejemplo, `warn:10m`).
schedule-invalid-warn = El valor de `warn:` { $reason ->
        [unreadable] no es una duración como `10m`, `90s` o `1h`
        [too-short] dura menos de 5 segundos
       *[too-long] dura más de 1 hora
    }.
schedule-invalid-message = El texto de `message:` { $reason ->
        [too-long] tiene más de { $max } caracteres
        [hidden-character] contiene un salto de línea o un carácter invisible
       *[empty] está vacío
    }; debe ser una sola línea de texto.

## Roles por acción y /power-role (src/replies/roles.rs)

# $action es el identificador de lo que se concede (start, stop, restart, kill o logs); cuando se
# muestra tal cual, va entre `…`. $role: un rol (mención o @everyone); $roles: lista separada por «, ».

# $who_may es uno de role-who-may-*.
role-not-permitted = 🔒 { $who_may } No se ha enviado nada.
role-who-may-none = Aquí solo los miembros con **Gestionar servidor** pueden { $action ->
        [start] iniciar servidores de juego
        [stop] detener servidores de juego
        [restart] reiniciar servidores de juego
        [kill] forzar el apagado de servidores de juego
       *[logs] leer los registros de los servidores de juego
    }: ningún rol tiene concedido `{ $action }` (un administrador puede concederlo con `/power-role grant`).
role-who-may-one = Para { $action ->
        [start] iniciar servidores de juego
        [stop] detener servidores de juego
        [restart] reiniciar servidores de juego
        [kill] forzar el apagado de servidores de juego
       *[logs] leer los registros de los servidores de juego
    } aquí necesitas el rol { $role } o **Gestionar servidor**.
role-who-may-any = Para { $action ->
        [start] iniciar servidores de juego
        [stop] detener servidores de juego
        [restart] reiniciar servidores de juego
        [kill] forzar el apagado de servidores de juego
       *[logs] leer los registros de los servidores de juego
    } aquí necesitas uno de estos roles: { $roles }, o **Gestionar servidor**.
# Lista de roles recortada: $roles son los diez primeros; $more, cuántos más hay.
role-names-more = { $roles } y { $more } más

# Tras /power-role grant.
role-granted = ✅ { $role } ya puede { $action ->
        [start] **iniciar** servidores de juego
        [stop] **detener** servidores de juego
        [restart] **reiniciar** servidores de juego
        [kill] **forzar el apagado** de servidores de juego
       *[logs] **leer** los registros de los servidores de juego
    }, si tiene acceso a `/server` en Ajustes del servidor → Integraciones. Mientras haya algún rol con una acción concedida, las acciones sin ningún rol concedido quedan limitadas a los miembros con **Gestionar servidor**.
role-already-granted = { $role } ya tenía permiso para { $action ->
        [start] iniciar servidores de juego
        [stop] detener servidores de juego
        [restart] reiniciar servidores de juego
        [kill] forzar el apagado de servidores de juego
       *[logs] leer los registros de los servidores de juego
    }, así que no ha cambiado nada.
# Tras /power-role revoke.
role-revoked = ✅ { $role } ya no puede { $action ->
        [start] **iniciar** servidores de juego
        [stop] **detener** servidores de juego
        [restart] **reiniciar** servidores de juego
        [kill] **forzar el apagado** de servidores de juego
       *[logs] **leer** los registros de los servidores de juego
    }.
role-not-granted = { $role } no tenía concedido `{ $action }`, así que no había nada que retirar.

# /power-role list. $lines: una línea role-grants-line o role-grants-line-manage-server por acción.
role-grants-none = Aquí no se ha concedido ninguna acción a ningún rol, así que solo los permisos de comandos de Discord deciden quién puede usar `/server` (Ajustes del servidor → Integraciones). Concede una con `/power-role grant`.
role-grants = **Roles con acciones concedidas aquí**
    { $lines }
    Los miembros con **Gestionar servidor** pueden usar todas las acciones y leer los registros.
role-grants-line = - `{ $action }`: { $roles }
role-grants-line-manage-server = - `{ $action }`: solo **Gestionar servidor**

## Servidores con nombre: /server add, remove y list (src/replies/names.rs)

# $server es la etiqueta de un servidor: su nombre en negrita y su ID, ambos como código.

# Nombre rechazado por /server add; $why es uno de names-invalid-*. $max es un número.
names-invalid = Ese nombre { $why }, así que no se ha guardado nada. Usa un nombre corto como `mc-survival`.
names-invalid-empty = está vacío
names-invalid-too-long = tiene más de { $max } caracteres
names-invalid-hidden-character = { server-id-hidden-character }

# Tras /server add. $from: la etiqueta con el nombre anterior; $other: el servidor que lo impide.
names-added = 🏷️ Se ha añadido { $server }. Ahora los miembros pueden escribir su nombre, o elegirlo de la lista, en cualquier comando `/server`.
names-renamed = 🏷️ Se ha cambiado el nombre de { $from } a { $server }.
names-taken = Ya hay otro servidor con ese nombre ({ $other }; los nombres no distinguen mayúsculas de minúsculas), así que no ha cambiado nada. Elige otro nombre o quita antes ese con `/server remove`.
names-name-is-another-id = Ese nombre es el ID de otro servidor de aquí ({ $other }), así que sería ambiguo y no ha cambiado nada. Elige otro nombre.
names-id-is-another-name = Ese ID es el nombre de otro servidor de aquí ({ $other }), así que sería ambiguo y no ha cambiado nada. Cambia antes el nombre de ese servidor.

# Tras /server remove. $typed es lo que escribió el miembro, como código.
names-removed = 🏷️ Se ha quitado { $server }. Su ID sigue funcionando en los comandos `/server`.
names-not-found = Aquí no hay ningún servidor llamado { $typed } ni con ese ID, así que no se ha quitado nada. Puedes verlos con `/server list`.

# /server list: una cabecera, una línea por servidor y, si no caben todos, names-list-more.
names-list-empty = Todavía no hay servidores con nombre aquí. Un administrador con Gestionar servidor puede añadir uno con `/server add id:<server id> name:<short name>`.
names-list-header = 🏷️ **{ $count ->
        [one] { $count } servidor con nombre
       *[other] { $count } servidores con nombre
    }**
# Cuántos servidores no han cabido.
names-list-more = …y { $count } más.

## Vincular la clave de API de HEO: /link-key y /unlink-key (src/replies/keys.rs)

# El formulario privado de /link-key. Título y etiqueta: máx. 45 caracteres; placeholder: máx. 100.
key-form = Vincula tu clave de API de HEO
    .label = Clave de API de HEO
    .placeholder = Pega la clave del panel web de HEO

# $hint: los cuatro últimos caracteres de la clave, como código. $replaced: key-replaced o nada.
key-linked = 🔑 La clave que termina en { $hint } ya está vinculada a este servidor de Discord y se usará para los comandos `/server`.{ $replaced } El bot la guarda y no se volverá a mostrar.
key-linked-no-hint = 🔑 La clave ya está vinculada a este servidor de Discord y se usará para los comandos `/server`.{ $replaced } El bot la guarda y no se volverá a mostrar.
# Empieza con un espacio.
key-replaced = { " " }Sustituye a la clave vinculada anteriormente.
key-form-needs-manage-server = Ya no tienes el permiso **Gestionar servidor**, así que no se ha vinculado la clave y no ha cambiado nada.
key-malformed = Eso no parece una clave de API de HEO (estaba vacía o contenía espacios), así que no ha cambiado nada. Copia la clave del panel web de HEO y vuelve a ejecutar `/link-key`.

# Tras /unlink-key.
key-unlinked = 🔑 Se ha eliminado la clave de API de HEO de este servidor de Discord. Los comandos `/server` no harán nada hasta que un administrador vuelva a ejecutar `/link-key`.
key-not-linked = Este servidor de Discord no tenía ninguna clave de API de HEO vinculada, así que no había nada que eliminar.

## El registro de un servidor de juego: /server logs (src/replies/logs.rs)

# $server: la etiqueta del servidor; $count: número de líneas. El registro va después, en un bloque de código.
logs-shown = 📜 { $count ->
        [one] La última línea
       *[other] Las últimas { $count } líneas
    } del registro más reciente de { $server }:
# Las líneas no caben en un mensaje y van en un archivo.
logs-attached = 📜 { $count ->
        [one] Se adjunta la última línea del registro más reciente de { $server }.
       *[other] Se adjuntan las últimas { $count } líneas del registro más reciente de { $server }.
    }
logs-empty = 📜 El registro más reciente de { $server } está vacío.
# $detail dice por qué (not-sent-*, heo-*).
logs-failed = ⚠️ **No se ha podido leer el registro** de { $server }: { $detail }
