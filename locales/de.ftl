# Die Nachrichten von heo-bot auf Deutsch (übersetzt aus en-US.ftl).
#
# Jede Nachricht hat dieselbe ID und dieselben Variablen wie in en-US.ftl (die Tests prüfen das).
# Discord-Erwähnungen und Zeitstempel kommen immer als Variablen.

## Die Sprache selbst

# Ihr eigener Name, wie /language set ihn auflistet.
language-name = Deutsch

# So werden Zahlen geschrieben: 1.234,5
number-group-separator = {"."}
number-decimal-separator = {","}
# Stellen, ab denen gruppiert wird: 1 schreibt 1.234.
number-group-min-digits = {"1"}

## Wörter, die viele Nachrichten teilen (src/replies/words.rs)

# Eine Power-Aktion als Titel oder Button-Beschriftung.
action-title-start = Start
action-title-stop = Stopp
action-title-restart = Neustart
action-title-kill = Kill
# Eine Power-Aktion als Verb (Infinitiv), in „Konnte … nicht …“ ($verb).
action-verb-start = starten
action-verb-stop = stoppen
action-verb-restart = neu starten
action-verb-kill = killen
# Eine Power-Aktion als Substantiv (alle maskulin: der Start, der Stopp, der Neustart, der Kill).
action-noun-start = Start
action-noun-stop = Stopp
action-noun-restart = Neustart
action-noun-kill = Kill

# Wie lange zu warten ist ($wait in anderen Nachrichten; steht immer nach einer Präposition).
wait-unknown = etwa 1 Minute
wait-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
wait-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
wait-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}

## Ergebnisse von Power-Aktionen und warum nichts gesendet wurde (src/replies.rs, src/replies/failures.rs)

power-requested = { $emoji } **{ $title } angefordert** von { $asker } für { $server }. HEO hat die Anfrage angenommen; es kann einen Moment dauern, bis der Server so weit ist.
power-failed = ⚠️ **Konnte { $server } nicht { $verb }** (angefordert von { $asker }): { $detail }

# Eine eingegebene Server-ID, die abgelehnt wurde, bevor etwas gesendet wurde. $why ist eine der server-id-*.
invalid-server-id = Diese Server-ID { $why }, daher wurde nichts gesendet. Nutze die ID aus dem HEO-Dashboard, z. B. `srv_123`.
server-id-empty = ist leer
server-id-too-long = ist länger als { $max } Zeichen
server-id-hidden-character = enthält einen Zeilenumbruch oder ein unsichtbares Zeichen (etwa ein Leerzeichen ohne Breite oder eine Rechts-nach-links-Markierung)
server-id-dot-segment = ist keine Server-ID

needs-manage-server = Dafür brauchst du die Berechtigung **Server verwalten**.
guild-only = Dieser Befehl funktioniert nur auf einem Discord-Server.
guild-not-served = Dieser Bot ist nur für die Discord-Server da, die sein Betreiber eingetragen hat, daher wurde nichts getan. Er verlässt jetzt diesen Server.
store-failed = Der Bot konnte seine Datenbank nicht erreichen, daher wurde nichts geändert. Versuch es gleich noch mal; falls das weiter passiert, bitte den Bot-Betreiber, die Logs zu prüfen.
restarting = Der Bot startet gerade neu, daher wurde nichts gesendet. Versuch es in einer Minute noch mal.
internal-error = Im Bot ist etwas schiefgelaufen, und es wurde nichts weiter ausgeführt. Versuch es noch mal; falls das weiter passiert, bitte den Bot-Betreiber, die Logs zu prüfen.
bad-arguments = Der Bot hat die Optionen dieses Befehls nicht verstanden. Falls der Bot gerade aktualisiert wurde, warte eine Minute, bis Discord seine Befehle aktualisiert hat, und versuch es dann noch mal.

# Was ein abgelehnter oder fehlgeschlagener Aufruf ist, in anderen Nachrichten; steht dort immer im Nominativ.
call-this-power = dieser { $noun }
call-this-of-power = dieser { $noun } von { $server }
call-the-power = der { $noun }
call-this-logs = diese Log-Anfrage
call-this-of-logs = diese Anfrage für das Log von { $server }
call-the-logs = die Log-Anfrage

# Von den Schutzmechanismen abgelehnt, bevor etwas gesendet wurde; $wait ist die Wartezeit (wait-*).
refused-in-progress = ⏳ Eine andere Aktion für { $server } ist noch unterwegs zu HEO, daher wurde { $this } nicht gesendet. Die Antwort darauf erscheint innerhalb von { $wait } im Kanal; versuch es danach noch mal, falls nötig.
refused-cooling-down = ⏳ Du hast gerade erst eine Power-Aktion angefordert, daher wurde { $this_of } nicht gesendet. Versuch es in { $wait } noch mal.
refused-backing-off = ⏳ HEO drosselt gerade die Anfragen dieses Bots, und dieses Limit teilen sich alle Discord-Server, die der Bot bedient, daher wurde { $this_of } nicht gesendet. Versuch es in { $wait } noch mal.
refused-guild-budget = ⏳ Dieser Discord-Server hat seinen Anteil an HEO-Anfragen vorerst aufgebraucht (das HEO-Limit teilen sich alle Discord-Server, die der Bot bedient), daher wurde { $this_of } nicht gesendet. Versuch es in { $wait } noch mal.
refused-busy = ⏳ Der Bot wartet schon bei so vielen Aktionen auf HEO, wie er gleichzeitig annimmt, daher wurde { $this_of } nicht gesendet. Diese Aktionen enden innerhalb von { $wait }; versuch es dann noch mal.
# $held_verb ist die Aktion des Countdowns als Verb; $at ein Discord-Zeitstempel.
refused-counting-down = ⏳ Ein Countdown blockiert { $server }: Der Bot soll den Server { $at } { $held_verb }. Daher wurde { $this_of } nicht gesendet. Drück beim Countdown zuerst auf **Abbrechen**, falls nötig, oder warte ihn ab.

# Warum nichts gesendet wurde, bevor HEO gefragt wurde ($detail von power-failed).
not-sent-no-key = Für diesen Discord-Server ist noch kein HEO-API-Schlüssel verknüpft, daher wurde nichts gesendet. Ein Admin mit „Server verwalten“ kann mit `/link-key` einen verknüpfen.
not-sent-store-failed = Der Bot konnte seine Datenbank nicht lesen, daher wurde nichts gesendet. Versuch es gleich noch mal; falls das weiter passiert, bitte den Bot-Betreiber, die Logs zu prüfen.
not-sent-key-unreadable = Der für diesen Discord-Server gespeicherte HEO-API-Schlüssel lässt sich nicht mehr lesen (er stammt vielleicht aus dem Backup eines anderen Servers), daher wurde nichts gesendet. Ein Admin mit „Server verwalten“ sollte ihn mit `/link-key` neu verknüpfen.

