# Vox feedback form: Chinese (Traditional).

## Launcher button and dialog
feedback-launcher = 意見回饋
feedback-title = 提供意見給我們
feedback-intro = 告訴我們哪些地方好用、哪些還需要改進。每則留言我們都會仔細閱讀。
feedback-close = 關閉

## Topic
feedback-category-legend = 您的意見是關於什麼？
feedback-category-bug = 功能異常
feedback-category-idea = 想法或建議
feedback-category-question = 詢問問題
feedback-category-order = 訂單或配送
feedback-category-other = 其他

## Optional 1-5 rating
feedback-optional = （選填）
feedback-rating-legend = 您對這次的體驗滿意嗎？
feedback-rating-value = { $rating } 顆星
feedback-rating-low = 非常不滿意
feedback-rating-high = 非常滿意

## Message
feedback-message-label = 您的留言
feedback-message-placeholder = 發生了什麼狀況，或是我們可以怎麼做得更好？
feedback-characters-left = 還可輸入 { $count } 個字

## Email (only when the shop collects it)
feedback-email-label = 電子郵件
feedback-email-hint = 只有在您希望收到回覆時才需填寫，我們不會用於其他用途。

## Sending and its outcomes
feedback-submit = 送出意見
feedback-sending = 傳送中…
feedback-sent-title = 謝謝您！
feedback-sent-body = 我們已收到您的意見。
feedback-queued = 您目前似乎處於離線狀態。意見已儲存在這台裝置上，恢復連線後會自動送出。
feedback-failed = 很抱歉，您的意見無法送出，請稍後再試。
feedback-send-another = 再提供意見

## Validation
feedback-error-category = 請選擇一個主題。
feedback-error-message = 請填寫留言內容。
feedback-error-email = 請輸入有效的電子郵件地址，例如 name@example.com。
feedback-error-summary = 送出前請修正 { $count } 個問題。

## Spam trap, hidden from people
feedback-honeypot = 請勿填寫此欄位
