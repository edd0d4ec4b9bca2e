# Vox feedback form: Hindi.

## Launcher button and dialog
feedback-launcher = फ़ीडबैक
feedback-title = हमें अपनी राय भेजें
feedback-intro = हमें बताएँ कि क्या अच्छा चल रहा है और क्या नहीं। हम हर संदेश पढ़ते हैं।
feedback-close = बंद करें

## Topic
feedback-category-legend = यह किस बारे में है?
feedback-category-bug = कुछ काम नहीं कर रहा
feedback-category-idea = विचार या सुझाव
feedback-category-question = प्रश्न
feedback-category-order = ऑर्डर या डिलीवरी
feedback-category-other = कुछ और

## Optional 1-5 rating
feedback-optional = (वैकल्पिक)
feedback-rating-legend = आप अपने अनुभव को कैसी रेटिंग देंगे?
feedback-rating-value =
    { $rating ->
        [one] { $rating } स्टार
       *[other] { $rating } स्टार
    }
feedback-rating-low = बहुत खराब
feedback-rating-high = बेहतरीन

## Message
feedback-message-label = आपका संदेश
feedback-message-placeholder = क्या हुआ, या हम क्या बेहतर कर सकते हैं?
feedback-characters-left =
    { $count ->
        [one] { $count } अक्षर बाकी
       *[other] { $count } अक्षर बाकी
    }

## Email (only when the shop collects it)
feedback-email-label = ईमेल
feedback-email-hint = केवल तभी भरें जब आप जवाब चाहते हों। हम इसका किसी और काम में उपयोग नहीं करेंगे।

## Sending and its outcomes
feedback-submit = राय भेजें
feedback-sending = भेजा जा रहा है…
feedback-sent-title = धन्यवाद!
feedback-sent-body = आपकी राय हम तक पहुँच गई है।
feedback-queued = लगता है आप ऑफ़लाइन हैं। आपकी राय इस डिवाइस पर सहेज ली गई है और ऑनलाइन होते ही भेज दी जाएगी।
feedback-failed = क्षमा करें, आपकी राय नहीं भेजी जा सकी। कृपया बाद में फिर से कोशिश करें।
feedback-send-another = और राय भेजें

## Validation
feedback-error-category = कृपया एक विषय चुनें।
feedback-error-message = कृपया संदेश लिखें।
feedback-error-email = कृपया name@example.com जैसा मान्य ईमेल पता दर्ज करें।
feedback-error-summary =
    { $count ->
        [one] भेजने से पहले कृपया { $count } समस्या ठीक करें।
       *[other] भेजने से पहले कृपया { $count } समस्याएँ ठीक करें।
    }

## Spam trap, hidden from people
feedback-honeypot = इस फ़ील्ड को खाली छोड़ें
