# Vox help-center search: Spanish. Same message ids as locales/en/help.ftl.

## The search box
help-label = Buscar en el centro de ayuda
help-placeholder = Buscar artículos de ayuda
help-close = Cerrar
help-results = Resultados
help-recent = Búsquedas recientes
help-loading = Buscando…
help-unavailable = La búsqueda no está disponible en este momento.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] No se encontraron artículos
    [one] 1 artículo encontrado
   *[other] { $count } artículos encontrados
}

## Nothing found
help-empty = Ningún artículo coincide con «{ $query }».
help-suggest = Quizás quisiste decir:
help-contact-prompt = ¿No encuentra lo que busca? Estaremos encantados de ayudarle.
help-contact = Contáctenos

## An article opened inline
help-back = Volver a los resultados
help-open-page = Abrir el artículo completo
help-helpful = ¿Le ha resultado útil este artículo?
help-yes = Sí
help-no = No
help-thanks = ¡Gracias por su opinión!

## Keyboard hints in the dialog's footer
help-keys-move = para navegar
help-keys-open = para abrir
help-keys-close = para cerrar
