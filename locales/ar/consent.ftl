# Vox consent banner: Arabic.

## First layer
consent-title = خياراتك بشأن الخصوصية
consent-body = نستخدم ملفات تعريف الارتباط (الكوكيز) والتقنيات المشابهة لتشغيل هذا المتجر. وبإذنك، نستخدمها أيضًا لتذكّر تفضيلاتك وقياس الزيارات وعرض إعلانات تناسب اهتماماتك. يمكنك تغيير رأيك في أي وقت.
consent-body-opt-out = نستخدم ملفات تعريف الارتباط (الكوكيز) والتقنيات المشابهة لتشغيل هذا المتجر وتذكّر تفضيلاتك وقياس الزيارات وعرض إعلانات تناسب اهتماماتك. يمكنك في أي وقت رفض بيع معلوماتك الشخصية أو مشاركتها.
consent-body-notice = نستخدم ملفات تعريف الارتباط (الكوكيز) والتقنيات المشابهة لتشغيل هذا المتجر وقياس الزيارات.
consent-accept-all = قبول الكل
consent-reject-all = رفض الكل
consent-opt-out = عدم بيع معلوماتي الشخصية أو مشاركتها
consent-customize = تخصيص
consent-ok = حسنًا
consent-policy = سياسة الخصوصية

## Preferences
consent-preferences-title = تفضيلات الخصوصية
consent-preferences-intro = اختر ما تسمح به. ملفات تعريف الارتباط الضرورية مفعّلة دائمًا، إذ لا يمكن للمتجر أن يعمل بدونها.
consent-save = حفظ اختياراتي
consent-close = إغلاق
consent-always-on = مفعّلة دائمًا
consent-gpc = أرسل متصفحك إشارة Global Privacy Control (التحكم العالمي في الخصوصية)، لذا أوقفنا بيع بياناتك ومشاركتها (التسويق). لا يزال بإمكانك تغيير ذلك هنا.

## Categories
consent-category-necessary = ضرورية
consent-category-necessary-description = تحافظ على عمل المتجر: سلة التسوق والأمان وخيار الخصوصية هذا.
consent-category-functional = وظيفية
consent-category-functional-description = تتذكّر تفضيلاتك وتتيح لنا الرد عليك، مثلًا على عنوان البريد الإلكتروني الوارد في رسالة ملاحظات.
consent-category-analytics = تحليلية
consent-category-analytics-description = تحصي الزيارات وتوضّح كيفية استخدام المتجر، لنتمكن من تحسينه.
consent-category-marketing = تسويقية
consent-category-marketing-description = تعرض لك إعلانات تناسب اهتماماتك وتقيس أداءها، على هذا الموقع وعلى مواقع أخرى.

## Services listed under a category
consent-services =
    { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
consent-service-provider = المزوّد: { $provider }
consent-service-cookies = ملفات تعريف الارتباط: { $cookies }
consent-service-privacy = سياسة خصوصية { $service }

## Floating button to reopen the preferences
consent-privacy-choices = خيارات الخصوصية

## Placeholder for blocked embedded content
consent-placeholder = يقدّم { $service } هذا المحتوى، وقد يضع ملفات تعريف الارتباط ويجمع البيانات.
consent-placeholder-load = تحميل هذا المحتوى