# Was HEO geantwortet hat ($detail von power-failed). $status ist ein HTTP-Statuscode.
heo-confirmation-required = HEO wollte eine Bestätigung und hat nichts getan. Der Bot bestätigt einen Kill immer, also hat irgendetwas zwischen ihm und HEO die Bestätigung verschluckt: Bitte sag dem Bot-Betreiber Bescheid.
heo-unauthorized = HEO hat den API-Schlüssel dieses Discord-Servers abgelehnt: Er wurde vielleicht widerrufen oder falsch eingegeben. Ein Admin sollte `/link-key` mit einem neuen Schlüssel aus dem HEO-Dashboard ausführen.
heo-forbidden = Der verknüpfte API-Schlüssel hat keinen Zugriff auf { $server }. Prüf die ID im HEO-Dashboard (sie sieht aus wie `srv_123`) oder verknüpfe einen Schlüssel, der diesen Server abdeckt.
heo-insufficient-scope-power = Der verknüpfte API-Schlüssel hat nur Leserechte und kann daher keine Power-Aktionen ausführen. Erstelle im HEO-Dashboard einen Schlüssel mit Power-Berechtigung und verknüpfe ihn mit `/link-key`.
heo-insufficient-scope-logs = Dem verknüpften API-Schlüssel fehlt der Scope `game-logs:read`, daher kann er keine Logs lesen. Erstelle im HEO-Dashboard einen Schlüssel mit diesem Scope und verknüpfe ihn mit `/link-key`.
heo-not-found = HEO hat mit „nicht gefunden“ geantwortet. Prüf, ob { $server } die ID aus dem HEO-Dashboard ist; falls ja, bitte den Bot-Betreiber, die Einstellung `HEO_API_URL` zu prüfen.
heo-method-not-allowed = HEO hat die Anfrage abgelehnt (Methode nicht erlaubt), daher wurde nichts getan. Bitte den Bot-Betreiber, die Einstellung `HEO_API_URL` zu prüfen.
heo-rate-limited = HEO drosselt diesen Bot gerade, daher wurde nichts getan. Versuch es in { $wait } noch mal.
heo-game-server-unreachable-power = HEO konnte die Aktion nicht an den Gameserver weitergeben. Versuch es in einer Minute noch mal; falls es weiter fehlschlägt, sieh auf der HEO-Statusseite nach.
heo-game-server-unreachable-logs = HEO konnte das Log nicht vom Gameserver abrufen. Versuch es in einer Minute noch mal; falls es weiter fehlschlägt, sieh auf der HEO-Statusseite nach.
heo-provider-unavailable = HEO hat gerade Probleme (HTTP { $status }), daher hat { $the } wahrscheinlich nicht geklappt. Versuch es in ein paar Minuten noch mal.
heo-unexpected-status = HEO hat unerwartet geantwortet (HTTP { $status }), daher hat { $the } womöglich nicht geklappt. Versuch es noch mal; falls das weiter passiert, sag dem Bot-Betreiber Bescheid.
heo-unreadable-success = HEO hat geantwortet, aber so, dass der Bot es nicht versteht, daher weiß er nicht, ob { $the } geklappt hat. Prüf den Server im HEO-Dashboard, bevor du es noch mal versuchst.
heo-timeout-power = HEO hat nicht rechtzeitig geantwortet, daher weiß der Bot nicht, ob { $the } geklappt hat. Prüf den Server im HEO-Dashboard, bevor du es noch mal versuchst.
heo-timeout-logs = HEO hat das Log nicht rechtzeitig geschickt. Versuch es in einer Minute noch mal.
heo-unreachable = Der Bot konnte HEO nicht erreichen, daher wurde nichts gesendet. HEO oder das Netzwerk des Bots ist vielleicht gestört; versuch es in ein paar Minuten noch mal.

## Der eigene Status von HEO (src/replies/heo_status.rs)

# $affecting ist heo-affecting oder heo-affecting-more, oder leer, wenn HEO nichts genannt hat.
heo-status-up = 🟢 HEO meldet: Alles läuft.
heo-status-disrupted = 🟠 HEO meldet eine Störung{ $affecting }.
heo-status-maintenance = 🔧 HEO meldet Wartungsarbeiten{ $affecting }.
heo-status-unknown = ❔ HEO gibt an, den eigenen Status gerade nicht zu kennen. Versuch es in ein paar Minuten noch mal.
heo-status-other = ❔ HEO meldet den Status { $said }, dessen Bedeutung der Bot nicht kennt.
heo-status-no-answer = 🔴 Die HEO-Statusseite antwortet nicht: HEO oder das Netzwerk des Bots ist vielleicht gestört. Versuch es in ein paar Minuten noch mal.
heo-status-odd-answer = ❔ Die HEO-Statusseite hat eine Antwort geliefert, die der Bot nicht versteht. Versuch es in ein paar Minuten noch mal; falls das weiter passiert, sag dem Bot-Betreiber Bescheid.
# Die Zeile, die eine fehlgeschlagene Power-Aktion erhält, während HEO Probleme meldet.
heo-trouble-disrupted = Die HEO-Statusseite meldet eine Störung{ $affecting }.
heo-trouble-maintenance = Die HEO-Statusseite meldet Wartungsarbeiten{ $affecting }.
# $names ist eine Liste von Code-Spans; $more, wie viele HEO noch genannt hat. Beginnt mit einem Leerzeichen.
heo-affecting = { " " }bei { $names }
heo-affecting-more = { " " }bei { $names } und { $more } weiteren

## Die Kill-Abfrage (src/replies/kill.rs)

kill-prompt = 💀 **{ $server } killen?** Ein Kill kappt sofort den Strom, als würdest du den Stecker ziehen: Nicht gespeicherte Spieldaten können verloren gehen. Nutze wenn möglich lieber `/server stop`.
    Diese Abfrage läuft in { $wait } ab.
kill-confirm-label = Kill
kill-cancel-label = Abbrechen
kill-sending = 💀 Kill für { $server } wird gesendet …
kill-cancelled = Abgebrochen: Es wurde nichts an { $server } gesendet.
kill-expired-command = Diese Kill-Abfrage ist abgelaufen: Es wurde nichts an { $server } gesendet. Führ `/server kill` erneut aus, falls du es noch brauchst.
kill-expired-panel = Diese Kill-Abfrage ist abgelaufen: Es wurde nichts an { $server } gesendet. Klick im Panel erneut auf **Kill**, falls du es noch brauchst.
kill-not-yours = Nur wer dieses `/server kill` ausgeführt hat, kann darauf antworten. Es wurde nichts gesendet.
kill-no-longer-manage-server = Du hast die Berechtigung **Server verwalten** nicht mehr, die du beim Ausführen dieses `/server kill` hattest, daher wurde nichts gesendet.
# $who_may sagt, welche Rollen jetzt killen dürfen.
kill-no-longer-roles = 🔒 Deine Rollen oder die Rollen, die killen dürfen, haben sich geändert, seit du dieses `/server kill` ausgeführt hast, daher wurde nichts gesendet. { $who_may }
kill-prompt-gone = Diese Kill-Abfrage wurde schon beantwortet oder ist abgelaufen, daher wurde nichts weiter gesendet.

## Slash-Befehle: Beschreibungen, die Discord anzeigt (src/commands/localized.rs)
#
# Eine Nachricht pro Befehl oder Unterbefehl (seine Beschreibung), mit einem Attribut pro Option
# (die Beschreibung der Option). Befehls- und Optionsnamen bleiben englisch. Discord erlaubt
# jeweils höchstens 100 Zeichen.

command-server = Einen bei HEO gehosteten Gameserver starten, stoppen, neu starten oder killen.
command-server-start = Einen Gameserver starten.
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
command-server-stop = Einen Gameserver sauber stoppen (warn:10m warnt die Spieler vorher mit einem Countdown).
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .warn = Die Spieler vorher so lange warnen, z. B. 10m, 90s (bis zu 1h)
    .message = Was die Spieler mit den Warnungen lesen, z. B. In 5 Minuten wieder da!
