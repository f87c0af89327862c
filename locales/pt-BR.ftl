# Mensagens do heo-bot em português do Brasil (traduzidas de locales/en-US.ftl).
# Menções e timestamps do Discord sempre chegam como variáveis.

## O próprio idioma

language-name = Português do Brasil

# Como os números são escritos: 1.234,5
number-group-separator = {"."}
number-decimal-separator = {","}
number-group-min-digits = {"1"}

## Palavras usadas por várias mensagens (src/replies/words.rs)

# Ação de energia como título ou rótulo de botão.
action-title-start = Iniciar
action-title-stop = Parar
action-title-restart = Reiniciar
action-title-kill = Forçar parada
# Ação como verbo, depois de "Não foi possível" ($verb); seguida do servidor.
action-verb-start = iniciar
action-verb-stop = parar
action-verb-restart = reiniciar
action-verb-kill = forçar a parada de
# Ação como substantivo, depois de "pedido de" ($noun).
action-noun-start = inicialização
action-noun-stop = parada
action-noun-restart = reinício
action-noun-kill = parada forçada

# Quanto tempo esperar ($wait em outras mensagens).
wait-unknown = um minuto
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

## Resultados das ações e por que nada foi enviado (src/replies.rs, src/replies/failures.rs)

power-requested = { $emoji } **Ação “{ $title }” solicitada** para { $server } por { $asker }. A HEO aceitou o pedido; o servidor pode levar alguns instantes para concluir.
power-failed = ⚠️ **Não foi possível { $verb }** { $server } (pedido de { $asker }): { $detail }

invalid-server-id = Esse ID de servidor { $why }, então nada foi enviado. Use o ID mostrado no painel da HEO, como `srv_123`.
server-id-empty = está vazio
server-id-too-long = tem mais de { $max } caracteres
server-id-hidden-character = contém uma quebra de linha ou um caractere invisível (como um espaço de largura zero ou uma marca da direita para a esquerda)
server-id-dot-segment = não é um ID de servidor

needs-manage-server = Você precisa da permissão **Gerenciar servidor** para fazer isso.
guild-only = Este comando só funciona dentro de um servidor do Discord.
guild-not-served = Este bot só atende os servidores do Discord listados pelo dono dele, então nada foi feito. Ele está saindo deste servidor.
store-failed = O bot não conseguiu acessar o banco de dados, então nada foi alterado. Tente de novo em instantes; se continuar acontecendo, peça ao dono do bot para verificar os logs.
restarting = O bot está reiniciando, então nada foi enviado. Tente de novo em um minuto.
internal-error = Algo deu errado dentro do bot, e nada mais foi feito. Tente de novo; se continuar acontecendo, peça ao dono do bot para verificar os logs.
bad-arguments = O bot não entendeu as opções desse comando. Se o bot acabou de ser atualizado, espere um minuto até o Discord atualizar os comandos e tente de novo.

# Como um pedido recusado ou com falha é chamado em outras mensagens (sempre masculino: "pedido").
call-this-power = este pedido de { $noun }
call-this-of-power = este pedido de { $noun } para { $server }
call-the-power = o pedido de { $noun }
call-this-logs = este pedido de log
call-this-of-logs = este pedido do log de { $server }
call-the-logs = o pedido de log

# Recusado antes de qualquer envio; $wait é quanto tempo (wait-*).
refused-in-progress = ⏳ Outra ação em { $server } ainda está a caminho da HEO, então { $this } não foi enviado. A resposta dela vai aparecer no canal em até { $wait }; depois disso, tente de novo se ainda precisar.
refused-cooling-down = ⏳ Você pediu uma ação de energia há poucos instantes, então { $this_of } não foi enviado. Tente de novo em { $wait }.
refused-backing-off = ⏳ A HEO está limitando as requisições deste bot, e esse limite vale para todos os servidores do Discord que ele atende, então { $this_of } não foi enviado. Tente de novo em { $wait }.
refused-guild-budget = ⏳ Este servidor do Discord já usou sua cota de chamadas à HEO por enquanto (o limite da HEO vale para todos os servidores do Discord que o bot atende), então { $this_of } não foi enviado. Tente de novo em { $wait }.
refused-busy = ⏳ O bot já está aguardando a HEO no máximo de ações que consegue atender de uma vez, então { $this_of } não foi enviado. Essas ações terminam em até { $wait }; tente de novo depois disso.
refused-counting-down = ⏳ Uma contagem regressiva para { $held_verb } { $server } { $at } está bloqueando o servidor, então { $this_of } não foi enviado. Se precisar, clique antes em **Abortar** na contagem, ou espere ela terminar.

# Por que nada foi enviado, antes de consultar a HEO ($detail de power-failed).
not-sent-no-key = Ainda não há nenhuma chave de API da HEO vinculada a este servidor do Discord, então nada foi enviado. Um admin com a permissão Gerenciar servidor pode vincular uma com `/link-key`.
not-sent-store-failed = O bot não conseguiu ler o banco de dados, então nada foi enviado. Tente de novo em instantes; se continuar acontecendo, peça ao dono do bot para verificar os logs.
not-sent-key-unreadable = A chave de API da HEO salva para este servidor do Discord não pode mais ser lida (ela pode ter vindo do backup de outro servidor), então nada foi enviado. Um admin com a permissão Gerenciar servidor deve vinculá-la de novo com `/link-key`.

