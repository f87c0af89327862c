# Messages de heo-bot en français (traduits de en-US.ftl).
#
# Les mentions et horodatages Discord (<@…>, <t:…:R>) arrivent toujours dans des variables.

## La langue elle-même

# Son propre nom, tel que /language set l'affiche.
language-name = Français

# Écriture des nombres : 1 234,5 (espace fine insécable)
number-group-separator = {"\u202F"}
number-decimal-separator = {","}
# Chiffres nécessaires avant de grouper : avec 1, on écrit 1 234.
number-group-min-digits = {"1"}

## Mots partagés par de nombreux messages (src/replies/words.rs)

# L'action comme titre ou libellé de bouton.
action-title-start = Démarrer
action-title-stop = Arrêter
action-title-restart = Redémarrer
action-title-kill = Forcer l'arrêt
# L'action comme verbe, après « Le bot n'a pas pu » ou « pour » ($verb), suivie du serveur.
action-verb-start = démarrer
action-verb-stop = arrêter
action-verb-restart = redémarrer
action-verb-kill = arrêter de force
# L'action comme nom, après « demande de » ($noun) : commence par une consonne (pas d'élision).
action-noun-start = démarrage
action-noun-stop = mise à l'arrêt
action-noun-restart = redémarrage
action-noun-kill = coupure forcée

# Durée d'attente ($wait dans d'autres messages).
wait-unknown = une minute
wait-seconds = { $count ->
    [one] { $count } seconde
    [many] { $count } de secondes
   *[other] { $count } secondes
}
wait-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
wait-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d'heures
   *[other] { $count } heures
}

## Résultats des actions et raisons pour lesquelles rien n'a été envoyé (src/replies.rs, src/replies/failures.rs)

# $emoji : l'emoji de l'action, $title : l'action comme titre, $server : le serveur,
# $asker : la mention du membre qui a demandé.
power-requested = { $emoji } **Action « { $title } » demandée** pour { $server } par { $asker }. HEO l'a acceptée ; le serveur peut mettre un petit moment à réagir.
# $verb : l'action comme verbe ; $detail : la raison (un des messages ci-dessous).
power-failed = ⚠️ **Le bot n'a pas pu { $verb }** { $server } (demandé par { $asker }) : { $detail }

# Un ID de serveur saisi, refusé avant tout envoi. $why est l'un des server-id-*.
invalid-server-id = Cet ID de serveur { $why }, donc rien n'a été envoyé. Utilisez l'ID affiché dans le tableau de bord HEO, par exemple `srv_123`.
server-id-empty = est vide
server-id-too-long = { $max ->
    [one] dépasse { $max } caractère
   *[other] dépasse { $max } caractères
}
server-id-hidden-character = contient un saut de ligne ou un caractère invisible (comme une espace sans chasse ou une marque droite-à-gauche)
server-id-dot-segment = n'est pas un ID de serveur

needs-manage-server = Vous avez besoin de la permission **Gérer le serveur** pour faire cela.
guild-only = Cette commande ne fonctionne que dans un serveur Discord.
guild-not-served = Ce bot ne sert que les serveurs Discord choisis par son propriétaire, donc rien n'a été fait. Il quitte ce serveur.
store-failed = Le bot n'a pas pu accéder à sa base de données, donc rien n'a été modifié. Réessayez dans un instant ; si le problème persiste, demandez au propriétaire du bot de vérifier ses journaux.
restarting = Le bot redémarre, donc rien n'a été envoyé. Réessayez dans une minute.
internal-error = Une erreur s'est produite dans le bot, et rien de plus n'a été fait. Réessayez ; si le problème persiste, demandez au propriétaire du bot de vérifier ses journaux.
bad-arguments = Le bot n'a pas compris les options de cette commande. S'il vient d'être mis à jour, attendez une minute que Discord actualise ses commandes, puis réessayez.

# La demande refusée ou échouée, dans d'autres messages : $this (« cette demande de redémarrage »),
# $this_of (« cette demande de redémarrage pour `srv_1` »), $the (« la demande de redémarrage »).
# Toutes au féminin (« demande ») : les participes s'accordent au féminin.
call-this-power = cette demande de { $noun }
call-this-of-power = cette demande de { $noun } pour { $server }
call-the-power = la demande de { $noun }
call-this-logs = cette demande de journal
call-this-of-logs = cette demande du journal de { $server }
call-the-logs = la demande de journal

# Refusé par les garde-fous avant tout envoi ; $wait est la durée (wait-*).
refused-in-progress = ⏳ Une autre action sur { $server } est encore en route vers HEO, donc { $this } n'a pas été envoyée. Son résultat s'affichera dans le salon d'ici { $wait } ; réessayez ensuite si besoin.
refused-cooling-down = ⏳ Vous avez demandé une action d'alimentation il y a quelques instants, donc { $this_of } n'a pas été envoyée. Réessayez dans { $wait }.
refused-backing-off = ⏳ HEO limite le débit de ce bot, et cette limite est partagée par tous les serveurs Discord qu'il sert, donc { $this_of } n'a pas été envoyée. Réessayez dans { $wait }.
refused-guild-budget = ⏳ Ce serveur Discord a utilisé sa part d'appels à HEO pour le moment (la limite de HEO est partagée par tous les serveurs Discord que le bot sert), donc { $this_of } n'a pas été envoyée. Réessayez dans { $wait }.
refused-busy = ⏳ Le bot attend déjà la réponse de HEO pour autant d'actions qu'il peut en gérer à la fois, donc { $this_of } n'a pas été envoyée. Ces actions se terminent d'ici { $wait } ; réessayez ensuite.
# $held_verb : l'action du compte à rebours comme verbe ; $at : un horodatage Discord.
refused-counting-down = ⏳ Un compte à rebours pour { $held_verb } { $server } { $at } bloque ce serveur, donc { $this_of } n'a pas été envoyée. Appuyez d'abord sur **Annuler** sur le compte à rebours si nécessaire, ou attendez qu'il se termine.

# Pourquoi rien n'a été envoyé, avant d'interroger HEO ($detail de power-failed).
not-sent-no-key = Aucune clé API HEO n'est encore liée à ce serveur Discord, donc rien n'a été envoyé. Un admin disposant de la permission Gérer le serveur peut en lier une avec `/link-key`.
not-sent-store-failed = Le bot n'a pas pu lire sa base de données, donc rien n'a été envoyé. Réessayez dans un instant ; si le problème persiste, demandez au propriétaire du bot de vérifier ses journaux.
not-sent-key-unreadable = La clé API HEO enregistrée pour ce serveur Discord n'est plus lisible (elle provient peut-être de la sauvegarde d'un autre serveur), donc rien n'a été envoyé. Un admin disposant de la permission Gérer le serveur doit la lier à nouveau avec `/link-key`.