command-server-restart = Einen Gameserver neu starten (warn:10m warnt die Spieler vorher mit einem Countdown).
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .warn = Die Spieler vorher so lange warnen, z. B. 10m, 90s (bis zu 1h)
    .message = Was die Spieler mit den Warnungen lesen, z. B. In 5 Minuten wieder da!
command-server-kill = Einen Gameserver sofort killen (mit Bestätigung, außer force ist true oder warn ist gesetzt).
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .force = Bestätigungsabfrage überspringen und sofort killen
    .warn = Die Spieler vorher so lange warnen, mit Countdown (ohne Abfrage), z. B. 1m
    .message = Was die Spieler mit den Warnungen lesen
command-server-add = Einem Gameserver einen Kurznamen geben, den Mitglieder statt der ID eingeben können.
    .id = Server-ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .name = Kurzname, bis zu 32 Zeichen, z. B. mc-survival
    .console = Konsolenbefehl, der die Spieler warnt, z. B. broadcast {"{"}message{"}"} (Standard: say {"{"}message{"}"})
command-server-remove = Den Namen eines Gameservers entfernen (die ID funktioniert weiterhin).
    .server = Servername oder ID
command-server-list = Die auf diesem Discord-Server benannten Gameserver auflisten.
command-server-history = Die letzten 10 von hier an HEO gesendeten Power-Aktionen zeigen, alle oder für einen Gameserver.
    .server = Nur dieser Server (Name oder ID); leer lassen für alle
    .refusals = Stattdessen die Anfragen zeigen, die vor HEO abgelehnt oder abgebrochen wurden
command-server-logs = Die letzten Zeilen des neuesten Logs eines Gameservers zeigen (nur für dich sichtbar).
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .lines = Wie viele der letzten Zeilen angezeigt werden (Standard: 50)
command-server-panel = Buttons für einen Gameserver in diesem Kanal posten oder sie entfernen.
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .warn = Stopp und Neustart warnen die Spieler vorher so lange, z. B. 5m (bis zu 1h)
    .message = Was die Spieler mit den Warnungen lesen, z. B. In 5 Minuten wieder da!
    .remove = Stattdessen das Panel dieses Servers aus diesem Kanal entfernen
command-power-role = Festlegen, welche Rollen Gameserver starten, stoppen, neu starten, killen oder Logs lesen dürfen.
command-power-role-grant = Einer Rolle eine Power-Aktion oder das Lesen von Logs erlauben.
    .action = Die Power-Aktion oder Logs
    .role = Die Rolle, die es tun darf
command-power-role-revoke = Einer Rolle eine Power-Aktion oder das Lesen von Logs nicht mehr erlauben.
    .action = Die Power-Aktion oder Logs
    .role = Die Rolle, die es nicht mehr tun darf
command-power-role-list = Zeigen, welche Rollen welche Power-Aktion ausführen oder Logs lesen dürfen.
command-link-key = Den HEO-API-Schlüssel dieses Discord-Servers verknüpfen (öffnet ein privates Formular).
command-unlink-key = Den HEO-API-Schlüssel dieses Discord-Servers entfernen.
command-audit-channel = Jede Power-Aktion in einem Kanal posten; Kanal leer lassen, um das zu beenden.
    .channel = Der Kanal, in dem gepostet wird; leer lassen, um das Posten zu beenden
command-schedule = Start, Stopp, Neustart oder Kill eines Gameservers zu einer festen Zeit ausführen.
command-schedule-add = Eine Power-Aktion planen: einmalig, täglich oder wöchentlich, zu einer Ortszeit.
    .server = Servername oder ID wie im HEO-Dashboard angezeigt, z. B. srv_123
    .action = Die Power-Aktion
    .at = Uhrzeit als HH:MM, z. B. 04:00; oder JJJJ-MM-TT HH:MM für eine einmalige Ausführung
    .every = Wie oft (Standard: einmalig)
    .weekday = Tag einer wöchentlichen Ausführung (Standard: der Tag des nächsten HH:MM)
    .timezone = IANA-Zeitzone, z. B. Europe/Berlin (Standard: die dieses Servers, sonst UTC)
    .warn = Spieler so lange vor einem Stopp, Neustart oder Kill warnen, z. B. 10m
    .message = Eine Zeile, die die Spieler mit der Warnung sehen
command-schedule-list = Die Zeitpläne dieses Servers auflisten und wann sie jeweils als Nächstes laufen.
command-schedule-remove = Einen Zeitplan entfernen.
    .id = Die Nummer des Zeitplans, wie /schedule list sie anzeigt, z. B. 3
command-schedule-pause = Einen Zeitplan pausieren: Nichts läuft, bis er fortgesetzt wird.
    .id = Die Nummer des Zeitplans, wie /schedule list sie anzeigt, z. B. 3
command-schedule-resume = Einen pausierten Zeitplan ab seiner nächsten anstehenden Ausführung fortsetzen.
    .id = Die Nummer des Zeitplans, wie /schedule list sie anzeigt, z. B. 3
command-schedule-timezone = Die Zeitzone dieses Servers für neue Zeitpläne festlegen.
    .zone = IANA-Zeitzone, z. B. Europe/Berlin
command-heo = Alles rund um HEO Systems selbst.
command-heo-status = Zeigen, ob HEO Systems gerade eine Störung oder Wartungsarbeiten meldet.

# Die Auswahlmöglichkeiten, die Discord für eine Option anzeigt (jeweils höchstens 100 Zeichen).
choice-start = starten
choice-stop = stoppen
choice-restart = neu starten
choice-kill = killen
choice-logs = Logs
choice-once = einmalig
choice-daily = täglich
choice-weekly = wöchentlich
choice-monday = Montag
choice-tuesday = Dienstag
choice-wednesday = Mittwoch
choice-thursday = Donnerstag
choice-friday = Freitag
choice-saturday = Samstag
choice-sunday = Sonntag

## /language (src/replies/language.rs)

# Der Autocomplete-Eintrag von /language set, der der Discord-Sprache des Servers folgt.
language-follow-discord = Die Discord-Sprache des Servers
# $language ist der Eigenname und Code einer Sprache, z. B. „Deutsch (de)“.
language-set-chosen = 🌐 Ab jetzt erscheinen die öffentlichen Nachrichten dieses Servers (Antworten in Kanälen, Steuerpanels, Countdowns und Audit-Einträge) auf { $language }. Antworten, die nur du siehst, folgen deiner eigenen Discord-Sprache.
language-set-discord = 🌐 Ab jetzt folgen die öffentlichen Nachrichten dieses Servers seiner Discord-Sprache, derzeit { $language }. Antworten, die nur du siehst, folgen deiner eigenen Discord-Sprache.
language-shown-chosen = 🌐 Die öffentlichen Nachrichten dieses Servers erscheinen auf { $language }, festgelegt mit `/language set`. Antworten, die nur du siehst, folgen deiner eigenen Discord-Sprache.
language-shown-discord = 🌐 Die öffentlichen Nachrichten dieses Servers erscheinen auf { $language }, der Discord-Sprache dieses Servers. Wähle mit `/language set` eine andere. Antworten, die nur du siehst, folgen deiner eigenen Discord-Sprache.
# $typed ist die Eingabe; $languages die Codes, die der Bot kennt; $auto der Code, der Discord folgt.
language-unknown = Der Bot hat keine Sprache { $typed }, daher wurde nichts geändert. Wähle eine aus der Liste: { $languages } oder { $auto } für die Discord-Sprache dieses Servers.

command-language = Die Sprache der öffentlichen Nachrichten dieses Servers wählen.
command-language-set = Die Sprache der öffentlichen Nachrichten dieses Servers festlegen.
    .language = Eine Sprache aus der Liste oder auto für die Discord-Sprache dieses Servers
