# The editorial workspace's interface texts, in English: its pages, the notices, labels and
# the problems and refusals its handlers tell. Every message named in the `workspace_key`
# list (`crates/render/src/messages/workspace_key.rs`) is here; a translation has the same
# ids.

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
admin-login-no-account = This site has no account yet. Create the first one on the server, then log in here:
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
admin-translate-language-taken-elsewhere = translate: this item already has a version in { $language }, which you cannot open
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

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = English
admin-language-label = Language of the workspace
admin-language-button = Change language
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = '{ $value }' is not a language of the workspace ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site } editorial workspace
admin-skip-link = Skip to main content
admin-workspace-name = Editorial workspace
admin-account-label = Account
admin-public-site = Public site
admin-log-out = Log out
admin-role-admin = Administrator
admin-role-editor = Editor
admin-role-press-officer = Press officer

## Refused requests and rights

admin-csrf-refused = the form is out of date or was not sent from this site; reload the page and try again
admin-cross-site-fetch = cross-site request refused: the browser says it comes from another site
admin-cross-site-origin = cross-site request refused: its Origin is another site
admin-cross-site-unreadable = cross-site request refused: its Origin header is not readable
admin-refusal-not-your-item = this item belongs to structures you do not write for
admin-refusal-may-not-publish = you may not publish items of these structures
admin-refusal-admin-only = only administrators may do this
# $source: the address name of a structure.
admin-refusal-not-your-source = you do not write for '{ $source }': an item can only be given sources you write for
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = an item that is { $from } cannot be moved to { $to } ('{ $transition }')

## Login page

admin-login-email = Email
admin-login-password = Password

## Dashboard

admin-dashboard-no-items = No items yet.
admin-dashboard-items-caption = Items you may edit, most recently changed first
admin-public-page = public page
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = of “{ $title }”

## Audit log

admin-audit-lead = Every change, newest first. The log cannot be edited.
admin-audit-caption = Audit log, newest first
admin-when-utc = When (UTC)
admin-when = When
admin-who = Who
# The address a change was made from.
admin-audit-address = From
admin-audit-action = What
admin-audit-subject = Subject
admin-audit-detail = Detail
admin-audit-older = Older entries

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Item { $id } · revision { $revision } · { $status }
# $id: the item number.
admin-item-link = Item { $id }
admin-item-public-link = See it on the public site
admin-item-translations = Translations:
admin-item-not-saved = The item was not saved:
admin-item-translation-of-label = Translation of item (its number; optional)
admin-item-time-zone-label = Time zone of the place
admin-item-date-label = Date and time (at the place)
admin-item-embargo-label = Embargo until (at the place; optional)
admin-save = Save
admin-conflict-heading = Someone saved this item while you were editing it
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = { $author } saved revision { $revision } at { $at }. Your changes are in the form below and are not saved; the saved version is shown here. Copy what you need, then save again.
admin-conflict-saved = Saved:
admin-conflict-yours = Yours:
admin-workflow-heading = Workflow
admin-workflow-publish-at = Publish at (at the place)
admin-preview-heading = Preview link
admin-preview-intro = A link to the item exactly as its public page will show it, for a journalist to read before it is published. Anyone with the link can read it until it expires.
admin-preview-days-label = Valid for (days, 1–30)
admin-preview-button = Make a preview link
admin-history-heading = History
admin-history-caption = Revisions, newest first
admin-history-revision = Revision
admin-history-saved-by = Saved by
# $revision: the item's current revision.
admin-history-current = { $revision } (current)
# The author of a revision made by an import.
admin-history-import = (import)

## The fields named in the item form's problems

