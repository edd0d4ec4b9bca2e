# Vox rating prompts: Chinese (Simplified).

## The prompt's frame
prompt-label = { $brand } 想请您回答一个小问题
prompt-close = 关闭
prompt-optional = （选填）

## Net Promoter Score: 0-10
prompt-nps-question = 您有多大可能向朋友或同事推荐 { $brand }？
prompt-nps-low = 完全不可能
prompt-nps-high = 极有可能

## Customer satisfaction: 1-5
prompt-csat-question = 您对 { $brand } 的满意度如何？
prompt-csat-1 = 非常不满意
prompt-csat-2 = 不满意
prompt-csat-3 = 一般
prompt-csat-4 = 满意
prompt-csat-5 = 非常满意

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } 让我轻松获得了我需要的东西。
prompt-ces-1 = 非常不同意
prompt-ces-2 = 不同意
prompt-ces-3 = 比较不同意
prompt-ces-4 = 中立
prompt-ces-5 = 比较同意
prompt-ces-6 = 同意
prompt-ces-7 = 非常同意

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = 很抱歉听到这样的反馈。您给出这个评分的主要原因是什么？
prompt-follow-up-passive = 谢谢您！我们怎样做才能让您更愿意推荐我们？
prompt-follow-up-promoter = 很高兴听到这样的评价！您最喜欢哪一点？
prompt-follow-up-low = 很抱歉。我们本可以在哪些方面做得更好？
prompt-follow-up-high = 谢谢您！您最喜欢哪一点？
prompt-follow-up-placeholder = 您的回答
prompt-characters-left = 还可输入 { $count } 个字
prompt-send = 提交
prompt-skip = 跳过

## After answering
prompt-thanks-title = 谢谢您！
prompt-thanks-body = 您的回答将帮助我们不断改进。
