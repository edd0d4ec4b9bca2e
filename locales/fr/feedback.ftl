# Vox feedback form: French.

## Launcher button and dialog
feedback-launcher = Avis
feedback-title = Donnez-nous votre avis
feedback-intro = Dites-nous ce qui fonctionne et ce qui ne va pas. Nous lisons chaque message.
feedback-close = Fermer

## Topic
feedback-category-legend = De quoi s’agit-il ?
feedback-category-bug = Quelque chose ne fonctionne pas
feedback-category-idea = Idée ou suggestion
feedback-category-question = Question
feedback-category-order = Commande ou livraison
feedback-category-other = Autre sujet

## Optional 1-5 rating
feedback-optional = (facultatif)
feedback-rating-legend = Comment évaluez-vous votre expérience ?
feedback-rating-value =
    { $rating ->
        [one] { $rating } étoile
       *[other] { $rating } étoiles
    }
feedback-rating-low = Très mauvaise
feedback-rating-high = Excellente

## Message
feedback-message-label = Votre message
feedback-message-placeholder = Que s’est-il passé, ou que pourrions-nous améliorer ?
feedback-characters-left =
    { $count ->
        [one] { $count } caractère restant
       *[other] { $count } caractères restants
    }

## Email (only when the shop collects it)
feedback-email-label = E-mail
feedback-email-hint = À renseigner uniquement si vous souhaitez une réponse. Nous ne l’utiliserons à aucune autre fin.

## Sending and its outcomes
feedback-submit = Envoyer mon avis
feedback-sending = Envoi en cours…
feedback-sent-title = Merci !
feedback-sent-body = Nous avons bien reçu votre avis.
feedback-queued = Vous semblez hors ligne. Votre avis est enregistré sur cet appareil et sera envoyé dès votre retour en ligne.
feedback-failed = Désolé, votre avis n’a pas pu être envoyé. Veuillez réessayer plus tard.
feedback-send-another = Donner un autre avis

## Validation
feedback-error-category = Veuillez choisir un sujet.
feedback-error-message = Veuillez écrire un message.
feedback-error-email = Veuillez saisir une adresse e-mail valide, comme name@example.com.
feedback-error-summary =
    { $count ->
        [one] Veuillez corriger { $count } problème avant l’envoi.
       *[other] Veuillez corriger { $count } problèmes avant l’envoi.
    }

## Spam trap, hidden from people
feedback-honeypot = Laissez ce champ vide
