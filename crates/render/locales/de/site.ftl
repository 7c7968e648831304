# The public site's interface texts, in German (the translation of `locales/en/site.ftl`):
# headings, introductions, labels, help and error messages of the public pages. Every
# message named in `crates/render/src/messages.rs` is here; a translation
# (`locales/ru/site.ftl`…) has the same ids. Texts that name the organization or its bodies
# are not here: they come from the site definition.

## Home page

home-title = Startseite
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = { $organization }-Vorsitz { $year }: { $country }
chair-badge = { $country } – { $organization }-Vorsitz { $year }

## Newsroom and search

newsroom-title = Newsroom
newsroom-intro = Pressemitteilungen, Nachrichten, Erklärungen und Reden – die neuesten zuerst.
newsroom-list-heading = Neueste Beiträge
search-title = Suche
search-heading-words = Suche: { $words }
search-intro = Durchsuchen Sie Pressemitteilungen, Nachrichten, Erklärungen und Reden.
search-list-heading = Ergebnisse
search-too-long =
    die Suchbegriffe dürfen zusammen höchstens { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    } lang sein
search-bad-sort = die Sortierung muss „relevance“, „newest“ oder „oldest“ sein, nicht „{ $value }“
search-not-understood = die Suchanfrage ist nicht verständlich: { $reason }
sort-relevance = Relevanz
sort-newest = Neueste zuerst
sort-oldest = Älteste zuerst
search-help-did-you-mean = Meinten Sie „{ $words }“?
search-help-without-filters = Alle Beiträge ohne Filter nach „{ $words }“ durchsuchen
search-help-any-word = Beiträge mit mindestens einem dieser Wörter: { $words }
search-help-spelling = Prüfen Sie die Schreibweise oder versuchen Sie es mit weniger oder allgemeineren Suchbegriffen

## Listings

listing-items-heading = Beiträge
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    Diese Ergebnisliste umfasst { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }; eine Seite { $page } gibt es nicht.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension }: { $value }

## Facet headings, by the key of the dimension

facet-type = Art
facet-language = Sprache
facet-field_of_work = Tätigkeitsbereich
facet-country = Land
facet-source = Quelle
facet-meeting = Veranstaltungsreihe
facet-year = Jahr

## Feeds and sitemaps

feed-title = { $organization }-Newsroom
feed-title-filtered = { $organization }-Newsroom: { $filters }
feed-unknown-filter = „{ $key }“ ist kein Filter für Feeds (möglich sind: { $filters })
feed-no-host = die Anfrage hat keinen gültigen Host-Header; Feeds und Sitemaps benötigen ihn für ihre Adressen
sitemap-no-such-part = Einen Sitemap-Teil „{ $part }“ gibt es nicht (Teile: pages, items-1, items-2, …).

## Items and preview links

no-such-item = Einen Beitrag „{ $id }“ gibt es nicht.
item-gone = Unter dieser Adresse ist kein Beitrag zu finden. Möglicherweise wurde er zurückgezogen oder der Link ist fehlerhaft.
preview-incomplete = Dieser Vorschaulink ist unvollständig. Bitte fordern Sie bei der Pressestelle einen neuen an.
preview-invalid = Dieser Vorschaulink ist ungültig. Bitte fordern Sie bei der Pressestelle einen neuen an.
preview-expired = Dieser Vorschaulink ist abgelaufen. Bitte fordern Sie bei der Pressestelle einen neuen an.

## Text pages

no-such-page = Diese Seite gibt es nicht.
no-page-at-address = Unter dieser Adresse ist keine Seite zu finden. Möglicherweise wurde sie verschoben oder der Link ist fehlerhaft.
api-docs-title = Öffentliche API

## Fields of work, meetings, countries

no-such-field = Einen Tätigkeitsbereich „{ $slug }“ gibt es nicht.
no-such-meeting = Eine Veranstaltungsreihe „{ $slug }“ gibt es nicht.
no-such-country = Ein Land „{ $slug }“ gibt es nicht.
no-such-country-group = Eine Ländergruppe „{ $slug }“ gibt es nicht.
fields-title = Tätigkeitsbereiche
fields-intro = Die Bereiche, in denen die Organisation tätig ist, jeweils mit den zugehörigen Beiträgen.
fields-list-heading = Alle Tätigkeitsbereiche
field-kicker = Tätigkeitsbereich
meetings-title = Treffen und Konferenzen
meetings-intro = Die Reihen von Treffen und Konferenzen, jeweils mit den zugehörigen Beiträgen.
meetings-list-heading = Veranstaltungsreihen
meeting-kicker = Treffen und Konferenzen
countries-title = Länder
# Shown when the site definition has no introduction of its own.
countries-intro = Die Länder der Organisation.
countries-chairpersonship-note = { $organization }-Vorsitz { $year }
country-kicker = Land
country-group-kicker = Länder
country-fact-group = Gruppe
country-fact-dissolved = Aufgelöst
country-fact-chairpersonship = Vorsitz
country-group-members = Mitglieder ({ $count })
country-structures = Strukturen in diesem Land

## Structures

