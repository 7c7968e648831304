# The public site's interface texts, in English: headings, introductions, labels, help and
# error messages of the public pages. Every message named in `crates/render/src/messages.rs`
# is here; a translation (`locales/ru/site.ftl`…) has the same ids. Texts that name the
# organization or its bodies are not here: they come from the site definition.

## Home page

home-title = Home
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = { $country } holds the { $organization } Chairpersonship in { $year }.
# The link to the current chairpersonship in every page's header.
chair-badge = { $country } – { $organization } Chairpersonship { $year }

## Newsroom and search

newsroom-title = Newsroom
newsroom-intro = Press releases, news, statements and speeches, newest first.
newsroom-list-heading = Latest items
search-title = Search
search-heading-words = Search: { $words }
search-intro = Search press releases, news, statements and speeches.
search-list-heading = Results
search-too-long = the search words are limited to { $max } characters
search-bad-sort = sort must be relevance, newest or oldest, not '{ $value }'
search-not-understood = cannot understand the search: { $reason }
sort-relevance = Best match
sort-newest = Newest first
sort-oldest = Oldest first
search-help-did-you-mean = Did you mean “{ $words }”?
search-help-without-filters = Search all items for “{ $words }”, without the filters
search-help-any-word = Items with any of the words: { $words }
search-help-spelling = Check the spelling, or try fewer or more general words

## Listings

listing-items-heading = Items
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    This listing has { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } of results; there is no page { $page }.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension }: { $value }

## Facet headings, by the key of the dimension

facet-type = Type
facet-language = Language
facet-field_of_work = Field of work
facet-country = Country
facet-source = Source
facet-meeting = Meeting series
facet-year = Year

## Feeds and sitemaps

feed-title = { $organization } newsroom
feed-title-filtered = { $organization } newsroom: { $filters }
feed-unknown-filter = '{ $key }' is not a filter of feeds (they take { $filters })
feed-no-host = the request has no valid Host header, which feeds and sitemaps need for their addresses
sitemap-no-such-part = There is no sitemap part '{ $part }' (parts: pages, items-1, items-2, …).

## Items and preview links

no-such-item = There is no item '{ $id }'.
item-gone = There is no item at this address. It may have been withdrawn, or the link may be mistyped.
preview-incomplete = This preview link is incomplete. Ask the press office for a new one.
preview-invalid = This preview link is not valid. Ask the press office for a new one.
preview-expired = This preview link has expired. Ask the press office for a new one.

## Text pages

no-such-page = There is no such page.
no-page-at-address = There is no page at this address. It may have moved, or the link may be mistyped.
api-docs-title = Public API

## Fields of work, meetings, countries

no-such-field = There is no field of work '{ $slug }'.
no-such-meeting = There is no meeting series '{ $slug }'.
no-such-country = There is no country '{ $slug }'.
no-such-country-group = There is no country group '{ $slug }'.
fields-title = Fields of work
fields-intro = The areas in which the organization works, each with its items.
fields-list-heading = All fields of work
field-kicker = Field of work
meetings-title = Meetings and conferences
meetings-intro = The series of meetings and conferences, each with its items.
meetings-list-heading = Meeting series
meeting-kicker = Meetings and conferences
countries-title = Countries
# Shown when the site definition has no introduction of its own.
countries-intro = The countries of the organization.
countries-chairpersonship-note = { $organization } Chairpersonship { $year }
country-kicker = Country
country-group-kicker = Countries
country-fact-group = Group
country-fact-dissolved = Dissolved
country-fact-chairpersonship = Chairpersonship
country-group-members = Members ({ $count })
country-structures = Structures in this country

## Structures