# La réponse de HEO ($detail de power-failed). $status est un code HTTP.
heo-confirmation-required = HEO attendait une confirmation et n'a rien fait. Le bot confirme toujours un arrêt forcé : quelque chose entre lui et HEO a donc perdu la confirmation. Merci de prévenir le propriétaire du bot.
heo-unauthorized = HEO a refusé la clé API de ce serveur Discord : elle a peut-être été révoquée ou mal saisie. Un admin doit lancer `/link-key` avec une nouvelle clé issue du tableau de bord HEO.
heo-forbidden = la clé API liée n'a pas accès à { $server }. Vérifiez l'ID dans le tableau de bord HEO (il ressemble à `srv_123`), ou liez une clé qui couvre ce serveur.
heo-insufficient-scope-power = la clé API liée est en lecture seule : elle ne peut pas effectuer d'actions d'alimentation. Créez une clé autorisant ces actions dans le tableau de bord HEO et liez-la avec `/link-key`.
heo-insufficient-scope-logs = la clé API liée n'a pas l'autorisation `game-logs:read` : elle ne peut pas lire les journaux. Créez une clé avec cette autorisation dans le tableau de bord HEO et liez-la avec `/link-key`.
heo-not-found = HEO a répondu « not found » (introuvable). Vérifiez que { $server } est bien l'ID affiché dans le tableau de bord HEO ; si c'est le cas, demandez au propriétaire du bot de vérifier son paramètre `HEO_API_URL`.
heo-method-not-allowed = HEO a refusé la requête (méthode non autorisée), donc rien n'a été fait. Demandez au propriétaire du bot de vérifier son paramètre `HEO_API_URL`.
heo-rate-limited = HEO limite actuellement le débit de ce bot, donc rien n'a été fait. Réessayez dans { $wait }.
heo-game-server-unreachable-power = HEO n'a pas pu transmettre l'action au serveur de jeu. Réessayez dans une minute ; si l'échec persiste, consultez la page d'état de HEO.
heo-game-server-unreachable-logs = HEO n'a pas pu récupérer le journal du serveur de jeu. Réessayez dans une minute ; si l'échec persiste, consultez la page d'état de HEO.
heo-provider-unavailable = HEO rencontre des difficultés en ce moment (HTTP { $status }), donc { $the } n'a probablement pas abouti. Réessayez dans quelques minutes.
heo-unexpected-status = HEO a donné une réponse inattendue (HTTP { $status }), donc { $the } n'a peut-être pas abouti. Réessayez ; si le problème persiste, prévenez le propriétaire du bot.
heo-unreadable-success = HEO a répondu, mais d'une façon que le bot ne comprend pas : impossible de savoir si { $the } a abouti. Vérifiez le serveur dans le tableau de bord HEO avant de réessayer.
heo-timeout-power = HEO n'a pas répondu à temps : le bot ne peut pas savoir si { $the } a abouti. Vérifiez le serveur dans le tableau de bord HEO avant de réessayer.
heo-timeout-logs = HEO n'a pas envoyé le journal à temps. Réessayez dans une minute.
heo-unreachable = le bot n'a pas pu se connecter à HEO, donc rien n'a été envoyé. HEO ou le réseau du bot est peut-être en panne ; réessayez dans quelques minutes.

## L'état de HEO (src/replies/heo_status.rs)

# $affecting est heo-affecting ou heo-affecting-more, ou rien si HEO n'a rien nommé.
heo-status-up = 🟢 HEO indique que tout fonctionne.
heo-status-disrupted = 🟠 HEO signale une perturbation{ $affecting }.
heo-status-maintenance = 🔧 HEO signale une maintenance{ $affecting }.
heo-status-unknown = ❔ HEO indique ne pas connaître son propre état pour le moment. Réessayez dans quelques minutes.
heo-status-other = ❔ HEO indique l'état { $said }, dont le bot ne connaît pas la signification.
heo-status-no-answer = 🔴 La page d'état de HEO n'a pas répondu : HEO ou le réseau du bot est peut-être en panne. Réessayez dans quelques minutes.
heo-status-odd-answer = ❔ La page d'état de HEO a donné une réponse que le bot ne comprend pas. Réessayez dans quelques minutes ; si le problème persiste, prévenez le propriétaire du bot.
# La ligne ajoutée à une action échouée quand HEO signale un problème.
heo-trouble-disrupted = La page d'état de HEO signale une perturbation{ $affecting }.
heo-trouble-maintenance = La page d'état de HEO signale une maintenance{ $affecting }.
# $names est une liste de blocs de code ; $more le nombre d'autres éléments. Commence par une espace.
heo-affecting = { " " }touchant { $names }
heo-affecting-more = { " " }touchant { $names } et { $more ->
    [one] { $more } autre
   *[other] { $more } autres
}

## La confirmation d'arrêt forcé (src/replies/kill.rs)

kill-prompt = 💀 **Forcer l'arrêt de { $server } ?** L'arrêt forcé coupe le courant d'un coup, comme si on débranchait la prise : les données de jeu non sauvegardées peuvent être perdues. Préférez `/server stop` si possible.
    Cette confirmation expire dans { $wait }.
kill-confirm-label = Forcer l'arrêt
kill-cancel-label = Annuler
kill-sending = 💀 Envoi de l'arrêt forcé pour { $server }…
kill-cancelled = Annulé : rien n'a été envoyé à { $server }.
kill-expired-command = Cette confirmation d'arrêt forcé a expiré : rien n'a été envoyé à { $server }. Relancez `/server kill` si besoin.
kill-expired-panel = Cette confirmation d'arrêt forcé a expiré : rien n'a été envoyé à { $server }. Cliquez à nouveau sur **Forcer l'arrêt** dans le panneau si besoin.
kill-not-yours = Seule la personne qui a lancé ce `/server kill` peut y répondre. Rien n'a été envoyé.
kill-no-longer-manage-server = Vous n'avez plus la permission **Gérer le serveur** que vous aviez en lançant ce `/server kill`, donc rien n'a été envoyé.
# $who_may indique quels rôles peuvent désormais forcer l'arrêt.
kill-no-longer-roles = 🔒 Vos rôles, ou les rôles autorisés à forcer l'arrêt, ont changé depuis que vous avez lancé ce `/server kill`, donc rien n'a été envoyé. { $who_may }
kill-prompt-gone = Cette confirmation d'arrêt forcé a déjà reçu une réponse ou a expiré, donc rien de plus n'a été envoyé.

## Commandes slash : descriptions affichées par Discord (src/commands/localized.rs)
#
# Un message par commande ou sous-commande (sa description), avec un attribut par option
# (la description de l'option). Les noms des commandes et options restent en anglais.
# Discord autorise 100 caractères au maximum pour chacun.

