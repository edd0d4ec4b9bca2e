# Vox help-center search: Korean. Same message ids as locales/en/help.ftl.

## The search box
help-label = 고객센터 검색
help-placeholder = 도움말 검색
help-close = 닫기
help-results = 검색 결과
help-recent = 최근 검색어
help-loading = 검색 중…
help-unavailable = 지금은 검색을 사용할 수 없습니다.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] 검색된 도움말이 없습니다
   *[other] 도움말 { $count }개를 찾았습니다
}

## Nothing found
help-empty = “{ $query }”에 대한 도움말이 없습니다.
help-suggest = 이것을 찾으셨나요:
help-contact-prompt = 원하는 내용을 찾지 못하셨나요? 기꺼이 도와드리겠습니다.
help-contact = 문의하기

## An article opened inline
help-back = 검색 결과로 돌아가기
help-open-page = 전체 도움말 보기
help-helpful = 이 도움말이 도움이 되었나요?
help-yes = 예
help-no = 아니요
help-thanks = 의견을 보내 주셔서 감사합니다!

## Keyboard hints in the dialog's footer
help-keys-move = 이동
help-keys-open = 열기
help-keys-close = 닫기
