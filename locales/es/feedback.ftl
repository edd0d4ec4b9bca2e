# Vox feedback form: Spanish.

## Launcher button and dialog
feedback-launcher = Opinión
feedback-title = Envíanos tu opinión
feedback-intro = Cuéntanos qué funciona y qué no. Leemos todos los mensajes.
feedback-close = Cerrar

## Topic
feedback-category-legend = ¿De qué se trata?
feedback-category-bug = Algo no funciona
feedback-category-idea = Idea o sugerencia
feedback-category-question = Pregunta
feedback-category-order = Pedido o envío
feedback-category-other = Otro tema

## Optional 1-5 rating
feedback-optional = (opcional)
feedback-rating-legend = ¿Cómo valorarías tu experiencia?
feedback-rating-value =
    { $rating ->
        [one] { $rating } estrella
       *[other] { $rating } estrellas
    }
feedback-rating-low = Muy mala
feedback-rating-high = Excelente

## Message
feedback-message-label = Tu mensaje
feedback-message-placeholder = ¿Qué ha pasado o qué podríamos mejorar?
feedback-characters-left =
    { $count ->
        [one] Queda { $count } carácter
       *[other] Quedan { $count } caracteres
    }

## Email (only when the shop collects it)
feedback-email-label = Correo electrónico
feedback-email-hint = Solo si quieres que te respondamos. No lo usaremos para nada más.

## Sending and its outcomes
feedback-submit = Enviar opinión
feedback-sending = Enviando…
feedback-sent-title = ¡Gracias!
feedback-sent-body = Hemos recibido tu opinión.
feedback-queued = Parece que no tienes conexión. Tu opinión se ha guardado en este dispositivo y se enviará cuando vuelvas a estar en línea.
feedback-failed = Lo sentimos, no hemos podido enviar tu opinión. Inténtalo de nuevo más tarde.
feedback-send-another = Enviar otra opinión

## Validation
feedback-error-category = Elige un tema.
feedback-error-message = Escribe un mensaje.
feedback-error-email = Introduce un correo electrónico válido, como name@example.com.
feedback-error-summary =
    { $count ->
        [one] Corrige { $count } problema antes de enviar.
       *[other] Corrige { $count } problemas antes de enviar.
    }

## Spam trap, hidden from people
feedback-honeypot = Deja este campo vacío