command-language-show = Zeigen, in welcher Sprache die öffentlichen Nachrichten dieses Servers erscheinen.

## Der Audit-Kanal und seine Zeilen (src/replies/audit.rs)

# Ein Eintrag des Audit-Protokolls, wie er im Audit-Kanal gepostet (je eine Nachricht) und von
# /server history aufgelistet wird. $member erwähnt das anfragende Mitglied, $via sagt, woher
# die Aktion kam (audit-via-*, leer bei einem Befehl), $emoji ist das Emoji der Aktion, $title
# die Aktion als Titel, $server die Bezeichnung des Servers, $outcome das Ergebnis (audit-outcome-*).
audit-line = { $member }{ $via } { $emoji } { $title } { $server }: { $outcome }
# Woher ein Eintrag kam; beginnt jeweils mit einem Leerzeichen. $schedule ist die Nummer des
# Zeitplans als Code-Span (`#3`).
audit-via-schedule = { " " }(Zeitplan { $schedule })
audit-via-panel = { " " }(Panel)

# Das Ergebnis eines Eintrags. $code ist der Ergebniscode als Code-Span (`forbidden`) und bleibt
# englisch. $why erklärt ihn (audit-why-*); $status ist der HTTP-Statuscode von HEO.
audit-outcome-sent = ✅ { $code } ({ $why })
audit-outcome-failed = ❌ { $code } ({ $why })
audit-outcome-failed-http = ❌ { $code } (HTTP { $status }: { $why })

# Eine kurze Erklärung jedes Ergebniscodes ($why oben); jeder Eintrag ist nur eine Zeile.
audit-why-requested = von HEO angenommen
audit-why-no-key = kein HEO-API-Schlüssel verknüpft
audit-why-store-failed = der Bot konnte seine Datenbank nicht lesen
audit-why-key-unreadable = der gespeicherte API-Schlüssel war nicht lesbar
audit-why-in-progress = eine andere Aktion für den Server lief noch
audit-why-cooldown = der Cooldown des Mitglieds lief noch
audit-why-backing-off = der Bot wartete die Drosselung durch HEO ab
audit-why-guild-budget = dieser Discord-Server hatte seinen HEO-Anteil aufgebraucht
audit-why-bot-busy = der Bot wartete schon auf so viele Aktionen, wie er gleichzeitig annimmt
audit-why-not-permitted = keine Rolle des Mitglieds erlaubte es
audit-why-kill-cancelled = das Mitglied hat den Kill abgebrochen
audit-why-kill-expired = die Kill-Abfrage lief unbeantwortet ab
audit-why-counting-down = ein Countdown blockierte den Server
audit-why-countdown-aborted = der Countdown wurde abgebrochen
audit-why-missed = der Bot lief zum geplanten Zeitpunkt nicht
audit-why-confirmation-required = HEO wollte eine Bestätigung
audit-why-unauthorized = HEO hat den API-Schlüssel abgelehnt
audit-why-forbidden = der API-Schlüssel hat keinen Zugriff auf diesen Server
audit-why-insufficient-scope = dem API-Schlüssel fehlt die Berechtigung dafür
audit-why-not-found = HEO hat den Server nicht gefunden
audit-why-method-not-allowed = HEO hat die Anfragemethode abgelehnt
audit-why-rate-limited = HEO hat den Bot gedrosselt
audit-why-provider-error = HEO konnte den Gameserver nicht erreichen
audit-why-provider-unavailable = HEO hatte Probleme
audit-why-unexpected-status = HEO hat unerwartet geantwortet
audit-why-unreadable-success = die Antwort von HEO war nicht lesbar
audit-why-timeout = HEO hat nicht rechtzeitig geantwortet
audit-why-unreachable = der Bot konnte HEO nicht erreichen

# Die erste Nachricht in einem neuen Audit-Kanal. $member erwähnt den Admin, der ihn gewählt hat.
audit-channel-greeting = 🗒️ heo-bot postet hier jede Power-Aktion, die auf diesem Discord-Server angefordert wird, jeweils in einer Zeile (eingerichtet von { $member }).

# Die privaten Antworten auf /audit-channel. $channel erwähnt den Kanal.
audit-channel-set = ✅ Ab jetzt wird jede Power-Aktion in { $channel } gepostet, jeweils in einer Zeile. Führ `/audit-channel` ohne Kanal aus, um das zu beenden.
audit-channel-off = ✅ Power-Aktionen werden nicht mehr in { $channel } gepostet. `/server history` listet sie weiterhin auf.
audit-channel-off-none = Es war kein Audit-Kanal festgelegt, daher wurde nichts geändert. Wähle einen mit `/audit-channel channel:`.
# Der Bot konnte seine Begrüßung nicht in $channel posten, daher wurde nichts geändert.
audit-channel-unpostable-not-allowed = ⚠️ Der Bot konnte nicht in { $channel } posten, daher wurde der Audit-Kanal nicht geändert: Er hat keine Berechtigung dazu. Gib heo-bot in { $channel } die Berechtigungen **Kanal ansehen** und **Nachrichten senden** (Kanal bearbeiten → Berechtigungen) und führ dann `/audit-channel` erneut aus.
audit-channel-unpostable-no-text = ⚠️ Der Bot konnte nicht in { $channel } posten, daher wurde der Audit-Kanal nicht geändert: Laut Discord gibt es diesen Kanal nicht oder er nimmt keine Nachrichten an. Wähle einen Textkanal.
audit-channel-unpostable-discord-failed = ⚠️ Der Bot konnte nicht in { $channel } posten, daher wurde der Audit-Kanal nicht geändert: Discord hat nicht richtig geantwortet. Versuch es gleich noch mal.
audit-channel-member-cannot-post = ⚠️ Du kannst selbst nicht in { $channel } posten (dafür brauchst du dort **Kanal ansehen** und **Nachrichten senden**), daher wurde der Audit-Kanal nicht geändert. Wähle einen Kanal, in dem du posten kannst.

## /server history (src/replies/history.rs)

# Die private Antwort auf /server history, wenn nichts verzeichnet ist. $server ist die
# Bezeichnung des Servers (in den -server-Nachrichten).
history-empty-sent-guild = Auf diesem Discord-Server wurden noch keine Power-Aktionen an HEO gesendet (Einträge werden nur begrenzt lange aufbewahrt).
history-empty-sent-server = Für { $server } wurden noch keine Power-Aktionen an HEO gesendet (Einträge werden nur begrenzt lange aufbewahrt).
history-empty-refused-guild = Auf diesem Discord-Server sind noch keine abgelehnten oder abgebrochenen Anfragen verzeichnet (Einträge werden nur begrenzt lange aufbewahrt).
history-empty-refused-server = Für { $server } sind noch keine abgelehnten oder abgebrochenen Anfragen verzeichnet (Einträge werden nur begrenzt lange aufbewahrt).

