# Vox feedback form: Portuguese (Brazil).

## Launcher button and dialog
feedback-launcher = Opinião
feedback-title = Envie sua opinião
feedback-intro = Conte-nos o que funciona e o que não funciona. Lemos todas as mensagens.
feedback-close = Fechar

## Topic
feedback-category-legend = Sobre o que é?
feedback-category-bug = Algo não está funcionando
feedback-category-idea = Ideia ou sugestão
feedback-category-question = Dúvida
feedback-category-order = Pedido ou entrega
feedback-category-other = Outro assunto

## Optional 1-5 rating
feedback-optional = (opcional)
feedback-rating-legend = Como você avalia sua experiência?
feedback-rating-value =
    { $rating ->
        [one] { $rating } estrela
       *[other] { $rating } estrelas
    }
feedback-rating-low = Muito ruim
feedback-rating-high = Excelente

## Message
feedback-message-label = Sua mensagem
feedback-message-placeholder = O que aconteceu, ou o que podemos melhorar?
feedback-characters-left =
    { $count ->
        [0] Restam { $count } caracteres
        [one] Resta { $count } caractere
       *[other] Restam { $count } caracteres
    }

## Email (only when the shop collects it)
feedback-email-label = E-mail
feedback-email-hint = Preencha apenas se quiser receber uma resposta. Não usaremos seu e-mail para mais nada.

## Sending and its outcomes
feedback-submit = Enviar opinião
feedback-sending = Enviando…
feedback-sent-title = Obrigado!
feedback-sent-body = Recebemos sua opinião.
feedback-queued = Parece que você está sem conexão. Sua opinião foi salva neste dispositivo e será enviada quando você voltar a ficar on-line.
feedback-failed = Desculpe, não foi possível enviar sua opinião. Tente novamente mais tarde.
feedback-send-another = Enviar outra opinião

## Validation
feedback-error-category = Escolha um assunto.
feedback-error-message = Escreva uma mensagem.
feedback-error-email = Digite um e-mail válido, como name@example.com.
feedback-error-summary =
    { $count ->
        [one] Corrija { $count } problema antes de enviar.
       *[other] Corrija { $count } problemas antes de enviar.
    }

## Spam trap, hidden from people
feedback-honeypot = Deixe este campo em branco