admin-form-field-title = title
admin-form-field-summary = summary
admin-form-field-place = place
admin-form-field-type = type
admin-form-field-language = language
admin-form-field-time-zone = time zone
admin-form-field-sources = sources
admin-form-field-fields-of-work = fields of work
admin-form-field-countries = countries
admin-form-field-meetings = meetings
admin-form-field-embargo-until = embargo until
admin-problem-title-required = a title is required
admin-problem-source-required = at least one source is required
admin-problem-embargo-before = the embargo ends before the publication time: leave it empty instead

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = revision { $revision } of { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Saved by { $author } at { $at }. Below, what changed from this revision to the current one:
admin-diff-removed = removed
admin-diff-added = added
admin-revision-same = This revision says the same as the current one.
# $revision: the revision shown.
admin-revision-caption = Changes from revision { $revision } to the current revision
admin-restore-button = Restore this revision
admin-restore-note = Its text and terms become a new revision; the status stays as it is.

## Glossary page

admin-glossary-lead = Abbreviations marked on item pages at their first use, per language. Those of the site definition come first and are changed with it; the others can be added and removed here.
admin-glossary-abbr = Abbreviation
admin-glossary-expansion = Expansion
admin-glossary-add = Add
# $language: the language's name.
admin-glossary-caption = Abbreviations in { $language }
# Where an abbreviation comes from.
admin-glossary-origin = From
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Remove
admin-actions = Actions

## Organization and structure pages

admin-optional = (optional)
admin-date-placeholder = YYYY-MM-DD
admin-date-hint = Dates are written YYYY-MM-DD, or YYYY-MM and YYYY when only the month or the year is known.
admin-site-lead = The taxonomies and structures items are filed under. What the site files define is changed with them; what is added or changed here is kept as a history below and applied over them. Old items keep the names their sources had on their date.
admin-site-toc = On this page
admin-site-not-made = This change was not made:
admin-site-add-field-heading = Add a field of work
admin-site-add-field-button = Add the field of work
admin-site-add-meeting-heading = Add a meeting series
admin-site-add-meeting-button = Add the meeting series
admin-site-name = Name
admin-site-address-name = Address name
admin-site-slug-hint = (optional: made from the name)
admin-site-names-legend = The name in the other languages (optional)
admin-site-other-languages = Other languages
admin-site-structures = Structures
admin-site-structures-intro = Choose a structure to rename, close or reopen it.
admin-site-structures-caption = Structures, each under its parent
admin-site-kind = Kind
admin-site-opened = Opened
admin-site-closed = Closed
admin-site-former-names = Former names
admin-site-open-heading = Open a structure
admin-site-structure-name-hint = (as in a menu: “Mission to Serbia”)
admin-site-source = Shown as a source
admin-site-source-hint = (optional: the prefix and the name)
admin-site-opened-on = Opened on
admin-site-part-of = Part of
admin-site-no-parent = (nothing: a top-level structure)
admin-site-country = Country
admin-site-country-hint = (of a field operation)
admin-site-none = (none)
admin-site-sources-legend = As a source in the other languages (optional)
admin-site-open-button = Open the structure
admin-site-chairs = Chairpersonships
admin-site-chairs-caption = The participating State chairing each year
admin-site-year = Year
admin-site-chair = Chair
admin-site-this-year = this year
admin-site-chair-heading = Set the chair of a year
admin-site-participating-state = Participating State
admin-site-chair-button = Set the chair
admin-site-history-none = No change has been made here yet: the organization is as the site files define it.
admin-site-history-caption = Changes made here, newest first
admin-site-history-number = No.
admin-site-change = Change
admin-site-not-applied = Not applied:
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = added the field of work “{ $name }” ({ $slug })
admin-change-add-meeting = added the meeting series “{ $name }” ({ $slug })
admin-change-open = opened “{ $name }” ({ $slug }) on { $date }
admin-change-rename = renamed { $slug } “{ $name }” from { $date }
admin-change-close = closed { $slug } on { $date }
admin-change-reopen = reopened { $slug }
# $year: the year; $country: the country's address name.
admin-change-chair = set the chairpersonship of { $year } to { $country }
# $date: the day the structure opened.
admin-structure-opened = opened { $date }
admin-structure-opened-unknown = opened (date unknown)
# $date: the structure's last day.
admin-structure-closed = closed { $date }
admin-structure-names = Names
# $name: the structure's name.
admin-structure-names-caption = The names of { $name }, oldest first
# The day a name took effect.
admin-structure-from = From
admin-structure-rename = Rename
admin-structure-rename-intro = Items dated before the new name keep the name they were published under.
admin-structure-new-name = New name
admin-structure-parts = Parts
admin-structure-part-closed = (closed)
admin-structure-close = Close
admin-structure-close-intro = A closed structure leaves the menus and is listed among the closed ones; its items stay, their source marked “(closed)”.
admin-structure-last-day = Last day
admin-structure-close-button = Close the structure
admin-structure-reopen = Reopen
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Takes back the closing of { $date }.
admin-structure-reopen-button = Reopen the structure
admin-structure-history = Changes made here
admin-structure-not-applied = not applied:

# Pictures: the media library and an item's pictures.
admin-item-pictures-heading = Pictures
admin-item-pictures-save-first = Save the item to give it pictures.
# $id: the picture's number in the media library.
admin-item-lead-current = The lead picture (number { $id }), shown above the text and on the item's cards.
admin-item-lead-none = The item has no lead picture.
admin-item-lead-remove = Remove the lead picture
admin-item-lead-choose-heading = Choose a picture of the library
admin-item-lead-recent = Recent pictures
admin-item-lead-recent-none = (none chosen)
admin-item-lead-number = Or its number in the library
admin-item-lead-use = Use as the lead picture
admin-item-lead-which = Choose a picture, or give its number in the library.
# $id: the number typed.
admin-item-lead-not-found = There is no picture { $id } in the library.
admin-item-library-link = Open the media library
admin-item-upload-heading = Upload a new picture
admin-item-upload-place = Where the picture goes
admin-item-upload-as-lead = As the lead picture
admin-item-upload-in-body = At the end of the text, with its caption and credit (a new revision)
admin-media-title = Media library
admin-media-intro = Pictures for the items, newest first. A picture is public only while an item that shows it is public.
admin-media-upload-heading = Upload a picture
admin-media-file = Picture (JPEG, PNG or WebP, up to 20 MB)
# $language: the name of the language, in that language.
admin-media-texts-language = Write the texts in this language: { $language }.
admin-media-alt = Alternative text (required)
admin-media-alt-hint = What the picture shows, for readers who cannot see it: a sentence or two, without “picture of”.
admin-media-caption = Caption
admin-media-credit = Credit (photographer, agency)
admin-media-focal = Focal point
admin-media-focal-hint = The part of the picture to keep in view when it is cropped, in per cent of its width and height (50 and 50: the centre).
admin-media-focal-x = From the left (%)
admin-media-focal-y = From the top (%)
admin-media-upload-button = Upload
admin-media-library-heading = Pictures of the library
admin-media-search-label = Search the alternative texts, captions and credits
admin-media-search-button = Search
# $count: how many pictures the library holds (that match the search).
admin-media-count =
    { $count ->
        [0] No picture
        [one] One picture
       *[other] { $count } pictures
    }
admin-media-table-caption = The pictures of the library, newest first
admin-media-col-picture = Picture
admin-media-col-number = Number
admin-media-col-texts = Texts
admin-media-col-uploaded = Uploaded (UTC)
admin-media-col-html = HTML for a text
# $id: the picture's number in the library.
admin-media-snippet = HTML of picture { $id }, to paste into a text with the editor's HTML button
# $width, $height: in pixels; $format: JPEG, PNG or WebP.
admin-media-size = { $width } × { $height } pixels, { $format }
admin-media-pages = Pages of the library
admin-media-newer = Newer pictures
admin-media-older = Older pictures
# $id: the new picture's number in the library.
admin-media-added = Picture { $id } was added to the library.
# $id: the number of the picture already in the library.
admin-media-already = This picture was already in the library, as picture { $id }: its texts were kept.
admin-media-not-added = The picture was not added:
admin-media-field-file = picture
admin-media-field-alt = alternative text
admin-media-field-caption = caption
admin-media-field-credit = credit
admin-media-no-file = choose a picture to upload (the file sent is empty)
admin-media-alt-required = it is required: describe what the picture shows, for readers who cannot see it
# $length: the length of the text given; $max: the longest accepted (in characters).
admin-media-too-long = it is { $length } characters long; the longest accepted is { $max }
admin-media-focal-range = each value is a number from 0 to 100
# $size: the file's size; $max: the largest accepted ("20 MB").
admin-media-file-too-large = the file is { $size }; the largest accepted is { $max }
# $looks-like: what the file seems to be, in English ("a PDF document").
admin-media-not-a-picture = the file is not a JPEG, PNG or WebP picture (it looks like { $looks-like })
# $width, $height: the picture's size in pixels; $max: the most megapixels accepted.
admin-media-too-many-pixels = the picture is { $width } × { $height } pixels; the largest accepted is { $max } megapixels
# $width, $height: the picture's size in pixels; $max: the longest side accepted.
admin-media-side-too-long = the picture is { $width } × { $height } pixels; the longest side accepted is { $max } pixels
# $reason: the decoder's words, in English.
admin-media-unreadable = the picture cannot be read (damaged, cut off, or of a kind not supported): { $reason }
admin-media-upload-too-large = The upload is larger than the site accepts: pictures of up to 20 MB.
admin-media-upload-unreadable = The upload could not be read: send it again from the form.
admin-media-file-not-found = There is no such file in the media library.
# Attachments
admin-item-attachments-heading = Documents and links
admin-item-attachments-intro = Listed under the item's text, in this order. A document's file is public only while an item that lists it is public.
admin-item-attachments-none = The item lists no documents or links.
admin-item-attachments-caption = The documents and links of the item, in their order
admin-attachment-col-title = Title
admin-attachment-col-kind = Kind
admin-attachment-col-language = Language
admin-attachment-col-order = Order and removal
admin-attachment-up = Move up
admin-attachment-down = Move down
admin-attachment-remove = Remove
admin-document-heading = Upload a document
admin-document-file = Document (PDF, ODT, ODS, ODP, DOCX, XLSX or PPTX, up to 50 MB)
admin-attachment-title = Title (required)
admin-attachment-language = Its language
admin-document-button = Upload and list
admin-link-heading = Add a link
admin-link-url = Address (https://…)
admin-link-button = Add the link
admin-gallery-heading = Pictures attached
admin-gallery-intro = Shown under the text as a small gallery, each leading to the picture at its largest.
admin-gallery-none = No picture is attached.
admin-gallery-caption = The pictures attached to the item, in their order
admin-gallery-number = Number of a picture in the library
admin-gallery-button = Attach the picture
admin-attachment-not-done = The change was not made:
admin-attachment-field-file = document
admin-attachment-field-title = title
admin-attachment-field-address = address
admin-attachment-field-language = language
admin-attachment-field-picture = picture
admin-attachment-required = it is required
admin-attachment-control = it contains control characters
# $value: what was sent (cut short).
admin-attachment-language-unknown = '{ $value }' is not a language of the site
# $max: how many the item may have.
admin-attachment-full = the item already has { $max }: remove one first
admin-document-no-file = choose a document to upload (the file sent is empty)
# $looks-like: what the file seems to be, in English ("a web page (HTML)").
admin-document-not-accepted = the file is not a PDF, OpenDocument (ODT, ODS, ODP) or Office (DOCX, XLSX, PPTX) document (it looks like { $looks-like })
admin-document-macros = the document contains macros: save it without them (as DOCX, XLSX, PPTX or in an OpenDocument format)
admin-document-damaged = the document cannot be read: it is damaged or cut off
admin-document-upload-too-large = The upload is larger than the site accepts: documents of up to 50 MB.
admin-link-characters = it contains spaces, control characters, invisible characters or backslashes
admin-link-not-http = give a full address starting with https:// or http://
admin-link-no-host = it names no site after https://
admin-link-credentials = it must not contain a user name or password
admin-link-bad-host = the site's name in it is not valid
admin-gallery-which = give the number of a picture in the library
admin-attachment-action-unknown = Choose what to do: move up, move down or remove.
admin-attachment-not-found = The item does not list this document, link or picture.

# Introductions
admin-intro-heading = Introduction
admin-intro-title = Introduction of “{ $name }”
admin-intro-lead = What the public page says this entry is. A page shows the description in its own language only; a structure's contacts are shown in the default language where its page's language has none. Plain text: separate paragraphs with a blank line (at most 4,000 characters).
admin-intro-language = Language
admin-intro-show = Show
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Written in: { $languages }
admin-intro-none-yet = There is no introduction in this language yet.
admin-intro-description = Description
admin-intro-contacts = Head, address and contacts
admin-intro-head-title = Head: title of the office
admin-intro-head-name = Head: name
admin-intro-address = Address (one line each)
admin-intro-phone = Telephone
admin-intro-email = E-mail
admin-intro-web = Website (http or https)
admin-intro-press = Press contact (an office or a role, not a person)
admin-intro-press-name = Office or role
admin-intro-save = Save the introduction
admin-intro-remove = Remove the introduction in this language
admin-intro-edit = Edit
admin-intro-countries = Introductions of countries
admin-intro-countries-lead = Choose a country to write or change its introduction.
admin-intro-no-such = There is nothing to introduce at '{ $slug }'.
admin-intro-not-a-language = '{ $value }' is not a language of the site.
admin-change-set-intro = set the introduction of { $slug } in { $language }
admin-change-clear-intro = removed the introduction of { $slug } in { $language }
