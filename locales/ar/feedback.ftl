# Vox feedback form: Arabic.

## Launcher button and dialog
feedback-launcher = ملاحظات
feedback-title = أرسل لنا ملاحظاتك
feedback-intro = أخبرنا بما يعمل جيدًا وما يحتاج إلى تحسين. نقرأ كل رسالة.
feedback-close = إغلاق

## Topic
feedback-category-legend = ما موضوع ملاحظتك؟
feedback-category-bug = هناك خلل ما
feedback-category-idea = فكرة أو اقتراح
feedback-category-question = سؤال
feedback-category-order = الطلب أو التوصيل
feedback-category-other = موضوع آخر

## Optional 1-5 rating
feedback-optional = (اختياري)
feedback-rating-legend = كيف تقيّم تجربتك؟
feedback-rating-value =
    { $rating ->
        [zero] { $rating } نجوم
        [one] نجمة واحدة
        [two] نجمتان
        [few] { $rating } نجوم
        [many] { $rating } نجمة
       *[other] { $rating } نجمة
    }
feedback-rating-low = سيئة جدًا
feedback-rating-high = ممتازة

## Message
feedback-message-label = رسالتك
feedback-message-placeholder = ماذا حدث، أو ما الذي يمكننا تحسينه؟
feedback-characters-left =
    { $count ->
        [zero] لم يتبقَّ أي حرف
        [one] تبقّى حرف واحد
        [two] تبقّى حرفان
        [few] تبقّى { $count } أحرف
        [many] تبقّى { $count } حرفًا
       *[other] تبقّى { $count } حرف
    }

## Email (only when the shop collects it)
feedback-email-label = البريد الإلكتروني
feedback-email-hint = فقط إذا كنت ترغب في الحصول على رد. لن نستخدمه لأي غرض آخر.

## Sending and its outcomes
feedback-submit = إرسال الملاحظات
feedback-sending = جارٍ الإرسال…
feedback-sent-title = شكرًا لك!
feedback-sent-body = وصلتنا ملاحظاتك.
feedback-queued = يبدو أنك غير متصل بالإنترنت. حُفظت ملاحظاتك على هذا الجهاز وستُرسل عند عودة الاتصال.
feedback-failed = عذرًا، تعذّر إرسال ملاحظاتك. يُرجى المحاولة مرة أخرى لاحقًا.
feedback-send-another = إرسال ملاحظات أخرى

## Validation
feedback-error-category = يُرجى اختيار موضوع.
feedback-error-message = يُرجى كتابة رسالة.
feedback-error-email = يُرجى إدخال بريد إلكتروني صالح مثل name@example.com.
feedback-error-summary =
    { $count ->
        [zero] لا توجد مشكلات.
        [one] يُرجى إصلاح مشكلة واحدة قبل الإرسال.
        [two] يُرجى إصلاح مشكلتين قبل الإرسال.
        [few] يُرجى إصلاح { $count } مشكلات قبل الإرسال.
        [many] يُرجى إصلاح { $count } مشكلة قبل الإرسال.
       *[other] يُرجى إصلاح { $count } مشكلة قبل الإرسال.
    }

## Spam trap, hidden from people
feedback-honeypot = اترك هذا الحقل فارغًا
