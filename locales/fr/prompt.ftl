# Vox rating prompts: French.

## The prompt's frame
prompt-label = Une petite question de la part de { $brand }
prompt-close = Fermer
prompt-optional = (facultatif)

## Net Promoter Score: 0-10
prompt-nps-question = Quelle est la probabilité que vous recommandiez { $brand } à un ami ou à un collègue ?
prompt-nps-low = Pas du tout probable
prompt-nps-high = Extrêmement probable

## Customer satisfaction: 1-5
prompt-csat-question = Quel est votre niveau de satisfaction à l’égard de { $brand } ?
prompt-csat-1 = Très insatisfait
prompt-csat-2 = Insatisfait
prompt-csat-3 = Ni satisfait ni insatisfait
prompt-csat-4 = Satisfait
prompt-csat-5 = Très satisfait

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } m’a permis d’obtenir facilement ce dont j’avais besoin.
prompt-ces-1 = Pas du tout d’accord
prompt-ces-2 = Pas d’accord
prompt-ces-3 = Plutôt pas d’accord
prompt-ces-4 = Ni d’accord ni pas d’accord
prompt-ces-5 = Plutôt d’accord
prompt-ces-6 = D’accord
prompt-ces-7 = Tout à fait d’accord

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Nous sommes désolés de l’apprendre. Quelle est la principale raison de votre note ?
prompt-follow-up-passive = Merci ! Qu’est-ce qui vous inciterait davantage à nous recommander ?
prompt-follow-up-promoter = Ravis de l’apprendre ! Qu’appréciez-vous le plus ?
prompt-follow-up-low = Nous en sommes désolés. Qu’aurions-nous pu mieux faire ?
prompt-follow-up-high = Merci ! Qu’avez-vous le plus apprécié ?
prompt-follow-up-placeholder = Votre réponse
prompt-characters-left =
    { $count ->
        [one] { $count } caractère restant
       *[other] { $count } caractères restants
    }
prompt-send = Envoyer
prompt-skip = Passer

## After answering
prompt-thanks-title = Merci !
prompt-thanks-body = Votre réponse nous aide à nous améliorer.
