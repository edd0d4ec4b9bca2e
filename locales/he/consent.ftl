# Vox consent banner: Hebrew.

## First layer
consent-title = אפשרויות הפרטיות שלכם
consent-body = אנחנו משתמשים בקובצי Cookie ובטכנולוגיות דומות כדי להפעיל את החנות. בהסכמתכם, נשתמש בהם גם כדי לזכור את ההעדפות שלכם, למדוד ביקורים ולהציג לכם פרסומות רלוונטיות. אפשר לשנות את הבחירה בכל עת.
consent-body-opt-out = אנחנו משתמשים בקובצי Cookie ובטכנולוגיות דומות כדי להפעיל את החנות, לזכור את ההעדפות שלכם, למדוד ביקורים ולהציג לכם פרסומות רלוונטיות. בכל עת אפשר לבקש שלא נמכור ולא נשתף את המידע האישי שלכם.
consent-body-notice = אנחנו משתמשים בקובצי Cookie ובטכנולוגיות דומות כדי להפעיל את החנות ולמדוד ביקורים.
consent-accept-all = אישור הכול
consent-reject-all = דחיית הכול
consent-opt-out = לא למכור ולא לשתף את המידע האישי שלי
consent-customize = התאמה אישית
consent-ok = הבנתי
consent-policy = מדיניות פרטיות

## Preferences
consent-preferences-title = העדפות פרטיות
consent-preferences-intro = בחרו מה לאפשר. קובצי Cookie הכרחיים פעילים תמיד: החנות לא יכולה לפעול בלעדיהם.
consent-save = שמירת הבחירות שלי
consent-close = סגירה
consent-always-on = פעילים תמיד
consent-gpc = הדפדפן שלכם שלח אות Global Privacy Control, ולכן מכירה ושיתוף של הנתונים שלכם (שיווק) כבויים. עדיין אפשר לשנות זאת כאן.

## Categories
consent-category-necessary = הכרחיים
consent-category-necessary-description = שומרים על פעילות החנות: עגלת הקניות, האבטחה ובחירת הפרטיות הזו.
consent-category-functional = פונקציונליים
consent-category-functional-description = זוכרים את ההעדפות שלכם ומאפשרים לנו לענות לכם, למשל לכתובת הדוא״ל שמסרתם בהודעת משוב.
consent-category-analytics = ניתוח נתונים
consent-category-analytics-description = סופרים ביקורים ומראים איך משתמשים בחנות, כדי שנוכל לשפר אותה.
consent-category-marketing = שיווק
consent-category-marketing-description = מציגים לכם פרסומות רלוונטיות ומודדים את האפקטיביות שלהן, באתר הזה ובאתרים אחרים.

## Services listed under a category
consent-services =
    { $count ->
        [one] שירות אחד
        [two] שני שירותים
       *[other] { $count } שירותים
    }
consent-service-provider = ספק: { $provider }
consent-service-cookies = קובצי Cookie: { $cookies }
consent-service-privacy = מדיניות הפרטיות של { $service }

## Floating button to reopen the preferences
consent-privacy-choices = אפשרויות פרטיות

## Placeholder for blocked embedded content
consent-placeholder = התוכן הזה מסופק על ידי { $service }, שעשוי להגדיר קובצי Cookie ולאסוף נתונים.
consent-placeholder-load = טעינת התוכן
