# The editorial workspace's interface texts, in German (the translation of
# `locales/en/workspace.ftl`): page titles, notices, labels and the problems and refusals its
# handlers tell. Every message named in the `workspace_key` list of
# `crates/render/src/messages.rs` is here; a translation has the same ids. The workspace's
# page templates keep their own text,
# except the translation work's (the last section here).

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
