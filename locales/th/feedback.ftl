# Vox feedback form: Thai.

## Launcher button and dialog
feedback-launcher = ความคิดเห็น
feedback-title = ส่งความคิดเห็นถึงเรา
feedback-intro = บอกเราว่าอะไรใช้งานได้ดีและอะไรที่ควรปรับปรุง เราอ่านทุกข้อความ
feedback-close = ปิด

## Topic
feedback-category-legend = เรื่องที่ต้องการแจ้งคืออะไร
feedback-category-bug = มีบางอย่างผิดปกติ
feedback-category-idea = ไอเดียหรือข้อเสนอแนะ
feedback-category-question = คำถาม
feedback-category-order = คำสั่งซื้อหรือการจัดส่ง
feedback-category-other = อื่น ๆ

## Optional 1-5 rating
feedback-optional = (ไม่บังคับ)
feedback-rating-legend = คุณให้คะแนนประสบการณ์ครั้งนี้เท่าไร
feedback-rating-value = { $rating } ดาว
feedback-rating-low = แย่มาก
feedback-rating-high = ยอดเยี่ยม

## Message
feedback-message-label = ข้อความของคุณ
feedback-message-placeholder = เกิดอะไรขึ้น หรือเราควรปรับปรุงอะไรให้ดีขึ้น
feedback-characters-left = เหลืออีก { $count } ตัวอักษร

## Email (only when the shop collects it)
feedback-email-label = อีเมล
feedback-email-hint = กรอกเฉพาะเมื่อต้องการให้เราตอบกลับ เราจะไม่นำไปใช้เพื่อวัตถุประสงค์อื่น

## Sending and its outcomes
feedback-submit = ส่งความคิดเห็น
feedback-sending = กำลังส่ง…
feedback-sent-title = ขอบคุณ!
feedback-sent-body = เราได้รับความคิดเห็นของคุณแล้ว
feedback-queued = ดูเหมือนคุณออฟไลน์อยู่ ความคิดเห็นของคุณถูกบันทึกไว้ในอุปกรณ์นี้ และจะส่งให้โดยอัตโนมัติเมื่อกลับมาออนไลน์
feedback-failed = ขออภัย ไม่สามารถส่งความคิดเห็นของคุณได้ โปรดลองอีกครั้งในภายหลัง
feedback-send-another = ส่งความคิดเห็นเพิ่มเติม

## Validation
feedback-error-category = โปรดเลือกหัวข้อ
feedback-error-message = โปรดเขียนข้อความ
feedback-error-email = โปรดกรอกอีเมลให้ถูกต้อง เช่น name@example.com
feedback-error-summary = โปรดแก้ไข { $count } รายการก่อนส่ง

## Spam trap, hidden from people
feedback-honeypot = โปรดเว้นช่องนี้ว่างไว้