# Die erste Zeile von /server history, über je einer Zeile pro Eintrag (audit-line). $count ist
# die Zahl der aufgelisteten Einträge; $server die Bezeichnung des Servers.
history-header-sent-guild = { $count ->
    [one] 🗒️ Die letzte an HEO gesendete Power-Aktion auf diesem Discord-Server:
   *[other] 🗒️ Die letzten { $count } an HEO gesendeten Power-Aktionen auf diesem Discord-Server, neueste zuerst:
}
history-header-sent-server = { $count ->
    [one] 🗒️ Die letzte an HEO gesendete Power-Aktion für { $server }:
   *[other] 🗒️ Die letzten { $count } an HEO gesendeten Power-Aktionen für { $server }, neueste zuerst:
}
history-header-refused-guild = { $count ->
    [one] 🚫 Die letzte auf diesem Discord-Server abgelehnte oder abgebrochene Anfrage (an HEO wurde nichts gesendet):
   *[other] 🚫 Die letzten { $count } auf diesem Discord-Server abgelehnten oder abgebrochenen Anfragen, neueste zuerst (an HEO wurde nichts gesendet):
}
history-header-refused-server = { $count ->
    [one] 🚫 Die letzte für { $server } abgelehnte oder abgebrochene Anfrage (an HEO wurde nichts gesendet):
   *[other] 🚫 Die letzten { $count } für { $server } abgelehnten oder abgebrochenen Anfragen, neueste zuerst (an HEO wurde nichts gesendet):
}

# Kleingedrucktes unter den an HEO gesendeten Aktionen; `refusals:true` ist die Option des
# Befehls und bleibt englisch.
history-refusals-hint = -# Anfragen, die vor HEO abgelehnt oder abgebrochen wurden, zeigst du mit `refusals:true` an.

## Steuerpanels (src/replies/panel.rs)

# Die öffentliche Panel-Nachricht in der Sprache des Servers, bei jedem Klick neu geschrieben.
# $server ist die Bezeichnung des Gameservers. Darunter folgen, jeweils in eigener Zeile:
# panel-warning, wenn das Panel vorher warnt, und panel-last, sobald ein Button benutzt wurde.
panel = 🎮 **Steuerpanel** für { $server }
    Mit diesen Buttons lässt du HEO diesen Gameserver starten, stoppen, neu starten oder killen. Nutzen dürfen sie Mitglieder mit **Server verwalten** oder mit einer Rolle, der die Aktion per `/power-role` erlaubt wurde; jeder Klick wird erneut geprüft und privat beantwortet.
# $wait ist, wie lange die Spieler vorher gewarnt werden (wait-*).
panel-warning = ⏳ **Stopp** und **Neustart** warnen die Spieler { $wait } vorher, mit einem Countdown hier, den jeder Berechtigte abbrechen kann.
# $last ist eine der panel-last-* unten.
panel-last = Letzte Aktion: { $last }
# Was der letzte Klick im Panel angefordert hat. $emoji ist das Emoji der Aktion, $title die
# Aktion als Titel (action-title-*), $asker erwähnt das klickende Mitglied, $at ist ein
# Discord-Zeitstempel („vor 5 Minuten“).
panel-last-requested = { $emoji } { $title } von { $asker } { $at } angefordert
# Die Aktion wurde nicht gesendet oder nicht angenommen; $outcome ist der Ergebniscode als
# Code-Span, etwa `cooling_down` (bleibt englisch).
panel-last-not-done = ⚠️ { $title } von { $asker } { $at } nicht ausgeführt ({ $outcome })
# Ein Klick auf Stopp oder Neustart hat einen Countdown gestartet; $due ist ein Discord-Zeitstempel („in 5 Minuten“).
panel-last-countdown-begun = ⏳ { $title }-Countdown von { $asker } { $at } gestartet, fällig { $due }

# Was ein ausgemustertes Panel stattdessen anzeigt (seine Buttons sind deaktiviert). $link ist
# die URL des neueren Panels; $remover erwähnt das Mitglied, das es entfernt hat.
panel-replaced = 🎮 Dieses Panel für { $server } wurde durch ein neueres ersetzt: { $link }
panel-removed = 🎮 Dieses Panel für { $server } wurde von { $remover } entfernt.

# Die private Antwort auf /server panel. $link ist die URL des geposteten Panels; $replaced,
# wie viele frühere Panels für den Server in diesem Kanal es ersetzt hat. Die zweite Zeile ist
# eine der panel-clickers-*.
panel-posted = ✅ Panel für { $server } gepostet: { $link }.{ $replaced ->
        [0] {""}
        [one] { " " }Das frühere Panel für diesen Server in diesem Kanal funktioniert nicht mehr.
       *[other] { " " }Die { $replaced } früheren Panels für diesen Server in diesem Kanal funktionieren nicht mehr.
    }
# Wer die Buttons des Panels nutzen darf. $grants listet panel-clickers-grant, getrennt durch „; “.
panel-clickers-only-manage-server = Die Buttons funktionieren nur für Mitglieder mit **Server verwalten**: Keiner Rolle wurde eine Power-Aktion erlaubt (erlaube eine mit `/power-role grant`). Die Berechtigungen für `/server` unter Servereinstellungen → Integrationen gelten nicht für Buttons.
panel-clickers-roles = Die Buttons funktionieren für Mitglieder mit **Server verwalten** und für diese Rollen: { $grants }. Die Berechtigungen für `/server` unter Servereinstellungen → Integrationen gelten nicht für Buttons.
# Eine Aktion und die Rollen, denen sie erlaubt ist: $title ist die Aktion als Titel, $roles
# die Erwähnungen der Rollen, durch Kommas getrennt.
panel-clickers-grant = { $title } ({ $roles })

# Private Antworten auf /server panel remove:true. $count ist, wie viele Panels ausgemustert wurden.
panel-none-to-remove = In diesem Kanal gibt es kein Panel für { $server }, daher wurde nichts entfernt.
panel-removed-reply = { $count ->
        [one] ✅ Das Panel für { $server } in diesem Kanal funktioniert nicht mehr; die Nachricht bleibt mit deaktivierten Buttons stehen. Lösch sie, wenn du willst.
       *[other] ✅ Die { $count } Panels für { $server } in diesem Kanal funktionieren nicht mehr; die Nachrichten bleiben mit deaktivierten Buttons stehen. Lösch sie, wenn du willst.
    }
# $cap ist die Höchstzahl an Panels pro Discord-Server.
panel-limit = Dieser Discord-Server hat schon { $cap } Panels, mehr verwaltet der Bot nicht, daher wurde keins gepostet. Entferne zuerst eins mit `/server panel server:<server> remove:true` in dessen Kanal.
panel-cannot-post = Der Bot konnte das Panel nicht in diesem Kanal posten, daher wurde nichts gepostet. Gib dem Bot hier **Kanal ansehen** und **Nachrichten senden** oder führ den Befehl in einem anderen Kanal aus.

# Private Antworten auf einen Klick auf einen Panel-Button, den der Bot abweist.
panel-gone = Dieses Panel funktioniert nicht mehr (es wurde ersetzt oder entfernt), daher wurde nichts gesendet. Bitte einen Admin, mit `/server panel` ein neues zu posten.
# $who_may sagt, welche Rollen die Aktion ausführen dürfen (siehe die Rollen-Nachrichten).
panel-not-permitted = 🔒 { $who_may } Für Panel-Buttons zählt nicht, wer `/server` ausführen darf. Es wurde nichts gesendet.
# $name ist der Name des Servers, wie das Panel ihn zeigt, als Code-Span.
panel-server-removed = Der Server { $name } dieses Panels ist auf diesem Discord-Server nicht mehr eingetragen (entfernt mit `/server remove`), daher wurde nichts gesendet. Füg ihn mit `/server add` wieder hinzu oder poste mit `/server panel` ein Panel für einen anderen Server.

## Countdowns, Warnungen im Spiel und Zeitpläne (src/replies/countdown.rs, src/replies/warnings.rs, src/replies/scheduled.rs, src/replies/schedules.rs)

