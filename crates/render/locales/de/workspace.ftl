# The editorial workspace's interface texts, in German (de): the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order: its pages, the
# notices, labels and the problems and refusals its handlers tell.

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = Glossar: { $reason }.
admin-refused-audit-log = Prüfprotokoll: { $reason }.
admin-refused-organization = Organisation: { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = das Formular kann nicht gelesen werden: { $reason }

## Workflow states

admin-status-draft = Entwurf
admin-status-in-review = In Prüfung
admin-status-scheduled = Geplant
admin-status-published = Veröffentlicht
admin-status-unpublished = Depubliziert
admin-status-archived = Archiviert

## Login

admin-login-title = Anmelden
admin-login-logged-out = Sie sind abgemeldet.
admin-login-no-account = Diese Website hat noch kein Konto. Legen Sie das erste auf dem Server an und melden Sie sich dann hier an:
admin-login-expired = Ihre Sitzung ist abgelaufen; bitte melden Sie sich erneut an.
admin-login-form-expired = Das Anmeldeformular ist abgelaufen oder wurde nicht von dieser Website gesendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.
admin-login-missing = Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.
admin-login-email-too-long = Diese E-Mail-Adresse ist zu lang.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto. Versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
admin-login-throttled-address =
    Zu viele fehlgeschlagene Anmeldeversuche von Ihrer IP-Adresse. Versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
admin-login-refused = E-Mail-Adresse oder Passwort ist falsch.

## Dashboard and audit log

admin-dashboard-title = Beiträge
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Beiträge: { $structures }
admin-dashboard-scope-all = Alle Beiträge
admin-audit-title = Prüfprotokoll

## Items

admin-item-new = Neuer Beitrag
admin-item-not-found = Diesen Beitrag gibt es nicht.
# $reason: the refused right.
admin-item-not-allowed = Nicht erlaubt: { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = Nicht möglich: { $reason }.
admin-item-changed-since = Jemand hat diesen Beitrag geändert, nachdem Sie ihn geladen haben. Laden Sie die Seite neu und versuchen Sie es noch einmal.
# $value: what the form held.
admin-translation-not-an-item = Übersetzung von: „{ $value }“ ist keine Beitragsnummer
# $id: the item number.
admin-translation-no-such-item = Übersetzung von: Einen Beitrag { $id } gibt es nicht
admin-translation-same-language = Übersetzung von: Beitrag { $id } liegt bereits in dieser Sprache vor
admin-transition-unknown = unbekannter Workflow-Schritt „{ $value }“ (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = Veröffentlichungstermin: { $reason }
admin-schedule-in-past = Veröffentlichungstermin: Der Zeitpunkt liegt in der Vergangenheit; veröffentlichen Sie stattdessen sofort
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = Beitrag { $id } hat keine Version { $revision }.
admin-revision-title = Version { $revision }
admin-restore-which = Wiederherstellen: Welche Version? („from“)
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Vorschaulink, gültig bis { $expires } (jede Person mit diesem Link kann den Beitrag lesen): { $link }
# $max: the most days a link may last.
admin-preview-days = Tage: eine Zahl von 1 bis { $max }
admin-conflict-someone = Jemand

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field }: { $problem }
admin-form-not-a-date-time = „{ $value }“ ist kein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field }: „{ $value }“ ist kein gültiger Wert
admin-form-no-revision = das Formular enthält keine gültige Version: Laden Sie die Seite neu
admin-form-field-date-time = Datum und Uhrzeit
admin-form-field-embargo = Sperrfrist
admin-form-field-body = Text

## Item fields (the differences between versions, and the pickers)

admin-field-type = Art
admin-field-language = Sprache
admin-field-title = Titel
admin-field-summary = Zusammenfassung
admin-field-body = Text
admin-field-place = Ort
admin-field-time-zone = Zeitzone
admin-field-date = Datum
admin-field-status = Status
admin-field-sources = Quellen
admin-field-fields-of-work = Tätigkeitsbereiche
admin-field-countries = Länder
admin-field-meeting-series = Veranstaltungsreihen
# $name: a structure that has closed.
admin-source-closed = { $name } (geschlossen)

## Workflow moves

admin-transition-submit = Zur Prüfung einreichen
admin-transition-withdraw = Zurück zum Entwurf
admin-transition-schedule = Einplanen
admin-transition-publish = Jetzt veröffentlichen
admin-transition-unpublish = Depublizieren
admin-transition-archive = Archivieren

## Glossary

admin-glossary-title = Glossar
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = Website-Definition
# $abbr: the abbreviation.
admin-glossary-already-stored = { $abbr } steht bereits im Glossar dieser Sprache; um den Eintrag zu ändern, entfernen Sie ihn zuerst
# $value: the language code the form held.
admin-glossary-no-such-language = „{ $value }“ ist keine Sprache der Website
admin-glossary-abbr-shape = die Abkürzung muss ein einzelnes Wort mit 1 bis 20 Zeichen sein
admin-glossary-abbr-letter = die Abkürzung muss mindestens einen Buchstaben enthalten
admin-glossary-expansion-length = die Langform muss 1 bis 200 Zeichen lang sein
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = die Website-Definition enthält bereits { $abbr }: „{ $expansion }“
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = Für „{ $language }“ ist keine Abkürzung { $abbr } gespeichert.

## Organization

admin-site-title = Organisation
# $field: the date's name in the form.
admin-site-date-needed = { $field }: Bitte geben Sie ein Datum an
admin-site-name-empty = der Name fehlt
admin-site-no-address-name = aus diesem Namen lässt sich kein Adressname bilden (er enthält keine lateinischen oder kyrillischen Buchstaben und keine Ziffern): Bitte geben Sie einen an
admin-site-unreadable-change = (eine Änderung, die diese Programmversion nicht lesen kann)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = Eine Struktur „{ $slug }“ gibt es nicht.
admin-site-busy = die Organisation wird gerade gleichzeitig von anderen Administratoren geändert; bitte versuchen Sie es noch einmal
# $value: what the form held.
admin-site-bad-taxonomy = „{ $value }“ ist keine erweiterbare Taxonomie (field-of-work, meeting)
admin-site-form-incomplete = das Formular ist unvollständig
admin-site-bad-kind = „{ $value }“ ist keine Strukturart
admin-site-bad-action = Eine Struktur kann umbenannt, geschlossen oder wiedereröffnet werden, nicht „{ $value }“.
admin-site-not-a-year = „{ $value }“ ist keine Jahreszahl
admin-site-field-opened-on = eröffnet am
admin-site-field-from = gültig ab
admin-site-field-last-day = letzter Tag
admin-site-field-address-name = Adressname
admin-site-field-parent = übergeordnete Struktur
admin-site-field-country = Land

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Übersetzen
admin-translate-intro = Einen Entwurf dieses Beitrags in einer anderen Sprache anlegen. Er übernimmt Typ, Quellen, Tätigkeitsbereiche, Länder, Sitzungsreihen, Ort, Zeitzone und Datum des Beitrags und beginnt mit dessen Titel, Zusammenfassung und Text, die zu übersetzen sind.
admin-translate-language = Sprache der Übersetzung
admin-translate-button = Übersetzen
admin-translate-every-language = Diesen Beitrag gibt es bereits in jeder Sprache der Website.
admin-translate-choose = Übersetzen: Wählen Sie die Sprache der Übersetzung
# $value: what the form held.
admin-translate-not-a-language = Übersetzen: „{ $value }“ ist keine Sprache der Website
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = Übersetzen: Diesen Beitrag gibt es bereits auf { $language } (Beitrag { $id })
admin-translate-language-taken-elsewhere = Übersetzen: Diesen Beitrag gibt es bereits auf { $language }; diese Fassung können Sie nicht öffnen
admin-translate-original-changed = Jemand hat diesen Beitrag geändert, während die Übersetzung angelegt wurde. Laden Sie die Seite neu und versuchen Sie es noch einmal.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Übersetzung von Beitrag { $id }, entspricht Version { $revision } des Originals.
# $current: the original's revision now.
admin-translation-outdated = Das Original wurde seitdem geändert: Es ist jetzt bei Version { $current }.
admin-translation-see-changes = Änderungen am Original ansehen
admin-translation-mark = Als aktuell markieren
admin-translation-mark-hint = Erst dann, wenn die Übersetzung sagt, was das Original jetzt sagt: Das Speichern der Übersetzung allein genügt nicht.
admin-translation-mark-which = Aktualisieren: Welche Version des Originals? („original_revision“)
# $current: the original's revision now.
admin-translation-mark-stale = Das Original wurde erneut geändert (es ist jetzt bei Version { $current }). Sehen Sie sich die Änderungen an, bevor Sie die Übersetzung als aktuell markieren.
# $id: the item number.
admin-translation-not-tracked = Beitrag { $id } wurde nicht mit „Übersetzen“ angelegt: Es gibt keine Version eines Originals, mit der er verglichen werden kann.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Änderungen am Original seit Version { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = Was sich am Original, Beitrag { $id }, von Version { $from }, der diese Übersetzung entspricht, bis zur aktuellen Version { $to } geändert hat. Gestrichene Wörter sind durchgestrichen, hinzugefügte unterstrichen.
# $revision: the original's revision the translation matches.
admin-original-changes-none = Das Original sagt dasselbe wie in Version { $revision }.
admin-original-changes-back = Zurück zur Übersetzung
admin-changes-field = Feld
admin-changes-changes = Änderungen
admin-dashboard-outdated-heading = Zu aktualisierende Übersetzungen
admin-dashboard-outdated-intro = Das Original jeder dieser Übersetzungen wurde nach der Version geändert, der die Übersetzung entspricht.
admin-dashboard-outdated-none = Alle hier angelegten Übersetzungen entsprechen dem aktuellen Stand ihres Originals.
admin-dashboard-outdated-translation = Übersetzung
admin-dashboard-outdated-original = Original
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Änderungen seit Version { $from } (jetzt { $to })
admin-dashboard-missing-heading = Fehlende Übersetzungen
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Öffentliche Beiträge { $days ->
        [one] des letzten Tages
       *[other] der letzten { $days } Tage
    }, die es in einer der Oberflächensprachen der Website nicht gibt.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language }: { $count ->
        [one] { $count } Beitrag ohne Fassung
       *[other] { $count } Beiträge ohne Fassung
    }
admin-dashboard-missing-none = Alle öffentlichen Beiträge dieses Zeitraums liegen in jeder Oberflächensprache vor.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] Der neueste:
       *[other] Die { $count } neuesten:
    }