# O que a HEO respondeu ($detail de power-failed). $status é um código HTTP.
heo-confirmation-required = A HEO pediu uma confirmação e não fez nada. O bot sempre confirma uma parada forçada, então algo entre ele e a HEO descartou a confirmação: avise o dono do bot.
heo-unauthorized = A HEO rejeitou a chave de API deste servidor do Discord: ela pode ter sido revogada ou digitada errado. Um admin deve usar `/link-key` com uma chave nova do painel da HEO.
heo-forbidden = a chave de API vinculada não tem acesso a { $server }. Confira o ID no painel da HEO (é algo como `srv_123`) ou vincule uma chave que inclua este servidor.
heo-insufficient-scope-power = a chave de API vinculada é somente leitura, então não pode executar ações de energia. Crie uma chave com permissão de energia no painel da HEO e vincule-a com `/link-key`.
heo-insufficient-scope-logs = a chave de API vinculada não tem o escopo `game-logs:read`, então não pode ler logs. Crie uma chave com esse escopo no painel da HEO e vincule-a com `/link-key`.
heo-not-found = A HEO respondeu “não encontrado”. Confira se { $server } é o ID mostrado no painel da HEO; se for, peça ao dono do bot para verificar a configuração `HEO_API_URL`.
heo-method-not-allowed = A HEO recusou a requisição (método não permitido), então nada foi feito. Peça ao dono do bot para verificar a configuração `HEO_API_URL`.
heo-rate-limited = A HEO está limitando as requisições deste bot no momento, então nada foi feito. Tente de novo em { $wait }.
heo-game-server-unreachable-power = A HEO não conseguiu repassar a ação ao servidor de jogo. Tente de novo em um minuto; se continuar falhando, confira a página de status da HEO.
heo-game-server-unreachable-logs = A HEO não conseguiu obter o log do servidor de jogo. Tente de novo em um minuto; se continuar falhando, confira a página de status da HEO.
heo-provider-unavailable = A HEO está com problemas no momento (HTTP { $status }), então { $the } provavelmente não foi processado. Tente de novo em alguns minutos.
heo-unexpected-status = A HEO deu uma resposta inesperada (HTTP { $status }), então { $the } pode não ter sido processado. Tente de novo; se continuar acontecendo, avise o dono do bot.
heo-unreadable-success = A HEO respondeu, mas de um jeito que o bot não entende, então não dá para saber se { $the } foi processado. Confira o servidor no painel da HEO antes de tentar de novo.
heo-timeout-power = A HEO não respondeu a tempo, então o bot não tem como saber se { $the } foi processado. Confira o servidor no painel da HEO antes de tentar de novo.
heo-timeout-logs = A HEO não enviou o log a tempo. Tente de novo em um minuto.
heo-unreachable = o bot não conseguiu se conectar à HEO, então nada foi enviado. A HEO ou a rede do bot pode estar fora do ar; tente de novo em alguns minutos.

## Status da própria HEO (src/replies/heo_status.rs)

# $affecting é heo-affecting ou heo-affecting-more, ou vazio quando a HEO não citou nada.
heo-status-up = 🟢 A HEO informa que está tudo funcionando.
heo-status-disrupted = 🟠 A HEO informa uma interrupção{ $affecting }.
heo-status-maintenance = 🔧 A HEO informa manutenção{ $affecting }.
heo-status-unknown = ❔ A HEO diz que não sabe o próprio status no momento. Tente de novo em alguns minutos.
heo-status-other = ❔ A HEO informa o status { $said }, cujo significado o bot não conhece.
heo-status-no-answer = 🔴 A página de status da HEO não respondeu: a HEO ou a rede do bot pode estar fora do ar. Tente de novo em alguns minutos.
heo-status-odd-answer = ❔ A página de status da HEO deu uma resposta que o bot não entende. Tente de novo em alguns minutos; se continuar acontecendo, avise o dono do bot.
# A linha que uma ação com falha ganha enquanto a HEO informa problemas.
heo-trouble-disrupted = A página de status da HEO informa uma interrupção{ $affecting }.
heo-trouble-maintenance = A página de status da HEO informa manutenção{ $affecting }.
# Começa com um espaço.
heo-affecting = { " " }afetando { $names }
heo-affecting-more = { " " }afetando { $names } e mais { $more }

## A confirmação de parada forçada (src/replies/kill.rs)

kill-prompt = 💀 **Forçar a parada de { $server }?** Isso corta a energia na hora, como puxar o cabo da tomada: dados de jogo não salvos podem ser perdidos. Prefira `/server stop` sempre que puder.
    Esta confirmação expira em { $wait }.
kill-confirm-label = Forçar parada
kill-cancel-label = Cancelar
kill-sending = 💀 Enviando a parada forçada para { $server }…
kill-cancelled = Cancelado: nada foi enviado para { $server }.
kill-expired-command = Esta confirmação de parada forçada expirou: nada foi enviado para { $server }. Use `/server kill` de novo se ainda precisar.
kill-expired-panel = Esta confirmação de parada forçada expirou: nada foi enviado para { $server }. Clique em **Forçar parada** no painel de novo se ainda precisar.
kill-not-yours = Só quem usou este `/server kill` pode responder. Nada foi enviado.
kill-no-longer-manage-server = Você não tem mais a permissão **Gerenciar servidor** que tinha quando usou este `/server kill`, então nada foi enviado.
kill-no-longer-roles = 🔒 Seus cargos, ou os cargos autorizados a forçar a parada, mudaram desde que você usou este `/server kill`, então nada foi enviado. { $who_may }
kill-prompt-gone = Esta confirmação já foi respondida ou expirou, então nada mais foi enviado.

## Comandos de barra: descrições que o Discord mostra (src/commands/localized.rs)
#
# Nomes de comandos e opções ficam em inglês. Máximo de 100 caracteres cada.

command-server = Inicie, pare, reinicie ou force a parada de um servidor de jogo hospedado na HEO.
command-server-start = Inicie um servidor de jogo.
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
command-server-stop = Pare um servidor de jogo com segurança (warn:10m avisa os jogadores antes, com contagem).
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .warn = Por quanto tempo avisar os jogadores antes, ex.: 10m, 90s (até 1h)
    .message = O que os jogadores leem nos avisos, ex.: Voltamos em 5 minutos!
command-server-restart = Reinicie um servidor de jogo (warn:10m avisa os jogadores antes, com contagem regressiva).
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .warn = Por quanto tempo avisar os jogadores antes, ex.: 10m, 90s (até 1h)
    .message = O que os jogadores leem nos avisos, ex.: Voltamos em 5 minutos!
command-server-kill = Force a parada imediata de um servidor de jogo (pede confirmação, exceto com force true ou warn).
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .force = Pular a confirmação e forçar a parada na hora
    .warn = Por quanto tempo avisar os jogadores antes, com contagem (sem confirmação), ex.: 1m
    .message = O que os jogadores leem nos avisos
command-server-add = Dê a um servidor de jogo um nome curto que os membros possam digitar no lugar do ID.
    .id = ID do servidor como aparece no painel da HEO, ex.: srv_123
    .name = Nome curto, até 32 caracteres, ex.: mc-survival
    .console = Comando de console que avisa os jogadores, ex.: broadcast {"{"}message{"}"} (padrão: say {"{"}message{"}"})
command-server-remove = Remova o nome dado a um servidor de jogo (o ID continua funcionando).
    .server = Nome ou ID do servidor
command-server-list = Liste os servidores de jogo nomeados neste servidor do Discord.
command-server-history = Mostre as 10 últimas ações de energia enviadas à HEO aqui, ou de um servidor de jogo.
    .server = Só este servidor (nome ou ID); deixe vazio para todos
    .refusals = Listar, em vez disso, os pedidos recusados ou cancelados antes de chegar à HEO
