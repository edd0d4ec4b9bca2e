# Vox consent banner: Hindi.

## First layer
consent-title = आपकी गोपनीयता से जुड़े विकल्प
consent-body = हम इस स्टोर को चलाने के लिए कुकीज़ और इसी तरह की तकनीकों का उपयोग करते हैं। आपकी अनुमति से, हम इनका उपयोग आपकी पसंद याद रखने, विज़िट मापने और आपको प्रासंगिक विज्ञापन दिखाने के लिए भी करते हैं। आप कभी भी अपना निर्णय बदल सकते हैं।
consent-body-opt-out = हम इस स्टोर को चलाने, आपकी पसंद याद रखने, विज़िट मापने और आपको प्रासंगिक विज्ञापन दिखाने के लिए कुकीज़ और इसी तरह की तकनीकों का उपयोग करते हैं। आप कभी भी अपनी व्यक्तिगत जानकारी को बेचे या साझा किए जाने से इनकार कर सकते हैं।
consent-body-notice = हम इस स्टोर को चलाने और विज़िट मापने के लिए कुकीज़ और इसी तरह की तकनीकों का उपयोग करते हैं।
consent-accept-all = सभी स्वीकार करें
consent-reject-all = सभी अस्वीकार करें
consent-opt-out = मेरी व्यक्तिगत जानकारी न बेचें और न साझा करें
consent-customize = कस्टमाइज़ करें
consent-ok = ठीक है
consent-policy = गोपनीयता नीति

## Preferences
consent-preferences-title = गोपनीयता प्राथमिकताएँ
consent-preferences-intro = चुनें कि आप किन चीज़ों की अनुमति देते हैं। ज़रूरी कुकीज़ हमेशा चालू रहती हैं: इनके बिना स्टोर काम नहीं कर सकता।
consent-save = मेरी पसंद सेव करें
consent-close = बंद करें
consent-always-on = हमेशा चालू
consent-gpc = आपके ब्राउज़र ने Global Privacy Control सिग्नल भेजा है, इसलिए आपके डेटा की बिक्री और साझाकरण (मार्केटिंग) बंद है। आप चाहें तो इसे यहाँ बदल सकते हैं।

## Categories
consent-category-necessary = ज़रूरी
consent-category-necessary-description = स्टोर को चालू रखती हैं: आपका कार्ट, सुरक्षा और गोपनीयता से जुड़ा यह विकल्प।
consent-category-functional = कार्यात्मक
consent-category-functional-description = आपकी पसंद याद रखती हैं और हमें आपको जवाब देने देती हैं, जैसे फ़ीडबैक संदेश में दिए गए ईमेल पते पर।
consent-category-analytics = एनालिटिक्स
consent-category-analytics-description = विज़िट गिनती हैं और दिखाती हैं कि स्टोर का उपयोग कैसे होता है, ताकि हम इसे बेहतर बना सकें।
consent-category-marketing = मार्केटिंग
consent-category-marketing-description = आपको प्रासंगिक विज्ञापन दिखाती हैं और मापती हैं कि वे कितने असरदार हैं, इस साइट पर भी और दूसरी साइटों पर भी।

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } सेवा
       *[other] { $count } सेवाएँ
    }
consent-service-provider = प्रदाता: { $provider }
consent-service-cookies = कुकीज़: { $cookies }
consent-service-privacy = { $service } की गोपनीयता नीति

## Floating button to reopen the preferences
consent-privacy-choices = गोपनीयता विकल्प

## Placeholder for blocked embedded content
consent-placeholder = यह सामग्री { $service } द्वारा दी जाती है, जो कुकीज़ सेट कर सकता है और डेटा इकट्ठा कर सकता है।
consent-placeholder-load = यह सामग्री लोड करें
