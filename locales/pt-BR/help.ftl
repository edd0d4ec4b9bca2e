# Vox help-center search: Brazilian Portuguese. Same message ids as locales/en/help.ftl.

## The search box
help-label = Pesquisar na central de ajuda
help-placeholder = Pesquisar artigos de ajuda
help-close = Fechar
help-results = Resultados
help-recent = Pesquisas recentes
help-loading = Pesquisando…
help-unavailable = A pesquisa está indisponível no momento.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Nenhum artigo encontrado
    [one] 1 artigo encontrado
   *[other] { $count } artigos encontrados
}

## Nothing found
help-empty = Nenhum artigo corresponde a “{ $query }”.
help-suggest = Você quis dizer:
help-contact-prompt = Não encontrou o que procurava? Teremos prazer em ajudar.
help-contact = Fale conosco

## An article opened inline
help-back = Voltar aos resultados
help-open-page = Abrir o artigo completo
help-helpful = Este artigo foi útil?
help-yes = Sim
help-no = Não
help-thanks = Obrigado pela sua opinião!

## Keyboard hints in the dialog's footer
help-keys-move = para navegar
help-keys-open = para abrir
help-keys-close = para fechar