command-server = Démarrer, arrêter, redémarrer ou forcer l'arrêt d'un serveur de jeu hébergé chez HEO.
command-server-start = Démarrer un serveur de jeu.
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
command-server-stop = Arrêter proprement un serveur de jeu (warn:10m prévient d'abord les joueurs, avec décompte).
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .warn = Prévenir d'abord les joueurs pendant cette durée, ex. 10m, 90s (1h max.)
    .message = Ce qui est dit aux joueurs avec les avertissements, ex. De retour dans 5 minutes !
command-server-restart = Redémarrer un serveur de jeu (warn:10m prévient d'abord les joueurs, avec décompte).
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .warn = Prévenir d'abord les joueurs pendant cette durée, ex. 10m, 90s (1h max.)
    .message = Ce qui est dit aux joueurs avec les avertissements, ex. De retour dans 5 minutes !
command-server-kill = Forcer l'arrêt immédiat d'un serveur de jeu (confirmation demandée, sauf avec force:true ou warn).
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .force = Passer la confirmation et forcer l'arrêt immédiatement
    .warn = Prévenir d'abord les joueurs pendant cette durée, avec décompte (sans confirmation), ex. 1m
    .message = Ce qui est dit aux joueurs avec les avertissements
command-server-add = Donner à un serveur de jeu un nom court que les membres peuvent taper au lieu de son ID.
    .id = ID du serveur tel qu'affiché dans le tableau de bord HEO, ex. srv_123
    .name = Nom court, 32 caractères max., ex. mc-survival
    .console = Commande console qui prévient les joueurs, ex. broadcast {"{"}message{"}"} (par défaut say {"{"}message{"}"})
command-server-remove = Oublier le nom d'un serveur de jeu (son ID reste utilisable).
    .server = Nom ou ID du serveur
command-server-list = Lister les serveurs de jeu nommés sur ce serveur Discord.
command-server-history = Afficher les 10 dernières actions d'alimentation envoyées à HEO ici, ou pour un serveur de jeu.
    .server = Uniquement ce serveur (nom ou ID) ; laisser vide pour tous
    .refusals = Lister plutôt les demandes refusées ou annulées avant d'atteindre HEO
command-server-logs = Afficher les dernières lignes du dernier journal d'un serveur de jeu (visible par vous seul).
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .lines = Nombre de dernières lignes à afficher (50 par défaut)
command-server-panel = Publier des boutons pour un serveur de jeu dans ce salon, ou les retirer.
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .warn = Arrêter et Redémarrer préviennent d'abord les joueurs pendant cette durée, ex. 5m (1h max.)
    .message = Ce qui est dit aux joueurs avec les avertissements, ex. De retour dans 5 minutes !
    .remove = Retirer plutôt le panneau de ce serveur de ce salon
command-power-role = Choisir les rôles qui peuvent démarrer, arrêter, redémarrer, forcer l'arrêt ou lire les journaux.
command-power-role-grant = Autoriser un rôle à effectuer une action d'alimentation ou à lire les journaux.
    .action = L'action d'alimentation, ou les journaux
    .role = Le rôle autorisé à l'effectuer
command-power-role-revoke = Retirer à un rôle le droit d'effectuer une action d'alimentation ou de lire les journaux.
    .action = L'action d'alimentation, ou les journaux
    .role = Le rôle qui ne pourra plus l'effectuer
command-power-role-list = Afficher les rôles autorisés pour chaque action d'alimentation ou la lecture des journaux.
command-link-key = Lier la clé API HEO de ce serveur Discord (ouvre un formulaire privé).
command-unlink-key = Supprimer la clé API HEO de ce serveur Discord.
command-audit-channel = Publier chaque action d'alimentation dans un salon ; laisser le salon vide pour arrêter.
    .channel = Le salon où publier ; laisser vide pour arrêter les publications
command-schedule = Démarrer, arrêter, redémarrer ou forcer l'arrêt d'un serveur de jeu à une heure donnée.
command-schedule-add = Planifier une action d'alimentation : une fois, chaque jour ou chaque semaine, à une heure locale.
    .server = Nom du serveur, ou ID affiché dans le tableau de bord HEO, ex. srv_123
    .action = L'action d'alimentation
    .at = Heure au format HH:MM, ex. 04:00 ; ou AAAA-MM-JJ HH:MM pour une exécution unique
    .every = Fréquence (par défaut : une fois)
    .weekday = Jour d'une exécution hebdomadaire (par défaut : celui du prochain HH:MM)
    .timezone = Fuseau horaire IANA, ex. Europe/Berlin (par défaut : celui du serveur, sinon UTC)
    .warn = Prévenir les joueurs ce délai avant un arrêt, redémarrage ou arrêt forcé, ex. 10m
    .message = Une ligne affichée aux joueurs avec l'avertissement
command-schedule-list = Lister les planifications de ce serveur et leur prochaine exécution.
command-schedule-remove = Supprimer une planification.
    .id = Le numéro de la planification, tel qu'affiché par /schedule list, ex. 3
command-schedule-pause = Suspendre une planification : rien ne s'exécute jusqu'à sa reprise.
    .id = Le numéro de la planification, tel qu'affiché par /schedule list, ex. 3
command-schedule-resume = Reprendre une planification suspendue, à partir de sa prochaine exécution.
    .id = Le numéro de la planification, tel qu'affiché par /schedule list, ex. 3
command-schedule-timezone = Définir le fuseau horaire de ce serveur pour les nouvelles planifications.
    .zone = Fuseau horaire IANA, ex. Europe/Berlin
command-heo = À propos de HEO Systems.
command-heo-status = Indiquer si HEO Systems signale actuellement une perturbation ou une maintenance.

# Les choix que Discord propose pour une option (100 caractères max. chacun).
choice-start = démarrer
choice-stop = arrêter
choice-restart = redémarrer
choice-kill = forcer l'arrêt
choice-logs = journaux
choice-once = une fois
choice-daily = chaque jour
choice-weekly = chaque semaine
choice-monday = lundi
choice-tuesday = mardi
choice-wednesday = mercredi
choice-thursday = jeudi
choice-friday = vendredi
choice-saturday = samedi
choice-sunday = dimanche

## /language (src/replies/language.rs)

# L'entrée d'autocomplétion de /language set qui suit la langue Discord du serveur.
language-follow-discord = Langue Discord du serveur
# $language est le nom d'une langue dans cette langue, avec son code, ex. « Deutsch (de) ».
language-set-chosen = 🌐 Désormais, les messages publics de ce serveur (réponses dans les salons, panneaux de contrôle, comptes à rebours et lignes d'audit) utilisent la langue { $language }. Les réponses visibles uniquement par vous suivent votre propre langue Discord.
language-set-discord = 🌐 Désormais, les messages publics de ce serveur suivent sa langue Discord, actuellement { $language }. Les réponses visibles uniquement par vous suivent votre propre langue Discord.
language-shown-chosen = 🌐 Les messages publics de ce serveur utilisent la langue { $language }, choisie avec `/language set`. Les réponses visibles uniquement par vous suivent votre propre langue Discord.
language-shown-discord = 🌐 Les messages publics de ce serveur utilisent la langue { $language }, celle de ce serveur sur Discord. Choisissez-en une autre avec `/language set`. Les réponses visibles uniquement par vous suivent votre propre langue Discord.
# $typed : ce qui a été saisi ; $languages : les codes disponibles ; $auto : le code qui suit Discord.
language-unknown = Le bot ne propose pas la langue { $typed }, donc rien n'a changé. Choisissez-en une dans la liste : { $languages }, ou { $auto } pour la langue Discord de ce serveur.

command-language = Choisir la langue des messages publics de ce serveur.
command-language-set = Définir la langue des messages publics de ce serveur.
    .language = Une langue de la liste, ou auto pour la langue Discord de ce serveur
command-language-show = Afficher la langue des messages publics de ce serveur.

## Le salon d'audit et ses lignes (src/replies/audit.rs)

# Une entrée de l'historique d'audit, publiée dans le salon d'audit (un message chacune) et listée
# par /server history. $member : mention du membre qui a demandé ; $via : l'origine de l'action
# (audit-via-*, ou rien pour une commande) ; $emoji : l'emoji de l'action ; $title : l'action comme
# titre ; $server : le serveur ; $outcome : le résultat (audit-outcome-*).
audit-line = { $member }{ $via } { $emoji } { $title } { $server } : { $outcome }
# L'origine d'une entrée ; chacune commence par une espace. $schedule est le numéro de la
# planification en bloc de code (`#3`).
audit-via-schedule = { " " }(planification { $schedule })
audit-via-panel = { " " }(panneau)

# Le résultat d'une entrée. $code est le code du résultat (`forbidden`), un identifiant qui reste
# en anglais. $why l'explique (audit-why-*) ; $status est le code HTTP renvoyé par HEO.
audit-outcome-sent = ✅ { $code } ({ $why })
audit-outcome-failed = ❌ { $code } ({ $why })
audit-outcome-failed-http = ❌ { $code } (HTTP { $status } : { $why })

# Courte explication de chaque code de résultat ($why ci-dessus) : chaque entrée tient sur une ligne.
audit-why-requested = HEO l'a acceptée
audit-why-no-key = aucune clé API HEO n'était liée
audit-why-store-failed = le bot n'a pas pu lire sa base de données
audit-why-key-unreadable = la clé API enregistrée était illisible
audit-why-in-progress = une autre action sur le serveur était en cours
audit-why-cooldown = le délai d'attente du membre n'était pas écoulé
audit-why-backing-off = le bot attendait la fin de la limite de débit de HEO
audit-why-guild-budget = ce serveur Discord avait utilisé sa part d'appels à HEO
audit-why-bot-busy = le bot attendait déjà autant d'actions qu'il peut en gérer à la fois
audit-why-not-permitted = aucun rôle du membre ne l'autorisait
audit-why-kill-cancelled = le membre a annulé l'arrêt forcé
audit-why-kill-expired = la confirmation d'arrêt forcé a expiré sans réponse
audit-why-counting-down = un compte à rebours bloquait le serveur
audit-why-countdown-aborted = le compte à rebours a été annulé
audit-why-missed = le bot ne tournait pas à l'heure prévue
audit-why-confirmation-required = HEO attendait une confirmation
audit-why-unauthorized = HEO a refusé la clé API
audit-why-forbidden = la clé API n'a pas accès à ce serveur
audit-why-insufficient-scope = la clé API n'a pas l'autorisation nécessaire
audit-why-not-found = HEO n'a pas trouvé le serveur
audit-why-method-not-allowed = HEO a refusé la méthode de la requête
audit-why-rate-limited = HEO a limité le débit du bot
audit-why-provider-error = HEO n'a pas pu joindre le serveur de jeu
audit-why-provider-unavailable = HEO rencontrait des difficultés
audit-why-unexpected-status = HEO a donné une réponse inattendue
audit-why-unreadable-success = la réponse de HEO était illisible
audit-why-timeout = HEO n'a pas répondu à temps
audit-why-unreachable = le bot n'a pas pu se connecter à HEO

# Le premier message publié dans un nouveau salon d'audit. $member : mention de l'admin qui a
# choisi le salon.
audit-channel-greeting = 🗒️ heo-bot publiera ici chaque action d'alimentation demandée sur ce serveur Discord, une ligne par action (salon défini par { $member }).

# Les réponses privées à /audit-channel. $channel : mention du salon.
audit-channel-set = ✅ Chaque action d'alimentation sera désormais publiée dans { $channel }, une ligne par action. Lancez `/audit-channel` sans salon pour arrêter.
audit-channel-off = ✅ Les actions d'alimentation ne sont plus publiées dans { $channel }. `/server history` les liste toujours.
audit-channel-off-none = Aucun salon d'audit n'était défini, donc rien n'a changé. Choisissez-en un avec `/audit-channel channel:`.
# Le bot n'a pas pu publier son message d'accueil dans $channel, donc rien n'a changé.
audit-channel-unpostable-not-allowed = ⚠️ Le bot n'a pas pu publier dans { $channel }, donc le salon d'audit n'a pas été modifié : il n'en a pas l'autorisation. Donnez à heo-bot les permissions **Voir le salon** et **Envoyer des messages** dans { $channel } (Modifier le salon → Permissions), puis relancez `/audit-channel`.
audit-channel-unpostable-no-text = ⚠️ Le bot n'a pas pu publier dans { $channel }, donc le salon d'audit n'a pas été modifié : selon Discord, ce salon n'existe pas ou n'accepte pas de messages. Choisissez un salon textuel.
audit-channel-unpostable-discord-failed = ⚠️ Le bot n'a pas pu publier dans { $channel }, donc le salon d'audit n'a pas été modifié : Discord n'a pas répondu correctement. Réessayez dans un instant.
audit-channel-member-cannot-post = ⚠️ Vous ne pouvez pas publier vous-même dans { $channel } (il faut pour cela **Voir le salon** et **Envoyer des messages** dans ce salon), donc le salon d'audit n'a pas été modifié. Choisissez un salon où vous pouvez publier.

## /server history (src/replies/history.rs)

# La réponse privée à /server history quand rien n'est enregistré. $server : le serveur
# (dans les messages -server).
history-empty-sent-guild = Aucune action d'alimentation n'a encore été envoyée à HEO sur ce serveur Discord (les entrées ne sont conservées que pendant une durée limitée).
history-empty-sent-server = Aucune action d'alimentation n'a encore été envoyée à HEO pour { $server } (les entrées ne sont conservées que pendant une durée limitée).
history-empty-refused-guild = Aucune demande refusée ou annulée n'est encore enregistrée sur ce serveur Discord (les entrées ne sont conservées que pendant une durée limitée).
history-empty-refused-server = Aucune demande refusée ou annulée n'est encore enregistrée pour { $server } (les entrées ne sont conservées que pendant une durée limitée).

# La première ligne de /server history, au-dessus d'une ligne par entrée (audit-line).
# $count : le nombre d'entrées listées ; $server : le serveur.
history-header-sent-guild = { $count ->
    [one] 🗒️ La dernière action d'alimentation envoyée à HEO sur ce serveur Discord :
   *[other] 🗒️ Les { $count } dernières actions d'alimentation envoyées à HEO sur ce serveur Discord, les plus récentes d'abord :
}
history-header-sent-server = { $count ->
    [one] 🗒️ La dernière action d'alimentation envoyée à HEO pour { $server } :
   *[other] 🗒️ Les { $count } dernières actions d'alimentation envoyées à HEO pour { $server }, les plus récentes d'abord :
}
history-header-refused-guild = { $count ->
    [one] 🚫 La dernière demande refusée ou annulée sur ce serveur Discord (rien n'a été envoyé à HEO) :
   *[other] 🚫 Les { $count } dernières demandes refusées ou annulées sur ce serveur Discord, les plus récentes d'abord (rien n'a été envoyé à HEO) :
}
history-header-refused-server = { $count ->
    [one] 🚫 La dernière demande refusée ou annulée pour { $server } (rien n'a été envoyé à HEO) :
   *[other] 🚫 Les { $count } dernières demandes refusées ou annulées pour { $server }, les plus récentes d'abord (rien n'a été envoyé à HEO) :
}

# Petite note sous les actions envoyées à HEO ; `refusals:true` est l'option de la commande (en anglais).
history-refusals-hint = -# Les demandes refusées ou annulées avant d'atteindre HEO s'affichent avec `refusals:true`.

## Panneaux de contrôle (src/replies/panel.rs)

# Le message public du panneau, dans la langue du serveur, réécrit à chaque clic. $server : le
# serveur de jeu (nom et ID en blocs de code). Suivent, chacune sur sa ligne : panel-warning si le
# panneau prévient d'abord, panel-last dès qu'un bouton a servi.
panel = 🎮 **Panneau de contrôle** de { $server }
    Les boutons demandent à HEO de démarrer, d'arrêter, de redémarrer ou de forcer l'arrêt de ce serveur de jeu. Les membres ayant la permission **Gérer le serveur**, ou un rôle autorisé pour l'action avec `/power-role`, peuvent les utiliser ; chaque clic est revérifié et reçoit une réponse privée.
# $wait : combien de temps à l'avance les joueurs sont prévenus (wait-*).
panel-warning = ⏳ **Arrêter** et **Redémarrer** préviennent les joueurs { $wait } à l'avance, avec ici un compte à rebours que toute personne autorisée peut annuler.
# $last est l'un des panel-last-* ci-dessous (« Dernière action : … », d'où les accords au féminin).
panel-last = Dernière action : { $last }
# Ce que le dernier clic a demandé. $emoji : l'emoji de l'action ; $title : l'action comme titre
# (action-title-*) ; $asker : mention du membre qui a cliqué ; $at : horodatage Discord (« il y a 5 minutes »).
panel-last-requested = { $emoji } « { $title } », demandée par { $asker } { $at }
# L'action n'a pas été envoyée ou pas acceptée ; $outcome est le code de résultat en bloc de code,
# comme `cooling_down` (un identifiant, inchangé).
panel-last-not-done = ⚠️ « { $title } », demandée par { $asker } { $at }, non effectuée ({ $outcome })
# Un clic sur Arrêter ou Redémarrer a lancé un compte à rebours ; $due : horodatage Discord (« dans 5 minutes »).
panel-last-countdown-begun = ⏳ Compte à rebours « { $title } » lancé par { $asker } { $at }, échéance { $due }

# Ce qu'affiche à la place le message d'un panneau retiré (ses boutons sont désactivés). $link :
# l'URL du message du nouveau panneau ; $remover : mention du membre qui l'a retiré.
panel-replaced = 🎮 Ce panneau de { $server } a été remplacé par un plus récent : { $link }
panel-removed = 🎮 Ce panneau de { $server } a été retiré par { $remover }.

# La réponse privée à /server panel. $link : l'URL du panneau publié ; $replaced : combien d'anciens
# panneaux de ce serveur dans ce salon il a remplacés. Sa deuxième ligne est l'un des panel-clickers-*.
panel-posted = ✅ Panneau publié pour { $server } : { $link }.{ $replaced ->
        [0] {""}
        [one] { " " }L'ancien panneau de ce serveur dans ce salon ne fonctionne plus.
       *[other] { " " }Les { $replaced } anciens panneaux de ce serveur dans ce salon ne fonctionnent plus.
    }
# Qui peut utiliser les boutons du panneau. $grants : liste de panel-clickers-grant, séparés par « ; ».
panel-clickers-only-manage-server = Les boutons du panneau ne fonctionnent que pour les membres ayant **Gérer le serveur** : aucun rôle n'est autorisé pour une action d'alimentation (autorisez-en un avec `/power-role grant`). Les autorisations de `/server` réglées dans Paramètres du serveur → Intégrations ne s'appliquent pas aux boutons.
panel-clickers-roles = Les boutons du panneau fonctionnent pour les membres ayant **Gérer le serveur**, ainsi que pour ces rôles : { $grants }. Les autorisations de `/server` réglées dans Paramètres du serveur → Intégrations ne s'appliquent pas aux boutons.
# Une action et les rôles autorisés : $title : l'action comme titre ; $roles : mentions des rôles,
# séparées par des virgules.
panel-clickers-grant = { $title } ({ $roles })

# Réponses privées à /server panel remove:true. $count : combien de panneaux ont été retirés.
panel-none-to-remove = Il n'y a aucun panneau pour { $server } dans ce salon, donc rien n'a été retiré.
panel-removed-reply = { $count ->
        [one] ✅ Le panneau de { $server } dans ce salon ne fonctionne plus ; le message reste, avec ses boutons désactivés. Supprimez-le si vous le souhaitez.
       *[other] ✅ Les { $count } panneaux de { $server } dans ce salon ne fonctionnent plus ; les messages restent, avec leurs boutons désactivés. Supprimez-les si vous le souhaitez.
    }
# $cap : le nombre maximal de panneaux pour un serveur Discord.
panel-limit = Ce serveur Discord a déjà atteint le maximum de panneaux que le bot conserve ({ $cap }), donc aucun n'a été publié. Retirez-en d'abord un avec `/server panel server:<server> remove:true` dans son salon.
panel-cannot-post = Le bot n'a pas pu publier le panneau dans ce salon, donc rien n'a été publié. Donnez au bot les permissions **Voir le salon** et **Envoyer des messages** ici, ou lancez la commande dans un autre salon.

# Réponses privées à un clic sur un bouton de panneau que le bot refuse.
panel-gone = Ce panneau ne fonctionne plus (il a été remplacé ou retiré), donc rien n'a été envoyé. Demandez-en un nouveau à un admin avec `/server panel`.
# $who_may indique quels rôles peuvent effectuer l'action (voir les messages sur les rôles).
panel-not-permitted = 🔒 { $who_may } Les boutons du panneau ne tiennent pas compte des autorisations de `/server`. Rien n'a été envoyé.
# $name : le nom du serveur tel que le panneau l'affiche, en bloc de code.
panel-server-removed = Le nom { $name } utilisé par ce panneau n'existe plus sur ce serveur Discord (il a été retiré avec `/server remove`), donc rien n'a été envoyé. Ajoutez-le à nouveau avec `/server add`, ou publiez un panneau pour un autre serveur avec `/server panel`.

## Comptes à rebours, avertissements en jeu et planifications (src/replies/countdown.rs, src/replies/warnings.rs, src/replies/scheduled.rs, src/replies/schedules.rs)

# Le message public du compte à rebours dans le salon, modifié au fil du temps, dans la langue
# du serveur. $title : l'action comme titre (action-title-*) ; $server : le serveur ; $due_in :
# horodatage Discord de l'envoi (« dans 10 minutes ») ; $due_at : le même moment en heure.
# $by vaut « member » (demandé par un membre) ou « schedule » (lancé par une planification) ;
# $asker : mention de ce membre (ou de l'auteur de la planification) ; $schedule : le numéro de
# la planification en bloc de code (`#3`).
countdown-running = ⏳ Action **{ $title }** sur { $server } { $due_in } (à { $due_at }), { $by ->
        [schedule] planifiée par { $asker } (planification { $schedule })
       *[member] demandée par { $asker }
    }.
# Dernière ligne du compte à rebours pendant que les joueurs sont prévenus. **Annuler** est le
# libellé du bouton (countdown-abort-label).
countdown-running-warned = Les joueurs sont prévenus en jeu. Appuyez sur **Annuler** pour y renoncer.
# Dernière ligne quand un avertissement a échoué. $problem : la raison (warning-problem-*, qui
# se termine par un point) ; $noun : l'action comme nom (action-noun-*).
countdown-running-not-warned = ⚠️ Les joueurs n'ont pas pu être prévenus en jeu : { $problem } La demande de { $noun } partira quand même à l'heure prévue, sauf si quelqu'un appuie sur **Annuler**.
# Le bouton du compte à rebours.
countdown-abort-label = Annuler
# Dernière ligne une fois l'action envoyée (le résultat est au-dessus). « -# » affiche la ligne
# en petit dans Discord.
countdown-ended = -# Compte à rebours { $by ->
        [schedule] planifié par { $asker } (planification { $schedule })
       *[member] demandé par { $asker }
    }.
# Le compte à rebours après un clic sur Annuler. $aborter : mention de qui a cliqué.
countdown-aborted = 🛑 Action **{ $title }** sur { $server } **annulée** par { $aborter } ; rien n'a été envoyé. (Elle avait été { $by ->
        [schedule] planifiée par { $asker } (planification { $schedule })
       *[member] demandée par { $asker }
    }.)