no-such-structure = There is no structure '{ $slug }'.
structures-title = Structures and institutions
# Shown when the site definition has no introduction of its own.
structures-intro = The organization's structures and institutions, with their history.
structure-closed-name = { $name } (closed)
structure-lifetime-span = { $opened } – { $closed }
structure-lifetime-since = since { $opened }
structure-lifetime-closed = closed { $closed }
structure-fact-kind = Kind
structure-fact-part-of = Part of
structure-fact-opened = Opened
structure-fact-closed = Closed
structure-fact-country = Country
structure-fact-former-names = Former names
structure-former-name-span = { $name } ({ $from } – { $until })
structure-former-name-until = { $name } (until { $until })
structure-parts = Parts
structure-closed-parts = Closed
structure-chairpersonships = Chairpersonships by year
structure-chairpersonship-entry = { $year } – { $country }
structure-chairpersonship-current = current
structure-chairpersonship-designated = designated
structure-items-heading = Items from the { $name }
structure-closed-heading = { $name }: closed
structure-closed-intro = Closed parts of the { $name }, most recently closed first, with the dates they opened and closed.
structure-closed-count = Closed ({ $count })
structure-closed-note = { $lifetime }; formerly { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Chairpersonship
structure-kind-secretariat = Secretariat
structure-kind-unit = Secretariat unit
structure-kind-group = Group of structures
structure-kind-institution = Institution
structure-kind-field-operation = Field operation
structure-kind-parliamentary-assembly = Parliamentary Assembly
structure-kind-court = Court

## Error pages

error-internal = Something went wrong on our side. The error has been logged; please try again later.
error-heading-not-found = Page not found
error-heading-refused = This request cannot be answered
error-heading-server = Something went wrong
error-refusal-fallback = The request cannot be answered
error-panic-title = Server error
error-panic-text = The error has been logged; please try again later.
error-panic-home = Home page

## Every page: the header, the menus and the footer

skip-link = Skip to main content
breadcrumbs-label = You are here
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , home page
nav-main = Main
nav-footer = Footer
search-form-label = Site
search-field-label = Search
search-button = Search
# The label of the list of the page's other languages.
languages-label = Languages

## Item pages

item-date = Date:
item-place = Place:
item-source = Source:
item-fields = Fields of work:
item-countries = Countries:
item-meetings = Meetings:
# The heading of the list of the item's translations.
item-translations = Also available in
item-more-from = More from { $source }
item-all-from = Everything from { $source }
item-related = Related items
item-share = Share
item-share-copy = Copy link
item-share-copied = Link copied
item-share-email = E-mail
item-share-email-subject = { $organization }: { $title }
item-address = Address of this page:
item-press-contact = Press contact

## Listings and search

search-archive-label = Search the archive
search-order-label = Order
search-hint = All the words are required; use "quotes" for a phrase, OR for alternatives, -word to leave a word out, title:word for titles, and a word ending in * for every word it begins.
listing-none = No items match.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing = Showing { $first }–{ $last } of { $total ->
        [one] { $total } item
       *[other] { $total } items
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Show items in every language
# Shown, in the language it names, to a reader whose browser prefers that language.
language-suggest = Read this page in English
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Show only items in { $language }
feed-follow = Follow this list as an Atom feed
active-filters = Active filters
remove-filter = (remove filter)
clear-filters = Clear all filters
suggestions = Suggestions:
pagination = Pages
pagination-previous = Previous
pagination-next = Next
refine = Refine
# $count: how many more options are folded away.
facet-more = More ({ $count })

## Home page (more)

home-latest = Latest from the newsroom
# $count: how many items the newsroom has.
home-browse = Browse the newsroom ({ $count ->
        [one] { $count } item
       *[other] { $count } items
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Error { $status }
error-perhaps = Perhaps you meant
error-home-button = Go to the home page
error-newsroom-button = Browse the newsroom

## The API's documentation

openapi-document = OpenAPI 3.1 document

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Menu
filter-button = Filter
# $count: how many items choosing a facet's value lists; the noun read out after that
# number, which the page shows.
facet-count = { $count ->
        [one] item
       *[other] items
    }
listing-dates = Date
listing-date-from = From
listing-date-to = To
listing-per-page = Items per page
listing-apply = Apply
# $from, $to: the first and last days of the range, as the language writes dates.
active-range = Dates: { $from } – { $to }
active-range-from = From { $from }
active-range-to = Until { $to }
# $value: what was given (cut short).
listing-bad-date = '{ $value }' is not a date: write it YYYY-MM-DD, e.g. 2024-05-31 (a year, YYYY, or a month, YYYY-MM, stands for all its days)
# $from, $to: the first and last days of the range asked for.
listing-bad-range = the date range starts after it ends ({ $from } is after { $to })
listing-bad-per-page = per_page must be 10, 20 or 50, not '{ $value }'
listing-relevance-needs-words = only a search can be sorted by relevance: give words to search for
# $credit: who took or owns the picture ("OSCE/Micky Kroell").
picture-credit = Photo: { $credit }
media-not-found = There is no file at this address.
# Attachments
# The headings of what an item offers under its text: attached pictures, documents and links.
item-gallery = Pictures
item-attachments = Documents and links
# $format: "PDF", "DOCX"…; $size: the file's size ("1.2 MB").
attachment-document = { $format }, { $size }
# $host: the site a link leads to ("www.un.org").
attachment-link = link to { $host }
# $size: a number with one decimal at most, as the language writes it.
attachment-size-kb = { $size } KB
attachment-size-mb = { $size } MB

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Contact
contact-phone = Telephone
contact-email = E-mail
contact-web = Website
