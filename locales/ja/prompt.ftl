# Vox rating prompts: Japanese.

## The prompt's frame
prompt-label = { $brand }からの簡単なアンケート
prompt-close = 閉じる
prompt-optional = （任意）

## Net Promoter Score: 0-10
prompt-nps-question = { $brand }を友人や同僚に薦める可能性はどのくらいありますか？
prompt-nps-low = まったく可能性がない
prompt-nps-high = 非常に可能性が高い

## Customer satisfaction: 1-5
prompt-csat-question = { $brand }にどの程度ご満足いただけましたか？
prompt-csat-1 = 非常に不満
prompt-csat-2 = 不満
prompt-csat-3 = どちらともいえない
prompt-csat-4 = 満足
prompt-csat-5 = 非常に満足

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand }では、必要なものを簡単に手に入れることができた。
prompt-ces-1 = まったくそう思わない
prompt-ces-2 = そう思わない
prompt-ces-3 = あまりそう思わない
prompt-ces-4 = どちらともいえない
prompt-ces-5 = ややそう思う
prompt-ces-6 = そう思う
prompt-ces-7 = 強くそう思う

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = ご期待に沿えず申し訳ありません。この評価の主な理由をお聞かせください。
prompt-follow-up-passive = ありがとうございます！どのような点が改善されれば、より薦めたいと思っていただけますか？
prompt-follow-up-promoter = そう言っていただけてうれしいです！特に気に入っている点は何ですか？
prompt-follow-up-low = 申し訳ありません。どのような点を改善すればよかったでしょうか？
prompt-follow-up-high = ありがとうございます！特に良かった点は何ですか？
prompt-follow-up-placeholder = ご回答
prompt-characters-left = 残り{ $count }文字
prompt-send = 送信する
prompt-skip = スキップ

## After answering
prompt-thanks-title = ありがとうございました！
prompt-thanks-body = いただいたご回答は、サービスの改善に役立てさせていただきます。