command-server-logs = Mostre as últimas linhas do log mais recente de um servidor de jogo (só você vê).
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .lines = Quantas das últimas linhas mostrar (padrão: 50)
command-server-panel = Publique botões para um servidor de jogo neste canal, ou remova-os.
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .warn = Parar e Reiniciar avisam os jogadores antes por este tempo, ex.: 5m (até 1h)
    .message = O que os jogadores leem nos avisos, ex.: Voltamos em 5 minutos!
    .remove = Remover, em vez disso, o painel deste servidor deste canal
command-power-role = Escolha quais cargos podem iniciar, parar, reiniciar ou forçar a parada de servidores, ou ler logs.
command-power-role-grant = Permita que um cargo execute uma ação de energia ou leia logs.
    .action = A ação de energia, ou logs
    .role = O cargo que poderá executá-la
command-power-role-revoke = Deixe de permitir que um cargo execute uma ação de energia ou leia logs.
    .action = A ação de energia, ou logs
    .role = O cargo que não poderá mais executá-la
command-power-role-list = Mostre quais cargos podem executar cada ação de energia ou ler logs.
command-link-key = Vincule a chave de API da HEO deste servidor do Discord (abre um formulário privado).
command-unlink-key = Remova a chave de API da HEO deste servidor do Discord.
command-audit-channel = Publique cada ação de energia em um canal; deixe o canal vazio para parar.
    .channel = O canal onde publicar; deixe vazio para parar de publicar
command-schedule = Inicie, pare, reinicie ou force a parada de um servidor de jogo em um horário definido.
command-schedule-add = Agende uma ação de energia: uma vez, diariamente ou semanalmente, em um horário local.
    .server = Nome do servidor ou ID como aparece no painel da HEO, ex.: srv_123
    .action = A ação de energia
    .at = Horário como HH:MM, ex.: 04:00; ou AAAA-MM-DD HH:MM para uma execução única
    .every = Com que frequência (padrão: uma vez)
    .weekday = Dia de uma execução semanal (padrão: o do próximo HH:MM)
    .timezone = Fuso horário IANA, ex.: Europe/Berlin (padrão: o deste servidor, senão UTC)
    .warn = Com quanto tempo avisar os jogadores antes de parar, reiniciar ou forçar parada, ex.: 10m
    .message = Uma linha mostrada aos jogadores junto com o aviso
command-schedule-list = Liste os agendamentos deste servidor e a próxima execução de cada um.
command-schedule-remove = Remova um agendamento.
    .id = O número do agendamento, como o /schedule list mostra, ex.: 3
command-schedule-pause = Pause um agendamento: nada é executado até que ele seja retomado.
    .id = O número do agendamento, como o /schedule list mostra, ex.: 3
command-schedule-resume = Retome um agendamento pausado a partir da próxima execução futura.
    .id = O número do agendamento, como o /schedule list mostra, ex.: 3
command-schedule-timezone = Defina o fuso horário deste servidor para novos agendamentos.
    .zone = Fuso horário IANA, ex.: Europe/Berlin
command-heo = Sobre a própria HEO Systems.
command-heo-status = Mostre se a HEO Systems informa uma interrupção ou manutenção no momento.

# As opções que o Discord lista (máximo de 100 caracteres cada).
choice-start = iniciar
choice-stop = parar
choice-restart = reiniciar
choice-kill = forçar parada
choice-logs = logs
choice-once = uma vez
choice-daily = diariamente
choice-weekly = semanalmente
choice-monday = segunda-feira
choice-tuesday = terça-feira
choice-wednesday = quarta-feira
choice-thursday = quinta-feira
choice-friday = sexta-feira
choice-saturday = sábado
choice-sunday = domingo

## /language (src/replies/language.rs)

language-follow-discord = O idioma do Discord do servidor
language-set-chosen = 🌐 A partir de agora, as mensagens públicas deste servidor (respostas nos canais, painéis de controle, contagens regressivas e linhas de auditoria) ficam em { $language }. As respostas que só você vê seguem o idioma do seu Discord.
language-set-discord = 🌐 A partir de agora, as mensagens públicas deste servidor seguem o idioma do Discord dele, atualmente { $language }. As respostas que só você vê seguem o idioma do seu Discord.
language-shown-chosen = 🌐 As mensagens públicas deste servidor estão em { $language }, escolhido com `/language set`. As respostas que só você vê seguem o idioma do seu Discord.
language-shown-discord = 🌐 As mensagens públicas deste servidor estão em { $language }, o idioma do Discord deste servidor. Escolha outro com `/language set`. As respostas que só você vê seguem o idioma do seu Discord.
language-unknown = O bot não tem o idioma { $typed }, então nada mudou. Escolha um da lista: { $languages }, ou { $auto } para usar o idioma do Discord deste servidor.

command-language = Escolha o idioma das mensagens públicas deste servidor.
command-language-set = Defina o idioma das mensagens públicas deste servidor.
    .language = Um idioma da lista, ou auto para usar o idioma do Discord deste servidor
command-language-show = Mostre em qual idioma estão as mensagens públicas deste servidor.

## O canal de auditoria e suas linhas (src/replies/audit.rs)

# Uma entrada do registro de auditoria, publicada no canal de auditoria e listada pelo
# /server history. $via é audit-via-* (ou vazio), $title é action-title-*, $outcome é audit-outcome-*.
audit-line = { $member }{ $via } { $emoji } { $title } { $server }: { $outcome }
# De onde veio a entrada; cada uma começa com um espaço. $schedule é o número do agendamento (`#3`).
audit-via-schedule = { " " }(agendamento { $schedule })
audit-via-panel = { " " }(painel)

# O que aconteceu. $code é um identificador que fica em inglês (`forbidden`); $why é audit-why-*.
audit-outcome-sent = ✅ { $code } ({ $why })
audit-outcome-failed = ❌ { $code } ({ $why })
audit-outcome-failed-http = ❌ { $code } (HTTP { $status }: { $why })