admin-dashboard-missing-item = Beitrag
admin-dashboard-missing-languages = Fehlende Sprachen

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = Deutsch
admin-language-label = Sprache des Redaktionsbereichs
admin-language-button = Sprache wechseln
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = „{ $value }“ ist keine Sprache des Redaktionsbereichs ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site } – Redaktionsbereich
admin-skip-link = Zum Hauptinhalt springen
admin-workspace-name = Redaktionsbereich
admin-account-label = Konto
admin-public-site = Öffentliche Website
admin-log-out = Abmelden
admin-role-admin = Administrator
admin-role-editor = Redakteur
admin-role-press-officer = Pressereferent

## Refused requests and rights

admin-csrf-refused = das Formular ist veraltet oder wurde nicht von dieser Website gesendet; laden Sie die Seite neu und versuchen Sie es noch einmal
admin-cross-site-fetch = websiteübergreifende Anfrage abgelehnt: Laut Browser stammt sie von einer anderen Website
admin-cross-site-origin = websiteübergreifende Anfrage abgelehnt: Ihr Origin-Header nennt eine andere Website
admin-cross-site-unreadable = websiteübergreifende Anfrage abgelehnt: Ihr Origin-Header ist nicht lesbar
admin-refusal-not-your-item = dieser Beitrag gehört zu Strukturen, für die Sie nicht schreiben
admin-refusal-may-not-publish = Sie dürfen Beiträge dieser Strukturen nicht veröffentlichen
admin-refusal-admin-only = nur Administratoren dürfen das tun
# $source: the address name of a structure.
admin-refusal-not-your-source = Sie schreiben nicht für „{ $source }“: Einem Beitrag können nur Quellen zugeordnet werden, für die Sie schreiben
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = ein Beitrag im Status „{ $from-state }“ kann nicht in den Status „{ $to-state }“ versetzt werden ({ $transition })

