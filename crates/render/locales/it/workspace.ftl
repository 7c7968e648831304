# The editorial workspace's interface texts, in Italian (it): the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order: its pages, the
# notices, labels and the problems and refusals its handlers tell.

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
admin-login-no-account = Questo sito non ha ancora un account. Create il primo sul server, poi accedete qui:
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
admin-translate-language-taken-elsewhere = traduzione: questo contenuto esiste già in { $language }, in una versione che non può aprire
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

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = Italiano
admin-language-label = Lingua dell’area redazionale
admin-language-button = Cambia lingua
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = «{ $value }» non è una lingua dell’area redazionale ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site } – area redazionale
admin-skip-link = Vai al contenuto principale
admin-workspace-name = Area redazionale
admin-account-label = Account
admin-public-site = Sito pubblico
admin-log-out = Esci
admin-role-admin = Amministratore
admin-role-editor = Redattore
admin-role-press-officer = Addetto stampa

## Refused requests and rights

admin-csrf-refused = il modulo è scaduto o non è stato inviato da questo sito; ricaricare la pagina e riprovare
admin-cross-site-fetch = richiesta proveniente da un altro sito rifiutata: secondo il browser proviene da un altro sito
admin-cross-site-origin = richiesta proveniente da un altro sito rifiutata: la sua intestazione Origin indica un altro sito
admin-cross-site-unreadable = richiesta proveniente da un altro sito rifiutata: la sua intestazione Origin non è leggibile
admin-refusal-not-your-item = questo contenuto appartiene a strutture per le quali non si dispone dei permessi di scrittura
admin-refusal-may-not-publish = non si dispone dell’autorizzazione a pubblicare i contenuti di queste strutture
admin-refusal-admin-only = solo gli amministratori possono eseguire questa operazione
# $source: the address name of a structure.
admin-refusal-not-your-source = non si dispone dei permessi di scrittura per «{ $source }»: a un contenuto si possono assegnare solo fonti per le quali si dispone di tali permessi
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = un contenuto nello stato «{ $from-state }» non può passare allo stato «{ $to-state }» ({ $transition })

## Login page

admin-login-email = Indirizzo email
admin-login-password = Password

## Dashboard

admin-dashboard-no-items = Nessun contenuto per ora.
admin-dashboard-items-caption = Contenuti modificabili, a partire dagli ultimi modificati
admin-public-page = pagina pubblica
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = di «{ $title }»

## Audit log

admin-audit-lead = Tutte le modifiche, a partire dalla più recente. Il registro non può essere modificato.
admin-audit-caption = Registro delle attività, a partire dalle voci più recenti
admin-when-utc = Data e ora (UTC)
admin-when = Data e ora
admin-who = Chi
# The address a change was made from.
admin-audit-address = Provenienza
admin-audit-action = Azione
admin-audit-subject = Oggetto
admin-audit-detail = Dettagli
admin-audit-older = Voci precedenti

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Contenuto { $id } · versione { $revision } · { $status }
# $id: the item number.
admin-item-link = Contenuto { $id }
admin-item-public-link = Vedi sul sito pubblico
admin-item-translations = Traduzioni:
admin-item-not-saved = Il contenuto non è stato salvato:
admin-item-translation-of-label = Traduzione del contenuto (il suo numero; facoltativo)
admin-item-time-zone-label = Fuso orario del luogo
admin-item-date-label = Data e ora (ora locale del luogo)
admin-item-embargo-label = Embargo fino al (ora locale del luogo; facoltativo)
admin-save = Salva
admin-conflict-heading = Qualcuno ha salvato questo contenuto mentre era in corso la modifica
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = { $author } ha salvato la versione { $revision } il { $at }. Le modifiche in corso sono nel modulo qui sotto e non sono state salvate; qui è mostrata la versione salvata. Copiare ciò che serve, quindi salvare di nuovo.
admin-conflict-saved = Versione salvata:
admin-conflict-yours = Versione in corso:
admin-workflow-heading = Flusso di lavoro
admin-workflow-publish-at = Pubblica il (ora locale del luogo)
admin-preview-heading = Link di anteprima
admin-preview-intro = Un link al contenuto esattamente come lo mostrerà la sua pagina pubblica, perché un giornalista possa leggerlo prima della pubblicazione. Chiunque abbia il link può leggerlo fino alla scadenza.
admin-preview-days-label = Validità (giorni, 1–30)
admin-preview-button = Crea un link di anteprima
admin-history-heading = Cronologia
admin-history-caption = Versioni, a partire dalla più recente
admin-history-revision = Versione
admin-history-saved-by = Salvata da
# $revision: the item's current revision.
admin-history-current = { $revision } (attuale)
# The author of a revision made by an import.
admin-history-import = (importazione)

