# Vox rating prompts: Chinese (Traditional).

## The prompt's frame
prompt-label = { $brand } 想請您回答一個小問題
prompt-close = 關閉
prompt-optional = （選填）

## Net Promoter Score: 0-10
prompt-nps-question = 您向朋友或同事推薦 { $brand } 的可能性有多高？
prompt-nps-low = 完全不可能
prompt-nps-high = 極有可能

## Customer satisfaction: 1-5
prompt-csat-question = 您對 { $brand } 的滿意度如何？
prompt-csat-1 = 非常不滿意
prompt-csat-2 = 不滿意
prompt-csat-3 = 普通
prompt-csat-4 = 滿意
prompt-csat-5 = 非常滿意

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } 讓我輕鬆取得了我需要的東西。
prompt-ces-1 = 非常不同意
prompt-ces-2 = 不同意
prompt-ces-3 = 有點不同意
prompt-ces-4 = 普通
prompt-ces-5 = 有點同意
prompt-ces-6 = 同意
prompt-ces-7 = 非常同意

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = 很遺憾聽到這樣的回饋。請問您給出這個分數的主要原因是什麼？
prompt-follow-up-passive = 謝謝您！我們怎麼做，才能讓您更願意推薦我們？
prompt-follow-up-promoter = 很高興聽到您這麼說！您最喜歡哪一點？
prompt-follow-up-low = 很抱歉。我們原本可以在哪些地方做得更好？
prompt-follow-up-high = 謝謝您！您最喜歡哪一點？
prompt-follow-up-placeholder = 您的回答
prompt-characters-left = 還可輸入 { $count } 個字
prompt-send = 送出
prompt-skip = 略過

## After answering
prompt-thanks-title = 謝謝您！
prompt-thanks-body = 您的回答能幫助我們做得更好。