## Login page

admin-login-email = E-Mail-Adresse
admin-login-password = Passwort

## Dashboard

admin-dashboard-no-items = Noch keine Beiträge.
admin-dashboard-items-caption = Beiträge, die Sie bearbeiten dürfen, zuletzt geänderte zuerst
admin-public-page = öffentliche Seite
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = von „{ $title }“

## Audit log

admin-audit-lead = Alle Änderungen, neueste zuerst. Das Protokoll kann nicht bearbeitet werden.
admin-audit-caption = Prüfprotokoll, neueste Einträge zuerst
admin-when-utc = Zeitpunkt (UTC)
admin-when = Zeitpunkt
admin-who = Wer
# The address a change was made from.
admin-audit-address = Herkunft
admin-audit-action = Aktion
admin-audit-subject = Gegenstand
admin-audit-detail = Einzelheiten
admin-audit-older = Ältere Einträge

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Beitrag { $id } · Version { $revision } · { $status }
# $id: the item number.
admin-item-link = Beitrag { $id }
admin-item-public-link = Auf der öffentlichen Website ansehen
admin-item-translations = Übersetzungen:
admin-item-not-saved = Der Beitrag wurde nicht gespeichert:
admin-item-translation-of-label = Übersetzung von Beitrag (seine Nummer; optional)
admin-item-time-zone-label = Zeitzone des Ortes
admin-item-date-label = Datum und Uhrzeit (Ortszeit)
admin-item-embargo-label = Sperrfrist bis (Ortszeit; optional)
admin-save = Speichern
admin-conflict-heading = Jemand hat diesen Beitrag gespeichert, während Sie ihn bearbeitet haben
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = { $author } hat Version { $revision } am { $at } gespeichert. Ihre Änderungen stehen im Formular unten und sind nicht gespeichert; hier sehen Sie die gespeicherte Fassung. Übernehmen Sie, was Sie brauchen, und speichern Sie dann erneut.
admin-conflict-saved = Gespeichert:
admin-conflict-yours = Ihre Fassung:
admin-workflow-heading = Workflow
admin-workflow-publish-at = Veröffentlichen am (Ortszeit)
admin-preview-heading = Vorschaulink
admin-preview-intro = Ein Link zum Beitrag genau so, wie ihn seine öffentliche Seite zeigen wird, damit Journalistinnen und Journalisten ihn vor der Veröffentlichung lesen können. Jede Person mit dem Link kann den Beitrag lesen, bis der Link abläuft.
admin-preview-days-label = Gültig für (Tage, 1–30)
admin-preview-button = Vorschaulink erstellen
admin-history-heading = Verlauf
admin-history-caption = Versionen, neueste zuerst
admin-history-revision = Version
admin-history-saved-by = Gespeichert von
# $revision: the item's current revision.
admin-history-current = { $revision } (aktuell)
# The author of a revision made by an import.
admin-history-import = (Import)