# Explicação curta de cada código ($why acima).
audit-why-requested = a HEO aceitou
audit-why-no-key = nenhuma chave de API da HEO estava vinculada
audit-why-store-failed = o bot não conseguiu ler o banco de dados
audit-why-key-unreadable = a chave de API salva não pôde ser lida
audit-why-in-progress = outra ação no servidor estava em andamento
audit-why-cooldown = o membro ainda estava no tempo de espera
audit-why-backing-off = o bot aguardava o fim do limite de requisições da HEO
audit-why-guild-budget = este servidor do Discord já tinha usado sua cota de chamadas à HEO
audit-why-bot-busy = o bot já aguardava o máximo de ações que atende de uma vez
audit-why-not-permitted = nenhum cargo do membro permitia isso
audit-why-kill-cancelled = o membro cancelou a parada forçada
audit-why-kill-expired = a confirmação de parada forçada expirou sem resposta
audit-why-counting-down = uma contagem regressiva bloqueava o servidor
audit-why-countdown-aborted = a contagem regressiva foi abortada
audit-why-missed = o bot não estava rodando no horário previsto
audit-why-confirmation-required = a HEO pediu uma confirmação
audit-why-unauthorized = a HEO rejeitou a chave de API
audit-why-forbidden = a chave de API não tem acesso a este servidor
audit-why-insufficient-scope = a chave de API não tem permissão para isso
audit-why-not-found = a HEO não encontrou o servidor
audit-why-method-not-allowed = a HEO recusou o método da requisição
audit-why-rate-limited = a HEO limitou as requisições do bot
audit-why-provider-error = a HEO não conseguiu acessar o servidor de jogo
audit-why-provider-unavailable = a HEO estava com problemas
audit-why-unexpected-status = a HEO deu uma resposta inesperada
audit-why-unreadable-success = não foi possível ler a resposta da HEO
audit-why-timeout = a HEO não respondeu a tempo
audit-why-unreachable = o bot não conseguiu se conectar à HEO

# A primeira mensagem publicada num novo canal de auditoria. $member é o admin que escolheu o canal.
audit-channel-greeting = 🗒️ O heo-bot vai publicar aqui cada ação de energia pedida neste servidor do Discord, uma linha por ação (configurado por { $member }).

# As respostas privadas ao /audit-channel. $channel é a menção do canal.
audit-channel-set = ✅ Cada ação de energia agora será publicada em { $channel }, uma linha por ação. Use `/audit-channel` sem canal para parar.
audit-channel-off = ✅ As ações de energia não são mais publicadas em { $channel }. O `/server history` continua listando todas.
audit-channel-off-none = Nenhum canal de auditoria estava definido, então nada mudou. Escolha um com `/audit-channel channel:`.
# O bot não conseguiu publicar a saudação em $channel, então nada mudou.
audit-channel-unpostable-not-allowed = ⚠️ O bot não conseguiu publicar em { $channel }, então o canal de auditoria não foi alterado: ele não tem permissão para isso. Dê ao heo-bot as permissões **Ver canal** e **Enviar mensagens** em { $channel } (Editar canal → Permissões) e use `/audit-channel` de novo.
audit-channel-unpostable-no-text = ⚠️ O bot não conseguiu publicar em { $channel }, então o canal de auditoria não foi alterado: o Discord diz que esse canal não existe ou não aceita mensagens. Escolha um canal de texto.
audit-channel-unpostable-discord-failed = ⚠️ O bot não conseguiu publicar em { $channel }, então o canal de auditoria não foi alterado: o Discord não respondeu direito. Tente de novo em instantes.
audit-channel-member-cannot-post = ⚠️ Você mesmo não pode publicar em { $channel } (é preciso ter **Ver canal** e **Enviar mensagens** lá), então o canal de auditoria não foi alterado. Escolha um canal em que você possa publicar.

## /server history (src/replies/history.rs)

# Resposta privada ao /server history quando não há nada registrado.
history-empty-sent-guild = Nenhuma ação de energia foi enviada à HEO neste servidor do Discord até agora (os registros são guardados por tempo limitado).
history-empty-sent-server = Nenhuma ação de energia foi enviada à HEO para { $server } até agora (os registros são guardados por tempo limitado).
history-empty-refused-guild = Nenhum pedido recusado ou cancelado foi registrado neste servidor do Discord até agora (os registros são guardados por tempo limitado).
history-empty-refused-server = Nenhum pedido recusado ou cancelado foi registrado para { $server } até agora (os registros são guardados por tempo limitado).

# A primeira linha do /server history, acima de uma linha por entrada. $count é o número de entradas.
history-header-sent-guild = { $count ->
        [one] 🗒️ A última ação de energia enviada à HEO neste servidor do Discord:
       *[other] 🗒️ As últimas { $count } ações de energia enviadas à HEO neste servidor do Discord, das mais recentes para as mais antigas:
    }
history-header-sent-server = { $count ->
        [one] 🗒️ A última ação de energia enviada à HEO para { $server }:
       *[other] 🗒️ As últimas { $count } ações de energia enviadas à HEO para { $server }, das mais recentes para as mais antigas:
    }
history-header-refused-guild = { $count ->
        [one] 🚫 O último pedido recusado ou cancelado neste servidor do Discord (nada foi enviado à HEO):
       *[other] 🚫 Os últimos { $count } pedidos recusados ou cancelados neste servidor do Discord, dos mais recentes para os mais antigos (nada foi enviado à HEO):
    }
history-header-refused-server = { $count ->
        [one] 🚫 O último pedido recusado ou cancelado para { $server } (nada foi enviado à HEO):
       *[other] 🚫 Os últimos { $count } pedidos recusados ou cancelados para { $server }, dos mais recentes para os mais antigos (nada foi enviado à HEO):
    }

# Texto pequeno abaixo das ações enviadas à HEO; `refusals:true` é a opção do comando, em inglês.
history-refusals-hint = -# Pedidos recusados ou cancelados antes de chegar à HEO aparecem com `refusals:true`.

## Painéis de controle (src/replies/panel.rs)

# A mensagem pública do painel, reescrita a cada clique. Abaixo dela vêm panel-warning e panel-last.
panel = 🎮 **Painel de controle** de { $server }
    Os botões pedem à HEO para iniciar, parar, reiniciar ou forçar a parada deste servidor de jogo. Membros com **Gerenciar servidor**, ou com um cargo autorizado para a ação com `/power-role`, podem usá-los; cada clique é verificado de novo e respondido em privado.
# $wait é quanto tempo os jogadores são avisados (wait-*).
panel-warning = ⏳ **Parar** e **Reiniciar** avisam os jogadores com { $wait } de antecedência, com uma contagem regressiva aqui que qualquer pessoa autorizada pode abortar.
# $last é um dos panel-last-* abaixo.
panel-last = Última ação: { $last }
# $title é action-title-*, $asker a menção de quem clicou, $at um timestamp do Discord ("há 5 minutos").
panel-last-requested = { $emoji } { $asker } pediu “{ $title }” { $at }
# $outcome é o código do registro de auditoria (`cooling_down`), que fica em inglês.
panel-last-not-done = ⚠️ O pedido “{ $title }” de { $asker } não foi executado ({ $outcome }) { $at }
# $due é um timestamp do Discord ("em 5 minutos").
panel-last-countdown-begun = ⏳ Contagem regressiva para “{ $title }” iniciada por { $asker } { $at }, com término { $due }

