# Vox rating prompts (NPS, CSAT, CES): English source. Every locale has exactly these message ids
# and uses no variable this file does not (checked by widgets/core/tests/locales.rs).
# $brand is the shop's or product's name, as the site configures it.

## The prompt's frame
prompt-label = A quick question from { $brand }
prompt-close = Close
prompt-optional = (optional)

## Net Promoter Score: 0-10
prompt-nps-question = How likely are you to recommend { $brand } to a friend or colleague?
prompt-nps-low = Not at all likely
prompt-nps-high = Extremely likely

## Customer satisfaction: 1-5
prompt-csat-question = How satisfied are you with { $brand }?
prompt-csat-1 = Very dissatisfied
prompt-csat-2 = Dissatisfied
prompt-csat-3 = Neither satisfied nor dissatisfied
prompt-csat-4 = Satisfied
prompt-csat-5 = Very satisfied

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } made it easy for me to get what I needed.
prompt-ces-1 = Strongly disagree
prompt-ces-2 = Disagree
prompt-ces-3 = Somewhat disagree
prompt-ces-4 = Neither agree nor disagree
prompt-ces-5 = Somewhat agree
prompt-ces-6 = Agree
prompt-ces-7 = Strongly agree

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = We're sorry to hear that. What is the main reason for your score?
prompt-follow-up-passive = Thank you! What would make you more likely to recommend us?
prompt-follow-up-promoter = Great to hear! What do you like most?
prompt-follow-up-low = We're sorry. What could we have done better?
prompt-follow-up-high = Thank you! What did you like most?
prompt-follow-up-placeholder = Your answer
prompt-characters-left =
    { $count ->
        [one] { $count } character left
       *[other] { $count } characters left
    }
prompt-send = Send
prompt-skip = Skip

## After answering
prompt-thanks-title = Thank you!
prompt-thanks-body = Your answer helps us get better.