## The fields named in the item form's problems

admin-form-field-title = Titel
admin-form-field-summary = Zusammenfassung
admin-form-field-place = Ort
admin-form-field-type = Art
admin-form-field-language = Sprache
admin-form-field-time-zone = Zeitzone
admin-form-field-sources = Quellen
admin-form-field-fields-of-work = Tätigkeitsbereiche
admin-form-field-countries = Länder
admin-form-field-meetings = Veranstaltungsreihen
admin-form-field-embargo-until = Sperrfrist bis
admin-problem-title-required = ein Titel ist erforderlich
admin-problem-source-required = mindestens eine Quelle ist erforderlich
admin-problem-embargo-before = die Sperrfrist endet vor dem Veröffentlichungszeitpunkt: Lassen Sie das Feld stattdessen leer

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = Version { $revision } von { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Gespeichert von { $author } am { $at }. Unten steht, was sich von dieser Version bis zur aktuellen geändert hat:
admin-diff-removed = entfernt
admin-diff-added = hinzugefügt
admin-revision-same = Diese Version sagt dasselbe wie die aktuelle.
# $revision: the revision shown.
admin-revision-caption = Änderungen von Version { $revision } bis zur aktuellen Version
admin-restore-button = Diese Version wiederherstellen
admin-restore-note = Ihr Text und ihre Zuordnungen werden zu einer neuen Version; der Status bleibt unverändert.

## Glossary page

admin-glossary-lead = Abkürzungen, die auf den Beitragsseiten bei ihrer ersten Verwendung gekennzeichnet werden, nach Sprache. Die der Website-Definition stehen zuerst und werden mit ihr geändert; die anderen können hier hinzugefügt und entfernt werden.
admin-glossary-abbr = Abkürzung
admin-glossary-expansion = Langform
admin-glossary-add = Hinzufügen
# $language: the language's name.
admin-glossary-caption = Abkürzungen: { $language }
# Where an abbreviation comes from.
admin-glossary-origin = Herkunft
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Entfernen
admin-actions = Aktionen

## Organization and structure pages

admin-optional = (optional)
admin-date-placeholder = JJJJ-MM-TT
admin-date-hint = Datumsangaben werden JJJJ-MM-TT geschrieben, oder JJJJ-MM bzw. JJJJ, wenn nur der Monat oder das Jahr bekannt ist.
admin-site-lead = Die Taxonomien und Strukturen, denen Beiträge zugeordnet werden. Was die Dateien der Website festlegen, wird mit ihnen geändert; was hier hinzugefügt oder geändert wird, wird unten als Verlauf festgehalten und darüber angewendet. Ältere Beiträge behalten die Namen, die ihre Quellen an ihrem Datum trugen.
admin-site-toc = Auf dieser Seite
admin-site-not-made = Diese Änderung wurde nicht vorgenommen:
admin-site-add-field-heading = Einen Tätigkeitsbereich hinzufügen
admin-site-add-field-button = Tätigkeitsbereich hinzufügen
admin-site-add-meeting-heading = Eine Veranstaltungsreihe hinzufügen
admin-site-add-meeting-button = Veranstaltungsreihe hinzufügen
admin-site-name = Name
admin-site-address-name = Adressname
admin-site-slug-hint = (optional: wird aus dem Namen gebildet)
admin-site-names-legend = Der Name in den anderen Sprachen (optional)
admin-site-other-languages = Andere Sprachen
admin-site-structures = Strukturen
admin-site-structures-intro = Wählen Sie eine Struktur, um sie umzubenennen, zu schließen oder wiederzueröffnen.
admin-site-structures-caption = Strukturen, jeweils unter ihrer übergeordneten Struktur
admin-site-kind = Art
admin-site-opened = Eröffnet
admin-site-closed = Geschlossen
admin-site-former-names = Frühere Bezeichnungen
admin-site-open-heading = Eine Struktur eröffnen
admin-site-structure-name-hint = (wie in einem Menü: „Mission in Serbien“)
admin-site-source = Als Quelle angezeigt
admin-site-source-hint = (optional: Präfix und Name)
admin-site-opened-on = Eröffnet am
admin-site-part-of = Gehört zu
admin-site-no-parent = (keine: eine Struktur der obersten Ebene)
admin-site-country = Land
admin-site-country-hint = (einer Feldoperation)
admin-site-none = (keines)
admin-site-sources-legend = Als Quelle in den anderen Sprachen (optional)
admin-site-open-button = Struktur eröffnen
admin-site-chairs = Vorsitze
admin-site-chairs-caption = Der Teilnehmerstaat, der im jeweiligen Jahr den Vorsitz führt
admin-site-year = Jahr
admin-site-chair = Vorsitz
admin-site-this-year = dieses Jahr
admin-site-chair-heading = Den Vorsitz eines Jahres festlegen
admin-site-participating-state = Teilnehmerstaat
admin-site-chair-button = Vorsitz festlegen
admin-site-history-none = Hier wurde noch keine Änderung vorgenommen: Die Organisation ist so, wie die Dateien der Website sie festlegen.
admin-site-history-caption = Hier vorgenommene Änderungen, neueste zuerst
admin-site-history-number = Nr.
admin-site-change = Änderung
admin-site-not-applied = Nicht angewendet:
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = Tätigkeitsbereich „{ $name }“ ({ $slug }) hinzugefügt
admin-change-add-meeting = Veranstaltungsreihe „{ $name }“ ({ $slug }) hinzugefügt
admin-change-open = „{ $name }“ ({ $slug }) eröffnet am { $date }
admin-change-rename = { $slug } ab { $date } in „{ $name }“ umbenannt
admin-change-close = { $slug } geschlossen am { $date }
admin-change-reopen = { $slug } wiedereröffnet
# $year: the year; $country: the country's address name.
admin-change-chair = Vorsitz { $year } an { $country } vergeben
# $date: the day the structure opened.
admin-structure-opened = eröffnet: { $date }
admin-structure-opened-unknown = eröffnet: Datum unbekannt
# $date: the structure's last day.
admin-structure-closed = geschlossen: { $date }
admin-structure-names = Namen
# $name: the structure's name.
admin-structure-names-caption = Die Namen von { $name }, älteste zuerst
# The day a name took effect.
admin-structure-from = Ab
admin-structure-rename = Umbenennen
admin-structure-rename-intro = Beiträge mit einem Datum vor dem neuen Namen behalten den Namen, unter dem sie veröffentlicht wurden.
admin-structure-new-name = Neuer Name
admin-structure-parts = Untereinheiten
admin-structure-part-closed = (geschlossen)
admin-structure-close = Schließen
admin-structure-close-intro = Eine geschlossene Struktur verschwindet aus den Menüs und wird unter den geschlossenen aufgeführt; ihre Beiträge bleiben erhalten, ihre Quelle ist mit „(geschlossen)“ gekennzeichnet.
admin-structure-last-day = Letzter Tag
admin-structure-close-button = Struktur schließen
admin-structure-reopen = Wiedereröffnen
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Nimmt die Schließung zum { $date } zurück.
admin-structure-reopen-button = Struktur wiedereröffnen
admin-structure-history = Hier vorgenommene Änderungen
admin-structure-not-applied = nicht angewendet:

admin-item-pictures-heading = Bilder
admin-item-pictures-save-first = Speichern Sie den Beitrag, um ihm Bilder hinzuzufügen.
admin-item-lead-current = Das Hauptbild (Nummer { $id }), über dem Text und auf den Karten des Beitrags gezeigt.
admin-item-lead-none = Der Beitrag hat kein Hauptbild.
admin-item-lead-remove = Hauptbild entfernen
admin-item-lead-choose-heading = Ein Bild aus der Mediathek wählen
admin-item-lead-recent = Neueste Bilder
admin-item-lead-recent-none = (keines gewählt)
admin-item-lead-number = Oder seine Nummer in der Mediathek
admin-item-lead-use = Als Hauptbild verwenden
admin-item-lead-which = Wählen Sie ein Bild oder geben Sie seine Nummer in der Mediathek an.
admin-item-lead-not-found = In der Mediathek gibt es kein Bild { $id }.
admin-item-library-link = Mediathek öffnen
admin-item-upload-heading = Ein neues Bild hochladen
admin-item-upload-place = Wohin das Bild kommt
admin-item-upload-as-lead = Als Hauptbild
admin-item-upload-in-body = Am Ende des Textes, mit Bildunterschrift und Bildnachweis (eine neue Version)
admin-media-title = Mediathek
admin-media-intro = Bilder für die Beiträge, die neuesten zuerst. Ein Bild ist nur öffentlich, solange ein Beitrag, der es zeigt, öffentlich ist.
admin-media-upload-heading = Ein Bild hochladen
admin-media-file = Bild (JPEG, PNG oder WebP, bis 20 MB)
admin-media-texts-language = Schreiben Sie die Texte in dieser Sprache: { $language }.
admin-media-alt = Alternativtext (Pflichtfeld)
admin-media-alt-hint = Was das Bild zeigt, für Leserinnen und Leser, die es nicht sehen können: ein, zwei Sätze, ohne „Bild von“.
admin-media-caption = Bildunterschrift
admin-media-credit = Bildnachweis (Fotograf, Agentur)
admin-media-focal = Bildschwerpunkt
admin-media-focal-hint = Der Teil des Bildes, der beim Zuschneiden sichtbar bleibt, in Prozent der Breite und Höhe (50 und 50: die Mitte).
admin-media-focal-x = Von links (%)
admin-media-focal-y = Von oben (%)
admin-media-upload-button = Hochladen
admin-media-library-heading = Bilder der Mediathek
admin-media-search-label = Alternativtexte, Bildunterschriften und Bildnachweise durchsuchen
admin-media-search-button = Suchen
admin-media-count =
    { $count ->
        [0] Kein Bild
        [one] Ein Bild
       *[other] { $count } Bilder
    }
admin-media-table-caption = Die Bilder der Mediathek, die neuesten zuerst
admin-media-col-picture = Bild
admin-media-col-number = Nummer
admin-media-col-texts = Texte
admin-media-col-uploaded = Hochgeladen (UTC)
admin-media-col-html = HTML für einen Text
admin-media-snippet = HTML von Bild { $id }, zum Einfügen in einen Text mit der HTML-Schaltfläche des Editors
admin-media-size = { $width } × { $height } Pixel, { $format }
admin-media-pages = Seiten der Mediathek
admin-media-newer = Neuere Bilder
admin-media-older = Ältere Bilder
admin-media-added = Bild { $id } wurde der Mediathek hinzugefügt.
admin-media-already = Dieses Bild war bereits als Bild { $id } in der Mediathek: seine Texte wurden beibehalten.
admin-media-not-added = Das Bild wurde nicht hinzugefügt:
admin-media-field-file = Bild
admin-media-field-alt = Alternativtext
admin-media-field-caption = Bildunterschrift
admin-media-field-credit = Bildnachweis
admin-media-no-file = wählen Sie ein Bild zum Hochladen (die gesendete Datei ist leer)
admin-media-alt-required = er ist Pflicht: Beschreiben Sie, was das Bild zeigt, für alle, die es nicht sehen können
admin-media-too-long = er ist { $length } Zeichen lang; höchstens { $max } sind zulässig
admin-media-focal-range = jeder Wert ist eine Zahl von 0 bis 100
admin-media-file-too-large = die Datei ist { $size } groß; höchstens { $max } sind zulässig
admin-media-not-a-picture = die Datei ist kein JPEG-, PNG- oder WebP-Bild (sie sieht so aus: { $looks-like })
admin-media-too-many-pixels = das Bild hat { $width } × { $height } Pixel; höchstens { $max } Megapixel sind zulässig
admin-media-side-too-long = das Bild hat { $width } × { $height } Pixel; die längste zulässige Seite hat { $max } Pixel
admin-media-unreadable = das Bild kann nicht gelesen werden (beschädigt, abgeschnitten oder nicht unterstützt): { $reason }
admin-media-upload-too-large = Der Upload ist größer, als die Website annimmt: Bilder bis 20 MB.
admin-media-upload-unreadable = Der Upload konnte nicht gelesen werden: Senden Sie ihn erneut über das Formular.
admin-media-file-not-found = Diese Datei gibt es in der Mediathek nicht.
# Attachments
admin-item-attachments-heading = Dokumente und Links
admin-item-attachments-intro = Unter dem Text des Beitrags aufgeführt, in dieser Reihenfolge. Die Datei eines Dokuments ist nur öffentlich, solange ein Beitrag, der es aufführt, öffentlich ist.
admin-item-attachments-none = Der Beitrag führt keine Dokumente oder Links auf.
admin-item-attachments-caption = Die Dokumente und Links des Beitrags in ihrer Reihenfolge
admin-attachment-col-title = Titel
admin-attachment-col-kind = Art
admin-attachment-col-language = Sprache
admin-attachment-col-order = Reihenfolge und Entfernen
admin-attachment-up = Nach oben
admin-attachment-down = Nach unten
admin-attachment-remove = Entfernen
admin-document-heading = Ein Dokument hochladen
admin-document-file = Dokument (PDF, ODT, ODS, ODP, DOCX, XLSX oder PPTX, bis 50 MB)
admin-attachment-title = Titel (Pflichtfeld)
admin-attachment-language = Seine Sprache
admin-document-button = Hochladen und aufführen
admin-link-heading = Einen Link hinzufügen
admin-link-url = Adresse (https://…)
admin-link-button = Link hinzufügen
admin-gallery-heading = Angehängte Bilder
admin-gallery-intro = Unter dem Text als kleine Galerie gezeigt; jedes führt zum Bild in voller Größe.
admin-gallery-none = Es ist kein Bild angehängt.
admin-gallery-caption = Die dem Beitrag angehängten Bilder in ihrer Reihenfolge
admin-gallery-number = Nummer eines Bildes der Mediathek
admin-gallery-button = Bild anhängen
admin-attachment-not-done = Die Änderung wurde nicht vorgenommen:
admin-attachment-field-file = Dokument
admin-attachment-field-title = Titel
admin-attachment-field-address = Adresse
admin-attachment-field-language = Sprache
admin-attachment-field-picture = Bild
admin-attachment-required = Angabe erforderlich
admin-attachment-control = enthält Steuerzeichen
admin-attachment-language-unknown = „{ $value }“ ist keine Sprache der Website
admin-attachment-full = der Beitrag hat bereits { $max }: entfernen Sie zuerst eines
admin-document-no-file = wählen Sie ein Dokument zum Hochladen (die gesendete Datei ist leer)
admin-document-not-accepted = die Datei ist kein PDF-, OpenDocument- (ODT, ODS, ODP) oder Office-Dokument (DOCX, XLSX, PPTX) (sie sieht aus wie { $looks-like })
admin-document-macros = das Dokument enthält Makros: speichern Sie es ohne sie (als DOCX, XLSX, PPTX oder in einem OpenDocument-Format)
admin-document-damaged = das Dokument ist nicht lesbar: es ist beschädigt oder abgeschnitten
admin-document-upload-too-large = Die Datei ist größer, als die Website annimmt: Dokumente bis 50 MB.
admin-link-characters = sie enthält Leerzeichen, Steuerzeichen, unsichtbare Zeichen oder umgekehrte Schrägstriche
admin-link-not-http = geben Sie eine vollständige Adresse an, die mit https:// oder http:// beginnt
admin-link-no-host = sie nennt nach https:// keine Website
admin-link-credentials = sie darf keinen Benutzernamen und kein Passwort enthalten
admin-link-bad-host = der Name der Website darin ist nicht gültig
admin-gallery-which = geben Sie die Nummer eines Bildes der Mediathek an
admin-attachment-action-unknown = Wählen Sie, was geschehen soll: nach oben, nach unten oder entfernen.
admin-attachment-not-found = Der Beitrag führt dieses Dokument, diesen Link oder dieses Bild nicht auf.

# Introductions
admin-intro-heading = Vorstellung
admin-intro-title = Vorstellung von „{ $name }“
admin-intro-lead = Was die öffentliche Seite über diesen Eintrag sagt. Eine Seite zeigt die Beschreibung nur in ihrer eigenen Sprache; die Kontaktangaben einer Struktur werden in der Standardsprache gezeigt, wenn die Sprache der Seite keine hat. Reiner Text: Absätze durch eine Leerzeile trennen (höchstens 4.000 Zeichen).
admin-intro-language = Sprache
admin-intro-show = Anzeigen
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Verfasst in: { $languages }
admin-intro-none-yet = In dieser Sprache gibt es noch keine Vorstellung.
admin-intro-description = Beschreibung
admin-intro-contacts = Leitung, Anschrift und Kontakt
admin-intro-head-title = Leitung: Titel des Amtes
admin-intro-head-name = Leitung: Name
admin-intro-address = Anschrift (eine Zeile je Zeile)
admin-intro-phone = Telefon
admin-intro-email = E-Mail
admin-intro-web = Website (http oder https)
admin-intro-press = Pressekontakt (eine Stelle oder Funktion, keine Person)
admin-intro-press-name = Stelle oder Funktion
admin-intro-save = Vorstellung speichern
admin-intro-remove = Vorstellung in dieser Sprache entfernen
admin-intro-edit = Bearbeiten
admin-intro-countries = Vorstellungen der Länder
admin-intro-countries-lead = Wählen Sie ein Land, um seine Vorstellung zu schreiben oder zu ändern.
admin-intro-no-such = Unter „{ $slug }“ gibt es nichts vorzustellen.
admin-intro-not-a-language = „{ $value }“ ist keine Sprache der Website.
admin-change-set-intro = Vorstellung von { $slug } auf { $language } festgelegt
admin-change-clear-intro = Vorstellung von { $slug } auf { $language } entfernt