no-such-structure = Eine Struktur „{ $slug }“ gibt es nicht.
structures-title = Strukturen und Institutionen
# Shown when the site definition has no introduction of its own.
structures-intro = Die Strukturen und Institutionen der Organisation und ihre Geschichte.
structure-closed-name = { $name } (geschlossen)
structure-lifetime-span = { $opened } – { $closed }
structure-lifetime-since = seit { $opened }
structure-lifetime-closed = bis { $closed }
structure-fact-kind = Art
structure-fact-part-of = Gehört zu
structure-fact-opened = Eröffnet
structure-fact-closed = Geschlossen
structure-fact-country = Land
structure-fact-former-names = Frühere Bezeichnungen
structure-former-name-span = { $name } ({ $from } – { $until })
structure-former-name-until = { $name } (bis { $until })
structure-parts = Untereinheiten
structure-closed-parts = Geschlossen
structure-chairpersonships = Vorsitzländer nach Jahr
structure-chairpersonship-entry = { $year } – { $country }
structure-chairpersonship-current = amtierend
structure-chairpersonship-designated = designiert
structure-items-heading = Beiträge: { $name }
structure-closed-heading = { $name }: geschlossen
structure-closed-intro = { $name }: geschlossene Untereinheiten, die zuletzt geschlossenen zuerst, jeweils mit Eröffnungs- und Schließungsdatum.
structure-closed-count = Geschlossen ({ $count })
structure-closed-note = { $lifetime }; früher: { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Vorsitz
structure-kind-secretariat = Sekretariat
structure-kind-unit = Organisationseinheit des Sekretariats
structure-kind-group = Gruppe von Strukturen
structure-kind-institution = Institution
structure-kind-field-operation = Feldoperation
structure-kind-parliamentary-assembly = Parlamentarische Versammlung
structure-kind-court = Gerichtshof

## Error pages

error-internal = Bei uns ist ein Fehler aufgetreten. Er wurde protokolliert; bitte versuchen Sie es später erneut.
error-heading-not-found = Seite nicht gefunden
error-heading-refused = Diese Anfrage kann nicht bearbeitet werden
error-heading-server = Ein Fehler ist aufgetreten
error-refusal-fallback = Die Anfrage kann nicht bearbeitet werden
error-panic-title = Serverfehler
error-panic-text = Der Fehler wurde protokolliert; bitte versuchen Sie es später erneut.
error-panic-home = Startseite

## Every page: the header, the menus and the footer

skip-link = Zum Hauptinhalt springen
breadcrumbs-label = Sie sind hier
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , Startseite
nav-main = Hauptnavigation
nav-footer = Fußzeilennavigation
search-form-label = Website
search-field-label = Suchbegriffe
search-button = Suchen
# The label of the list of the page's other languages.
languages-label = Sprachen

## Item pages

item-date = Datum:
item-place = Ort:
item-source = Quelle:
item-fields = Tätigkeitsbereiche:
item-countries = Länder:
item-meetings = Treffen:
# The heading of the list of the item's translations.
item-translations = Auch verfügbar auf
item-more-from = Mehr von { $source }
item-all-from = Alles von { $source }
item-related = Verwandte Beiträge
item-share = Teilen
item-share-copy = Link kopieren
item-share-copied = Link kopiert
item-share-email = E-Mail
item-share-email-subject = { $organization }: { $title }
item-address = Adresse dieser Seite:
item-press-contact = Pressekontakt

## Listings and search

search-archive-label = Archiv durchsuchen
search-order-label = Sortierung
search-hint = Alle Wörter müssen vorkommen. Setzen Sie Wortgruppen in "Anführungszeichen", verbinden Sie Alternativen mit OR, schließen Sie Wörter mit -Wort aus, suchen Sie mit title:Wort in Titeln und mit * am Wortende nach allen Wörtern, die so beginnen.
listing-none = Keine passenden Beiträge.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing = Angezeigt: { $first }–{ $last } von { $total ->
        [one] { $total } Beitrag
       *[other] { $total } Beiträgen
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Beiträge in allen Sprachen anzeigen
language-suggest = Diese Seite auf Deutsch lesen
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Nur Beiträge auf { $language } anzeigen
feed-follow = Diese Liste als Atom-Feed abonnieren
active-filters = Aktive Filter
remove-filter = (Filter entfernen)
clear-filters = Alle Filter entfernen
suggestions = Vorschläge:
pagination = Seiten
pagination-previous = Zurück
pagination-next = Weiter
refine = Eingrenzen
# $count: how many more options are folded away.
facet-more = Weitere ({ $count })

## Home page (more)

home-latest = Aktuelles aus dem Newsroom
# $count: how many items the newsroom has.
home-browse = Zum Newsroom ({ $count ->
        [one] { $count } Beitrag
       *[other] { $count } Beiträge
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Fehler { $status }
error-perhaps = Meinten Sie vielleicht
error-home-button = Zur Startseite
error-newsroom-button = Zum Newsroom

## The API's documentation

openapi-document = OpenAPI-3.1-Dokument

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Menü
filter-button = Filtern
facet-count = { $count ->
        [one] Beitrag
       *[other] Beiträge
    }
listing-dates = Datum
listing-date-from = Von
listing-date-to = Bis
listing-per-page = Beiträge pro Seite
listing-apply = Anwenden
active-range = Zeitraum: { $from } – { $to }
active-range-from = Ab { $from }
active-range-to = Bis { $to }
listing-bad-date = „{ $value }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2024-05-31 (ein Jahr, JJJJ, oder ein Monat, JJJJ-MM, steht für alle seine Tage)
listing-bad-range = der Zeitraum beginnt nach seinem Ende ({ $from } liegt nach { $to })
listing-bad-per-page = per_page muss 10, 20 oder 50 sein, nicht „{ $value }“
listing-relevance-needs-words = nur eine Suche kann nach Relevanz sortiert werden: Geben Sie Suchbegriffe an
picture-credit = Foto: { $credit }
media-not-found = Unter dieser Adresse gibt es keine Datei.
# Attachments
item-gallery = Bilder
item-attachments = Dokumente und Links
attachment-document = { $format }, { $size }
attachment-link = Link zu { $host }
attachment-size-kb = { $size } KB
attachment-size-mb = { $size } MB

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Kontakt
contact-phone = Telefon
contact-email = E-Mail
contact-web = Website