# Un compte à rebours arrivé à échéance pendant que le bot était arrêté. $due : horodatage
# Discord de ce moment (date et heure).
countdown-missed = ⚠️ L'action **{ $title }** sur { $server } était prévue le { $due }, mais le bot ne tournait pas à ce moment-là, donc rien n'a été envoyé. Relancez-la si elle est toujours nécessaire. (Elle avait été { $by ->
        [schedule] planifiée par { $asker } (planification { $schedule })
       *[member] demandée par { $asker }
    }.)
# Le bot s'est arrêté pendant l'envoi de l'action. $noun : l'action comme nom.
countdown-interrupted = ⚠️ Le bot s'est arrêté pendant l'envoi de la demande de { $noun } pour { $server } : impossible de savoir si HEO l'a reçue. Vérifiez le tableau de bord HEO avant de réessayer.
# Réponse privée à qui a lancé le compte à rebours. $link : l'adresse du message du compte à
# rebours ; $due_in : horodatage Discord (« dans 10 minutes »).
countdown-started = ⏳ Compte à rebours publié ({ $link }) : la demande de { $noun } pour { $server } sera envoyée { $due_in }, sauf si quelqu'un appuie sur **Annuler**.
# La même chose, quand le message du compte à rebours n'a pas d'adresse.
countdown-started-unlinked = ⏳ Compte à rebours publié : la demande de { $noun } pour { $server } sera envoyée { $due_in }, sauf si quelqu'un appuie sur **Annuler**.
# Le bot n'a pas pu publier le compte à rebours (réponse privée). Noms des permissions tels
# que Discord les affiche.
countdown-cannot-post = Le bot n'a pas pu publier le compte à rebours dans ce salon, donc rien n'a été lancé. Donnez au bot les permissions **Voir le salon** et **Envoyer des messages** ici, ou lancez la commande dans un autre salon.
# Un autre compte à rebours bloque déjà le serveur ; $noun : l'action non lancée (comme nom).
countdown-already-running = ⏳ Un compte à rebours est déjà en cours sur { $server }, donc cette demande de { $noun } n'a pas été lancée. Annulez-le d'abord avec son bouton, ou attendez qu'il se termine.
# Action refusée parce qu'un compte à rebours bloque le serveur. $held_verb : l'action du compte
# à rebours comme verbe ; $due_in : horodatage Discord ; $link : l'adresse du message du compte
# à rebours ; $noun : l'action refusée comme nom.
countdown-holds-server = ⏳ Un compte à rebours pour { $held_verb } { $server } { $due_in } bloque ce serveur ({ $link }), donc cette demande de { $noun } n'a pas été envoyée. Appuyez d'abord sur **Annuler** sur le compte à rebours si nécessaire, ou attendez qu'il se termine.
# La même chose, quand le message du compte à rebours n'a pas encore d'adresse.
countdown-holds-server-unlinked = ⏳ Un compte à rebours pour { $held_verb } { $server } { $due_in } bloque ce serveur, donc cette demande de { $noun } n'a pas été envoyée. Appuyez d'abord sur **Annuler** sur le compte à rebours si nécessaire, ou attendez qu'il se termine.
# Réponses privées à un clic sur Annuler. $verb : l'action comme verbe ; $noun : comme nom.
countdown-abort-not-allowed = Seuls le membre qui a demandé ce compte à rebours, les membres ayant **Gérer le serveur** et ceux qui ont un rôle autorisé à { $verb } peuvent l'annuler. Rien n'a changé.
countdown-gone = Ce compte à rebours est déjà terminé.
countdown-too-late = Trop tard : la demande de { $noun } est déjà en cours d'envoi.

