# Vox help-center search: Arabic. Same message ids as locales/en/help.ftl.

## The search box
help-label = البحث في مركز المساعدة
help-placeholder = ابحث في مقالات المساعدة
help-close = إغلاق
help-results = النتائج
help-recent = عمليات البحث الأخيرة
help-loading = جارٍ البحث…
help-unavailable = البحث غير متاح حاليًا.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] لم يُعثر على أي مقالة
    [one] عُثر على مقالة واحدة
    [two] عُثر على مقالتين
    [few] عُثر على { $count } مقالات
    [many] عُثر على { $count } مقالة
   *[other] عُثر على { $count } مقالة
}

## Nothing found
help-empty = لا توجد مقالات تطابق «{ $query }».
help-suggest = هل تقصد:
help-contact-prompt = لم تجد ما تبحث عنه؟ يسعدنا مساعدتك.
help-contact = تواصل معنا

## An article opened inline
help-back = العودة إلى النتائج
help-open-page = فتح المقالة كاملة
help-helpful = هل كانت هذه المقالة مفيدة؟
help-yes = نعم
help-no = لا
help-thanks = شكرًا على ملاحظاتك!

## Keyboard hints in the dialog's footer
help-keys-move = للتنقل
help-keys-open = للفتح
help-keys-close = للإغلاق
