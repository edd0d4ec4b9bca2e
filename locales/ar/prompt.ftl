# Vox rating prompts: Arabic.

## The prompt's frame
prompt-label = سؤال سريع من { $brand }
prompt-close = إغلاق
prompt-optional = (اختياري)

## Net Promoter Score: 0-10
prompt-nps-question = ما مدى احتمال أن توصي بـ{ $brand } لصديق أو زميل؟
prompt-nps-low = غير محتمل على الإطلاق
prompt-nps-high = محتمل للغاية

## Customer satisfaction: 1-5
prompt-csat-question = ما مدى رضاك عن { $brand }؟
prompt-csat-1 = غير راضٍ على الإطلاق
prompt-csat-2 = غير راضٍ
prompt-csat-3 = محايد
prompt-csat-4 = راضٍ
prompt-csat-5 = راضٍ جدًا

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = سهّل { $brand } عليّ الحصول على ما كنت أحتاج إليه.
prompt-ces-1 = أعارض بشدة
prompt-ces-2 = أعارض
prompt-ces-3 = أعارض إلى حد ما
prompt-ces-4 = لا أوافق ولا أعارض
prompt-ces-5 = أوافق إلى حد ما
prompt-ces-6 = أوافق
prompt-ces-7 = أوافق بشدة

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = يؤسفنا سماع ذلك. ما السبب الرئيسي لتقييمك؟
prompt-follow-up-passive = شكرًا لك! ما الذي يجعلك أكثر استعدادًا للتوصية بنا؟
prompt-follow-up-promoter = يسعدنا سماع ذلك! ما أكثر ما يعجبك؟
prompt-follow-up-low = نأسف لذلك. ما الذي كان بإمكاننا فعله بشكل أفضل؟
prompt-follow-up-high = شكرًا لك! ما أكثر ما أعجبك؟
prompt-follow-up-placeholder = إجابتك
prompt-characters-left =
    { $count ->
        [zero] لم يتبقَّ أي حرف
        [one] تبقّى حرف واحد
        [two] تبقّى حرفان
        [few] تبقّى { $count } أحرف
        [many] تبقّى { $count } حرفًا
       *[other] تبقّى { $count } حرف
    }
prompt-send = إرسال
prompt-skip = تخطي

## After answering
prompt-thanks-title = شكرًا لك!
prompt-thanks-body = تساعدنا إجابتك على التحسّن.
