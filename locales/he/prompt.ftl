# Vox rating prompts: Hebrew.

## The prompt's frame
prompt-label = שאלה קצרה מטעם { $brand }
prompt-close = סגירה
prompt-optional = (לא חובה)

## Net Promoter Score: 0-10
prompt-nps-question = מה הסיכוי שתמליצו על { $brand } לחבר או לעמית?
prompt-nps-low = בכלל לא סביר
prompt-nps-high = סביר מאוד

## Customer satisfaction: 1-5
prompt-csat-question = עד כמה אתם מרוצים מ-{ $brand }?
prompt-csat-1 = מאוד לא מרוצה
prompt-csat-2 = לא מרוצה
prompt-csat-3 = ניטרלי
prompt-csat-4 = מרוצה
prompt-csat-5 = מרוצה מאוד

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = עם { $brand } היה לי קל להשיג את מה שנזקקתי לו.
prompt-ces-1 = אי-הסכמה מוחלטת
prompt-ces-2 = אי-הסכמה
prompt-ces-3 = אי-הסכמה חלקית
prompt-ces-4 = ניטרלי
prompt-ces-5 = הסכמה חלקית
prompt-ces-6 = הסכמה
prompt-ces-7 = הסכמה מלאה

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = צר לנו לשמוע. מה הסיבה העיקרית לציון שנתתם?
prompt-follow-up-passive = תודה! מה היה מגביר את הסיכוי שתמליצו עלינו?
prompt-follow-up-promoter = שמחים לשמוע! מה אתם הכי אוהבים אצלנו?
prompt-follow-up-low = מצטערים. מה יכולנו לעשות טוב יותר?
prompt-follow-up-high = תודה! מה הכי אהבתם?
prompt-follow-up-placeholder = התשובה שלכם
prompt-characters-left =
    { $count ->
        [one] נותר תו אחד
        [two] נותרו שני תווים
       *[other] נותרו { $count } תווים
    }
prompt-send = שליחה
prompt-skip = דילוג

## After answering
prompt-thanks-title = תודה!
prompt-thanks-body = התשובה שלכם עוזרת לנו להשתפר.