# Ce que lisent les joueurs en jeu, via la console du serveur de jeu, dans la langue du serveur
# Discord. $action : start, stop, restart ou kill (un arrêt forcé se lit comme une fermeture) ;
# $left : le temps restant (in-game-left-*). Le message de l'avertissement suit, après une espace.
in-game-warning = { $action ->
        [start] Démarrage du serveur dans { $left }.
        [stop] Arrêt du serveur dans { $left }.
        [restart] Redémarrage du serveur dans { $left }.
       *[kill] Fermeture du serveur dans { $left }.
    }
in-game-abort = { $action ->
        [start] Démarrage du serveur annulé.
        [stop] Arrêt du serveur annulé.
        [restart] Redémarrage du serveur annulé.
       *[kill] Fermeture du serveur annulée.
    }
# Le temps restant ($left de in-game-warning) : $minutes et $seconds sont des nombres.
in-game-left-seconds = { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }
in-game-left-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
in-game-left-minutes-seconds = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }

# Pourquoi les joueurs n'ont pas pu être prévenus : $problem de countdown-running-not-warned,
# après « n'ont pas pu être prévenus en jeu : ». $wait : une durée (wait-*) ; $code : l'erreur
# de HEO comme identifiant, par exemple not_found.
warning-problem-none = (aucun problème).
warning-problem-no-key = aucune clé API HEO n'est liée à ce serveur Discord.
warning-problem-store-failed = le bot n'a pas pu lire sa base de données.
warning-problem-key-unreadable = la clé API HEO enregistrée n'est plus lisible ; liez-la à nouveau avec `/link-key`.
warning-problem-shared-limit = la limite d'appels partagée de HEO est épuisée pour le moment (encore { $wait }).
warning-problem-busy = le bot attend la réponse de HEO pour trop d'appels.
warning-problem-another-action = une autre action était déjà en cours.
warning-problem-insufficient-scope = la clé API liée n'a pas l'autorisation `game-console:read_write` ; liez une clé qui l'a pour prévenir les joueurs.
warning-problem-unauthorized = HEO a refusé la clé API liée ; liez-en une nouvelle avec `/link-key`.
warning-problem-forbidden = la clé API liée n'a pas accès à ce serveur.
warning-problem-rate-limited = HEO limite le débit du bot (encore { $wait }).
warning-problem-game-server-unreachable = HEO n'a pas pu joindre la console du serveur de jeu.
warning-problem-timeout = HEO n'a pas répondu à temps.
warning-problem-unreachable = impossible de joindre HEO.
warning-problem-heo-error = HEO a répondu à la commande console par une erreur ({ $code }).