# O que a mensagem de um painel aposentado passa a dizer (os botões ficam desativados).
panel-replaced = 🎮 Este painel de { $server } foi substituído por um mais novo: { $link }
panel-removed = 🎮 Este painel de { $server } foi removido por { $remover }.

# Resposta privada ao /server panel. $replaced é quantos painéis anteriores ele substituiu.
# A segunda linha é um dos panel-clickers-*.
panel-posted = ✅ Painel publicado para { $server }: { $link }.{ $replaced ->
        [0] {""}
        [one] { " " }O painel anterior desse servidor neste canal não funciona mais.
       *[other] { " " }Os { $replaced } painéis anteriores desse servidor neste canal não funcionam mais.
    }
# Quem pode usar os botões do painel. $grants lista panel-clickers-grant, separados por "; ".
panel-clickers-only-manage-server = Os botões do painel só funcionam para membros com **Gerenciar servidor**: nenhum cargo foi autorizado para uma ação de energia (autorize um com `/power-role grant`). A permissão de usar `/server` em Configurações do servidor → Integrações não se aplica aos botões.
panel-clickers-roles = Os botões do painel funcionam para membros com **Gerenciar servidor** e para estes cargos: { $grants }. A permissão de usar `/server` em Configurações do servidor → Integrações não se aplica aos botões.
# Uma ação e os cargos autorizados para ela, separados por vírgula.
panel-clickers-grant = { $title } ({ $roles })

# Respostas privadas ao /server panel remove:true. $count é quantos painéis foram aposentados.
panel-none-to-remove = Não há nenhum painel de { $server } neste canal, então nada foi removido.
panel-removed-reply = { $count ->
        [one] ✅ O painel de { $server } neste canal não funciona mais; a mensagem continua lá, com os botões desativados. Apague-a se quiser.
       *[other] ✅ Os { $count } painéis de { $server } neste canal não funcionam mais; as mensagens continuam lá, com os botões desativados. Apague-as se quiser.
    }
# $cap é o máximo de painéis que um servidor do Discord pode ter.
panel-limit = Este servidor do Discord já tem { $cap } painéis, o máximo que o bot mantém, então nenhum foi publicado. Primeiro remova um com `/server panel server:<server> remove:true` no canal dele.
panel-cannot-post = O bot não conseguiu publicar o painel neste canal, então nada foi publicado. Dê ao bot as permissões **Ver canal** e **Enviar mensagens** aqui, ou use o comando em outro canal.

# Respostas privadas a um clique num botão de painel que o bot recusa.
panel-gone = Este painel não funciona mais (foi substituído ou removido), então nada foi enviado. Peça um novo a um admin com `/server panel`.
# $who_may diz quais cargos podem fazer a ação.
panel-not-permitted = 🔒 { $who_may } Os botões do painel não levam em conta quem pode usar `/server`. Nada foi enviado.
# $name é o nome do servidor como o painel mostra, em formato de código.
panel-server-removed = O servidor deste painel, { $name }, não tem mais esse nome neste servidor do Discord (foi removido com `/server remove`), então nada foi enviado. Adicione-o de novo com `/server add`, ou publique um painel de outro servidor com `/server panel`.

## Contagens regressivas, avisos no jogo e agendamentos (src/replies/countdown.rs, src/replies/warnings.rs, src/replies/scheduled.rs, src/replies/schedules.rs)

# A mensagem pública da contagem regressiva no canal, editada conforme avança, no idioma do servidor.
# $title é action-title-*, $due_in um timestamp do Discord ("em 10 minutos"), $due_at o mesmo
# momento como horário. $by é "member" ou "schedule"; $asker a menção de quem pediu (ou de quem
# criou o agendamento); $schedule o número do agendamento (`#3`).
countdown-running = ⏳ **Ação “{ $title }”** para { $server } { $due_in } (às { $due_at }), { $by ->
        [schedule] agendada por { $asker } (agendamento { $schedule })
       *[member] pedida por { $asker }
    }.
# Última linha enquanto os jogadores são avisados. **Abortar** é o rótulo do botão (countdown-abort-label).
countdown-running-warned = Os jogadores estão sendo avisados no jogo. Clique em **Abortar** para cancelar.
# Última linha quando um aviso falhou. $problem é um dos warning-problem-* (termina com ponto); $noun é action-noun-*.
countdown-running-not-warned = ⚠️ Não foi possível avisar os jogadores no jogo: { $problem } Mesmo assim, a ação de { $noun } acontece no horário previsto, a menos que alguém clique em **Abortar**.
# O botão da contagem regressiva.
countdown-abort-label = Abortar
# Última linha depois que a ação foi enviada (o resultado vem acima). "-#" deixa a linha pequena no Discord.
countdown-ended = -# Contagem regressiva { $by ->
        [schedule] agendada por { $asker } (agendamento { $schedule })
       *[member] pedida por { $asker }
    }.
# A contagem depois que alguém clicou em Abortar. $aborter é a menção de quem clicou.
countdown-aborted = 🛑 **Ação “{ $title }”** para { $server } **abortada** por { $aborter }; nada foi enviado. (Tinha sido { $by ->
        [schedule] agendada por { $asker } (agendamento { $schedule })
       *[member] pedida por { $asker }
    }.)
# Uma contagem cujo horário passou enquanto o bot estava fora do ar. $due é um timestamp do Discord (data e hora).
countdown-missed = ⚠️ **Ação “{ $title }”** para { $server } estava prevista para { $due }, mas o bot não estava rodando nesse horário, então nada foi enviado. Execute de novo se ainda precisar. (Tinha sido { $by ->
        [schedule] agendada por { $asker } (agendamento { $schedule })
       *[member] pedida por { $asker }
    }.)
