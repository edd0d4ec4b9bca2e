# Vox help-center search: Hebrew. Same message ids as locales/en/help.ftl.

## The search box
help-label = חיפוש במרכז העזרה
help-placeholder = חיפוש במאמרי עזרה
help-close = סגירה
help-results = תוצאות
help-recent = חיפושים אחרונים
help-loading = מחפשים…
help-unavailable = החיפוש אינו זמין כרגע.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] לא נמצאו מאמרים
    [one] נמצא מאמר אחד
    [two] נמצאו שני מאמרים
   *[other] נמצאו { $count } מאמרים
}

## Nothing found
help-empty = לא נמצאו מאמרים עבור „{ $query }”.
help-suggest = האם התכוונת ל:
help-contact-prompt = לא מצאתם את מה שחיפשתם? נשמח לעזור.
help-contact = צרו קשר

## An article opened inline
help-back = חזרה לתוצאות
help-open-page = פתיחת המאמר המלא
help-helpful = האם המאמר הזה עזר לכם?
help-yes = כן
help-no = לא
help-thanks = תודה על המשוב!

## Keyboard hints in the dialog's footer
help-keys-move = למעבר
help-keys-open = לפתיחה
help-keys-close = לסגירה
