# Vox feedback form: Japanese.

## Launcher button and dialog
feedback-launcher = ご意見
feedback-title = ご意見をお聞かせください
feedback-intro = 良かった点も、改善してほしい点もお聞かせください。いただいたメッセージはすべて拝見しています。
feedback-close = 閉じる

## Topic
feedback-category-legend = どのような内容ですか？
feedback-category-bug = 不具合がある
feedback-category-idea = アイデア・ご提案
feedback-category-question = ご質問
feedback-category-order = ご注文・配送について
feedback-category-other = その他

## Optional 1-5 rating
feedback-optional = （任意）
feedback-rating-legend = 今回のご体験はいかがでしたか？
feedback-rating-value = 星{ $rating }つ
feedback-rating-low = とても悪い
feedback-rating-high = とても良い

## Message
feedback-message-label = メッセージ
feedback-message-placeholder = 何が起きたか、どうすればより良くなるかをお書きください。
feedback-characters-left = 残り{ $count }文字

## Email (only when the shop collects it)
feedback-email-label = メールアドレス
feedback-email-hint = 返信をご希望の場合のみご入力ください。それ以外の目的には使用しません。

## Sending and its outcomes
feedback-submit = 送信する
feedback-sending = 送信中…
feedback-sent-title = ありがとうございました！
feedback-sent-body = ご意見を受け付けました。
feedback-queued = オフラインのようです。ご意見はこの端末に保存され、オンラインに戻ると自動で送信されます。
feedback-failed = 申し訳ありません。ご意見を送信できませんでした。時間をおいて再度お試しください。
feedback-send-another = 別のご意見を送る

## Validation
feedback-error-category = 内容を選択してください。
feedback-error-message = メッセージを入力してください。
feedback-error-email = name@example.com のような有効なメールアドレスを入力してください。
feedback-error-summary = 送信する前に{ $count }件の問題を修正してください。

## Spam trap, hidden from people
feedback-honeypot = この欄には何も入力しないでください
