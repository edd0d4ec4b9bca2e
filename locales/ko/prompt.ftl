# Vox rating prompts: Korean.

## The prompt's frame
prompt-label = { $brand }에서 드리는 간단한 질문
prompt-close = 닫기
prompt-optional = (선택)

## Net Promoter Score: 0-10
prompt-nps-question = { $brand }, 친구나 동료에게 추천하실 가능성은 얼마나 되나요?
prompt-nps-low = 전혀 가능성 없음
prompt-nps-high = 가능성 매우 높음

## Customer satisfaction: 1-5
prompt-csat-question = { $brand }에 얼마나 만족하시나요?
prompt-csat-1 = 매우 불만족
prompt-csat-2 = 불만족
prompt-csat-3 = 보통
prompt-csat-4 = 만족
prompt-csat-5 = 매우 만족

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand }에서 필요한 것을 쉽게 얻을 수 있었습니다.
prompt-ces-1 = 전혀 동의하지 않음
prompt-ces-2 = 동의하지 않음
prompt-ces-3 = 다소 동의하지 않음
prompt-ces-4 = 동의하지도 반대하지도 않음
prompt-ces-5 = 다소 동의함
prompt-ces-6 = 동의함
prompt-ces-7 = 매우 동의함

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = 아쉬운 경험을 드려 죄송합니다. 이 점수를 주신 가장 큰 이유는 무엇인가요?
prompt-follow-up-passive = 감사합니다! 어떤 점이 개선되면 저희를 더 추천하고 싶으실까요?
prompt-follow-up-promoter = 좋게 봐 주셔서 기쁩니다! 가장 마음에 드는 점은 무엇인가요?
prompt-follow-up-low = 죄송합니다. 어떤 점을 더 잘할 수 있었을까요?
prompt-follow-up-high = 감사합니다! 가장 마음에 드셨던 점은 무엇인가요?
prompt-follow-up-placeholder = 답변
prompt-characters-left = { $count }자 남음
prompt-send = 보내기
prompt-skip = 건너뛰기

## After answering
prompt-thanks-title = 감사합니다!
prompt-thanks-body = 보내 주신 답변은 서비스 개선에 큰 도움이 됩니다.
