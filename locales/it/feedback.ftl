# Vox feedback form: Italian.

## Launcher button and dialog
feedback-launcher = Feedback
feedback-title = Ci lasci un feedback
feedback-intro = Ci dica cosa funziona e cosa no. Leggiamo ogni messaggio.
feedback-close = Chiudi

## Topic
feedback-category-legend = Di cosa si tratta?
feedback-category-bug = Qualcosa non funziona
feedback-category-idea = Idea o suggerimento
feedback-category-question = Domanda
feedback-category-order = Ordine o spedizione
feedback-category-other = Altro

## Optional 1-5 rating
feedback-optional = (facoltativo)
feedback-rating-legend = Come valuta la sua esperienza?
feedback-rating-value =
    { $rating ->
        [one] { $rating } stella
       *[other] { $rating } stelle
    }
feedback-rating-low = Pessima
feedback-rating-high = Eccellente

## Message
feedback-message-label = Il suo messaggio
feedback-message-placeholder = Cos’è successo, o cosa potremmo migliorare?
feedback-characters-left =
    { $count ->
        [one] { $count } carattere rimasto
       *[other] { $count } caratteri rimasti
    }

## Email (only when the shop collects it)
feedback-email-label = Email
feedback-email-hint = Solo se desidera una risposta. Non la useremo per nessun altro scopo.

## Sending and its outcomes
feedback-submit = Invia feedback
feedback-sending = Invio in corso…
feedback-sent-title = Grazie!
feedback-sent-body = Abbiamo ricevuto il suo feedback.
feedback-queued = Sembra che la connessione non sia disponibile. Il feedback è stato salvato su questo dispositivo e verrà inviato non appena tornerà online.
feedback-failed = Spiacenti, non è stato possibile inviare il feedback. Riprovi più tardi.
feedback-send-another = Invia un altro feedback

## Validation
feedback-error-category = Scelga un argomento.
feedback-error-message = Scriva un messaggio.
feedback-error-email = Inserisca un indirizzo email valido, ad esempio name@example.com.
feedback-error-summary =
    { $count ->
        [one] Corregga { $count } problema prima dell’invio.
       *[other] Corregga { $count } problemi prima dell’invio.
    }

## Spam trap, hidden from people
feedback-honeypot = Lasciare vuoto questo campo