# Die öffentliche Nachricht des Countdowns im Kanal, laufend aktualisiert, in der Sprache des Servers.
# $title ist die Aktion als Titel, $due_in ein Discord-Zeitstempel („in 10 Minuten“), $due_at
# derselbe Zeitpunkt als Uhrzeit. $by ist „member“ oder „schedule“; $schedule ist `#3`.
countdown-running = ⏳ **{ $title }** für { $server } { $due_in } (um { $due_at }), { $by ->
        [schedule] geplant von { $asker } (Zeitplan { $schedule })
       *[member] angefordert von { $asker }
    }.
# Letzte Zeile, während die Spieler gewarnt werden. **Abbrechen** ist der Button (countdown-abort-label).
countdown-running-warned = Die Spieler werden im Spiel gewarnt. Drück auf **Abbrechen**, um den Countdown abzubrechen.
# $problem ist eine der warning-problem-* (endet mit Punkt); $noun die Aktion als Substantiv (maskulin).
countdown-running-not-warned = ⚠️ Die Spieler konnten im Spiel nicht gewarnt werden: { $problem } Der { $noun } erfolgt trotzdem wie geplant, außer jemand drückt auf **Abbrechen**.
# Der Button des Countdowns (muss zu refused-counting-down passen).
countdown-abort-label = Abbrechen
# „-#“ macht die Zeile in Discord klein.
countdown-ended = -# Countdown, { $by ->
        [schedule] geplant von { $asker } (Zeitplan { $schedule })
       *[member] angefordert von { $asker }
    }.
countdown-aborted = 🛑 **{ $title }** für { $server } von { $aborter } **abgebrochen**; es wurde nichts gesendet. ({ $by ->
        [schedule] Geplant von { $asker }, Zeitplan { $schedule }
       *[member] Angefordert von { $asker }
    }.)
# $due ist ein Discord-Zeitstempel (Datum und Uhrzeit).
countdown-missed = ⚠️ **{ $title }** für { $server } war am { $due } fällig, aber der Bot lief da nicht, daher wurde nichts gesendet. Führ ihn erneut aus, falls er noch nötig ist. ({ $by ->
        [schedule] Geplant von { $asker }, Zeitplan { $schedule }
       *[member] Angefordert von { $asker }
    }.)
countdown-interrupted = ⚠️ Der Bot wurde beendet, während er den { $noun } für { $server } gesendet hat, daher weiß er nicht, ob HEO ihn erhalten hat. Prüf den Server im HEO-Dashboard, bevor du es noch mal versuchst.
# Die private Antwort an den, der den Countdown gestartet hat.
countdown-started = ⏳ Countdown gepostet ({ $link }): Der { $noun } für { $server } wird { $due_in } gesendet, außer jemand drückt auf **Abbrechen**.
countdown-started-unlinked = ⏳ Countdown gepostet: Der { $noun } für { $server } wird { $due_in } gesendet, außer jemand drückt auf **Abbrechen**.
countdown-cannot-post = Der Bot konnte den Countdown nicht in diesem Kanal posten, daher wurde nichts gestartet. Gib dem Bot hier **Kanal ansehen** und **Nachrichten senden** oder führ den Befehl in einem anderen Kanal aus.
countdown-already-running = ⏳ Für { $server } läuft schon ein Countdown, daher wurde dieser { $noun } nicht gestartet. Brich ihn zuerst über seinen Button ab oder warte ihn ab.
# $held_verb ist die Aktion des Countdowns als Verb (action-verb-*), $noun die abgelehnte Aktion.
countdown-holds-server = ⏳ Ein Countdown blockiert { $server } ({ $link }): Der Bot soll den Server { $due_in } { $held_verb }. Daher wurde dieser { $noun } nicht gesendet. Drück beim Countdown zuerst auf **Abbrechen**, falls nötig, oder warte ihn ab.
countdown-holds-server-unlinked = ⏳ Ein Countdown blockiert { $server }: Der Bot soll den Server { $due_in } { $held_verb }. Daher wurde dieser { $noun } nicht gesendet. Drück beim Countdown zuerst auf **Abbrechen**, falls nötig, oder warte ihn ab.
# Private Antworten auf einen Klick auf Abbrechen.
countdown-abort-not-allowed = Abbrechen kann diesen Countdown nur, wer ihn angefordert hat, die Berechtigung **Server verwalten** hat oder eine Rolle, die { $verb } darf. Es wurde nichts geändert.
countdown-gone = Dieser Countdown ist schon vorbei.
countdown-too-late = Zu spät: Der { $noun } wird bereits gesendet.

# Was die Spieler im Spiel lesen (über die Konsole des Gameservers): kurz und ohne Markdown.
in-game-warning = { $action ->
        [start] Der Server startet in { $left }.
        [stop] Der Server wird in { $left } gestoppt.
        [restart] Der Server startet in { $left } neu.
       *[kill] Der Server wird in { $left } heruntergefahren.
    }
in-game-abort = { $action ->
        [start] Der Serverstart wurde abgebrochen.
        [stop] Der Serverstopp wurde abgebrochen.
        [restart] Der Serverneustart wurde abgebrochen.
       *[kill] Das Herunterfahren des Servers wurde abgebrochen.
    }
# $left von in-game-warning.
in-game-left-seconds = { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }
in-game-left-minutes = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
in-game-left-minutes-seconds = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } und { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }

# Warum die Spieler nicht gewarnt werden konnten ($problem, nach „nicht gewarnt werden:“).
warning-problem-none = (kein Problem).
warning-problem-no-key = Für diesen Discord-Server ist kein HEO-API-Schlüssel verknüpft.
warning-problem-store-failed = Der Bot konnte seine Datenbank nicht lesen.
warning-problem-key-unreadable = Der gespeicherte HEO-API-Schlüssel lässt sich nicht mehr lesen; verknüpfe ihn mit `/link-key` neu.
warning-problem-shared-limit = Das gemeinsame HEO-Limit ist vorerst aufgebraucht (für { $wait }).
warning-problem-busy = Der Bot wartet schon bei zu vielen Anfragen auf HEO.
warning-problem-another-action = Eine andere Aktion war gerade unterwegs.
warning-problem-insufficient-scope = Dem verknüpften API-Schlüssel fehlt der Scope `game-console:read_write`; verknüpfe einen Schlüssel mit diesem Scope, um die Spieler zu warnen.
warning-problem-unauthorized = HEO hat den verknüpften API-Schlüssel abgelehnt; verknüpfe mit `/link-key` einen neuen.
warning-problem-forbidden = Der verknüpfte API-Schlüssel hat keinen Zugriff auf diesen Server.
warning-problem-rate-limited = HEO drosselt den Bot gerade (für { $wait }).
warning-problem-game-server-unreachable = HEO konnte die Konsole des Gameservers nicht erreichen.
warning-problem-timeout = HEO hat nicht rechtzeitig geantwortet.
warning-problem-unreachable = HEO war nicht erreichbar.
warning-problem-heo-error = HEO hat den Konsolenbefehl mit einem Fehler beantwortet ({ $code }).

# Private Ablehnungen einer ungültigen Option `warn`, `message` oder `console` (Namen bleiben englisch).
warn-invalid = Die Angabe bei `warn` { $reason ->
        [unreadable] ist keine Dauer
        [too-short] ist kürzer als 5 Sekunden
       *[too-long] ist länger als eine Stunde
    }. Gib eine Dauer wie `10m`, `90s` oder `1h` an (5 Sekunden bis 1 Stunde). Es wurde nichts gesendet.
