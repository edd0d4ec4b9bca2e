# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = ค้นหาในศูนย์ช่วยเหลือ
help-placeholder = ค้นหาบทความช่วยเหลือ
help-close = ปิด
help-results = ผลการค้นหา
help-recent = การค้นหาล่าสุด
help-loading = กำลังค้นหา…
help-unavailable = ขณะนี้ไม่สามารถใช้การค้นหาได้
help-count = { $count ->
    [0] ไม่พบบทความ
   *[other] พบ { $count } บทความ
}
help-empty = ไม่มีบทความที่ตรงกับ “{ $query }”
help-contact-prompt = หาสิ่งที่ต้องการไม่พบใช่ไหม เรายินดีช่วยเหลือ
help-contact = ติดต่อเรา
help-back = กลับไปที่ผลการค้นหา
help-open-page = เปิดบทความฉบับเต็ม
help-helpful = บทความนี้มีประโยชน์หรือไม่
help-yes = ใช่
help-no = ไม่
help-thanks = ขอบคุณสำหรับความคิดเห็น!
help-keys-move = เพื่อเลื่อน
help-keys-open = เพื่อเปิด
help-keys-close = เพื่อปิด
