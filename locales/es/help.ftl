# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Buscar en el centro de ayuda
help-placeholder = Buscar artículos de ayuda
help-close = Cerrar
help-results = Resultados
help-recent = Búsquedas recientes
help-loading = Buscando…
help-unavailable = La búsqueda no está disponible en este momento.
help-count = { $count ->
    [0] No se encontraron artículos
    [one] 1 artículo encontrado
   *[other] { $count } artículos encontrados
}
help-empty = Ningún artículo coincide con «{ $query }».
help-contact-prompt = ¿No encuentra lo que busca? Estaremos encantados de ayudarle.
help-contact = Contáctenos
help-back = Volver a los resultados
help-open-page = Abrir el artículo completo
help-helpful = ¿Le resultó útil este artículo?
help-yes = Sí
help-no = No
help-thanks = ¡Gracias por su opinión!
help-keys-move = para moverse
help-keys-open = para abrir
help-keys-close = para cerrar
