# Vox help-center search: Thai. Same message ids as locales/en/help.ftl.

## The search box
help-label = ค้นหาในศูนย์ช่วยเหลือ
help-placeholder = ค้นหาบทความช่วยเหลือ
help-close = ปิด
help-results = ผลการค้นหา
help-recent = การค้นหาล่าสุด
help-loading = กำลังค้นหา…
help-unavailable = ขณะนี้ไม่สามารถใช้การค้นหาได้

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] ไม่พบบทความ
   *[other] พบ { $count } บทความ
}

## Nothing found
help-empty = ไม่มีบทความที่ตรงกับ “{ $query }”
help-suggest = คุณหมายถึง:
help-contact-prompt = ไม่พบสิ่งที่ต้องการใช่ไหม เรายินดีช่วยเหลือ
help-contact = ติดต่อเรา

## An article opened inline
help-back = กลับไปที่ผลการค้นหา
help-open-page = เปิดบทความฉบับเต็ม
help-helpful = บทความนี้มีประโยชน์หรือไม่
help-yes = ใช่
help-no = ไม่
help-thanks = ขอบคุณสำหรับความคิดเห็น

## Keyboard hints in the dialog's footer
help-keys-move = เพื่อเลื่อน
help-keys-open = เพื่อเปิด
help-keys-close = เพื่อปิด