# Uma contagem cuja ação estava sendo enviada quando o bot parou. $noun é action-noun-*.
countdown-interrupted = ⚠️ O bot parou enquanto enviava o pedido de { $noun } para { $server }, então não tem como saber se a HEO o recebeu. Confira o painel da HEO antes de tentar de novo.
# Resposta privada a quem iniciou a contagem. $link é o endereço da mensagem da contagem.
countdown-started = ⏳ Contagem regressiva publicada ({ $link }): o pedido de { $noun } para { $server } será enviado { $due_in }, a menos que alguém clique em **Abortar**.
# O mesmo, quando a mensagem da contagem não tem endereço.
countdown-started-unlinked = ⏳ Contagem regressiva publicada: o pedido de { $noun } para { $server } será enviado { $due_in }, a menos que alguém clique em **Abortar**.
# O bot não conseguiu publicar a contagem no canal (privada). Nomes de permissões como o Discord os mostra.
countdown-cannot-post = O bot não conseguiu publicar a contagem regressiva neste canal, então nada foi iniciado. Dê ao bot as permissões **Ver canal** e **Enviar mensagens** aqui, ou use o comando em outro canal.
# Outra contagem já bloqueia o servidor; $noun é a ação não iniciada.
countdown-already-running = ⏳ Já existe uma contagem regressiva para { $server }, então este pedido de { $noun } não foi iniciado. Primeiro aborte-a pelo botão dela, ou espere ela terminar.
# Qualquer ação recusada porque uma contagem bloqueia o servidor. $held_verb é action-verb-* da contagem,
# $due_in um timestamp do Discord, $link o endereço da mensagem da contagem, $noun a ação recusada.
countdown-holds-server = ⏳ Uma contagem regressiva para { $held_verb } { $server } { $due_in } está bloqueando o servidor ({ $link }), então este pedido de { $noun } não foi enviado. Se precisar, clique antes em **Abortar** na contagem, ou espere ela terminar.
# O mesmo, quando a mensagem da contagem ainda não tem endereço.
countdown-holds-server-unlinked = ⏳ Uma contagem regressiva para { $held_verb } { $server } { $due_in } está bloqueando o servidor, então este pedido de { $noun } não foi enviado. Se precisar, clique antes em **Abortar** na contagem, ou espere ela terminar.
# Respostas privadas a um clique em Abortar. $verb é action-verb-*, $noun é action-noun-*.
countdown-abort-not-allowed = Só quem pediu esta contagem regressiva, um membro com **Gerenciar servidor** ou quem tem um cargo autorizado a { $verb } servidores de jogo pode abortá-la. Nada mudou.
countdown-gone = Esta contagem regressiva já terminou.
countdown-too-late = Tarde demais: o pedido de { $noun } já está sendo enviado.

# O que os jogadores leem no jogo, pelo console do servidor de jogo, no idioma do servidor.
# $action é start, stop, restart ou kill (kill aparece como desligamento); $left é quanto falta
# (in-game-left-*). A mensagem do próprio aviso, se houver, vem depois de um espaço.
in-game-warning = { $action ->
        [start] Início do servidor em { $left }.
        [stop] Parada do servidor em { $left }.
        [restart] Reinício do servidor em { $left }.
       *[kill] Desligamento do servidor em { $left }.
    }
in-game-abort = { $action ->
        [start] Início do servidor cancelado.
        [stop] Parada do servidor cancelada.
        [restart] Reinício do servidor cancelado.
       *[kill] Desligamento do servidor cancelado.
    }
# Quanto falta para a ação ($left de in-game-warning): $minutes e $seconds são números.
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
    } e { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }

# Por que os jogadores não puderam ser avisados: $problem de countdown-running-not-warned, depois de
# "Não foi possível avisar os jogadores no jogo:". $wait é wait-*; $code é o erro da HEO como identificador (not_found).
warning-problem-none = (nenhum problema).
warning-problem-no-key = este servidor do Discord não tem nenhuma chave de API da HEO vinculada.
warning-problem-store-failed = o bot não conseguiu ler o banco de dados.
warning-problem-key-unreadable = a chave de API da HEO salva não pode mais ser lida; vincule-a de novo com `/link-key`.
warning-problem-shared-limit = a cota compartilhada de chamadas à HEO se esgotou por enquanto (por { $wait }).
warning-problem-busy = o bot já está aguardando a HEO em chamadas demais.
warning-problem-another-action = outra ação já estava a caminho da HEO.
warning-problem-insufficient-scope = a chave de API vinculada não tem o escopo `game-console:read_write`; vincule uma chave com esse escopo para avisar os jogadores.
warning-problem-unauthorized = a HEO rejeitou a chave de API vinculada; vincule uma nova com `/link-key`.
warning-problem-forbidden = a chave de API vinculada não tem acesso a este servidor.
warning-problem-rate-limited = a HEO está limitando as requisições do bot (por { $wait }).
warning-problem-game-server-unreachable = a HEO não conseguiu acessar o console do servidor de jogo.
warning-problem-timeout = a HEO não respondeu a tempo.
warning-problem-unreachable = o bot não conseguiu se conectar à HEO.
warning-problem-heo-error = a HEO respondeu ao comando de console com um erro ({ $code }).

# Recusas privadas de uma opção `warn`, `message` ou `console` inválida (os nomes das opções ficam
# em inglês). $reason diz o que está errado; $max é um número de caracteres.
warn-invalid = O valor de `warn` { $reason ->
        [unreadable] não é uma duração
        [too-short] é menor que 5 segundos
       *[too-long] é maior que uma hora
    }. Use algo como `10m`, `90s` ou `1h` (de 5 segundos a 1 hora). Nada foi enviado.
warn-invalid-message = O texto de `message` { $reason ->
        [too-long] tem mais de { $max } caracteres
        [hidden-character] contém uma quebra de linha ou um caractere invisível
       *[empty] está vazio
    }: ele precisa ser uma única linha que os jogadores consigam ler. Nada foi enviado.
# `{message}` (escrito {"{"}message{"}"} abaixo) fica igual em todos os idiomas.
console-template-invalid = O modelo de `console` { $reason ->
        [no-placeholder] não tem `{"{"}message{"}"}`, onde entra o aviso
        [too-long] tem mais de { $max } caracteres
       *[hidden-character] contém uma quebra de linha ou um caractere invisível
    }. Use uma única linha como `say {"{"}message{"}"}` ou `broadcast {"{"}message{"}"}`. Nada foi alterado.

# O que o canal de um agendamento mostra depois de uma execução agendada sem aviso, no idioma do servidor.
# $schedule é o número do agendamento (`#3`), $member a menção de quem o criou, $outcome a mensagem do
# resultado (power-requested, power-failed, ...). Em seguida vem scheduled-next-run ou scheduled-done.
scheduled-ran = 🕒 Agendamento { $schedule } de { $member }: { $outcome }
# Uma execução agendada perdida enquanto o bot estava fora do ar. $due é um timestamp do Discord (data e hora).
scheduled-missed = ⚠️ Agendamento { $schedule } de { $member }: o pedido de { $noun } para { $server } estava previsto para { $due }, mas o bot não estava rodando nesse horário, então nada foi enviado. Faça isso manualmente se ainda precisar.
# $next_at é um timestamp do Discord da próxima execução (data e hora), $next_in o mesmo como "em 3 dias".
scheduled-next-run = -# Próxima execução: { $next_at } ({ $next_in }).
scheduled-done = -# Era um agendamento único; ele foi concluído.

# Respostas do /schedule. $schedule é o número do agendamento (`#3`); $id o número puro, dentro de um
# comando; $action é action-noun-*; $when é schedule-when-*, talvez seguido de ", " e schedule-warned.
# Nomes de comandos e opções (`/schedule add`, `timezone:`) ficam em inglês.

