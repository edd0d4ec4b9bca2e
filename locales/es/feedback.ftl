# Vox feedback form: Spanish.

## Launcher button and dialog
feedback-launcher = Opinión
feedback-title = Envíenos su opinión
feedback-intro = Cuéntenos qué funciona y qué no. Leemos todos los mensajes.
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
feedback-rating-legend = ¿Cómo valoraría su experiencia?
feedback-rating-value =
    { $rating ->
        [one] { $rating } estrella
       *[other] { $rating } estrellas
    }
feedback-rating-low = Muy mala
feedback-rating-high = Excelente

## Message
feedback-message-label = Su mensaje
feedback-message-placeholder = ¿Qué ha pasado o qué podríamos mejorar?
feedback-characters-left =
    { $count ->
        [one] Queda { $count } carácter
       *[other] Quedan { $count } caracteres
    }

## Email (only when the shop collects it)
feedback-email-label = Correo electrónico
feedback-email-hint = Solo si desea recibir una respuesta. No lo usaremos para nada más.

## Sending and its outcomes
feedback-submit = Enviar opinión
feedback-sending = Enviando…
feedback-sent-title = ¡Gracias!
feedback-sent-body = Hemos recibido su opinión.
feedback-queued = Parece que no tiene conexión. Su opinión se ha guardado en este dispositivo y se enviará cuando vuelva a estar en línea.
feedback-failed = Lo sentimos, no hemos podido enviar su opinión. Inténtelo de nuevo más tarde.
feedback-send-another = Enviar otra opinión

## Validation
feedback-error-category = Elija un tema.
feedback-error-message = Escriba un mensaje.
feedback-error-email = Introduzca un correo electrónico válido, como name@example.com.
feedback-error-summary =
    { $count ->
        [one] Corrija { $count } problema antes de enviar.
       *[other] Corrija { $count } problemas antes de enviar.
    }

## Spam trap, hidden from people
feedback-honeypot = Deje este campo vacío
