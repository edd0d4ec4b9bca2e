# Vox rating prompts: Portuguese (Brazil).

## The prompt's frame
prompt-label = Uma pergunta rápida de { $brand }
prompt-close = Fechar
prompt-optional = (opcional)

## Net Promoter Score: 0-10
prompt-nps-question = Qual é a probabilidade de você recomendar { $brand } a um amigo ou colega?
prompt-nps-low = Nada provável
prompt-nps-high = Extremamente provável

## Customer satisfaction: 1-5
prompt-csat-question = Qual é o seu nível de satisfação com { $brand }?
prompt-csat-1 = Muito insatisfeito
prompt-csat-2 = Insatisfeito
prompt-csat-3 = Nem satisfeito nem insatisfeito
prompt-csat-4 = Satisfeito
prompt-csat-5 = Muito satisfeito

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } tornou fácil conseguir o que eu precisava.
prompt-ces-1 = Discordo totalmente
prompt-ces-2 = Discordo
prompt-ces-3 = Discordo parcialmente
prompt-ces-4 = Não concordo nem discordo
prompt-ces-5 = Concordo parcialmente
prompt-ces-6 = Concordo
prompt-ces-7 = Concordo totalmente

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Lamentamos saber disso. Qual é o principal motivo da sua nota?
prompt-follow-up-passive = Obrigado! O que podemos melhorar para que você nos recomende?
prompt-follow-up-promoter = Que ótimo! Do que você mais gosta?
prompt-follow-up-low = Sentimos muito. O que poderíamos ter feito melhor?
prompt-follow-up-high = Obrigado! Do que você mais gostou?
prompt-follow-up-placeholder = Sua resposta
prompt-characters-left =
    { $count ->
        [0] Restam { $count } caracteres
        [one] Resta { $count } caractere
       *[other] Restam { $count } caracteres
    }
prompt-send = Enviar
prompt-skip = Pular

## After answering
prompt-thanks-title = Obrigado!
prompt-thanks-body = Sua resposta nos ajuda a melhorar.
