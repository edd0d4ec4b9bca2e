# Vox feedback form: Korean.

## Launcher button and dialog
feedback-launcher = 의견
feedback-title = 의견 보내기
feedback-intro = 좋았던 점과 아쉬운 점을 알려 주세요. 보내 주신 모든 메시지를 꼼꼼히 읽고 있습니다.
feedback-close = 닫기

## Topic
feedback-category-legend = 어떤 내용인가요?
feedback-category-bug = 오류가 있어요
feedback-category-idea = 아이디어 또는 제안
feedback-category-question = 문의
feedback-category-order = 주문 또는 배송
feedback-category-other = 기타

## Optional 1-5 rating
feedback-optional = (선택)
feedback-rating-legend = 이용 경험은 어떠셨나요?
feedback-rating-value = 별 { $rating }개
feedback-rating-low = 매우 나쁨
feedback-rating-high = 매우 좋음

## Message
feedback-message-label = 메시지
feedback-message-placeholder = 어떤 일이 있었는지, 또는 무엇이 개선되면 좋을지 알려 주세요.
feedback-characters-left = { $count }자 남음

## Email (only when the shop collects it)
feedback-email-label = 이메일
feedback-email-hint = 답변을 원하실 때만 입력해 주세요. 다른 용도로는 사용하지 않습니다.

## Sending and its outcomes
feedback-submit = 의견 보내기
feedback-sending = 보내는 중…
feedback-sent-title = 감사합니다!
feedback-sent-body = 의견이 정상적으로 전달되었습니다.
feedback-queued = 오프라인 상태인 것 같습니다. 의견은 이 기기에 저장되었으며 다시 연결되면 자동으로 전송됩니다.
feedback-failed = 죄송합니다. 의견을 보내지 못했습니다. 잠시 후 다시 시도해 주세요.
feedback-send-another = 의견 더 보내기

## Validation
feedback-error-category = 주제를 선택해 주세요.
feedback-error-message = 메시지를 입력해 주세요.
feedback-error-email = name@example.com과 같은 올바른 이메일 주소를 입력해 주세요.
feedback-error-summary = 보내기 전에 { $count }개의 문제를 수정해 주세요.

## Spam trap, hidden from people
feedback-honeypot = 이 칸은 비워 두세요
