# Vox rating prompts: Thai.

## The prompt's frame
prompt-label = คำถามสั้น ๆ จาก { $brand }
prompt-close = ปิด
prompt-optional = (ไม่บังคับ)

## Net Promoter Score: 0-10
prompt-nps-question = คุณมีแนวโน้มที่จะแนะนำ { $brand } ให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด
prompt-nps-low = ไม่มีแนวโน้มเลย
prompt-nps-high = มีแนวโน้มอย่างยิ่ง

## Customer satisfaction: 1-5
prompt-csat-question = คุณพึงพอใจกับ { $brand } มากน้อยเพียงใด
prompt-csat-1 = ไม่พึงพอใจอย่างมาก
prompt-csat-2 = ไม่พึงพอใจ
prompt-csat-3 = เฉย ๆ
prompt-csat-4 = พึงพอใจ
prompt-csat-5 = พึงพอใจอย่างมาก

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } ช่วยให้ฉันได้สิ่งที่ต้องการอย่างง่ายดาย
prompt-ces-1 = ไม่เห็นด้วยอย่างยิ่ง
prompt-ces-2 = ไม่เห็นด้วย
prompt-ces-3 = ค่อนข้างไม่เห็นด้วย
prompt-ces-4 = เป็นกลาง
prompt-ces-5 = ค่อนข้างเห็นด้วย
prompt-ces-6 = เห็นด้วย
prompt-ces-7 = เห็นด้วยอย่างยิ่ง

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = เราเสียใจที่ได้ทราบเช่นนั้น เหตุผลหลักที่คุณให้คะแนนนี้คืออะไร
prompt-follow-up-passive = ขอบคุณ! อะไรจะทำให้คุณอยากแนะนำเรามากขึ้น
prompt-follow-up-promoter = ดีใจที่ได้ทราบ! คุณชอบอะไรมากที่สุด
prompt-follow-up-low = ขออภัยด้วย เราควรทำสิ่งใดให้ดีกว่านี้
prompt-follow-up-high = ขอบคุณ! คุณประทับใจอะไรมากที่สุด
prompt-follow-up-placeholder = คำตอบของคุณ
prompt-characters-left = เหลืออีก { $count } ตัวอักษร
prompt-send = ส่ง
prompt-skip = ข้าม

## After answering
prompt-thanks-title = ขอบคุณ!
prompt-thanks-body = คำตอบของคุณช่วยให้เราพัฒนาให้ดียิ่งขึ้น
