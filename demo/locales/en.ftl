# The collector's dashboard (/admin), in English. Every other language copies these ids.

title = Voice of customer
back-to-shop = Back to the shop
skip-to-content = Skip to the dashboard
view = View
period-from = From
period-to = To
filter-locale = Locale
filter-country = Country
filter-page = Page
filter-meta = Site field (name:value)
filter-q = Verbatims containing
group-by = Group by
group-locale = locale
group-country = country
group-page = page
group-meta = site field { $name }
apply = Apply
reset = Reset
export = Export this view
raw-json = All submissions (JSON)
language = Language
summary = { $count ->
    [one] { $count } submission from { $from } to { $to }
   *[other] { $count } submissions from { $from } to { $to }
}

scores = Scores over time
scores-intro = Per { $bucket }, with the number of responses and a 95% interval (the band): a narrow band is a score you can trust.
bucket-day = day
bucket-week = week
method-nps = Net Promoter Score
method-csat = Customer satisfaction
method-ces = Customer effort
responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
interval = 95% interval { $low } to { $high }
no-responses = No responses in this view.
gauge = NPS gauge
band-detractors = Detractors
band-passives = Passives
band-promoters = Promoters
chart-data = The numbers
col-period = Period
col-score = Score
col-interval = 95% interval

breakdown = By { $group }
col-group = Group
col-responses = Responses
col-feedback = Feedback
col-consent = Accepted
none = (none)

feedback-volume = Feedback by category and rating
col-category = Category
col-rating = Rating
no-rating = no rating
stars = { $rating } ★

consent = Consent choices by { $group } and revision
col-revision = Revision
col-choices = Choices
choice-accept_all = Accept all
choice-reject_all = Reject all
choice-custom = Custom
choice-acknowledge = Acknowledged

verbatims = Verbatims
verbatims-intro = Feedback messages and rating follow-ups, newest first. Terms are counted per language with the help search's tokenizer.
verbatims-shown = Showing { $shown } of { $total }.
terms = Recurring terms
col-language = Language
col-terms = Terms
col-when = Day
col-what = Message
col-from = From
col-follow-up = Follow-up
kind-feedback = Feedback · { $category }
kind-follow-up = { $method } follow-up · { $score }
no-verbatims = No messages match this view.

help = Help center insights
help-intro = Each list is a to-do list for the help team.
top-queries = Top queries
zero-queries = Queries with no result
contact-queries = Queries that ended in “Contact us”
unhelpful = Articles voted “not helpful”
votes = { $no } of { $all } votes “not helpful”
nothing = Nothing yet.

reply-to = Reply to { $email }
send-reply = Send reply
replied = Replied:
mark-handled = Mark handled
handled = Handled ✓ · undo

data-rights = Data rights
kept-forever = Submissions are kept until erased (no --retain rule).
kept-for = Kept: { $rules }; older ones are deleted every hour.
export-person = Export one person's submissions
erase-person = Erase one person (cannot be undone)
email = Email
consent-id = or consent id
export-json = Export as JSON
erase = Erase
erase-note = Erasing deletes the person's submissions; their consent records stay as proof of consent, with the page and the site's meta blanked.
