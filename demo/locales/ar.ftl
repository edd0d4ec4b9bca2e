# The collector's dashboard (/admin), in Arabic.

title = صوت العميل
back-to-shop = العودة إلى المتجر
skip-to-content = الانتقال إلى لوحة التحكم
view = العرض
period-from = من
period-to = إلى
filter-locale = اللغة
filter-country = الدولة
filter-page = الصفحة
filter-meta = حقل الموقع (الاسم:القيمة)
filter-q = تعليقات تحتوي على
group-by = التجميع حسب
group-locale = اللغة
group-country = الدولة
group-page = الصفحة
group-meta = حقل الموقع { $name }
apply = تطبيق
reset = إعادة تعيين
export = تصدير هذا العرض
raw-json = كل المشاركات (JSON)
language = اللغة
summary = { $count ->
    [zero] لا توجد مشاركات من { $from } إلى { $to }
    [one] مشاركة واحدة من { $from } إلى { $to }
    [two] مشاركتان من { $from } إلى { $to }
    [few] { $count } مشاركات من { $from } إلى { $to }
    [many] { $count } مشاركة من { $from } إلى { $to }
   *[other] { $count } مشاركة من { $from } إلى { $to }
}

scores = النتائج بمرور الوقت
scores-intro = لكل { $bucket }، مع عدد الردود وفترة ثقة 95% (الشريط المظلّل): كلما ضاق الشريط كانت النتيجة أجدر بالثقة.
bucket-day = يوم
bucket-week = أسبوع
method-nps = صافي نقاط الترويج
method-csat = رضا العملاء
method-ces = جهد العميل
responses = { $count ->
    [zero] لا توجد ردود
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
}
interval = فترة ثقة 95%: من { $low } إلى { $high }
no-responses = لا توجد ردود في هذا العرض.
gauge = مؤشر NPS
band-detractors = المنتقدون
band-passives = المحايدون
band-promoters = المروّجون
chart-data = الأرقام
col-period = الفترة
col-score = النتيجة
col-interval = فترة ثقة 95%

breakdown = حسب { $group }
col-group = المجموعة
col-responses = الردود
col-feedback = الملاحظات
col-consent = القبول
none = (غير محدد)

feedback-volume = الملاحظات حسب الفئة والتقييم
col-category = الفئة
col-rating = التقييم
no-rating = بدون تقييم
stars = { $rating } ★

consent = خيارات الموافقة حسب { $group } والإصدار
col-revision = الإصدار
col-choices = الخيارات
choice-accept_all = قبول الكل
choice-reject_all = رفض الكل
choice-custom = مخصّص
choice-acknowledge = تم الاطلاع

verbatims = تعليقات العملاء
verbatims-intro = رسائل الملاحظات والتعليقات التي تلي التقييمات، الأحدث أولًا. تُحصى الكلمات لكل لغة باستخدام مُقسِّم النصوص المعتمد في بحث مركز المساعدة.
verbatims-shown = يُعرض { $shown } من أصل { $total }.
terms = الكلمات المتكررة
col-language = اللغة
col-terms = الكلمات
col-when = اليوم
col-what = الرسالة
col-from = المُرسِل
col-follow-up = المتابعة
kind-feedback = ملاحظات · { $category }
kind-follow-up = تعليق على تقييم { $method } · { $score }
no-verbatims = لا توجد رسائل تطابق هذا العرض.

help = رؤى مركز المساعدة
help-intro = كل قائمة هي قائمة مهام لفريق الدعم.
top-queries = أكثر عمليات البحث
zero-queries = عمليات بحث بلا نتائج
contact-queries = عمليات بحث انتهت بـ«تواصل معنا»
unhelpful = مقالات قُيّمت بأنها «غير مفيدة»
votes = تقييم «غير مفيدة»: { $no } من أصل { $all }
nothing = لا شيء بعد.

reply-to = الرد على { $email }
send-reply = إرسال الرد
replied = تم الرد:
mark-handled = تحديد كمُعالَج
handled = تمت المعالجة ✓ · تراجع

data-rights = حقوق البيانات
kept-forever = تُحفظ المشاركات إلى أن تُمحى (لا توجد قاعدة --retain).
kept-for = مدة الحفظ: { $rules }؛ ويُحذف ما هو أقدم كل ساعة.
export-person = تصدير مشاركات شخص واحد
erase-person = محو بيانات شخص واحد (لا يمكن التراجع عن ذلك)
email = البريد الإلكتروني
consent-id = أو معرّف الموافقة
export-json = تصدير بصيغة JSON
erase = محو
erase-note = يحذف المحو مشاركات الشخص، بينما تبقى سجلات موافقته دليلًا على الموافقة، مع إفراغ الصفحة وبيانات meta الخاصة بالموقع.