## The fields named in the item form's problems

admin-form-field-title = titolo
admin-form-field-summary = sommario
admin-form-field-place = luogo
admin-form-field-type = tipo
admin-form-field-language = lingua
admin-form-field-time-zone = fuso orario
admin-form-field-sources = fonti
admin-form-field-fields-of-work = settori di attività
admin-form-field-countries = paesi
admin-form-field-meetings = serie di riunioni
admin-form-field-embargo-until = fine dell’embargo
admin-problem-title-required = il titolo è obbligatorio
admin-problem-source-required = è necessaria almeno una fonte
admin-problem-embargo-before = l’embargo termina prima dell’ora di pubblicazione: lasciare il campo vuoto

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = versione { $revision } di { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Salvata da { $author } il { $at }. Di seguito, che cosa è cambiato da questa versione a quella attuale:
admin-diff-removed = eliminato
admin-diff-added = aggiunto
admin-revision-same = Questa versione dice lo stesso di quella attuale.
# $revision: the revision shown.
admin-revision-caption = Modifiche dalla versione { $revision } alla versione attuale
admin-restore-button = Ripristina questa versione
admin-restore-note = Il suo testo e i suoi termini diventano una nuova versione; lo stato resta invariato.

## Glossary page

admin-glossary-lead = Sigle evidenziate nelle pagine dei contenuti al loro primo utilizzo, per lingua. Quelle della definizione del sito compaiono per prime e si modificano insieme a essa; le altre si possono aggiungere e rimuovere qui.
admin-glossary-abbr = Sigla
admin-glossary-expansion = Forma estesa
admin-glossary-add = Aggiungi
# $language: the language's name.
admin-glossary-caption = Sigle: { $language }
# Where an abbreviation comes from.
admin-glossary-origin = Provenienza
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Rimuovi
admin-actions = Azioni

## Organization and structure pages

admin-optional = (facoltativo)
admin-date-placeholder = AAAA-MM-GG
admin-date-hint = Le date si scrivono AAAA-MM-GG, oppure AAAA-MM e AAAA quando si conoscono solo il mese o l’anno.
admin-site-lead = Le tassonomie e le strutture in cui sono classificati i contenuti. Ciò che definiscono i file del sito si modifica con essi; ciò che viene aggiunto o modificato qui è conservato nella cronologia qui sotto e applicato in aggiunta. I contenuti meno recenti conservano i nomi che le loro fonti avevano alla loro data.
admin-site-toc = In questa pagina
admin-site-not-made = Questa modifica non è stata apportata:
admin-site-add-field-heading = Aggiungi un settore di attività
admin-site-add-field-button = Aggiungi il settore di attività
admin-site-add-meeting-heading = Aggiungi una serie di riunioni
admin-site-add-meeting-button = Aggiungi la serie di riunioni
admin-site-name = Nome
admin-site-address-name = Nome per l’indirizzo
admin-site-slug-hint = (facoltativo: ricavato dal nome)
admin-site-names-legend = Il nome nelle altre lingue (facoltativo)
admin-site-other-languages = Altre lingue
admin-site-structures = Strutture
admin-site-structures-intro = Scegliere una struttura per rinominarla, chiuderla o riaprirla.
admin-site-structures-caption = Strutture, ciascuna sotto la struttura di cui fa parte
admin-site-kind = Tipo
admin-site-opened = Apertura
admin-site-closed = Chiusura
admin-site-former-names = Denominazioni precedenti
admin-site-open-heading = Apri una struttura
admin-site-structure-name-hint = (come in un menu: «Missione in Serbia»)
admin-site-source = Indicata come fonte
admin-site-source-hint = (facoltativo: il prefisso e il nome)
admin-site-opened-on = Data di apertura
admin-site-part-of = Fa parte di
admin-site-no-parent = (nessuna: struttura di primo livello)
admin-site-country = Paese
admin-site-country-hint = (di un’operazione sul campo)
admin-site-none = (nessuno)
admin-site-sources-legend = Come fonte nelle altre lingue (facoltativo)
admin-site-open-button = Apri la struttura
admin-site-chairs = Presidenze
admin-site-chairs-caption = Lo Stato partecipante che detiene la presidenza in ciascun anno
admin-site-year = Anno
admin-site-chair = Presidenza
admin-site-this-year = quest’anno
admin-site-chair-heading = Assegna la presidenza di un anno
admin-site-participating-state = Stato partecipante
admin-site-chair-button = Assegna la presidenza
admin-site-history-none = Qui non è stata ancora apportata alcuna modifica: l’organizzazione è quella definita dai file del sito.
admin-site-history-caption = Modifiche apportate qui, a partire dalla più recente
admin-site-history-number = N.
admin-site-change = Modifica
admin-site-not-applied = Non applicata:
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = aggiunto il settore di attività «{ $name }» ({ $slug })
admin-change-add-meeting = aggiunta la serie di riunioni «{ $name }» ({ $slug })
admin-change-open = aperta «{ $name }» ({ $slug }) il { $date }
admin-change-rename = { $slug } rinominata «{ $name }» dal { $date }
admin-change-close = { $slug } chiusa il { $date }
admin-change-reopen = { $slug } riaperta
# $year: the year; $country: the country's address name.
admin-change-chair = presidenza del { $year } assegnata a { $country }
# $date: the day the structure opened.
admin-structure-opened = apertura: { $date }
admin-structure-opened-unknown = apertura: data sconosciuta
# $date: the structure's last day.
admin-structure-closed = chiusura: { $date }
admin-structure-names = Denominazioni
# $name: the structure's name.
admin-structure-names-caption = Le denominazioni di { $name }, a partire dalla più antica
# The day a name took effect.
admin-structure-from = Dal
admin-structure-rename = Rinomina
admin-structure-rename-intro = I contenuti con data anteriore al nuovo nome conservano il nome con cui sono stati pubblicati.
admin-structure-new-name = Nuovo nome
admin-structure-parts = Strutture che ne fanno parte
admin-structure-part-closed = (chiusa)
admin-structure-close = Chiudi
admin-structure-close-intro = Una struttura chiusa esce dai menu ed è elencata tra quelle chiuse; i suoi contenuti restano, con la fonte contrassegnata come «(struttura chiusa)».
admin-structure-last-day = Ultimo giorno
admin-structure-close-button = Chiudi la struttura
admin-structure-reopen = Riapri
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Annulla la chiusura del { $date }.
admin-structure-reopen-button = Riapri la struttura
admin-structure-history = Modifiche apportate qui
admin-structure-not-applied = non applicata:

admin-item-pictures-heading = Immagini
admin-item-pictures-save-first = Salva il contenuto per aggiungervi immagini.
admin-item-lead-current = L’immagine principale (numero { $id }), mostrata sopra il testo e nelle schede del contenuto.
admin-item-lead-none = Il contenuto non ha un’immagine principale.
admin-item-lead-remove = Rimuovi l’immagine principale
admin-item-lead-choose-heading = Scegli un’immagine della mediateca
admin-item-lead-recent = Immagini recenti
admin-item-lead-recent-none = (nessuna scelta)
admin-item-lead-number = Oppure il suo numero nella mediateca
admin-item-lead-use = Usa come immagine principale
admin-item-lead-which = Scegli un’immagine o indica il suo numero nella mediateca.
admin-item-lead-not-found = Nella mediateca non c’è l’immagine { $id }.
admin-item-library-link = Apri la mediateca
admin-item-upload-heading = Carica una nuova immagine
admin-item-upload-place = Dove va l’immagine
admin-item-upload-as-lead = Come immagine principale
admin-item-upload-in-body = Alla fine del testo, con didascalia e crediti (una nuova revisione)
admin-media-title = Mediateca
admin-media-intro = Immagini per i contenuti, le più recenti per prime. Un’immagine è pubblica solo finché lo è un contenuto che la mostra.
admin-media-upload-heading = Carica un’immagine
admin-media-file = Immagine (JPEG, PNG o WebP, fino a 20 MB)
admin-media-texts-language = Scrivi i testi in questa lingua: { $language }.
admin-media-alt = Testo alternativo (obbligatorio)
admin-media-alt-hint = Che cosa mostra l’immagine, per chi non può vederla: una o due frasi, senza «immagine di».
admin-media-caption = Didascalia
admin-media-credit = Crediti (fotografo, agenzia)
admin-media-focal = Punto focale
admin-media-focal-hint = La parte dell’immagine da tenere visibile quando viene ritagliata, in percentuale della larghezza e dell’altezza (50 e 50: il centro).
admin-media-focal-x = Da sinistra (%)
admin-media-focal-y = Dall’alto (%)
admin-media-upload-button = Carica
admin-media-library-heading = Immagini della mediateca
admin-media-search-label = Cerca nei testi alternativi, nelle didascalie e nei crediti
admin-media-search-button = Cerca
admin-media-count =
    { $count ->
        [0] Nessuna immagine
        [one] Un’immagine
       *[other] { $count } immagini
    }
admin-media-table-caption = Le immagini della mediateca, le più recenti per prime
admin-media-col-picture = Immagine
admin-media-col-number = Numero
admin-media-col-texts = Testi
admin-media-col-uploaded = Caricata (UTC)
admin-media-col-html = HTML per un testo
admin-media-snippet = HTML dell’immagine { $id }, da incollare in un testo con il pulsante HTML dell’editor
admin-media-size = { $width } × { $height } pixel, { $format }
admin-media-pages = Pagine della mediateca
admin-media-newer = Immagini più recenti
admin-media-older = Immagini meno recenti
admin-media-added = L’immagine { $id } è stata aggiunta alla mediateca.
admin-media-already = Questa immagine era già nella mediateca, come immagine { $id }: i suoi testi sono stati mantenuti.
admin-media-not-added = L’immagine non è stata aggiunta:
admin-media-field-file = immagine
admin-media-field-alt = testo alternativo
admin-media-field-caption = didascalia
admin-media-field-credit = crediti
admin-media-no-file = scegli un’immagine da caricare (il file inviato è vuoto)
admin-media-alt-required = è obbligatorio: descrivi che cosa mostra l’immagine, per chi non può vederla
admin-media-too-long = è lungo { $length } caratteri; il massimo consentito è { $max }
admin-media-focal-range = ogni valore è un numero da 0 a 100
admin-media-file-too-large = il file è di { $size }; il massimo consentito è { $max }
admin-media-not-a-picture = il file non è un’immagine JPEG, PNG o WebP (sembra: { $looks-like })
admin-media-too-many-pixels = l’immagine è di { $width } × { $height } pixel; il massimo consentito è { $max } megapixel
admin-media-side-too-long = l’immagine è di { $width } × { $height } pixel; il lato più lungo consentito è di { $max } pixel
admin-media-unreadable = l’immagine non può essere letta (danneggiata, troncata o di un tipo non supportato): { $reason }
admin-media-upload-too-large = Il caricamento supera quanto il sito accetta: immagini fino a 20 MB.
admin-media-upload-unreadable = Il caricamento non è leggibile: invialo di nuovo dal modulo.
admin-media-file-not-found = Questo file non esiste nella mediateca.
# Attachments
admin-item-attachments-heading = Documenti e link
admin-item-attachments-intro = Elencati sotto il testo dell’elemento, in quest’ordine. Il file di un documento è pubblico solo finché è pubblico un elemento che lo elenca.
admin-item-attachments-none = L’elemento non elenca documenti né link.
admin-item-attachments-caption = I documenti e i link dell’elemento, nel loro ordine
admin-attachment-col-title = Titolo
admin-attachment-col-kind = Tipo
admin-attachment-col-language = Lingua
admin-attachment-col-order = Ordine e rimozione
admin-attachment-up = Sposta su
admin-attachment-down = Sposta giù
admin-attachment-remove = Rimuovi
admin-document-heading = Carica un documento
admin-document-file = Documento (PDF, ODT, ODS, ODP, DOCX, XLSX o PPTX, fino a 50 MB)
admin-attachment-title = Titolo (obbligatorio)
admin-attachment-language = La sua lingua
admin-document-button = Carica ed elenca
admin-link-heading = Aggiungi un link
admin-link-url = Indirizzo (https://…)
admin-link-button = Aggiungi il link
admin-gallery-heading = Immagini allegate
admin-gallery-intro = Mostrate sotto il testo come piccola galleria; ognuna porta all’immagine nel formato più grande.
admin-gallery-none = Nessuna immagine è allegata.
admin-gallery-caption = Le immagini allegate all’elemento, nel loro ordine
admin-gallery-number = Numero di un’immagine della mediateca
admin-gallery-button = Allega l’immagine
admin-attachment-not-done = La modifica non è stata fatta:
admin-attachment-field-file = documento
admin-attachment-field-title = titolo
admin-attachment-field-address = indirizzo
admin-attachment-field-language = lingua
admin-attachment-field-picture = immagine
admin-attachment-required = è obbligatorio
admin-attachment-control = contiene caratteri di controllo
admin-attachment-language-unknown = «{ $value }» non è una lingua del sito
admin-attachment-full = l’elemento ne ha già { $max }: rimuovetene prima uno
admin-document-no-file = scegliete un documento da caricare (il file inviato è vuoto)
admin-document-not-accepted = il file non è un documento PDF, OpenDocument (ODT, ODS, ODP) o Office (DOCX, XLSX, PPTX) (sembra { $looks-like })
admin-document-macros = il documento contiene macro: salvatelo senza (come DOCX, XLSX, PPTX o in un formato OpenDocument)
admin-document-damaged = il documento non è leggibile: è danneggiato o troncato
admin-document-upload-too-large = Il caricamento supera quanto il sito accetta: documenti fino a 50 MB.
admin-link-characters = contiene spazi, caratteri di controllo, caratteri invisibili o barre rovesciate
admin-link-not-http = indicate un indirizzo completo che inizi con https:// o http://
admin-link-no-host = non nomina alcun sito dopo https://
admin-link-credentials = non deve contenere un nome utente o una password
admin-link-bad-host = il nome del sito che contiene non è valido
admin-gallery-which = indicate il numero di un’immagine della mediateca
admin-attachment-action-unknown = Scegliete cosa fare: spostare su, spostare giù o rimuovere.
admin-attachment-not-found = L’elemento non elenca questo documento, link o immagine.

# Introductions
admin-intro-heading = Presentazione
admin-intro-title = Presentazione di «{ $name }»
admin-intro-lead = Ciò che la pagina pubblica dice di questa voce. Una pagina mostra la descrizione solo nella propria lingua; i recapiti di una struttura sono mostrati nella lingua predefinita quando la lingua della pagina non li indica. Testo semplice: separare i paragrafi con una riga vuota (al massimo 4.000 caratteri).
admin-intro-language = Lingua
admin-intro-show = Mostra
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Scritta in: { $languages }
admin-intro-none-yet = Non c’è ancora una presentazione in questa lingua.
admin-intro-description = Descrizione
admin-intro-contacts = Direzione, indirizzo e recapiti
admin-intro-head-title = Direzione: titolo della carica
admin-intro-head-name = Direzione: nome
admin-intro-address = Indirizzo (una riga per riga)
admin-intro-phone = Telefono
admin-intro-email = E-mail
admin-intro-web = Sito web (http o https)
admin-intro-press = Contatto stampa (un ufficio o un ruolo, non una persona)
admin-intro-press-name = Ufficio o ruolo
admin-intro-save = Salva la presentazione
admin-intro-remove = Rimuovi la presentazione in questa lingua
admin-intro-edit = Modifica
admin-intro-countries = Presentazioni dei paesi
admin-intro-countries-lead = Scegliere un paese per scriverne o modificarne la presentazione.
admin-intro-no-such = Non c’è nulla da presentare all’indirizzo «{ $slug }».
admin-intro-not-a-language = «{ $value }» non è una lingua del sito.
admin-change-set-intro = impostata la presentazione di { $slug } in { $language }
admin-change-clear-intro = rimossa la presentazione di { $slug } in { $language }
