# Vox help-center search: Hindi. Same message ids as locales/en/help.ftl.

## The search box
help-label = सहायता केंद्र में खोजें
help-placeholder = सहायता लेख खोजें
help-close = बंद करें
help-results = परिणाम
help-recent = हाल की खोजें
help-loading = खोजा जा रहा है…
help-unavailable = खोज अभी उपलब्ध नहीं है।

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] कोई लेख नहीं मिला
    [one] { $count } लेख मिला
   *[other] { $count } लेख मिले
}

## Nothing found
help-empty = “{ $query }” से मेल खाता कोई लेख नहीं मिला।
help-suggest = क्या आपका मतलब था:
help-contact-prompt = आपको जो चाहिए वह नहीं मिला? हमें आपकी मदद करके खुशी होगी।
help-contact = हमसे संपर्क करें

## An article opened inline
help-back = परिणामों पर वापस जाएँ
help-open-page = पूरा लेख खोलें
help-helpful = क्या यह लेख उपयोगी था?
help-yes = हाँ
help-no = नहीं
help-thanks = आपकी राय के लिए धन्यवाद!

## Keyboard hints in the dialog's footer
help-keys-move = नेविगेट करने के लिए
help-keys-open = खोलने के लिए
help-keys-close = बंद करने के लिए