# Refus privés d'une option `warn`, `message` ou `console` invalide (les noms d'options restent
# en anglais). $reason : ce qui ne va pas ; $max : un nombre de caractères.
warn-invalid = La valeur de `warn` { $reason ->
        [unreadable] n'est pas une durée
        [too-short] est inférieure à 5 secondes
       *[too-long] dépasse une heure
    }. Indiquez par exemple `10m`, `90s` ou `1h` (entre 5 secondes et 1 heure). Rien n'a été envoyé.
warn-invalid-message = Le `message` { $reason ->
        [too-long] dépasse { $max } caractères
        [hidden-character] contient un saut de ligne ou un caractère invisible
       *[empty] est vide
    } : il doit tenir sur une seule ligne lisible par les joueurs. Rien n'a été envoyé.
# `{message}` (écrit {"{"}message{"}"} ci-dessous) reste tel quel dans toutes les langues :
# c'est ce que le modèle doit contenir.
console-template-invalid = Le modèle `console` { $reason ->
        [no-placeholder] ne contient pas `{"{"}message{"}"}`, là où s'insère l'avertissement
        [too-long] dépasse { $max } caractères
       *[hidden-character] contient un saut de ligne ou un caractère invisible
    }. Indiquez une seule ligne, comme `say {"{"}message{"}"}` ou `broadcast {"{"}message{"}"}`. Rien n'a été modifié.

# Ce qu'affiche le salon d'une planification après une exécution sans avertissement, dans la
# langue du serveur. $schedule : le numéro en bloc de code (`#3`) ; $member : mention de son
# auteur ; $outcome : le message du résultat (power-requested, power-failed…). La ligne
# scheduled-next-run ou scheduled-done suit sur sa propre ligne.
scheduled-ran = 🕒 Planification { $schedule } de { $member } : { $outcome }
# Une exécution planifiée manquée pendant que le bot était arrêté. $noun : l'action comme nom ;
# $server : le serveur ; $due : horodatage Discord (date et heure).
scheduled-missed = ⚠️ Planification { $schedule } de { $member } : la demande de { $noun } pour { $server } était prévue le { $due }, mais le bot ne tournait pas à ce moment-là, donc rien n'a été envoyé. Lancez l'action à la main si elle est toujours nécessaire.
# $next_at : horodatage Discord de la prochaine exécution (date et heure) ; $next_in : le même
# moment (« dans 3 jours »). « -# » affiche la ligne en petit dans Discord.
scheduled-next-run = -# Prochaine exécution : { $next_at } ({ $next_in }).
scheduled-done = -# C'était une planification unique ; elle est terminée.

