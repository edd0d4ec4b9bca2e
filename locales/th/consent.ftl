# Vox consent banner: Thai.

## First layer
consent-title = ตัวเลือกความเป็นส่วนตัวของคุณ
consent-body = เราใช้คุกกี้และเทคโนโลยีที่คล้ายกันเพื่อให้ร้านค้านี้ทำงานได้ และเมื่อได้รับความยินยอมจากคุณ เราจะใช้เพื่อจดจำการตั้งค่าของคุณ วัดจำนวนการเข้าชม และแสดงโฆษณาที่ตรงกับความสนใจของคุณด้วย คุณเปลี่ยนใจได้ทุกเมื่อ
consent-body-opt-out = เราใช้คุกกี้และเทคโนโลยีที่คล้ายกันเพื่อให้ร้านค้านี้ทำงานได้ จดจำการตั้งค่าของคุณ วัดจำนวนการเข้าชม และแสดงโฆษณาที่ตรงกับความสนใจของคุณ คุณเลือกไม่ให้มีการขายหรือแบ่งปันข้อมูลส่วนบุคคลของคุณได้ทุกเมื่อ
consent-body-notice = เราใช้คุกกี้และเทคโนโลยีที่คล้ายกันเพื่อให้ร้านค้านี้ทำงานได้และเพื่อวัดจำนวนการเข้าชม
consent-accept-all = ยอมรับทั้งหมด
consent-reject-all = ปฏิเสธทั้งหมด
consent-opt-out = ห้ามขายหรือแบ่งปันข้อมูลส่วนบุคคลของฉัน
consent-customize = ปรับแต่ง
consent-ok = ตกลง
consent-policy = นโยบายความเป็นส่วนตัว

## Preferences
consent-preferences-title = การตั้งค่าความเป็นส่วนตัว
consent-preferences-intro = เลือกสิ่งที่คุณอนุญาต คุกกี้ที่จำเป็นจะเปิดใช้งานเสมอ เพราะร้านค้าไม่สามารถทำงานได้หากไม่มีคุกกี้เหล่านี้
consent-save = บันทึกตัวเลือกของฉัน
consent-close = ปิด
consent-always-on = เปิดใช้งานเสมอ
consent-gpc = เบราว์เซอร์ของคุณส่งสัญญาณ Global Privacy Control มา เราจึงปิดการขายและการแบ่งปันข้อมูลของคุณ (การตลาด) ไว้ คุณยังเปลี่ยนการตั้งค่านี้ได้ที่นี่

## Categories
consent-category-necessary = จำเป็น
consent-category-necessary-description = ช่วยให้ร้านค้าทำงานได้ ได้แก่ ตะกร้าสินค้า ความปลอดภัย และตัวเลือกความเป็นส่วนตัวนี้
consent-category-functional = ฟังก์ชันการทำงาน
consent-category-functional-description = จดจำการตั้งค่าของคุณและช่วยให้เราตอบกลับคุณได้ เช่น ตอบกลับไปยังอีเมลที่คุณระบุไว้ในข้อความแสดงความคิดเห็น
consent-category-analytics = การวิเคราะห์
consent-category-analytics-description = นับจำนวนการเข้าชมและดูว่ามีการใช้งานร้านค้าอย่างไร เพื่อให้เราปรับปรุงได้ดียิ่งขึ้น
consent-category-marketing = การตลาด
consent-category-marketing-description = แสดงโฆษณาที่ตรงกับความสนใจของคุณและวัดผลโฆษณาเหล่านั้น ทั้งบนเว็บไซต์นี้และเว็บไซต์อื่น

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } บริการ
    }
consent-service-provider = ผู้ให้บริการ: { $provider }
consent-service-cookies = คุกกี้: { $cookies }
consent-service-privacy = นโยบายความเป็นส่วนตัวของ { $service }

## Floating button to reopen the preferences
consent-privacy-choices = ตัวเลือกความเป็นส่วนตัว

## Placeholder for blocked embedded content
consent-placeholder = เนื้อหานี้มาจาก { $service } ซึ่งอาจตั้งค่าคุกกี้และเก็บรวบรวมข้อมูล
consent-placeholder-load = โหลดเนื้อหานี้