warn-invalid-message = Der Text bei `message` { $reason ->
        [too-long] ist länger als { $max } Zeichen
        [hidden-character] enthält einen Zeilenumbruch oder ein unsichtbares Zeichen
       *[empty] ist leer
    }: Er muss eine einzelne Zeile sein, die die Spieler lesen können. Es wurde nichts gesendet.
# `{message}` bleibt in jeder Sprache unverändert.
console-template-invalid = Die Vorlage bei `console` { $reason ->
        [no-placeholder] enthält kein `{"{"}message{"}"}` als Platzhalter für die Warnung
        [too-long] ist länger als { $max } Zeichen
       *[hidden-character] enthält einen Zeilenumbruch oder ein unsichtbares Zeichen
    }. Gib eine Zeile wie `say {"{"}message{"}"}` oder `broadcast {"{"}message{"}"}` an. Es wurde nichts geändert.

# Was im Kanal eines Zeitplans nach einer geplanten Ausführung ohne Warnung steht.
scheduled-ran = 🕒 Zeitplan { $schedule } von { $member }: { $outcome }
scheduled-missed = ⚠️ Zeitplan { $schedule } von { $member }: Der { $noun } für { $server } war am { $due } fällig, aber der Bot lief da nicht, daher wurde nichts gesendet. Führ ihn von Hand aus, falls er noch nötig ist.
scheduled-next-run = -# Nächste Ausführung: { $next_at } ({ $next_in }).
scheduled-done = -# Das war ein einmaliger Zeitplan; er ist damit erledigt.

# Antworten von /schedule. $action ist die Aktion als Substantiv (action-noun-*); $when, wie
# oft er läuft (schedule-when-*), evtl. gefolgt von „, “ und schedule-warned.
schedule-added = 🗓️ Zeitplan { $schedule } hinzugefügt: **{ $action }** für { $server } { $when }. Erste Ausführung: { $next_at } ({ $next_in }).
schedule-zone-never-set = Die Zeiten gelten in UTC: Für diesen Server ist keine Zeitzone festgelegt. Ein Admin kann mit `/schedule timezone` eine festlegen.
schedule-when-once = einmalig am { $date } um { $time } ({ $zone })
schedule-when-daily = täglich um { $time } ({ $zone })
schedule-when-weekly = { $weekday ->
        [monday] jeden Montag
        [tuesday] jeden Dienstag
        [wednesday] jeden Mittwoch
        [thursday] jeden Donnerstag
        [friday] jeden Freitag
        [saturday] jeden Samstag
       *[sunday] jeden Sonntag
    } um { $time } ({ $zone })
# $period ist die Dauer der Warnung, wie eingegeben: 10m, 90s, 1m30s.
schedule-warned = Spieler werden { $period } vorher gewarnt
schedule-list-empty = Noch keine Zeitpläne. Füg mit `/schedule add` einen hinzu.
schedule-list-header = **Zeitpläne** ({ $count }):
schedule-list-more = { $count ->
        [one] …und { $count } weiterer.
       *[other] …und { $count } weitere.
    }
schedule-line-next = { $schedule } **{ $action }** für { $server } { $when } · nächste Ausführung { $next_at } ({ $next_in })
schedule-line-paused = { $schedule } **{ $action }** für { $server } { $when } · ⏸️ pausiert
schedule-removed = Zeitplan entfernt: { $line }
schedule-paused = Zeitplan { $schedule } pausiert: Er läuft erst wieder nach `/schedule resume id:{ $id }`.
    { $line }
schedule-resumed = Zeitplan { $schedule } fortgesetzt; nächste Ausführung: { $next_at } ({ $next_in }).
schedule-resume-passed = Zeitplan { $schedule } sollte nur einmal laufen, und sein Zeitpunkt ist verstrichen, während er pausiert war, daher bleibt er pausiert. Entferne ihn mit `/schedule remove id:{ $id }`.
schedule-not-found = Auf diesem Server gibt es keinen Zeitplan { $schedule }; `/schedule list` zeigt alle an.
schedule-invalid-id = { $typed } ist keine Zeitplannummer; `/schedule list` zeigt die Nummern an, etwa `#3`.
schedule-zone-set = Zeitpläne, die ab jetzt ohne `timezone:` hinzugefügt werden, nutzen **{ $zone }**. Bestehende Zeitpläne behalten ihre Zeitzone.
schedule-cap = Dieser Server hat schon { $cap } Zeitpläne, mehr sind nicht möglich. Entferne zuerst einen mit `/schedule remove`.
schedule-invalid-at = Die Angabe bei `at:` { $reason ->
        [unreadable] ist keine Uhrzeit, die der Bot lesen kann
       *[no-such-moment] ist kein gültiges Datum bzw. keine gültige Uhrzeit
    }. Gib eine Uhrzeit im 24-Stunden-Format wie `04:00` ein oder für eine einmalige Ausführung Datum und Uhrzeit wie `2026-12-24 18:00`.
schedule-date-needs-once = Ein Datum in `at:` gilt nur für `every:once`; gib für einen täglichen oder wöchentlichen Zeitplan nur die Uhrzeit ein, z. B. `04:00`.
schedule-weekday-needs-weekly = `weekday:` gilt nur für `every:weekly`.
schedule-in-past = Dieser Zeitpunkt ist schon vorbei; wähl einen späteren.
schedule-invalid-zone = { $typed } ist keine Zeitzone, die der Bot kennt. Wähl eine aus der Liste, also einen IANA-Namen wie `Europe/Berlin` oder `America/New_York`.
schedule-warn-on-start = Ein geplanter **Start** bekommt keine Warnung (auf einem gestoppten Server spielt niemand): Lass `warn:` und `message:` weg.
schedule-message-needs-warn = `message:` wird zusammen mit der Warnung angezeigt und braucht daher auch `warn:` (z. B. `warn:10m`).
schedule-invalid-warn = Die Angabe bei `warn:` { $reason ->
        [unreadable] ist keine Dauer wie `10m`, `90s` oder `1h`
        [too-short] ist kürzer als 5 Sekunden
       *[too-long] ist länger als 1 Stunde
    }.
# $max ist eine Anzahl Zeichen.
schedule-invalid-message = Der Text bei `message:` { $reason ->
        [too-long] ist länger als { $max } Zeichen
        [hidden-character] enthält einen Zeilenumbruch oder ein unsichtbares Zeichen
       *[empty] ist leer
    }; er muss eine einzelne Textzeile sein.

## Rollen pro Aktion und /power-role (src/replies/roles.rs)

# $action ist der Bezeichner dessen, was einer Rolle erlaubt werden kann: start, stop, restart,
# kill oder logs (als Code-Span bleibt er englisch). $role ist eine Rolle, $roles eine Liste.

role-not-permitted = 🔒 { $who_may } Es wurde nichts gesendet.
role-who-may-none = Nur Mitglieder mit **Server verwalten** dürfen hier { $action ->
        [start] Gameserver starten
        [stop] Gameserver stoppen
        [restart] Gameserver neu starten
        [kill] Gameserver killen
       *[logs] die Logs von Gameservern lesen
    }: Keiner Rolle wurde `{ $action }` erlaubt (ein Admin kann das mit `/power-role grant` einer Rolle erlauben).
role-who-may-one = Um hier { $action ->
        [start] Gameserver zu starten
        [stop] Gameserver zu stoppen
        [restart] Gameserver neu zu starten
        [kill] Gameserver zu killen
       *[logs] die Logs von Gameservern zu lesen
    }, brauchst du die Rolle { $role } oder **Server verwalten**.