# Réponses de /schedule. $schedule : le numéro en bloc de code (`#3`) ; $id : le numéro seul,
# dans une commande ; $action : l'action comme nom (action-noun-*) ; $server : le serveur ;
# $when : la fréquence (schedule-when-*), éventuellement suivie de « , » et de schedule-warned ;
# $next_at et $next_in : horodatages Discord de la prochaine exécution. Les noms des commandes
# et options (`/schedule add`, `timezone:`) restent en anglais.

# La confirmation publique de /schedule add ; schedule-zone-never-set peut suivre sur sa ligne.
schedule-added = 🗓️ Planification { $schedule } ajoutée : **{ $action }** de { $server } { $when }. Première exécution : { $next_at } ({ $next_in }).
schedule-zone-never-set = Les heures sont en UTC : aucun fuseau horaire n'est défini pour ce serveur. Un admin peut en définir un avec `/schedule timezone`.
# $time : une heure sur 24 h (04:00) ; $date : une date (2026-12-24) ; $zone : un fuseau horaire
# en bloc de code (`Europe/Berlin`) ; $weekday : le jour d'une exécution hebdomadaire.
schedule-when-once = une fois, le { $date } à { $time } ({ $zone })
schedule-when-daily = chaque jour à { $time } ({ $zone })
schedule-when-weekly = { $weekday ->
        [monday] tous les lundis
        [tuesday] tous les mardis
        [wednesday] tous les mercredis
        [thursday] tous les jeudis
        [friday] tous les vendredis
        [saturday] tous les samedis
       *[sunday] tous les dimanches
    } à { $time } ({ $zone })
# $period : la durée de l'avertissement telle que saisie : 10m, 90s, 1m30s.
schedule-warned = joueurs prévenus { $period } avant
# /schedule list. $count est un nombre.
schedule-list-empty = Aucune planification pour l'instant. Ajoutez-en une avec `/schedule add`.
schedule-list-header = **Planifications** ({ $count }) :
schedule-list-more = { $count ->
        [one] …et { $count } autre.
       *[other] …et { $count } autres.
    }
# Une planification dans une liste.
schedule-line-next = { $schedule } **{ $action }** de { $server } { $when } · prochaine : { $next_at } ({ $next_in })
schedule-line-paused = { $schedule } **{ $action }** de { $server } { $when } · ⏸️ suspendue
# $line : la planification telle qu'une liste l'affiche (schedule-line-*).
schedule-removed = Planification supprimée : { $line }.
schedule-paused = Planification { $schedule } suspendue : rien ne s'exécute avant `/schedule resume id:{ $id }`.
    { $line }
schedule-resumed = Planification { $schedule } reprise ; prochaine exécution : { $next_at } ({ $next_in }).
schedule-resume-passed = La planification { $schedule } ne devait s'exécuter qu'une fois, et ce moment est passé pendant sa suspension : elle reste donc suspendue. Supprimez-la avec `/schedule remove id:{ $id }`.
schedule-not-found = Il n'y a pas de planification { $schedule } sur ce serveur ; `/schedule list` les affiche toutes.
# $typed : ce que le membre a saisi, en bloc de code.
schedule-invalid-id = { $typed } n'est pas un numéro de planification ; `/schedule list` les affiche, par exemple `#3`.
# $zone : un fuseau horaire en bloc de code.
schedule-zone-set = Les planifications ajoutées désormais sans `timezone:` utilisent **{ $zone }**. Les planifications existantes gardent leur fuseau horaire.
# $cap est un nombre.
schedule-cap = Ce serveur a déjà { $cap } planifications, le maximum autorisé. Supprimez-en d'abord une avec `/schedule remove`.
schedule-invalid-at = La valeur de `at:` { $reason ->
        [unreadable] n'est pas une heure que le bot sait lire
       *[no-such-moment] n'est pas une heure ou une date qui existe
    }. Saisissez une heure sur 24 h comme `04:00`, ou une date et une heure comme `2026-12-24 18:00` pour une exécution unique.
schedule-date-needs-once = Une date dans `at:` ne sert qu'avec `every:once` ; pour une planification quotidienne ou hebdomadaire, saisissez seulement l'heure, comme `04:00`.
schedule-weekday-needs-weekly = `weekday:` ne sert qu'avec `every:weekly`.
schedule-in-past = Ce moment est déjà passé ; choisissez-en un plus tardif.
# $typed : ce que le membre a saisi, en bloc de code.
schedule-invalid-zone = { $typed } n'est pas un fuseau horaire connu du bot. Choisissez-en un dans la liste, ou un nom IANA comme `Europe/Berlin` ou `America/New_York`.
schedule-warn-on-start = Un **démarrage** planifié ne prévient pas les joueurs (personne ne joue sur un serveur arrêté) : retirez `warn:` et `message:`.
schedule-message-needs-warn = `message:` s'affiche avec l'avertissement, il faut donc aussi `warn:` (par exemple `warn:10m`).
# $max est un nombre de caractères.
schedule-invalid-warn = La valeur de `warn:` { $reason ->
        [unreadable] n'est pas une durée comme `10m`, `90s` ou `1h`
        [too-short] est inférieure à 5 secondes
       *[too-long] dépasse 1 heure
    }.
schedule-invalid-message = Le `message:` { $reason ->
        [too-long] dépasse { $max } caractères
        [hidden-character] contient un saut de ligne ou un caractère invisible
       *[empty] est vide
    } ; il doit tenir sur une seule ligne de texte.

## Rôles par action et /power-role (src/replies/roles.rs)

# Dans tous les messages de cette section, $action est ce qu'un rôle peut se voir autoriser,
# sous forme d'identifiant : start, stop, restart, kill ou logs. On le sélectionne pour dire ce
# qu'il permet ; affiché tel quel, il reste entre `…`. $role : un rôle (mention, ou @everyone) ;
# $roles : une liste de rôles séparés par « , » (role-names-more si elle est tronquée).

# Un membre dont les rôles ne permettent pas l'action ou la lecture des journaux ; visible par
# lui seul. $who_may est l'un des role-who-may-*.
role-not-permitted = 🔒 { $who_may } Rien n'a été envoyé.
# Qui peut effectuer $action : seulement Gérer le serveur, un rôle, ou l'un de plusieurs rôles.
role-who-may-none = Seuls les membres ayant **Gérer le serveur** peuvent { $action ->
        [start] démarrer les serveurs de jeu
        [stop] arrêter les serveurs de jeu
        [restart] redémarrer les serveurs de jeu
        [kill] forcer l'arrêt des serveurs de jeu
       *[logs] lire les journaux des serveurs de jeu
    } ici : aucun rôle n'est autorisé pour `{ $action }` (un admin peut en autoriser un avec `/power-role grant`).
role-who-may-one = Il vous faut le rôle { $role } pour { $action ->
        [start] démarrer les serveurs de jeu
        [stop] arrêter les serveurs de jeu
        [restart] redémarrer les serveurs de jeu
        [kill] forcer l'arrêt des serveurs de jeu
       *[logs] lire les journaux des serveurs de jeu
    } ici, ou **Gérer le serveur**.
role-who-may-any = Il vous faut l'un de ces rôles pour { $action ->
        [start] démarrer les serveurs de jeu
        [stop] arrêter les serveurs de jeu
        [restart] redémarrer les serveurs de jeu
        [kill] forcer l'arrêt des serveurs de jeu
       *[logs] lire les journaux des serveurs de jeu
    } ici : { $roles }, ou **Gérer le serveur**.
