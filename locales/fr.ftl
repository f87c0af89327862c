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
