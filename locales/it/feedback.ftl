# Vox feedback form: Italian.

## Launcher button and dialog
feedback-launcher = Feedback
feedback-title = Inviaci un feedback
feedback-intro = Dicci cosa funziona e cosa no. Leggiamo ogni messaggio.
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
feedback-rating-legend = Come valuti la tua esperienza?
feedback-rating-value =
    { $rating ->
        [one] { $rating } stella
       *[other] { $rating } stelle
    }
feedback-rating-low = Pessima
feedback-rating-high = Eccellente

## Message
feedback-message-label = Il tuo messaggio
feedback-message-placeholder = Cos’è successo, o cosa potremmo migliorare?
feedback-characters-left =
    { $count ->
        [one] { $count } carattere rimasto
       *[other] { $count } caratteri rimasti
    }

## Email (only when the shop collects it)
feedback-email-label = Email
feedback-email-hint = Solo se desideri una risposta. Non la useremo per nient’altro.

## Sending and its outcomes
feedback-submit = Invia feedback
feedback-sending = Invio in corso…
feedback-sent-title = Grazie!
feedback-sent-body = Abbiamo ricevuto il tuo feedback.
feedback-queued = Sembra che tu sia offline. Il tuo feedback è salvato su questo dispositivo e verrà inviato appena tornerai online.
feedback-failed = Spiacenti, non è stato possibile inviare il tuo feedback. Riprova più tardi.
feedback-send-another = Invia un altro feedback

## Validation
feedback-error-category = Scegli un argomento.
feedback-error-message = Scrivi un messaggio.
feedback-error-email = Inserisci un indirizzo email valido, ad esempio name@example.com.
feedback-error-summary =
    { $count ->
        [one] Correggi { $count } problema prima dell’invio.
       *[other] Correggi { $count } problemi prima dell’invio.
    }

## Spam trap, hidden from people
feedback-honeypot = Lascia vuoto questo campo