# Une liste de rôles tronquée : $roles : les dix premiers ; $more : combien d'autres il y a.
role-names-more = { $roles } et { $more ->
        [one] { $more } autre
       *[other] { $more } autres
    }

# Après /power-role grant.
role-granted = ✅ Le rôle { $role } peut désormais { $action ->
        [start] **démarrer** les serveurs de jeu
        [stop] **arrêter** les serveurs de jeu
        [restart] **redémarrer** les serveurs de jeu
        [kill] **forcer l'arrêt** des serveurs de jeu
       *[logs] **lire** les journaux des serveurs de jeu
    }, si `/server` lui est accessible dans Paramètres du serveur → Intégrations. Tant qu'un rôle est autorisé, les actions sans rôle autorisé sont réservées aux membres ayant **Gérer le serveur**.
role-already-granted = Le rôle { $role } peut déjà { $action ->
        [start] démarrer les serveurs de jeu
        [stop] arrêter les serveurs de jeu
        [restart] redémarrer les serveurs de jeu
        [kill] forcer l'arrêt des serveurs de jeu
       *[logs] lire les journaux des serveurs de jeu
    }, donc rien n'a changé.
# Après /power-role revoke.
role-revoked = ✅ Le rôle { $role } ne peut plus { $action ->
        [start] **démarrer** les serveurs de jeu
        [stop] **arrêter** les serveurs de jeu
        [restart] **redémarrer** les serveurs de jeu
        [kill] **forcer l'arrêt** des serveurs de jeu
       *[logs] **lire** les journaux des serveurs de jeu
    }.
role-not-granted = Le rôle { $role } n'était pas autorisé pour `{ $action }`, donc il n'y avait rien à retirer.

# /power-role list. $lines : une ligne role-grants-line ou role-grants-line-manage-server par
# action, une par ligne.
role-grants-none = Aucun rôle n'est autorisé ici pour les actions d'alimentation, donc seules les autorisations de commandes de Discord décident qui peut utiliser `/server` (Paramètres du serveur → Intégrations). Autorisez-en un avec `/power-role grant`.
role-grants = **Rôles autorisés ici**
    { $lines }
    Les membres ayant **Gérer le serveur** peuvent effectuer toutes les actions et lire les journaux.
role-grants-line = - `{ $action }` : { $roles }
role-grants-line-manage-server = - `{ $action }` : **Gérer le serveur** uniquement

## Serveurs nommés : /server add, remove et list (src/replies/names.rs)

# $server : l'étiquette d'un serveur, son nom en gras et son ID, tous deux en bloc de code.

# Un nom refusé par /server add ; $why est l'un des names-invalid-*. $max est un nombre.
names-invalid = Ce nom { $why }, donc rien n'a été enregistré. Utilisez un nom court, comme `mc-survival`.
names-invalid-empty = est vide
names-invalid-too-long = { $max ->
    [one] dépasse { $max } caractère
   *[other] dépasse { $max } caractères
}
names-invalid-hidden-character = { server-id-hidden-character }

# Après /server add. $from : l'étiquette du serveur sous son ancien nom ; $other : l'étiquette
# du serveur qui gêne.
names-added = 🏷️ Serveur { $server } ajouté. Les membres peuvent désormais taper son nom, ou le choisir dans la liste, dans toute commande `/server`.
names-renamed = 🏷️ { $from } a été renommé en { $server }.
names-taken = Un autre serveur porte déjà ce nom ({ $other } ; les noms ne tiennent pas compte de la casse), donc rien n'a été modifié. Choisissez un autre nom, ou retirez d'abord celui-là avec `/server remove`.
names-name-is-another-id = Ce nom est l'ID d'un autre serveur ici ({ $other }) : il serait ambigu, donc rien n'a été modifié. Choisissez un autre nom.
names-id-is-another-name = Cet ID est le nom d'un autre serveur ici ({ $other }) : il serait ambigu, donc rien n'a été modifié. Renommez d'abord ce serveur.

# Après /server remove. $typed : ce que le membre a saisi, en bloc de code.
names-removed = 🏷️ Serveur { $server } retiré. Son ID reste utilisable dans les commandes `/server`.
names-not-found = Aucun serveur ici ne s'appelle { $typed } ni n'a cet ID, donc rien n'a été retiré. `/server list` les affiche.

# /server list : un en-tête, une ligne « • serveur » par serveur et, s'ils ne tiennent pas tous
# dans un seul message Discord, names-list-more en dernière ligne. $count est un nombre.
names-list-empty = Aucun serveur n'est encore nommé ici. Un admin disposant de la permission Gérer le serveur peut en ajouter un avec `/server add id:<server id> name:<short name>`.
names-list-header = 🏷️ **{ $count ->
        [one] { $count } serveur nommé
       *[other] { $count } serveurs nommés
    }**
# Combien de serveurs n'ont pas tenu.
names-list-more = { $count ->
        [one] …et { $count } autre.
       *[other] …et { $count } autres.
    }

## Lier la clé API de HEO : /link-key et /unlink-key (src/replies/keys.rs)

# Le formulaire privé ouvert par /link-key. Discord refuse un titre ou un libellé de plus de
# 45 caractères et un texte indicatif de plus de 100 (au-delà, ils sont coupés).
key-form = Lier votre clé API HEO
    .label = Clé API HEO
    .placeholder = Collez la clé copiée depuis le tableau de bord HEO

# Après l'envoi du formulaire. $hint : les quatre derniers caractères de la clé, en bloc de
# code ; les clés trop courtes utilisent key-linked-no-hint. $replaced vaut key-replaced si une
# clé était déjà liée, sinon rien.
key-linked = 🔑 La clé se terminant par { $hint } est maintenant liée à ce serveur Discord et sera utilisée pour les commandes `/server`.{ $replaced } Elle est conservée par le bot et ne sera plus jamais affichée.
key-linked-no-hint = 🔑 La clé est maintenant liée à ce serveur Discord et sera utilisée pour les commandes `/server`.{ $replaced } Elle est conservée par le bot et ne sera plus jamais affichée.
# Commence par une espace.
key-replaced = { " " }Elle remplace la clé liée auparavant.
key-form-needs-manage-server = Vous n'avez plus la permission **Gérer le serveur**, donc la clé n'a pas été liée et rien n'a changé.
key-malformed = Cela ne ressemble pas à une clé API HEO (elle était vide ou contenait des espaces), donc rien n'a changé. Copiez la clé depuis le tableau de bord HEO et relancez `/link-key`.

# Après /unlink-key.
key-unlinked = 🔑 La clé API HEO a été retirée de ce serveur Discord. Les commandes `/server` ne feront rien tant qu'un admin n'aura pas relancé `/link-key`.
key-not-linked = Aucune clé API HEO n'était liée à ce serveur Discord, donc il n'y avait rien à retirer.

## Le journal d'un serveur de jeu : /server logs (src/replies/logs.rs)

# $server : l'étiquette du serveur ; $count : un nombre de lignes.
# Le journal suit ce message dans un bloc de code.
logs-shown = 📜 { $count ->
        [one] La dernière ligne
       *[other] Les { $count } dernières lignes
    } du dernier journal de { $server } :
# Les lignes ne tenaient pas dans un message : elles arrivent en fichier.
logs-attached = 📜 { $count ->
        [one] La dernière ligne du dernier journal de { $server } est en pièce jointe.
       *[other] Les { $count } dernières lignes du dernier journal de { $server } sont en pièce jointe.
    }
logs-empty = 📜 Le dernier journal de { $server } est vide.
# $detail : la raison (not-sent-*, heo-*).
logs-failed = ⚠️ **Impossible de lire le journal** de { $server } : { $detail }
