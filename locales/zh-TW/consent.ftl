# Vox consent banner: Chinese (Traditional).

## First layer
consent-title = 您的隱私權選擇
consent-body = 我們使用 Cookie 及類似技術來維持本商店的運作。在您同意後，我們也會使用這些技術來記住您的偏好設定、統計造訪次數，並向您顯示相關廣告。您可以隨時變更選擇。
consent-body-opt-out = 我們使用 Cookie 及類似技術來維持本商店的運作、記住您的偏好設定、統計造訪次數，並向您顯示相關廣告。您可以隨時要求我們不要出售或分享您的個人資料。
consent-body-notice = 我們使用 Cookie 及類似技術來維持本商店的運作並統計造訪次數。
consent-accept-all = 全部接受
consent-reject-all = 全部拒絕
consent-opt-out = 請勿出售或分享我的個人資料
consent-customize = 自訂
consent-ok = 確定
consent-policy = 隱私權政策

## Preferences
consent-preferences-title = 隱私權偏好設定
consent-preferences-intro = 請選擇您允許的項目。必要 Cookie 一律啟用：少了它們，本商店就無法運作。
consent-save = 儲存我的選擇
consent-close = 關閉
consent-always-on = 一律啟用
consent-gpc = 您的瀏覽器傳送了 Global Privacy Control（全球隱私控制）訊號，因此我們已停止出售及分享您的資料（行銷）。您仍可在此變更設定。

## Categories
consent-category-necessary = 必要
consent-category-necessary-description = 維持本商店正常運作：購物車、安全性，以及這項隱私權選擇。
consent-category-functional = 功能
consent-category-functional-description = 記住您的偏好設定，並讓我們能回覆您，例如回覆到您在意見留言中填寫的電子郵件地址。
consent-category-analytics = 分析
consent-category-analytics-description = 統計造訪次數並了解本商店的使用情形，讓我們能持續改進。
consent-category-marketing = 行銷
consent-category-marketing-description = 在本網站及其他網站向您顯示相關廣告，並評估廣告成效。

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } 項服務
    }
consent-service-provider = 提供者：{ $provider }
consent-service-cookies = Cookie：{ $cookies }
consent-service-privacy = { $service } 隱私權政策

## Floating button to reopen the preferences
consent-privacy-choices = 隱私權設定

## Placeholder for blocked embedded content
consent-placeholder = 此內容由 { $service } 提供，該服務可能會設定 Cookie 並收集資料。
consent-placeholder-load = 載入此內容
