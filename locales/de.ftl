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
