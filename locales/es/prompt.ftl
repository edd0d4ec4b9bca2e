# Vox rating prompts: Spanish.

## The prompt's frame
prompt-label = Una pregunta rápida de { $brand }
prompt-close = Cerrar
prompt-optional = (opcional)

## Net Promoter Score: 0-10
prompt-nps-question = ¿Qué probabilidad hay de que recomiende { $brand } a un amigo o colega?
prompt-nps-low = Nada probable
prompt-nps-high = Extremadamente probable

## Customer satisfaction: 1-5
prompt-csat-question = ¿Cuál es su grado de satisfacción con { $brand }?
prompt-csat-1 = Muy insatisfecho
prompt-csat-2 = Insatisfecho
prompt-csat-3 = Ni satisfecho ni insatisfecho
prompt-csat-4 = Satisfecho
prompt-csat-5 = Muy satisfecho

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = Con { $brand } me resultó fácil conseguir lo que necesitaba.
prompt-ces-1 = Totalmente en desacuerdo
prompt-ces-2 = En desacuerdo
prompt-ces-3 = Algo en desacuerdo
prompt-ces-4 = Ni de acuerdo ni en desacuerdo
prompt-ces-5 = Algo de acuerdo
prompt-ces-6 = De acuerdo
prompt-ces-7 = Totalmente de acuerdo

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Lamentamos saberlo. ¿Cuál es el motivo principal de su puntuación?
prompt-follow-up-passive = ¡Gracias! ¿Qué podríamos mejorar para que nos recomendara?
prompt-follow-up-promoter = ¡Nos alegra saberlo! ¿Qué es lo que más le gusta?
prompt-follow-up-low = Lo sentimos. ¿Qué podríamos haber hecho mejor?
prompt-follow-up-high = ¡Gracias! ¿Qué es lo que más le gustó?
prompt-follow-up-placeholder = Su respuesta
prompt-characters-left =
    { $count ->
        [one] Queda { $count } carácter
       *[other] Quedan { $count } caracteres
    }
prompt-send = Enviar
prompt-skip = Omitir

## After answering
prompt-thanks-title = ¡Gracias!
prompt-thanks-body = Su respuesta nos ayuda a mejorar.