# A confirmação pública do /schedule add; schedule-zone-never-set pode vir na linha seguinte.
schedule-added = 🗓️ Agendamento { $schedule } adicionado: **{ $action }** de { $server } { $when }. Primeira execução: { $next_at } ({ $next_in }).
schedule-zone-never-set = Os horários estão em UTC: este servidor não tem fuso horário definido. Um admin pode definir um com `/schedule timezone`.
# $time é um horário de 24 horas (04:00), $date uma data (2026-12-24), $zone um fuso horário (`Europe/Berlin`),
# $weekday o dia de uma execução semanal (monday … sunday).
schedule-when-once = uma vez, em { $date } às { $time } ({ $zone })
schedule-when-daily = todos os dias às { $time } ({ $zone })
schedule-when-weekly = { $weekday ->
        [monday] toda segunda-feira
        [tuesday] toda terça-feira
        [wednesday] toda quarta-feira
        [thursday] toda quinta-feira
        [friday] toda sexta-feira
        [saturday] todo sábado
       *[sunday] todo domingo
    } às { $time } ({ $zone })
# $period é a duração do aviso como foi digitada: 10m, 90s, 1m30s.
schedule-warned = jogadores avisados { $period } antes
# /schedule list. $count é um número.
schedule-list-empty = Ainda não há agendamentos. Adicione um com `/schedule add`.
schedule-list-header = **Agendamentos** ({ $count }):
schedule-list-more = …e mais { $count }.
# Um agendamento numa lista.
schedule-line-next = { $schedule } **{ $action }** de { $server } { $when } · próxima: { $next_at } ({ $next_in })
schedule-line-paused = { $schedule } **{ $action }** de { $server } { $when } · ⏸️ pausado
# $line é o agendamento como a lista o mostra (schedule-line-*).
schedule-removed = Agendamento removido: { $line }.
schedule-paused = Agendamento { $schedule } pausado: nada é executado até `/schedule resume id:{ $id }`.
    { $line }
schedule-resumed = Agendamento { $schedule } retomado; próxima execução: { $next_at } ({ $next_in }).
schedule-resume-passed = O agendamento { $schedule } era de execução única, e o horário dele passou enquanto estava pausado, então ele continua pausado. Remova-o com `/schedule remove id:{ $id }`.
schedule-not-found = Este servidor não tem o agendamento { $schedule }; o `/schedule list` mostra todos.
# $typed é o que o membro digitou, em formato de código.
schedule-invalid-id = { $typed } não é um número de agendamento; o `/schedule list` mostra os números, como `#3`.
# $zone é o nome de um fuso horário, em formato de código.
schedule-zone-set = Os agendamentos adicionados a partir de agora sem `timezone:` usam **{ $zone }**. Os agendamentos existentes mantêm o fuso horário deles.
# $cap é um número.
schedule-cap = Este servidor já tem { $cap } agendamentos, o máximo permitido. Primeiro remova um com `/schedule remove`.
schedule-invalid-at = O valor de `at:` { $reason ->
        [unreadable] não é um horário que o bot consiga ler
       *[no-such-moment] não é um horário ou uma data que exista
    }. Digite um horário de 24 horas como `04:00`, ou uma data e um horário como `2026-12-24 18:00` para uma execução única.
schedule-date-needs-once = Uma data em `at:` só vale para `every:once`; para um agendamento diário ou semanal, digite só o horário, como `04:00`.
schedule-weekday-needs-weekly = `weekday:` só vale para `every:weekly`.
schedule-in-past = Esse momento já passou; escolha um horário posterior.
# $typed é o que o membro digitou, em formato de código.
schedule-invalid-zone = { $typed } não é um fuso horário que o bot conheça. Escolha um da lista (um nome IANA como `Europe/Berlin` ou `America/New_York`).
schedule-warn-on-start = Uma **inicialização** agendada não tem aviso (ninguém está jogando num servidor parado): não use `warn:` nem `message:`.
schedule-message-needs-warn = `message:` aparece junto com o aviso, então também precisa de `warn:` (por exemplo, `warn:10m`).
# $max é um número de caracteres.
schedule-invalid-warn = O valor de `warn:` { $reason ->
        [unreadable] não é uma duração como `10m`, `90s` ou `1h`
        [too-short] é menor que 5 segundos
       *[too-long] é maior que 1 hora
    }.
schedule-invalid-message = O texto de `message:` { $reason ->
        [too-long] tem mais de { $max } caracteres
        [hidden-character] contém uma quebra de linha ou um caractere invisível
       *[empty] está vazio
    }; ele precisa ser uma única linha de texto.
## Cargos por ação e /power-role (src/replies/roles.rs)

# Em todas as mensagens desta seção, $action é o que um cargo pode receber, como identificador:
# start, stop, restart, kill ou logs. A seleção diz o que ele permite; mostrado como está, fica em `…`.
# $role é um cargo (menção, ou @everyone); $roles é uma lista de cargos separados por ", "
# (role-names-more quando é cortada).

# Um membro cujos cargos não permitem uma ação ou a leitura de logs; só ele vê. $who_may é um dos role-who-may-*.
role-not-permitted = 🔒 { $who_may } Nada foi enviado.
# Quem pode fazer $action: ninguém além de Gerenciar servidor, um cargo, ou qualquer um de vários cargos.
role-who-may-none = Só membros com **Gerenciar servidor** podem { $action ->
        [start] iniciar servidores de jogo
        [stop] parar servidores de jogo
        [restart] reiniciar servidores de jogo
        [kill] forçar a parada de servidores de jogo
       *[logs] ler os logs dos servidores de jogo
    } aqui: nenhum cargo foi autorizado para `{ $action }` (um admin pode autorizar um com `/power-role grant`).
role-who-may-one = Você precisa do cargo { $role } para { $action ->
        [start] iniciar servidores de jogo
        [stop] parar servidores de jogo
        [restart] reiniciar servidores de jogo
        [kill] forçar a parada de servidores de jogo
       *[logs] ler os logs dos servidores de jogo
    } aqui, ou de **Gerenciar servidor**.
role-who-may-any = Você precisa de um destes cargos para { $action ->
        [start] iniciar servidores de jogo
        [stop] parar servidores de jogo
        [restart] reiniciar servidores de jogo
        [kill] forçar a parada de servidores de jogo
       *[logs] ler os logs dos servidores de jogo
    } aqui: { $roles }, ou de **Gerenciar servidor**.
# Uma lista de cargos cortada: $roles são os dez primeiros, $more quantos faltam.
role-names-more = { $roles } e mais { $more }

