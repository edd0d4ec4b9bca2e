# Vox feedback form: English source. Every locale has exactly these message ids and uses no
# variable this file does not (checked by widgets/core/tests/locales.rs).

## Launcher button and dialog
feedback-launcher = Feedback
feedback-title = Send us feedback
feedback-intro = Tell us what works and what doesn't. We read every message.
feedback-close = Close

## Topic
feedback-category-legend = What is it about?
feedback-category-bug = Something is broken
feedback-category-idea = Idea or suggestion
feedback-category-question = Question
feedback-category-order = Order or delivery
feedback-category-other = Something else

## Optional 1-5 rating
feedback-optional = (optional)
feedback-rating-legend = How would you rate your experience?
feedback-rating-value =
    { $rating ->
        [one] { $rating } star
       *[other] { $rating } stars
    }
feedback-rating-low = Very poor
feedback-rating-high = Excellent

## Message
feedback-message-label = Your message
feedback-message-placeholder = What happened, or what would make things better?
feedback-characters-left =
    { $count ->
        [one] { $count } character left
       *[other] { $count } characters left
    }

## Email (only when the shop collects it)
feedback-email-label = Email
feedback-email-hint = Only if you'd like a reply. We use it for nothing else.

## Sending and its outcomes
feedback-submit = Send feedback
feedback-sending = Sending…
feedback-sent-title = Thank you!
feedback-sent-body = Your feedback has reached us.
feedback-queued = You seem to be offline. Your feedback is saved on this device and will be sent when you're back online.
feedback-failed = Sorry, your feedback could not be sent. Please try again later.
feedback-send-another = Send more feedback

## Validation
feedback-error-category = Please choose a topic.
feedback-error-message = Please write a message.
feedback-error-email = Please enter an email address like name@example.com.
feedback-error-summary =
    { $count ->
        [one] Please fix 1 problem before sending.
       *[other] Please fix { $count } problems before sending.
    }

## Spam trap, hidden from people
feedback-honeypot = Leave this field empty
