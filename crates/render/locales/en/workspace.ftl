# The editorial workspace's interface texts, in English: page titles, notices, labels and
# the problems and refusals its handlers tell. Every message named in the `workspace_key`
# list of `crates/render/src/messages.rs` is here; a translation has the same ids. The
# workspace's page templates keep their own text,
# except the translation work's (the last section here).

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = The glossary: { $reason }.
admin-refused-audit-log = The audit log: { $reason }.
admin-refused-organization = The organization: { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = the form cannot be read: { $reason }

## Workflow states

admin-status-draft = Draft
admin-status-in-review = In review
admin-status-scheduled = Scheduled
admin-status-published = Published
admin-status-unpublished = Unpublished
admin-status-archived = Archived

## Login

admin-login-title = Log in
admin-login-logged-out = You are logged out.
admin-login-expired = Your session has ended; please log in again.
admin-login-form-expired = The login form expired or was not sent from this site. Reload the page and try again.
admin-login-missing = Enter your email and your password.
admin-login-email-too-long = This email is too long.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Too many failed logins for this account. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
admin-login-throttled-address =
    Too many failed logins from your address. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
admin-login-refused = The email or the password is wrong.

## Dashboard and audit log

admin-dashboard-title = Items
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Items of { $structures }
admin-dashboard-scope-all = All items
admin-audit-title = Audit log

## Items

admin-item-new = New item
admin-item-not-found = There is no such item.
# $reason: the refused right.
admin-item-not-allowed = Not allowed: { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = Not possible: { $reason }.
admin-item-changed-since = Someone changed this item since you loaded it. Reload the page and try again.
# $value: what the form held.
admin-translation-not-an-item = translation of: '{ $value }' is not an item number
# $id: the item number.
admin-translation-no-such-item = translation of: there is no item { $id }
admin-translation-same-language = translation of: item { $id } is already in this language
admin-transition-unknown = unknown transition '{ $value }' (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = schedule: { $reason }
admin-schedule-in-past = schedule: the time is in the past; publish now instead
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = Item { $id } has no revision { $revision }.
admin-revision-title = Revision { $revision }
admin-restore-which = restore: which revision? ('from')
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Preview link, valid until { $expires } (anyone with it can read the item): { $link }
# $max: the most days a link may last.
admin-preview-days = days: a number from 1 to { $max }
admin-conflict-someone = Someone

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field }: { $problem }
admin-form-not-a-date-time = '{ $value }' is not a date and time (YYYY-MM-DDTHH:MM)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field }: '{ $value }' is not a valid value
admin-form-no-revision = the form has no valid revision: reload the page
admin-form-field-date-time = date and time
admin-form-field-embargo = embargo
admin-form-field-body = body

## Item fields (the differences between versions, and the pickers)

admin-field-type = Type
admin-field-language = Language
admin-field-title = Title
admin-field-summary = Summary
admin-field-body = Body
admin-field-place = Place
admin-field-time-zone = Time zone
admin-field-date = Date
admin-field-status = Status
admin-field-sources = Sources
admin-field-fields-of-work = Fields of work
admin-field-countries = Countries
admin-field-meeting-series = Meeting series
# $name: a structure that has closed.
admin-source-closed = { $name } (closed)

## Workflow moves

admin-transition-submit = Submit for review
admin-transition-withdraw = Back to draft
admin-transition-schedule = Schedule
admin-transition-publish = Publish now
admin-transition-unpublish = Unpublish
admin-transition-archive = Archive

## Glossary

admin-glossary-title = Glossary
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = site definition
# $abbr: the abbreviation.
admin-glossary-already-stored = { $abbr } is already in the glossary of this language; remove it first to change it
# $value: the language code the form held.
admin-glossary-no-such-language = '{ $value }' is not a language of the site
admin-glossary-abbr-shape = the abbreviation is one word of 1 to 20 characters
admin-glossary-abbr-letter = the abbreviation needs a letter
admin-glossary-expansion-length = the expansion has 1 to 200 characters
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = the site definition already has { $abbr }: '{ $expansion }'
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = There is no stored abbreviation { $abbr } in '{ $language }'.

## Organization

admin-site-title = Organization
# $field: the date's name in the form.
admin-site-date-needed = { $field }: a date is needed
admin-site-name-empty = the name is empty
admin-site-no-address-name = no address name can be made from this name (it has no Latin or Cyrillic letters or digits): give one
admin-site-unreadable-change = (a change this version cannot read)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = There is no structure '{ $slug }'.
admin-site-busy = other administrators are changing the organization at the same time; try again
# $value: what the form held.
admin-site-bad-taxonomy = '{ $value }' is not a taxonomy that can be added to (field-of-work, meeting)
admin-site-form-incomplete = the form is incomplete
admin-site-bad-kind = '{ $value }' is not a kind of structure
admin-site-bad-action = A structure can be renamed, closed or reopened, not '{ $value }'.
admin-site-not-a-year = '{ $value }' is not a year
admin-site-field-opened-on = opened on
admin-site-field-from = from
admin-site-field-last-day = last day
admin-site-field-address-name = address name
admin-site-field-parent = parent
admin-site-field-country = country

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Translate
admin-translate-intro = Make a draft of this item in another language. It keeps the item's type, sources, fields of work, countries, meeting series, place, time zone and date, and starts with this item's title, summary and body, to be translated.
admin-translate-language = Language of the translation
admin-translate-button = Translate
admin-translate-every-language = This item has a version in every language of the site.
admin-translate-choose = translate: choose the language of the translation
# $value: what the form held.
admin-translate-not-a-language = translate: '{ $value }' is not a language of the site
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = translate: this item already has a version in { $language } (item { $id })
admin-translate-original-changed = Someone changed this item while the translation was being made. Reload the page and try again.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Translation of item { $id }, matching revision { $revision } of the original.
# $current: the original's revision now.
admin-translation-outdated = The original has changed since: it is now at revision { $current }.
admin-translation-see-changes = See what changed in the original
admin-translation-mark = Mark as up to date
admin-translation-mark-hint = Do this once the translation says what the original says now: saving the translation does not do it by itself.
admin-translation-mark-which = up to date: which revision of the original? ('original_revision')
# $current: the original's revision now.
admin-translation-mark-stale = The original has changed again (it is now at revision { $current }). Look at what changed before marking the translation as up to date.
# $id: the item number.
admin-translation-not-tracked = Item { $id } was not made with “Translate”: there is no revision of an original to compare it with.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Changes to the original since revision { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = What changed in the original, item { $id }, from revision { $from }, which this translation matches, to its current revision { $to }. Removed words are struck through, added words underlined.
# $revision: the original's revision the translation matches.
admin-original-changes-none = The original says the same as at revision { $revision }.
admin-original-changes-back = Back to the translation
admin-changes-field = Field
admin-changes-changes = Changes
admin-dashboard-outdated-heading = Translations to bring up to date
admin-dashboard-outdated-intro = The original of each of these translations has changed since the revision the translation matches.
admin-dashboard-outdated-none = Every translation made here is up to date with its original.
admin-dashboard-outdated-translation = Translation
admin-dashboard-outdated-original = Original
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Changes since revision { $from } (now { $to })
admin-dashboard-missing-heading = Missing translations
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Public items of the last { $days ->
        [one] day
       *[other] { $days } days
    } that have no version in one of the site's interface languages.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language }: { $count ->
        [one] { $count } item without a version
       *[other] { $count } items without a version
    }
admin-dashboard-missing-none = Every public item of this period has a version in each interface language.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] The most recent one:
       *[other] The { $count } most recent:
    }
admin-dashboard-missing-item = Item
admin-dashboard-missing-languages = Missing languages
