# Vox feedback form: Hebrew.

## Launcher button and dialog
feedback-launcher = משוב
feedback-title = שליחת משוב
feedback-intro = ספרו לנו מה עובד טוב ומה לא. אנחנו קוראים כל הודעה.
feedback-close = סגירה

## Topic
feedback-category-legend = במה מדובר?
feedback-category-bug = משהו לא עובד
feedback-category-idea = רעיון או הצעה
feedback-category-question = שאלה
feedback-category-order = הזמנה או משלוח
feedback-category-other = נושא אחר

## Optional 1-5 rating
feedback-optional = (לא חובה)
feedback-rating-legend = איך הייתה החוויה שלכם?
feedback-rating-value =
    { $rating ->
        [one] כוכב אחד
        [two] שני כוכבים
       *[other] { $rating } כוכבים
    }
feedback-rating-low = גרועה מאוד
feedback-rating-high = מצוינת

## Message
feedback-message-label = ההודעה שלכם
feedback-message-placeholder = מה קרה, או מה אפשר לשפר?
feedback-characters-left =
    { $count ->
        [one] נותר תו אחד
        [two] נותרו שני תווים
       *[other] נותרו { $count } תווים
    }

## Email (only when the shop collects it)
feedback-email-label = דוא״ל
feedback-email-hint = רק אם תרצו לקבל תשובה. לא נשתמש בו לשום מטרה אחרת.

## Sending and its outcomes
feedback-submit = שליחת משוב
feedback-sending = שולחים…
feedback-sent-title = תודה!
feedback-sent-body = המשוב שלכם התקבל.
feedback-queued = נראה שאין חיבור לאינטרנט. המשוב נשמר במכשיר הזה ויישלח כשהחיבור יחזור.
feedback-failed = מצטערים, לא הצלחנו לשלוח את המשוב. נסו שוב מאוחר יותר.
feedback-send-another = שליחת משוב נוסף

## Validation
feedback-error-category = יש לבחור נושא.
feedback-error-message = יש לכתוב הודעה.
feedback-error-email = יש להזין כתובת דוא״ל תקינה, למשל name@example.com.
feedback-error-summary =
    { $count ->
        [one] יש לתקן בעיה אחת לפני השליחה.
        [two] יש לתקן שתי בעיות לפני השליחה.
       *[other] יש לתקן { $count } בעיות לפני השליחה.
    }

## Spam trap, hidden from people
feedback-honeypot = נא להשאיר שדה זה ריק
