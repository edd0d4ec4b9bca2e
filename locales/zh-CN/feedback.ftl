# Vox feedback form: Chinese (Simplified).

## Launcher button and dialog
feedback-launcher = 反馈
feedback-title = 意见反馈
feedback-intro = 告诉我们哪些地方好用、哪些需要改进。每条留言我们都会认真阅读。
feedback-close = 关闭

## Topic
feedback-category-legend = 您的反馈是关于什么的？
feedback-category-bug = 功能出错
feedback-category-idea = 想法或建议
feedback-category-question = 咨询问题
feedback-category-order = 订单或配送
feedback-category-other = 其他

## Optional 1-5 rating
feedback-optional = （选填）
feedback-rating-legend = 您对本次体验的评价如何？
feedback-rating-value = { $rating } 星
feedback-rating-low = 非常差
feedback-rating-high = 非常好

## Message
feedback-message-label = 您的留言
feedback-message-placeholder = 遇到了什么问题，或者我们可以怎样做得更好？
feedback-characters-left = 还可输入 { $count } 个字

## Email (only when the shop collects it)
feedback-email-label = 电子邮箱
feedback-email-hint = 仅在您希望收到回复时填写，我们不会将其用于其他用途。

## Sending and its outcomes
feedback-submit = 提交反馈
feedback-sending = 正在提交…
feedback-sent-title = 谢谢您！
feedback-sent-body = 我们已收到您的反馈。
feedback-queued = 您的网络似乎已断开。反馈已保存在此设备上，恢复联网后将自动发送。
feedback-failed = 抱歉，您的反馈未能发送，请稍后再试。
feedback-send-another = 继续反馈

## Validation
feedback-error-category = 请选择一个主题。
feedback-error-message = 请填写留言内容。
feedback-error-email = 请输入有效的电子邮箱地址，例如 name@example.com。
feedback-error-summary = 提交前请修正 { $count } 个问题。

## Spam trap, hidden from people
feedback-honeypot = 请勿填写此项
