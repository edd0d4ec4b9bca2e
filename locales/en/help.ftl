# Vox help-center search: English source. Every locale has exactly these message ids and uses no
# variable this file does not (checked by widgets/core/tests/locales.rs).

## The search box
help-label = Search the help center
help-placeholder = Search help articles
help-close = Close
help-results = Results
help-recent = Recent searches
help-loading = Searching…
help-unavailable = Search is unavailable right now.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] No articles found
    [one] 1 article found
   *[other] { $count } articles found
}

## Nothing found
help-empty = No articles match “{ $query }”.
help-suggest = Did you mean:
help-contact-prompt = Can’t find what you need? We are happy to help.
help-contact = Contact us

## An article opened inline
help-back = Back to results
help-open-page = Open the full article
help-helpful = Was this article helpful?
help-yes = Yes
help-no = No
help-thanks = Thanks for your feedback!

## Keyboard hints in the dialog's footer
help-keys-move = to move
help-keys-open = to open
help-keys-close = to close
