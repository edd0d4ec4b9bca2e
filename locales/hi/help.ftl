# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = सहायता केंद्र में खोजें
help-placeholder = सहायता लेख खोजें
help-close = बंद करें
help-results = परिणाम
help-recent = हाल की खोजें
help-loading = खोज रहे हैं…
help-unavailable = खोज अभी उपलब्ध नहीं है।
help-count = { $count ->
    [0] कोई लेख नहीं मिला
    [one] { $count } लेख मिला
   *[other] { $count } लेख मिले
}
help-empty = “{ $query }” से मेल खाता कोई लेख नहीं है।
help-contact-prompt = जो चाहिए वह नहीं मिला? हमें मदद करके खुशी होगी।
help-contact = हमसे संपर्क करें
help-back = परिणामों पर वापस जाएँ
help-open-page = पूरा लेख खोलें
help-helpful = क्या यह लेख मददगार था?
help-yes = हाँ
help-no = नहीं
help-thanks = आपकी प्रतिक्रिया के लिए धन्यवाद!
help-keys-move = चलाने के लिए
help-keys-open = खोलने के लिए
help-keys-close = बंद करने के लिए
