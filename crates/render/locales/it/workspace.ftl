# The editorial workspace's interface texts, in Italian (the translation of `locales/en/workspace.ftl`): page titles, notices, labels and
# the problems and refusals its handlers tell. Every message named in the `workspace_key`
# list of `crates/render/src/messages.rs` is here; a translation has the same ids. The
# workspace's page templates keep their own text,
# except the translation work's (the last section here).

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = Glossario: { $reason }.
admin-refused-audit-log = Registro delle attività: { $reason }.
admin-refused-organization = Organizzazione: { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = impossibile leggere il modulo: { $reason }

## Workflow states

admin-status-draft = Bozza
admin-status-in-review = In revisione
admin-status-scheduled = Programmato
admin-status-published = Pubblicato
admin-status-unpublished = Ritirato
admin-status-archived = Archiviato

## Login

admin-login-title = Accedi
admin-login-logged-out = Disconnessione effettuata.
admin-login-expired = La sessione è terminata: accedere di nuovo.
admin-login-form-expired = Il modulo di accesso è scaduto o non è stato inviato da questo sito. Ricaricare la pagina e riprovare.
admin-login-missing = Inserire l'indirizzo email e la password.
admin-login-email-too-long = L'indirizzo email è troppo lungo.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Troppi tentativi di accesso non riusciti per questo account. Riprovare tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
admin-login-throttled-address =
    Troppi tentativi di accesso non riusciti da questo indirizzo di rete. Riprovare tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
admin-login-refused = Indirizzo email o password errati.

## Dashboard and audit log

admin-dashboard-title = Contenuti
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Contenuti: { $structures }
admin-dashboard-scope-all = Tutti i contenuti
admin-audit-title = Registro delle attività

## Items

admin-item-new = Nuovo contenuto
admin-item-not-found = Il contenuto richiesto non esiste.
# $reason: the refused right.
admin-item-not-allowed = Operazione non consentita: { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = Operazione non possibile: { $reason }.
admin-item-changed-since = Nel frattempo qualcun altro ha modificato questo contenuto. Ricaricare la pagina e riprovare.
# $value: what the form held.
admin-translation-not-an-item = traduzione di: «{ $value }» non è il numero di un contenuto
# $id: the item number.
admin-translation-no-such-item = traduzione di: il contenuto { $id } non esiste
admin-translation-same-language = traduzione di: il contenuto { $id } è già in questa lingua
admin-transition-unknown = passaggio di stato sconosciuto «{ $value }» (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = programmazione: { $reason }
admin-schedule-in-past = programmazione: la data indicata è già passata; pubblicare subito il contenuto
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = Il contenuto { $id } non ha una versione { $revision }.
admin-revision-title = Versione { $revision }
admin-restore-which = ripristino: quale versione? («from»)
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Link di anteprima con scadenza { $expires } (chiunque lo abbia può leggere il contenuto): { $link }
# $max: the most days a link may last.
admin-preview-days = giorni: un numero da 1 a { $max }
admin-conflict-someone = Qualcuno

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field }: { $problem }
admin-form-not-a-date-time = «{ $value }» non è una data e ora valida (AAAA-MM-GGTHH:MM)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field }: «{ $value }» non è un valore ammesso
admin-form-no-revision = il modulo non contiene una versione valida: ricaricare la pagina
admin-form-field-date-time = data e ora
admin-form-field-embargo = embargo
admin-form-field-body = testo

## Item fields (the differences between versions, and the pickers)

admin-field-type = Tipologia
admin-field-language = Lingua
admin-field-title = Titolo
admin-field-summary = Sommario
admin-field-body = Testo
admin-field-place = Luogo
admin-field-time-zone = Fuso orario
admin-field-date = Data
admin-field-status = Stato
admin-field-sources = Fonti
admin-field-fields-of-work = Settori di attività
admin-field-countries = Paesi
admin-field-meeting-series = Serie di riunioni
# $name: a structure that has closed.
admin-source-closed = { $name } (struttura chiusa)

## Workflow moves

admin-transition-submit = Invia in revisione
admin-transition-withdraw = Riporta in bozza
admin-transition-schedule = Programma
admin-transition-publish = Pubblica ora
admin-transition-unpublish = Ritira dalla pubblicazione
admin-transition-archive = Archivia

## Glossary

admin-glossary-title = Glossario
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = definizione del sito
# $abbr: the abbreviation.
admin-glossary-already-stored = la sigla { $abbr } è già presente nel glossario di questa lingua; per modificarla occorre prima eliminarla
# $value: the language code the form held.
admin-glossary-no-such-language = «{ $value }» non è una lingua del sito
admin-glossary-abbr-shape = la sigla deve essere una sola parola da 1 a 20 caratteri
admin-glossary-abbr-letter = la sigla deve contenere almeno una lettera
admin-glossary-expansion-length = la forma estesa deve avere da 1 a 200 caratteri
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = la sigla { $abbr } è già nella definizione del sito: «{ $expansion }»
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = Nel glossario non è presente la sigla { $abbr } per la lingua «{ $language }».

## Organization

admin-site-title = Organizzazione
# $field: the date's name in the form.
admin-site-date-needed = { $field }: indicare una data
admin-site-name-empty = il nome non è stato indicato
admin-site-no-address-name = da questo nome non è possibile ricavare un nome per l'indirizzo (non contiene lettere latine o cirilliche né cifre): indicarne uno
admin-site-unreadable-change = (una modifica che questa versione non è in grado di leggere)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = La struttura «{ $slug }» non esiste.
admin-site-busy = altri amministratori stanno modificando l'organizzazione in questo momento; riprovare
# $value: what the form held.
admin-site-bad-taxonomy = «{ $value }» non è una tassonomia a cui si possano aggiungere voci (field-of-work, meeting)
admin-site-form-incomplete = il modulo è incompleto
admin-site-bad-kind = «{ $value }» non è un tipo di struttura
admin-site-bad-action = Una struttura può essere rinominata, chiusa o riaperta; «{ $value }» non è un'azione ammessa.
admin-site-not-a-year = «{ $value }» non è un anno
admin-site-field-opened-on = data di apertura
admin-site-field-from = decorrenza
admin-site-field-last-day = ultimo giorno
admin-site-field-address-name = nome per l'indirizzo
admin-site-field-parent = struttura superiore
admin-site-field-country = paese

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Traduci
admin-translate-intro = Creare una bozza di questo contenuto in un’altra lingua. La bozza mantiene tipo, fonti, settori di attività, paesi, serie di riunioni, luogo, fuso orario e data del contenuto e parte dal suo titolo, dal sommario e dal testo, da tradurre.
admin-translate-language = Lingua della traduzione
admin-translate-button = Traduci
admin-translate-every-language = Questo contenuto esiste già in tutte le lingue del sito.
admin-translate-choose = traduzione: scegliere la lingua della traduzione
# $value: what the form held.
admin-translate-not-a-language = traduzione: «{ $value }» non è una lingua del sito
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = traduzione: questo contenuto esiste già in { $language } (contenuto { $id })
admin-translate-original-changed = Qualcuno ha modificato questo contenuto mentre veniva creata la traduzione. Ricaricare la pagina e riprovare.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Traduzione del contenuto { $id }, conforme alla versione { $revision } dell’originale.
# $current: the original's revision now.
admin-translation-outdated = Nel frattempo l’originale è stato modificato: ora è alla versione { $current }.
admin-translation-see-changes = Vedere le modifiche all’originale
admin-translation-mark = Segna come aggiornata
admin-translation-mark-hint = Da fare quando la traduzione dice ciò che dice ora l’originale: salvare la traduzione non basta.
admin-translation-mark-which = aggiornamento: quale versione dell’originale? («original_revision»)
# $current: the original's revision now.
admin-translation-mark-stale = L’originale è stato modificato di nuovo (ora è alla versione { $current }). Esaminare le modifiche prima di segnare la traduzione come aggiornata.
# $id: the item number.
admin-translation-not-tracked = Il contenuto { $id } non è stato creato con «Traduci»: non c’è una versione di un originale con cui confrontarlo.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Modifiche all’originale dalla versione { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = Che cosa è cambiato nell’originale, il contenuto { $id }, dalla versione { $from }, a cui questa traduzione è conforme, alla versione attuale { $to }. Le parole eliminate sono barrate, quelle aggiunte sottolineate.
# $revision: the original's revision the translation matches.
admin-original-changes-none = L’originale dice le stesse cose della versione { $revision }.
admin-original-changes-back = Torna alla traduzione
admin-changes-field = Campo
admin-changes-changes = Modifiche
admin-dashboard-outdated-heading = Traduzioni da aggiornare
admin-dashboard-outdated-intro = L’originale di ciascuna di queste traduzioni è stato modificato dopo la versione a cui la traduzione è conforme.
admin-dashboard-outdated-none = Tutte le traduzioni create qui sono aggiornate rispetto al loro originale.
admin-dashboard-outdated-translation = Traduzione
admin-dashboard-outdated-original = Originale
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Modifiche dalla versione { $from } (ora { $to })
admin-dashboard-missing-heading = Traduzioni mancanti
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Contenuti pubblici { $days ->
        [one] dell’ultimo giorno
       *[other] degli ultimi { $days } giorni
    } che non esistono in una delle lingue dell’interfaccia del sito.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language }: { $count ->
        [one] { $count } contenuto senza versione
       *[other] { $count } contenuti senza versione
    }
admin-dashboard-missing-none = Tutti i contenuti pubblici di questo periodo esistono in ogni lingua dell’interfaccia.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] Il più recente:
       *[other] I { $count } più recenti:
    }
admin-dashboard-missing-item = Contenuto
admin-dashboard-missing-languages = Lingue mancanti
