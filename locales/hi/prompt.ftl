# Vox rating prompts: Hindi.

## The prompt's frame
prompt-label = { $brand } की ओर से एक छोटा-सा सवाल
prompt-close = बंद करें
prompt-optional = (वैकल्पिक)

## Net Promoter Score: 0-10
prompt-nps-question = आप { $brand } को किसी दोस्त या सहकर्मी को सुझाएँगे, इसकी कितनी संभावना है?
prompt-nps-low = बिल्कुल संभावना नहीं
prompt-nps-high = बहुत ज़्यादा संभावना

## Customer satisfaction: 1-5
prompt-csat-question = आप { $brand } से कितने संतुष्ट हैं?
prompt-csat-1 = बहुत असंतुष्ट
prompt-csat-2 = असंतुष्ट
prompt-csat-3 = न संतुष्ट, न असंतुष्ट
prompt-csat-4 = संतुष्ट
prompt-csat-5 = बहुत संतुष्ट

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } ने मुझे जो चाहिए था, उसे पाना आसान बना दिया।
prompt-ces-1 = पूरी तरह असहमत
prompt-ces-2 = असहमत
prompt-ces-3 = कुछ हद तक असहमत
prompt-ces-4 = न सहमत, न असहमत
prompt-ces-5 = कुछ हद तक सहमत
prompt-ces-6 = सहमत
prompt-ces-7 = पूरी तरह सहमत

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = यह जानकर हमें खेद है। आपके इस स्कोर की मुख्य वजह क्या है?
prompt-follow-up-passive = धन्यवाद! ऐसा क्या हो, जिससे आप हमें दूसरों को और ज़्यादा सुझाना चाहें?
prompt-follow-up-promoter = यह जानकर बहुत अच्छा लगा! आपको सबसे ज़्यादा क्या पसंद है?
prompt-follow-up-low = हमें खेद है। हम क्या बेहतर कर सकते थे?
prompt-follow-up-high = धन्यवाद! आपको सबसे ज़्यादा क्या पसंद आया?
prompt-follow-up-placeholder = आपका जवाब
prompt-characters-left =
    { $count ->
        [one] { $count } अक्षर बाकी
       *[other] { $count } अक्षर बाकी
    }
prompt-send = भेजें
prompt-skip = छोड़ें

## After answering
prompt-thanks-title = धन्यवाद!
prompt-thanks-body = आपका जवाब हमें और बेहतर बनने में मदद करता है।