# Depois do /power-role grant.
role-granted = ✅ { $role } agora pode { $action ->
        [start] **iniciar** servidores de jogo
        [stop] **parar** servidores de jogo
        [restart] **reiniciar** servidores de jogo
        [kill] **forçar a parada** de servidores de jogo
       *[logs] **ler** os logs dos servidores de jogo
    }, se o `/server` estiver liberado para esse cargo em Configurações do servidor → Integrações. Enquanto houver algum cargo autorizado, as ações sem cargo autorizado ficam restritas a membros com **Gerenciar servidor**.
role-already-granted = { $role } já pode { $action ->
        [start] iniciar servidores de jogo
        [stop] parar servidores de jogo
        [restart] reiniciar servidores de jogo
        [kill] forçar a parada de servidores de jogo
       *[logs] ler os logs dos servidores de jogo
    }, então nada mudou.
# Depois do /power-role revoke.
role-revoked = ✅ { $role } não pode mais { $action ->
        [start] **iniciar** servidores de jogo
        [stop] **parar** servidores de jogo
        [restart] **reiniciar** servidores de jogo
        [kill] **forçar a parada** de servidores de jogo
       *[logs] **ler** os logs dos servidores de jogo
    }.
role-not-granted = { $role } não estava autorizado para `{ $action }`, então não havia nada para revogar.

# /power-role list. $lines é uma role-grants-line ou role-grants-line-manage-server por ação, uma por linha.
role-grants-none = Nenhum cargo foi autorizado para ações de energia aqui, então só as permissões de comando do Discord decidem quem pode usar o `/server` (Configurações do servidor → Integrações). Autorize um com `/power-role grant`.
role-grants = **Cargos autorizados aqui**
    { $lines }
    Membros com **Gerenciar servidor** podem usar todas as ações e ler logs.
role-grants-line = - `{ $action }`: { $roles }
role-grants-line-manage-server = - `{ $action }`: só **Gerenciar servidor**

## Servidores nomeados: /server add, remove e list (src/replies/names.rs)

# $server é o rótulo de um servidor: o nome em negrito e o ID, ambos como código.

# Um nome recusado pelo /server add; $why é um dos names-invalid-*. $max é um número.
names-invalid = Esse nome { $why }, então nada foi salvo. Use um nome curto, como `mc-survival`.
names-invalid-empty = está vazio
names-invalid-too-long = tem mais de { $max } caracteres
names-invalid-hidden-character = { server-id-hidden-character }

# Depois do /server add. $from é o rótulo do servidor com o nome antigo; $other o rótulo do
# servidor que está no caminho.
names-added = 🏷️ { $server } adicionado. Agora os membros podem digitar o nome dele, ou escolhê-lo na lista, em qualquer comando `/server`.
names-renamed = 🏷️ { $from } renomeado para { $server }.
names-taken = Já existe outro servidor com esse nome ({ $other }; maiúsculas e minúsculas não contam), então nada foi alterado. Escolha outro nome, ou primeiro remova aquele com `/server remove`.
names-name-is-another-id = Esse nome é o ID de outro servidor daqui ({ $other }), então ficaria ambíguo, e nada foi alterado. Escolha outro nome.
names-id-is-another-name = Esse ID é o nome de outro servidor daqui ({ $other }), então ficaria ambíguo, e nada foi alterado. Primeiro renomeie aquele servidor.

# Depois do /server remove. $typed é o que o membro digitou, como código.
names-removed = 🏷️ { $server } removido. O ID dele continua funcionando nos comandos `/server`.
names-not-found = Nenhum servidor daqui se chama { $typed } ou tem esse ID, então nada foi removido. O `/server list` mostra todos.

# /server list: um cabeçalho, uma linha "• servidor" por servidor e, quando nem todos cabem numa
# mensagem do Discord, names-list-more na última linha. $count é um número.
names-list-empty = Ainda não há servidores nomeados aqui. Um admin com Gerenciar servidor pode adicionar um com `/server add id:<server id> name:<short name>`.
names-list-header = 🏷️ **{ $count ->
        [one] { $count } servidor nomeado
       *[other] { $count } servidores nomeados
    }**
# Quantos servidores não couberam.
names-list-more = …e mais { $count }.

## Vincular a chave de API da HEO: /link-key e /unlink-key (src/replies/keys.rs)

# O formulário privado que o /link-key abre. O Discord recusa título ou rótulo com mais de 45
# caracteres e placeholder com mais de 100.
key-form = Vincule sua chave de API da HEO
    .label = Chave de API da HEO
    .placeholder = Cole a chave do painel da HEO

# Depois que o formulário é enviado. $hint são os quatro últimos caracteres da chave, como código;
# chaves curtas demais usam key-linked-no-hint. $replaced é key-replaced quando já havia uma chave, senão nada.
key-linked = 🔑 A chave terminada em { $hint } agora está vinculada a este servidor do Discord e será usada nos comandos `/server`.{ $replaced } Ela fica guardada pelo bot e nunca mais é exibida.
key-linked-no-hint = 🔑 A chave agora está vinculada a este servidor do Discord e será usada nos comandos `/server`.{ $replaced } Ela fica guardada pelo bot e nunca mais é exibida.
# Começa com um espaço.
key-replaced = { " " }Ela substitui a chave que estava vinculada antes.
key-form-needs-manage-server = Você não tem mais a permissão **Gerenciar servidor**, então a chave não foi vinculada e nada foi alterado.
key-malformed = Isso não parece uma chave de API da HEO (estava vazia ou tinha espaços), então nada foi alterado. Copie a chave do painel da HEO e use `/link-key` de novo.

# Depois do /unlink-key.
key-unlinked = 🔑 A chave de API da HEO foi removida deste servidor do Discord. Os comandos `/server` não vão fazer nada até que um admin use `/link-key` de novo.
key-not-linked = Nenhuma chave de API da HEO estava vinculada a este servidor do Discord, então não havia nada para remover.

## O log de um servidor de jogo: /server logs (src/replies/logs.rs)

# $server é o rótulo do servidor; $count um número de linhas. O log vem depois desta mensagem, num bloco de código.
logs-shown = 📜 { $count ->
        [one] A última linha
       *[other] As últimas { $count } linhas
    } do log mais recente de { $server }:
# As linhas não couberam numa mensagem, então vão como arquivo.
logs-attached = 📜 { $count ->
        [one] A última linha do log mais recente de { $server } está em anexo.
       *[other] As últimas { $count } linhas do log mais recente de { $server } estão em anexo.
    }
logs-empty = 📜 O log mais recente de { $server } está vazio.
# $detail diz por quê (not-sent-*, heo-*).
logs-failed = ⚠️ **Não foi possível ler o log** de { $server }: { $detail }
