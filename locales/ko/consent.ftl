# Vox consent banner: Korean.

## First layer
consent-title = 개인정보 보호 선택
consent-body = 이 쇼핑몰은 운영을 위해 쿠키 및 유사한 기술을 사용합니다. 동의해 주시면 설정 기억, 방문 측정, 맞춤 광고 표시에도 사용합니다. 선택은 언제든지 변경하실 수 있습니다.
consent-body-opt-out = 이 쇼핑몰은 운영, 설정 기억, 방문 측정, 맞춤 광고 표시를 위해 쿠키 및 유사한 기술을 사용합니다. 개인정보의 판매 또는 공유는 언제든지 거부하실 수 있습니다.
consent-body-notice = 이 쇼핑몰은 운영 및 방문 측정을 위해 쿠키 및 유사한 기술을 사용합니다.
consent-accept-all = 모두 허용
consent-reject-all = 모두 거부
consent-opt-out = 내 개인정보 판매 또는 공유 거부
consent-customize = 맞춤 설정
consent-ok = 확인
consent-policy = 개인정보 처리방침

## Preferences
consent-preferences-title = 개인정보 보호 설정
consent-preferences-intro = 허용할 항목을 선택해 주세요. 필수 쿠키는 쇼핑몰 운영에 꼭 필요하므로 항상 활성화되어 있습니다.
consent-save = 선택 저장
consent-close = 닫기
consent-always-on = 항상 활성화
consent-gpc = 브라우저에서 Global Privacy Control(GPC) 신호를 보냈으므로 데이터 판매 및 공유(마케팅)가 꺼져 있습니다. 원하시면 여기에서 변경하실 수 있습니다.

## Categories
consent-category-necessary = 필수
consent-category-necessary-description = 장바구니, 보안, 이 개인정보 보호 선택 등 쇼핑몰이 정상적으로 작동하도록 합니다.
consent-category-functional = 기능
consent-category-functional-description = 설정을 기억하고, 의견 메시지에 남기신 이메일 주소로 답변을 드리는 등의 기능을 제공합니다.
consent-category-analytics = 분석
consent-category-analytics-description = 방문 수를 세고 쇼핑몰 이용 방식을 파악하여 더 나은 쇼핑몰을 만드는 데 활용합니다.
consent-category-marketing = 마케팅
consent-category-marketing-description = 이 사이트와 다른 사이트에서 맞춤 광고를 표시하고 광고 효과를 측정합니다.

## Services listed under a category
consent-services =
    { $count ->
       *[other] 서비스 { $count }개
    }
consent-service-provider = 제공업체: { $provider }
consent-service-cookies = 쿠키: { $cookies }
consent-service-privacy = { $service } 개인정보 처리방침

## Floating button to reopen the preferences
consent-privacy-choices = 개인정보 보호 선택

## Placeholder for blocked embedded content
consent-placeholder = 이 콘텐츠는 { $service }에서 제공하며, 쿠키를 설정하고 데이터를 수집할 수 있습니다.
consent-placeholder-load = 콘텐츠 불러오기
