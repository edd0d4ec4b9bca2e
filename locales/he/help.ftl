# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = חיפוש במרכז העזרה
help-placeholder = חיפוש במאמרי עזרה
help-close = סגירה
help-results = תוצאות
help-recent = חיפושים אחרונים
help-loading = מחפש…
help-unavailable = החיפוש אינו זמין כרגע.
help-count = { $count ->
    [0] לא נמצאו מאמרים
    [one] נמצא מאמר אחד
    [two] נמצאו שני מאמרים
   *[other] נמצאו { $count } מאמרים
}
help-empty = אין מאמרים שתואמים ל„{ $query }”.
help-contact-prompt = לא מצאתם את מה שחיפשתם? נשמח לעזור.
help-contact = צרו קשר
help-back = חזרה לתוצאות
help-open-page = פתיחת המאמר המלא
help-helpful = האם המאמר הזה עזר לך?
help-yes = כן
help-no = לא
help-thanks = תודה על המשוב!
help-keys-move = למעבר
help-keys-open = לפתיחה
help-keys-close = לסגירה