role-who-may-any = Um hier { $action ->
        [start] Gameserver zu starten
        [stop] Gameserver zu stoppen
        [restart] Gameserver neu zu starten
        [kill] Gameserver zu killen
       *[logs] die Logs von Gameservern zu lesen
    }, brauchst du **Server verwalten** oder eine dieser Rollen: { $roles }.
# Eine gekürzte Liste: $roles sind die ersten zehn, $more wie viele noch fehlen.
role-names-more = { $roles } und { $more } weitere

# Nach /power-role grant.
role-granted = ✅ { $role } darf jetzt { $action ->
        [start] Gameserver **starten**
        [stop] Gameserver **stoppen**
        [restart] Gameserver **neu starten**
        [kill] Gameserver **killen**
       *[logs] die Logs von Gameservern **lesen**
    }, sofern `/server` unter Servereinstellungen → Integrationen für sie freigegeben ist. Sobald einer Rolle etwas erlaubt ist, bleiben Aktionen, die keiner Rolle erlaubt sind, Mitgliedern mit **Server verwalten** vorbehalten.
role-already-granted = { $role } darf bereits { $action ->
        [start] Gameserver starten
        [stop] Gameserver stoppen
        [restart] Gameserver neu starten
        [kill] Gameserver killen
       *[logs] die Logs von Gameservern lesen
    }, daher wurde nichts geändert.
# Nach /power-role revoke.
role-revoked = ✅ { $role } darf nicht mehr { $action ->
        [start] Gameserver **starten**
        [stop] Gameserver **stoppen**
        [restart] Gameserver **neu starten**
        [kill] Gameserver **killen**
       *[logs] die Logs von Gameservern **lesen**
    }.
role-not-granted = Der Rolle { $role } war `{ $action }` nicht erlaubt, daher gab es nichts zu entziehen.

# /power-role list. $lines ist eine Zeile pro Aktion.
role-grants-none = Hier sind keine Power-Rollen vergeben, daher entscheiden allein die Befehlsberechtigungen von Discord, wer `/server` nutzen darf (Servereinstellungen → Integrationen). Vergib eine mit `/power-role grant`.
role-grants = **Power-Rollen auf diesem Server**
    { $lines }
    Mitglieder mit **Server verwalten** dürfen jede Aktion ausführen und Logs lesen.
role-grants-line = - `{ $action }`: { $roles }
role-grants-line-manage-server = - `{ $action }`: nur **Server verwalten**

## Benannte Server: /server add, remove und list (src/replies/names.rs)

# $server ist die Bezeichnung eines Servers: sein Name fett und seine ID, beide als Code.

# Ein von /server add abgelehnter Name; $why ist eine der names-invalid-*.
names-invalid = Dieser Name { $why }, daher wurde nichts gespeichert. Nutze einen kurzen Namen wie `mc-survival`.
names-invalid-empty = ist leer
names-invalid-too-long = ist länger als { $max } Zeichen
names-invalid-hidden-character = { server-id-hidden-character }

# Nach /server add. $from ist die Bezeichnung unter dem alten Namen; $other die des Servers, der im Weg steht.
names-added = 🏷️ { $server } hinzugefügt. Mitglieder können seinen Namen jetzt in jedem `/server`-Befehl eingeben oder aus der Liste wählen.
names-renamed = 🏷️ { $from } in { $server } umbenannt.
names-taken = Ein anderer Server heißt schon so ({ $other }; Groß-/Kleinschreibung zählt bei Namen nicht), daher wurde nichts geändert. Wähl einen anderen Namen oder entferne den anderen zuerst mit `/server remove`.
names-name-is-another-id = Dieser Name ist die ID eines anderen Servers hier ({ $other }); er wäre also mehrdeutig, daher wurde nichts geändert. Wähl einen anderen Namen.
names-id-is-another-name = Diese ID ist der Name eines anderen Servers hier ({ $other }); sie wäre also mehrdeutig, daher wurde nichts geändert. Benenne diesen Server zuerst um.

# Nach /server remove. $typed ist die Eingabe, als Code.
names-removed = 🏷️ { $server } entfernt. Seine ID funktioniert in `/server`-Befehlen weiterhin.
names-not-found = Hier heißt kein Server { $typed } oder hat diese ID, daher wurde nichts entfernt. `/server list` zeigt alle an.

# /server list.
names-list-empty = Hier sind noch keine Server benannt. Ein Admin mit „Server verwalten“ kann mit `/server add id:<server id> name:<short name>` einen hinzufügen.
names-list-header = 🏷️ **{ $count ->
        [one] { $count } benannter Server
       *[other] { $count } benannte Server
    }**
# Wie viele Server nicht mehr hineingepasst haben.
names-list-more = { $count ->
        [one] …und { $count } weiterer.
       *[other] …und { $count } weitere.
    }

## Den API-Schlüssel von HEO verknüpfen: /link-key und /unlink-key (src/replies/keys.rs)

# Das private Formular von /link-key: Titel und Label höchstens 45 Zeichen, Platzhalter höchstens 100.
key-form = Deinen HEO-API-Schlüssel verknüpfen
    .label = HEO-API-Schlüssel
    .placeholder = Füg den Schlüssel aus dem HEO-Dashboard ein

# Nach dem Absenden. $hint sind die letzten vier Zeichen des Schlüssels, als Code; $replaced ist
# key-replaced oder leer.
key-linked = 🔑 Der Schlüssel mit der Endung { $hint } ist jetzt mit diesem Discord-Server verknüpft und wird für `/server`-Befehle verwendet.{ $replaced } Der Bot speichert ihn und zeigt ihn nie wieder an.
key-linked-no-hint = 🔑 Der Schlüssel ist jetzt mit diesem Discord-Server verknüpft und wird für `/server`-Befehle verwendet.{ $replaced } Der Bot speichert ihn und zeigt ihn nie wieder an.
# Beginnt mit einem Leerzeichen.
key-replaced = { " " }Er ersetzt den zuvor verknüpften Schlüssel.
key-form-needs-manage-server = Du hast die Berechtigung **Server verwalten** nicht mehr, daher wurde der Schlüssel nicht verknüpft und nichts geändert.
key-malformed = Das sieht nicht nach einem HEO-API-Schlüssel aus (die Eingabe war leer oder enthielt Leerzeichen), daher wurde nichts geändert. Kopier den Schlüssel aus dem HEO-Dashboard und führ `/link-key` erneut aus.

# Nach /unlink-key.
key-unlinked = 🔑 Der HEO-API-Schlüssel wurde von diesem Discord-Server entfernt. `/server`-Befehle bewirken nichts, bis ein Admin wieder `/link-key` ausführt.
key-not-linked = Mit diesem Discord-Server war kein HEO-API-Schlüssel verknüpft, daher gab es nichts zu entfernen.

## Das Log eines Gameservers: /server logs (src/replies/logs.rs)

# $count ist eine Anzahl Zeilen. Das Log folgt in einem Codeblock.
logs-shown = 📜 { $count ->
        [one] Die letzte Zeile
       *[other] Die letzten { $count } Zeilen
    } des neuesten Logs von { $server }:
# Die Zeilen passten nicht in eine Nachricht und kommen daher als Datei.
logs-attached = 📜 { $count ->
        [one] Die letzte Zeile des neuesten Logs von { $server } ist angehängt.
       *[other] Die letzten { $count } Zeilen des neuesten Logs von { $server } sind angehängt.
    }
logs-empty = 📜 Das neueste Log von { $server } ist leer.
# $detail sagt, warum (not-sent-*, heo-*).
logs-failed = ⚠️ **Konnte das Log von { $server } nicht lesen**: { $detail }
