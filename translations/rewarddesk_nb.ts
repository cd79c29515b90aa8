<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QTableView</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Kopier rader</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RewardDesk: one console for rewards and loyalty support (TruCentive, Tremendous, Cheetah Loyalty, Trigg).</source>
        <translation>RewardDesk: én konsoll for belønnings- og lojalitetsstøtte (TruCentive, Tremendous, Cheetah Loyalty, Trigg).</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox with sample data.</source>
        <translation>Åpne i den innebygde sandkassen med eksempeldata.</translation>
    </message>
    <message>
        <source>Serve only the built-in sandbox (no window) and print its addresses.</source>
        <translation>Kjør bare den innebygde sandkassen (uten vindu), og skriv ut adressene dens.</translation>
    </message>
    <message>
        <source>Sandbox port (default: a random free port).</source>
        <translation>Sandkasseport (standard: en tilfeldig ledig port).</translation>
    </message>
    <message>
        <source>Sandbox sample-data seed.</source>
        <translation>Frø for sandkassens eksempeldata.</translation>
    </message>
    <message>
        <source>Sandbox records per resource.</source>
        <translation>Sandkasseoppføringer per ressurs.</translation>
    </message>
</context>
<context>
    <name>rd</name>
    <message>
        <source>client ID and secret</source>
        <translation>klient-ID og klienthemmelighet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 svarte: «%2»</translation>
    </message>
    <message>
        <source>The change may or may not have been made. Refresh the record to see its current state before trying again.</source>
        <translation>Endringen kan ha blitt gjort eller ikke. Oppdater oppføringen for å se gjeldende tilstand før du prøver igjen.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid. Nothing was changed.</source>
        <translation>%1 avviste forespørselen som ugyldig. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 refused the request: the account does not have enough funds. Nothing was changed.</source>
        <translation>%1 avviste forespørselen: kontoen har ikke nok midler. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 could not find this record. It may have been removed, or the ID is wrong.</source>
        <translation>%1 fant ikke denne oppføringen. Den kan ha blitt fjernet, eller ID-en er feil.</translation>
    </message>
    <message>
        <source>%1 refused the request because it conflicts with the record&apos;s current state or with an earlier request. Nothing was changed. Refresh the record to see its state.</source>
        <translation>%1 avviste forespørselen fordi den er i konflikt med oppføringens gjeldende tilstand eller med en tidligere forespørsel. Ingenting ble endret. Oppdater oppføringen for å se tilstanden.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP status %2). Nothing was changed.</source>
        <translation>%1 avviste forespørselen (HTTP-status %2). Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>rd::Account</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produksjon)</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandkasse)</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
</context>
<context>
    <name>rd::AccountEditDialog</name>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Sandbox (testflight)</source>
        <translation>Sandkasse (testflight)</translation>
    </message>
    <message>
        <source>Staging / sandbox</source>
        <translation>Staging / sandkasse</translation>
    </message>
    <message>
        <source>Test tenant</source>
        <translation>Testtenant</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Testkonto</translation>
    </message>
    <message>
        <source>The documented address is https://app.trucentive.com/api/v1; TruCentive says yours may differ.</source>
        <translation>Den dokumenterte adressen er https://app.trucentive.com/api/v1; ifølge TruCentive kan deres være en annen.</translation>
    </message>
    <message>
        <source>Set by the environment: testflight for sandbox keys (TEST_…), api for production keys (PROD_…).</source>
        <translation>Bestemmes av miljøet: testflight for sandkassenøkler (TEST_…), api for produksjonsnøkler (PROD_…).</translation>
    </message>
    <message>
        <source>Your program&apos;s own address, e.g. https://mycompany.cheetahedp.com. The client ID and secret are under Admin &gt; OAuth Applications.</source>
        <translation>Programmets egen adresse, f.eks. https://mycompany.cheetahedp.com. Klient-ID og klienthemmelighet finner du under Admin &gt; OAuth Applications.</translation>
    </message>
    <message>
        <source>Production https://api.oculos.no/v4, staging https://api.staging.oculos.no/v4.</source>
        <translation>Produksjon https://api.oculos.no/v4, staging https://api.staging.oculos.no/v4.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkobling</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Rediger konto</translation>
    </message>
    <message>
        <source>e.g. Rewards team, production</source>
        <translation>f.eks. Belønningsteamet, produksjon</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Stored (••••%1). Leave empty to keep it.</source>
        <translation>Lagret (••••%1). La feltet stå tomt for å beholde den.</translation>
    </message>
    <message>
        <source>Stored. Leave empty to keep it.</source>
        <translation>Lagret. La feltet stå tomt for å beholde den.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Fyll ut feltet «%1».</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Tester tilkoblingen til %1…</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>No stored credentials: enter them to test.</source>
        <translation>Ingen lagret påloggingsinformasjon: skriv den inn for å teste.</translation>
    </message>
    <message>
        <source>Keeping the credentials for this session…</source>
        <translation>Beholder påloggingsinformasjonen for denne økten…</translation>
    </message>
    <message>
        <source>Saving the credentials in your system&apos;s secure storage…</source>
        <translation>Lagrer påloggingsinformasjonen i systemets sikre lagring…</translation>
    </message>
    <message>
        <source>Secure storage unavailable</source>
        <translation>Sikker lagring er utilgjengelig</translation>
    </message>
    <message>
        <source>%1

Use these credentials for this session only? Nothing will be written to disk; you will need to enter them again next time.</source>
        <translation>%1

Vil du bruke denne påloggingsinformasjonen bare i denne økten? Ingenting blir skrevet til disk, og du må skrive den inn på nytt neste gang.</translation>
    </message>
</context>
<context>
    <name>rd::AccountListModel</name>
    <message>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Påloggingsinformasjon</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Siste test</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <source>Demo sample credentials</source>
        <translation>Eksempelpåloggingsinformasjon for demo</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Bare denne økten</translation>
    </message>
    <message>
        <source>••••%1 (this session only)</source>
        <translation>••••%1 (bare denne økten)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>••••%1</source>
        <translation>••••%1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Secure storage unavailable</source>
        <translation>Sikker lagring er utilgjengelig</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
</context>
<context>
    <name>rd::AccountSessions</name>
    <message>
        <source>No credentials are stored for %1. Open File &gt; Accounts to enter them.</source>
        <translation>Ingen påloggingsinformasjon er lagret for %1. Åpne Fil &gt; Kontoer for å legge den inn.</translation>
    </message>
</context>
<context>
    <name>rd::AccountStore</name>
    <message>
        <source>Internal error: invalid account id.</source>
        <translation>Intern feil: ugyldig konto-ID.</translation>
    </message>
    <message>
        <source>Internal error: a secret hint has at most four characters.</source>
        <translation>Intern feil: et hint om en hemmelighet kan ha maksimalt fire tegn.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Det finnes allerede en konto med denne ID-en.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Denne kontoen finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>rd::AccountValidation</name>
    <message>
        <source>API key</source>
        <translation>API-nøkkelen</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>klient-ID-en</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>klienthemmeligheten</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>hemmeligheten</translation>
    </message>
    <message>
        <source>Enter the API base URL, for example https://api.example.com/v1.</source>
        <translation>Skriv inn basis-URL-en for API-et, for eksempel https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The base URL is not a valid web address. Check it for spaces or typing mistakes.</source>
        <translation>Basis-URL-en er ikke en gyldig nettadresse. Se etter mellomrom eller skrivefeil.</translation>
    </message>
    <message>
        <source>The base URL must start with https://, for example https://api.example.com/v1.</source>
        <translation>Basis-URL-en må begynne med https://, for eksempel https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The base URL has no server name. It should look like https://api.example.com/v1.</source>
        <translation>Basis-URL-en mangler servernavn. Den skal se slik ut: https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password. Enter credentials in the API key fields: RewardDesk sends them in request headers only.</source>
        <translation>Basis-URL-en kan ikke inneholde brukernavn eller passord. Skriv inn påloggingsinformasjonen i feltene for API-nøkkel: RewardDesk sender den bare i forespørselshoder.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (the part from &quot;?&quot; on). A credential such as api_key=… belongs in the API key field, never in the URL.</source>
        <translation>Basis-URL-en kan ikke inneholde en spørrestreng (delen fra &quot;?&quot; og utover). Påloggingsinformasjon som api_key=… hører hjemme i feltet for API-nøkkel, aldri i URL-en.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (the part from &quot;#&quot; on).</source>
        <translation>Basis-URL-en kan ikke inneholde et fragment (delen fra &quot;#&quot; og utover).</translation>
    </message>
    <message>
        <source>RewardDesk connects to vendors over https:// only. Plain http:// is allowed only for this computer (127.0.0.1), such as the built-in sandbox.</source>
        <translation>RewardDesk kobler seg bare til leverandører over https://. Vanlig http:// er bare tillatt for denne datamaskinen (127.0.0.1), for eksempel for den innebygde sandkassen.</translation>
    </message>
    <message>
        <source>A demo account must point at the built-in sandbox on this computer.</source>
        <translation>En demokonto må peke på den innebygde sandkassen på denne datamaskinen.</translation>
    </message>
    <message>
        <source>%1 is the %2 sandbox address but the account is set to production. Use %3, or change the account&apos;s environment to Sandbox.</source>
        <translation>%1 er sandkasseadressen til %2, men kontoen er satt til produksjon. Bruk %3, eller endre kontoens miljø til Sandkasse.</translation>
    </message>
    <message>
        <source>%1 is the %2 production address but the account is set to sandbox. Use %3, or change the account&apos;s environment to Production.</source>
        <translation>%1 er produksjonsadressen til %2, men kontoen er satt til sandkasse. Bruk %3, eller endre kontoens miljø til Produksjon.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Skriv inn %1.</translation>
    </message>
    <message>
        <source>The %1 contains a line break or another invisible control character. Copy only the %1 itself and paste it again.</source>
        <translation>Det er et linjeskift eller et annet usynlig kontrolltegn i %1. Kopier bare %1, og lim den inn på nytt.</translation>
    </message>
    <message>
        <source>The %1 starts or ends with a space. Remove the space and try again.</source>
        <translation>Det er et mellomrom i starten eller slutten av %1. Fjern mellomrommet og prøv igjen.</translation>
    </message>
    <message>
        <source>The %1 is too long (more than 4,096 characters). Check that you copied only the %1.</source>
        <translation>Det er for mange tegn i %1 (over 4 096). Kontroller at du bare kopierte %1.</translation>
    </message>
    <message>
        <source>This is a Tremendous sandbox key (TEST_…) but the account points at production. Use a production key (PROD_…), or change the account&apos;s environment to Sandbox.</source>
        <translation>Dette er en sandkassenøkkel for Tremendous (TEST_…), men kontoen peker på produksjon. Bruk en produksjonsnøkkel (PROD_…), eller endre kontoens miljø til Sandkasse.</translation>
    </message>
    <message>
        <source>This is a Tremendous production key (PROD_…) but the account points at the sandbox. Use a sandbox key (TEST_…), or change the account&apos;s environment to Production.</source>
        <translation>Dette er en produksjonsnøkkel for Tremendous (PROD_…), men kontoen peker på sandkassen. Bruk en sandkassenøkkel (TEST_…), eller endre kontoens miljø til Produksjon.</translation>
    </message>
</context>
<context>
    <name>rd::AccountsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkobling</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>No accounts yet. Add one for each vendor your team supports.</source>
        <translation>Ingen kontoer ennå. Legg til én for hver leverandør teamet ditt gir støtte for.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Fjern konto</translation>
    </message>
    <message>
        <source>Remove %1? Its credentials are deleted from your system&apos;s secure storage. The action journal keeps its entries.</source>
        <translation>Vil du fjerne %1? Påloggingsinformasjonen slettes fra systemets sikre lagring. Handlingsjournalen beholder oppføringene.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Fjerner %1…</translation>
    </message>
    <message>
        <source>The account was removed, but its credentials could not be deleted from secure storage: %1</source>
        <translation>Kontoen ble fjernet, men påloggingsinformasjonen kunne ikke slettes fra sikker lagring: %1</translation>
    </message>
    <message>
        <source>Removed %1 and its stored credentials.</source>
        <translation>Fjernet %1 og den lagrede påloggingsinformasjonen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Tester %1…</translation>
    </message>
    <message>
        <source>No credentials are stored for %1. Edit the account to enter them.</source>
        <translation>Ingen påloggingsinformasjon er lagret for %1. Rediger kontoen for å legge den inn.</translation>
    </message>
</context>
<context>
    <name>rd::ActionJournal</name>
    <message>
        <source>Not sent: RewardDesk was closed before the request was sent.</source>
        <translation>Ikke sendt: RewardDesk ble lukket før forespørselen ble sendt.</translation>
    </message>
    <message>
        <source>The action is missing its account, object or name.</source>
        <translation>Handlingen mangler konto, objekt eller navn.</translation>
    </message>
    <message>
        <source>The reason or summary looks like it contains a key or token. Remove it and try again: the journal never stores credentials.</source>
        <translation>Begrunnelsen eller sammendraget ser ut til å inneholde en nøkkel eller et token. Fjern det og prøv igjen: journalen lagrer aldri påloggingsinformasjon.</translation>
    </message>
    <message>
        <source>Another action on %1 is in progress or its outcome is not known yet. Wait for it, or check the Audit log.</source>
        <translation>En annen handling på %1 pågår, eller utfallet er ikke kjent ennå. Vent på den, eller sjekk revisjonsloggen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <source>Not sent: the window that asked for it was closed.</source>
        <translation>Ikke sendt: vinduet som ba om den, ble lukket.</translation>
    </message>
    <message>
        <source>The action journal folder %1 cannot be created.</source>
        <translation>Mappen for handlingsjournalen, %1, kan ikke opprettes.</translation>
    </message>
    <message>
        <source>Another RewardDesk is using the action journal %1. Actions are disabled here: close the other RewardDesk and restart this one.</source>
        <translation>En annen RewardDesk bruker handlingsjournalen %1. Handlinger er deaktivert her: lukk den andre RewardDesk, og start denne på nytt.</translation>
    </message>
    <message>
        <source>The action journal %1 cannot be written: %2</source>
        <translation>Kan ikke skrive til handlingsjournalen %1: %2</translation>
    </message>
    <message>
        <source>The action journal could not be written: %1</source>
        <translation>Kunne ikke skrive til handlingsjournalen: %1</translation>
    </message>
    <message>
        <source>The action journal could not be saved to disk.</source>
        <translation>Handlingsjournalen kunne ikke lagres på disk.</translation>
    </message>
</context>
<context>
    <name>rd::ApiError</name>
    <message>
        <source>The address configured for %1 is missing, malformed or not secure (only https addresses are allowed). Nothing was sent. Open File &gt; Accounts to correct it.</source>
        <translation>Adressen som er konfigurert for %1, mangler, er ugyldig eller er ikke sikker (bare https-adresser er tillatt). Ingenting ble sendt. Åpne Fil &gt; Kontoer for å rette den.</translation>
    </message>
    <message>
        <source>No %1 is stored for %2. Nothing was sent. Open File &gt; Accounts to enter it.</source>
        <translation>Ingen %1 er lagret for %2. Ingenting ble sendt. Åpne Fil &gt; Kontoer og legg inn påloggingsinformasjonen.</translation>
    </message>
    <message>
        <source>%1 did not allow this request. Nothing was changed. The %2 may lack the permission for it: check the account&apos;s settings with %3, or open File &gt; Accounts to use another one.</source>
        <translation>%1 tillot ikke denne forespørselen. Ingenting ble endret. Påloggingsinformasjonen (%2) mangler kanskje tillatelse til dette: kontroller kontoens innstillinger hos %3, eller åpne Fil &gt; Kontoer for å bruke annen påloggingsinformasjon.</translation>
    </message>
    <message>
        <source>The client ID and secret for %1 were rejected. Open File &gt; Accounts to replace them.</source>
        <translation>Klient-ID-en og klienthemmeligheten for %1 ble avvist. Åpne Fil &gt; Kontoer for å erstatte dem.</translation>
    </message>
    <message>
        <source>The API key for %1 was rejected. Open File &gt; Accounts to replace it.</source>
        <translation>API-nøkkelen for %1 ble avvist. Åpne Fil &gt; Kontoer for å erstatte den.</translation>
    </message>
    <message>
        <source>%1 could not be reached: its server name was not found. Nothing was sent. Check the internet connection and the account&apos;s address in File &gt; Accounts.</source>
        <translation>%1 kunne ikke nås: servernavnet ble ikke funnet. Ingenting ble sendt. Kontroller internettforbindelsen og kontoens adresse under Fil &gt; Kontoer.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Nothing was sent. The service may be down: try again in a few minutes.</source>
        <translation>%1 avviste tilkoblingen. Ingenting ble sendt. Tjenesten kan være nede: prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (certificate or encryption problem). Nothing was sent. Check the computer&apos;s date and time and any network proxy; if it keeps happening, contact your IT support.</source>
        <translation>Den sikre tilkoblingen til %1 kunne ikke opprettes (problem med sertifikat eller kryptering). Ingenting ble sendt. Kontroller datamaskinens dato og klokkeslett og eventuell nettverksproxy. Hvis det fortsetter, kontakter du IT-støtten.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Nothing was sent. Check the internet connection and try again.</source>
        <translation>%1 kunne ikke nås. Ingenting ble sendt. Kontroller internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the answer was complete.</source>
        <translation>Tilkoblingen til %1 ble brutt før svaret var komplett.</translation>
    </message>
    <message>
        <source>%1 could not be reached in time. Nothing was sent. Check the internet connection and try again.</source>
        <translation>%1 kunne ikke nås i tide. Ingenting ble sendt. Kontroller internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 svarte ikke i tide.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another address. RewardDesk never follows redirects, so nothing was sent there. Check the account&apos;s address in File &gt; Accounts.</source>
        <translation>%1 svarte med en omdirigering til en annen adresse. RewardDesk følger aldri omdirigeringer, så ingenting ble sendt dit. Kontroller kontoens adresse under Fil &gt; Kontoer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests right now. Nothing was changed. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 mottar for mange forespørsler akkurat nå. Ingenting ble endret. Vent %n sekund og prøv igjen.</numerusform>
            <numerusform>%1 mottar for mange forespørsler akkurat nå. Ingenting ble endret. Vent %n sekunder og prøv igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is receiving too many requests right now. Nothing was changed. Wait a minute and try again.</source>
        <translation>%1 mottar for mange forespørsler akkurat nå. Ingenting ble endret. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected status (HTTP %2).</source>
        <translation>%1 svarte med en uventet status (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had a problem on its side (HTTP %2).</source>
        <translation>%1 hadde et problem på sin side (HTTP %2).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than RewardDesk accepts, so it was not read.</source>
        <translation>Svaret fra %1 var større enn RewardDesk godtar, så det ble ikke lest.</translation>
    </message>
    <message>
        <source>Narrow the search or use smaller pages.</source>
        <translation>Begrens søket eller bruk mindre sider.</translation>
    </message>
    <message>
        <source>%1 sent an answer RewardDesk could not read. The details were written to the log.</source>
        <translation>%1 sendte et svar som RewardDesk ikke kunne lese. Detaljene ble skrevet til loggen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Prøv igjen. Rapporter det hvis det fortsetter.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled before it was sent.</source>
        <translation>Forespørselen til %1 ble avbrutt før den ble sendt.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Forespørselen til %1 ble avbrutt.</translation>
    </message>
    <message>
        <source>Another action on this record is still in progress. Wait for it to finish, then try again.</source>
        <translation>En annen handling på denne oppføringen pågår fortsatt. Vent til den er ferdig, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Forespørselen til %1 mislyktes.</translation>
    </message>
</context>
<context>
    <name>rd::AuditDialog</name>
    <message>
        <source>Needs attention only</source>
        <translation>Bare de som trenger oppfølging</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Gi opp…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Filter by object, account, person, reason…</source>
        <translation>Filtrer etter objekt, konto, person, begrunnelse…</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle leverandører</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Close an action whose outcome is unknown after you checked it by other means. Your note is kept in the journal.</source>
        <translation>Lukk en handling med ukjent utfall etter at du har kontrollert den på annen måte. Notatet ditt blir lagret i journalen.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 oppføringer</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 oppføringer</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n trenger oppfølging</numerusform>
            <numerusform>%n trenger oppfølging</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be written to %1: %2</source>
        <translation>Revisjonsloggen kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksporter revisjonslogg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Abandon action</source>
        <translation>Gi opp handling</translation>
    </message>
    <message>
        <source>What did you check, and what happened? (required)</source>
        <translation>Hva kontrollerte du, og hva skjedde? (påkrevd)</translation>
    </message>
    <message>
        <source>Enter a note saying what you checked.</source>
        <translation>Skriv et notat om hva du kontrollerte.</translation>
    </message>
</context>
<context>
    <name>rd::Composition</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Den innebygde sandkassen kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <translation>%1-demo</translation>
    </message>
</context>
<context>
    <name>rd::ConfirmationDialog</name>
    <message>
        <source>Environment: %1</source>
        <translation>Miljø: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Begrunnelse (påkrevd, lagres i revisjonsloggen):</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Begrunnelse (lagres i revisjonsloggen):</translation>
    </message>
    <message>
        <source>e.g. ticket number and what the customer reported</source>
        <translation>f.eks. saksnummer og hva kunden rapporterte</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n forespørsel pågår</numerusform>
            <numerusform>%n forespørsler pågår</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading credentials</source>
        <translation>%1: leser påloggingsinformasjon</translation>
    </message>
    <message>
        <source>%1: no credentials</source>
        <translation>%1: ingen påloggingsinformasjon</translation>
    </message>
    <message>
        <source>%1: secure storage unavailable</source>
        <translation>%1: sikker lagring er utilgjengelig</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: klar</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: tilkoblet</translation>
    </message>
    <message>
        <source>%1: not reachable</source>
        <translation>%1: kan ikke nås</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionTester</name>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Tilkoblet som %1 (%2).</translation>
    </message>
    <message>
        <source>Connected. The API key was accepted.</source>
        <translation>Tilkoblet. API-nøkkelen ble godtatt.</translation>
    </message>
    <message>
        <source>Connected. Balance available: %1.</source>
        <translation>Tilkoblet. Tilgjengelig saldo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The API key was accepted (%n funding source(s)).</source>
        <translation>
            <numerusform>Tilkoblet. API-nøkkelen ble godtatt (%n finansieringskilde).</numerusform>
            <numerusform>Tilkoblet. API-nøkkelen ble godtatt (%n finansieringskilder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The client credentials were accepted and an access token was issued.</source>
        <translation>Tilkoblet. Klientpåloggingsinformasjonen ble godtatt, og et tilgangstoken ble utstedt.</translation>
    </message>
    <message>
        <source>Enter the credentials first.</source>
        <translation>Skriv inn påloggingsinformasjonen først.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopeOpener</name>
    <message numerus="yes">
        <source>RewardDesk could not confirm within %n second(s) that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</source>
        <translation>
            <numerusform>RewardDesk kunne ikke bekrefte innen %n sekund at konvolutten ble åpnet. Det er trygt å prøve å åpne den igjen: slå opp konvolutten, og åpne den på nytt hvis den fortsatt ikke er åpen.</numerusform>
            <numerusform>RewardDesk kunne ikke bekrefte innen %n sekunder at konvolutten ble åpnet. Det er trygt å prøve å åpne den igjen: slå opp konvolutten, og åpne den på nytt hvis den fortsatt ikke er åpen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The envelope was queued for opening but was not open after %n second(s). TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</source>
        <translation>
            <numerusform>Konvolutten ble satt i kø for åpning, men var ikke åpen etter %n sekund. TruCentive kan fortsatt holde på med den: slå den opp igjen om et minutt. Det er trygt å prøve å åpne den igjen.</numerusform>
            <numerusform>Konvolutten ble satt i kø for åpning, men var ikke åpen etter %n sekunder. TruCentive kan fortsatt holde på med den: slå den opp igjen om et minutt. Det er trygt å prøve å åpne den igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>åpner</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>kontrollerer</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>state changed</source>
        <translation>tilstanden er endret</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tidsavbrudd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>The TruCentive connection is not available.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Asking TruCentive to open the envelope…</source>
        <translation>Ber TruCentive om å åpne konvolutten…</translation>
    </message>
    <message>
        <source>Stopped watching the envelope.</source>
        <translation>Sluttet å følge med på konvolutten.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the open request arrived; checking the envelope…</source>
        <translation>RewardDesk kan ikke avgjøre om åpningsforespørselen kom frem; kontrollerer konvolutten…</translation>
    </message>
    <message>
        <source>The envelope is open.</source>
        <translation>Konvolutten er åpen.</translation>
    </message>
    <message>
        <source>Queued: TruCentive will open the envelope shortly.</source>
        <translation>I kø: TruCentive åpner konvolutten om kort tid.</translation>
    </message>
    <message>
        <source>Checking the envelope (check %1)…</source>
        <translation>Kontrollerer konvolutten (kontroll %1)…</translation>
    </message>
    <message>
        <source>The envelope could not be checked this time; trying again…</source>
        <translation>Konvolutten kunne ikke kontrolleres denne gangen; prøver igjen…</translation>
    </message>
    <message>
        <source>The envelope could not be opened: it is %1.</source>
        <translation>Konvolutten kunne ikke åpnes: den er %1.</translation>
    </message>
    <message>
        <source>The envelope could not be opened: it expired on %1 (UTC).</source>
        <translation>Konvolutten kunne ikke åpnes: den utløp %1 (UTC).</translation>
    </message>
    <message>
        <source>The envelope&apos;s state is now “%1”, which RewardDesk does not know. Check the envelope in TruCentive before trying again.</source>
        <translation>Konvoluttens tilstand er nå «%1», som RewardDesk ikke kjenner. Kontroller konvolutten i TruCentive før du prøver igjen.</translation>
    </message>
    <message>
        <source>Still waiting for TruCentive to open the envelope (state: %1)…</source>
        <translation>Venter fortsatt på at TruCentive skal åpne konvolutten (tilstand: %1)…</translation>
    </message>
</context>
<context>
    <name>rd::Environment</name>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>rd::EnvironmentBanner</name>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKSJON</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDKASSE</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>PRODUCTION: actions move real money.</source>
        <translation>PRODUKSJON: handlinger flytter ekte penger.</translation>
    </message>
    <message>
        <source>SANDBOX: the vendor&apos;s test system; no real money moves.</source>
        <translation>SANDKASSE: leverandørens testsystem; ingen ekte penger flyttes.</translation>
    </message>
    <message>
        <source>DEMO: sample data from RewardDesk&apos;s built-in sandbox; nothing reaches a vendor.</source>
        <translation>DEMO: eksempeldata fra RewardDesks innebygde sandkasse; ingenting når frem til en leverandør.</translation>
    </message>
    <message>
        <source>%1   Account: %2</source>
        <translation>%1   Konto: %2</translation>
    </message>
    <message>
        <source>PRODUCTION accounts are configured: their actions move real money.</source>
        <translation>PRODUKSJONS-kontoer er konfigurert: handlingene deres flytter ekte penger.</translation>
    </message>
    <message>
        <source>SANDBOX accounts only: no real money moves.</source>
        <translation>Bare SANDKASSE-kontoer: ingen ekte penger flyttes.</translation>
    </message>
    <message>
        <source>No accounts yet. Open File &gt; Accounts to add one, or start with --demo.</source>
        <translation>Ingen kontoer ennå. Åpne Fil &gt; Kontoer for å legge til en, eller start med --demo.</translation>
    </message>
</context>
<context>
    <name>rd::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>rd::JournalCsv</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttype</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Forespørsels-ID</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Oppdatert (UTC)</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Løst av</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>Oppførings-ID</translation>
    </message>
</context>
<context>
    <name>rd::JournalModel</name>
    <message>
        <source>Interrupted: needs checking</source>
        <translation>Avbrutt: må kontrolleres</translation>
    </message>
    <message>
        <source>Started by %1, resolved by %2</source>
        <translation>Startet av %1, løst av %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>rd::JournalReconciler</name>
    <message>
        <source>RewardDesk cannot check %1 actions automatically yet. Check the %2 %3 at %1 and mark the entry as resolved.</source>
        <translation>RewardDesk kan ikke kontrollere %1-handlinger automatisk ennå. Kontroller %2 %3 hos %1, og merk oppføringen som løst.</translation>
    </message>
    <message numerus="yes">
        <source>The vendor did not answer within %n second(s).</source>
        <translation>
            <numerusform>Leverandøren svarte ikke innen %n sekund.</numerusform>
            <numerusform>Leverandøren svarte ikke innen %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::JournalState</name>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Ikke gjennomført</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ukjent utfall</translation>
    </message>
    <message>
        <source>Applied (checked)</source>
        <translation>Gjennomført (kontrollert)</translation>
    </message>
    <message>
        <source>Not applied (checked)</source>
        <translation>Ikke gjennomført (kontrollert)</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Oppgitt</translation>
    </message>
</context>
<context>
    <name>rd::JsonPage</name>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>element %1 på siden er ikke et objekt</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>ikke JSON: %1</translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation>forventet en liste med elementer</translation>
    </message>
    <message>
        <source>expected an object holding &quot;%1&quot;</source>
        <translation>forventet et objekt som inneholder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation>&quot;%1&quot; mangler eller er ikke en liste</translation>
    </message>
</context>
<context>
    <name>rd::JsonView</name>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rå JSON</translation>
    </message>
    <message>
        <source>•••• hidden</source>
        <translation>•••• skjult</translation>
    </message>
</context>
<context>
    <name>rd::KeychainCredentialStore</name>
    <message>
        <source>RewardDesk cannot reach your system&apos;s secure storage (Secret Service / Keychain / Credential Manager). You can use this credential for this session only; it will not be saved.</source>
        <translation>RewardDesk får ikke kontakt med systemets sikre lagring (Secret Service / Keychain / Credential Manager). Du kan bruke denne påloggingsinformasjonen bare i denne økten; den blir ikke lagret.</translation>
    </message>
    <message>
        <source>Your system&apos;s secure storage is locked or refused access to RewardDesk. Unlock it and try again, or use this credential for this session only; it will not be saved.</source>
        <translation>Systemets sikre lagring er låst eller nektet RewardDesk tilgang. Lås den opp og prøv igjen, eller bruk denne påloggingsinformasjonen bare i denne økten; den blir ikke lagret.</translation>
    </message>
    <message numerus="yes">
        <source>Your system&apos;s secure storage did not answer within %n second(s); it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</source>
        <translation>
            <numerusform>Systemets sikre lagring svarte ikke innen %n sekund; den venter kanskje på at du skal låse den opp. Du kan bruke denne påloggingsinformasjonen bare i denne økten; den blir ikke lagret.</numerusform>
            <numerusform>Systemets sikre lagring svarte ikke innen %n sekunder; den venter kanskje på at du skal låse den opp. Du kan bruke denne påloggingsinformasjonen bare i denne økten; den blir ikke lagret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: invalid credential name.</source>
        <translation>Intern feil: ugyldig navn på påloggingsinformasjon.</translation>
    </message>
</context>
<context>
    <name>rd::ListStatusBar</name>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Last inn flere</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Ingenting å vise.</translation>
    </message>
    <message>
        <source>More available: scroll down or press Load more.</source>
        <translation>Flere er tilgjengelige: rull ned eller trykk Last inn flere.</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Listen kunne ikke lastes inn.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Innlastingen ble stoppet.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>RewardDesk</source>
        <translation>RewardDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Kontoer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Revisjons&amp;logg…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About RewardDesk</source>
        <translation>&amp;Om RewardDesk</translation>
    </message>
    <message>
        <source>About RewardDesk</source>
        <translation>Om RewardDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RewardDesk %1&lt;/h3&gt;&lt;p&gt;One console for rewards and loyalty support: TruCentive, Tremendous, Cheetah Loyalty and Trigg.&lt;/p&gt;&lt;p&gt;Credentials are kept only in your system&apos;s secure storage. Every action is written to the action journal before it is sent.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RewardDesk %1&lt;/h3&gt;&lt;p&gt;Én konsoll for belønnings- og lojalitetsstøtte: TruCentive, Tremendous, Cheetah Loyalty og Trigg.&lt;/p&gt;&lt;p&gt;Påloggingsinformasjon lagres bare i systemets sikre lagring. Hver handling skrives til handlingsjournalen før den sendes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>RewardDesk — %1 — %2</source>
        <translation>RewardDesk — %1 — %2</translation>
    </message>
    <message>
        <source>RewardDesk — %1</source>
        <translation>RewardDesk — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>O&amp;versikt</translation>
    </message>
    <message>
        <source>Vendor tab %1</source>
        <translation>Leverandørfane %1</translation>
    </message>
</context>
<context>
    <name>rd::OverviewPage</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Test all connections</source>
        <translation>Test alle tilkoblinger</translation>
    </message>
    <message>
        <source>Manage accounts…</source>
        <translation>Administrer kontoer…</translation>
    </message>
    <message>
        <source>No vendor accounts yet. Add your TruCentive, Tremendous, Cheetah Loyalty or Trigg account under File &gt; Accounts, or start RewardDesk with --demo to explore its built-in sandbox.</source>
        <translation>Ingen leverandørkontoer ennå. Legg til kontoen din hos TruCentive, Tremendous, Cheetah Loyalty eller Trigg under Fil &gt; Kontoer, eller start RewardDesk med --demo for å utforske den innebygde sandkassen.</translation>
    </message>
    <message>
        <source>Each account&apos;s credentials live only in your system&apos;s secure storage. Test a connection to check that the vendor accepts them.</source>
        <translation>Påloggingsinformasjonen for hver konto finnes bare i systemets sikre lagring. Test en tilkobling for å sjekke at leverandøren godtar den.</translation>
    </message>
    <message>
        <source>No credentials stored</source>
        <translation>Ingen påloggingsinformasjon lagret</translation>
    </message>
</context>
<context>
    <name>rd::PagedTableModel</name>
    <message>
        <source>This list has no data source.</source>
        <translation>Denne listen har ingen datakilde.</translation>
    </message>
    <message>
        <source>Page %1 of this list could not be read (%2). Retry, or reload the list.</source>
        <translation>Side %1 i denne listen kunne ikke leses (%2). Prøv igjen, eller last inn listen på nytt.</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>Viser %1 av %2</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded (%3 in total)</source>
        <translation>Viser %1 av %2 innlastede (%3 totalt)</translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded</source>
        <translation>Viser %1 av %2 innlastede</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 lastet inn</translation>
    </message>
</context>
<context>
    <name>rd::Pager</name>
    <message>
        <source>The server sent the same page twice, so loading stopped to avoid an endless list. The list may be incomplete; refresh to try again.</source>
        <translation>Serveren sendte den samme siden to ganger, så innlastingen ble stoppet for å unngå en endeløs liste. Listen kan være ufullstendig. Oppdater for å prøve igjen.</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n item(s), more than RewardDesk loads at once. Narrow the search to see the rest.</source>
        <translation>
            <numerusform>Listen har mer enn %n element, mer enn RewardDesk laster inn om gangen. Begrens søket for å se resten.</numerusform>
            <numerusform>Listen har mer enn %n elementer, mer enn RewardDesk laster inn om gangen. Begrens søket for å se resten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server reported far more pages than RewardDesk loads at once (more than %n item(s)). Narrow the search to see the rest.</source>
        <translation>
            <numerusform>Serveren rapporterte langt flere sider enn RewardDesk laster inn om gangen (mer enn %n element). Begrens søket for å se resten.</numerusform>
            <numerusform>Serveren rapporterte langt flere sider enn RewardDesk laster inn om gangen (mer enn %n elementer). Begrens søket for å se resten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SandboxHost</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Sandkassen kjører allerede.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation>Sandkassen kunne ikke lytte på 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>rd::SandboxOnly</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1:%1: %2</source>
        <translation>Sandkassen kunne ikke lytte på 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>RewardDesk sandbox on %1 (seed %2, %3 records per resource)</source>
        <translation>RewardDesk-sandkasse på %1 (frø %2, %3 oppføringer per ressurs)</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-nøkkel: %1</translation>
    </message>
    <message>
        <source>Sample envelopes: opened %1 (no redemption URL: %2), viewed %3, delivered %4, sms %5, locked %6, expired %7, test mode %8, batch (approved) %9</source>
        <translation>Eksempelkonvolutter: åpnet %1 (uten innløsnings-URL: %2), vist %3, levert %4, SMS %5, låst %6, utløpt %7, testmodus %8, batch (godkjent) %9</translation>
    </message>
    <message>
        <source>Low balance project %1 (instrument %2): %3 cents left</source>
        <translation>Prosjekt med lav saldo %1 (instrument %2): %3 cent igjen</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Klient-ID: %1</translation>
    </message>
    <message>
        <source>Client secret: %1</source>
        <translation>Klienthemmelighet: %1</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>types</source>
        <translation>typer</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Trykk Ctrl+C for å stoppe.</translation>
    </message>
    <message>
        <source>Samples: order pending approval %1, flagged fraud review (reward id) %2, reward with a failed delivery %3</source>
        <translation>Eksempler: ordre som venter på godkjenning %1, flagget svindelvurdering (belønnings-ID) %2, belønning med mislykket levering %3</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Organisasjonsinnstillinger</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopeDetailPane</name>
    <message>
        <source>The link was removed from the clipboard.</source>
        <translation>Lenken ble fjernet fra utklippstavlen.</translation>
    </message>
    <message>
        <source>Look up an envelope by its ID or a pasted redemption link, or choose one in the list, to see what happened to it.</source>
        <translation>Slå opp en konvolutt etter ID eller en innlimt innløsningslenke, eller velg en i listen, for å se hva som har skjedd med den.</translation>
    </message>
    <message>
        <source>TEST MODE</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Kopier ID</translation>
    </message>
    <message>
        <source>Open envelope…</source>
        <translation>Åpne konvolutt…</translation>
    </message>
    <message>
        <source>Send replacement…</source>
        <translation>Send erstatning…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Ask TruCentive to open this envelope for its recipient (confirmation first).</source>
        <translation>Be TruCentive om å åpne denne konvolutten for mottakeren (bekreftelse først).</translation>
    </message>
    <message>
        <source>Send a new reward to the same recipient (form and confirmation first).</source>
        <translation>Send en ny belønning til samme mottaker (skjema og bekreftelse først).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline (your time zone)</source>
        <translation>Tidslinje (din tidssone)</translation>
    </message>
    <message>
        <source>Links (money: anyone with a link can redeem the reward)</source>
        <translation>Lenker (penger: alle som har en lenke, kan løse inn belønningen)</translation>
    </message>
    <message>
        <source>Reveal links</source>
        <translation>Vis lenker</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopier lenke</translation>
    </message>
    <message>
        <source>Copies the redeem link; the clipboard is cleared after 20 seconds if unchanged.</source>
        <translation>Kopierer innløsningslenken; utklippstavlen tømmes etter 20 sekunder hvis den ikke er endret.</translation>
    </message>
    <message>
        <source>Redeem link:</source>
        <translation>Innløsningslenke:</translation>
    </message>
    <message>
        <source>Redemption link:</source>
        <translation>Innløsningslenke:</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Vis rå JSON</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Skjul rå JSON</translation>
    </message>
    <message>
        <source>Loading envelope %1…</source>
        <translation>Laster inn konvolutt %1…</translation>
    </message>
    <message>
        <source>Envelope %1</source>
        <translation>Konvolutt %1</translation>
    </message>
    <message>
        <source>TruCentive sent no link for this envelope. A redemption link exists only once the envelope is open and its reward has an external redemption page.</source>
        <translation>TruCentive sendte ingen lenke for denne konvolutten. En innløsningslenke finnes først når konvolutten er åpen og belønningen har en ekstern innløsningsside.</translation>
    </message>
    <message>
        <source>Links revealed. Anyone with a link can redeem the reward: share it only with the recipient.</source>
        <translation>Lenkene vises. Alle som har en lenke, kan løse inn belønningen: del den bare med mottakeren.</translation>
    </message>
    <message>
        <source>The links could not be fetched. </source>
        <translation>Lenkene kunne ikke hentes. </translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Prosjekt:</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Test mode: no real reward</source>
        <translation>Testmodus: ingen ekte belønning</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>unknown (not reported)</source>
        <translation>ukjent (ikke rapportert)</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Mottakere:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Mottaker:</translation>
    </message>
    <message>
        <source>no delivery address reported</source>
        <translation>ingen leveringsadresse rapportert</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Egendefinerte felt:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Some values TruCentive sent could not be read and are shown as unknown:
%1</source>
        <translation>Noen verdier fra TruCentive kunne ikke leses og vises som ukjente:
%1</translation>
    </message>
    <message>
        <source>•••••••• hidden: press Reveal links</source>
        <translation>•••••••• skjult: trykk Vis lenker</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(ingen sendt)</translation>
    </message>
    <message>
        <source>(none: not open, or no external page)</source>
        <translation>(ingen: ikke åpen, eller ingen ekstern side)</translation>
    </message>
    <message>
        <source>Fetching the links…</source>
        <translation>Henter lenkene…</translation>
    </message>
    <message numerus="yes">
        <source>Redeem link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Innløsningslenken er kopiert. Utklippstavlen tømmes om %n sekund med mindre du kopierer noe annet.</numerusform>
            <numerusform>Innløsningslenken er kopiert. Utklippstavlen tømmes om %n sekunder med mindre du kopierer noe annet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Innløsningslenken er kopiert. Utklippstavlen tømmes om %n sekund med mindre du kopierer noe annet.</numerusform>
            <numerusform>Innløsningslenken er kopiert. Utklippstavlen tømmes om %n sekunder med mindre du kopierer noe annet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: queued. %1</source>
        <translation>Åpning: i kø. %1</translation>
    </message>
    <message>
        <source>Open: done. %1</source>
        <translation>Åpning: fullført. %1</translation>
    </message>
    <message>
        <source>Open: failed. %1</source>
        <translation>Åpning: mislyktes. %1</translation>
    </message>
    <message>
        <source>Fetch links again</source>
        <translation>Hent lenkene på nytt</translation>
    </message>
    <message>
        <source>This envelope is already open.</source>
        <translation>Denne konvolutten er allerede åpen.</translation>
    </message>
    <message>
        <source>This envelope is locked: TruCentive will not open it. Send a replacement if the recipient should still get a reward.</source>
        <translation>Denne konvolutten er låst: TruCentive åpner den ikke. Send en erstatning hvis mottakeren fortsatt skal få en belønning.</translation>
    </message>
    <message>
        <source>This envelope has expired and cannot be opened. Send a replacement if the recipient should still get a reward.</source>
        <translation>Denne konvolutten er utløpt og kan ikke åpnes. Send en erstatning hvis mottakeren fortsatt skal få en belønning.</translation>
    </message>
    <message>
        <source>RewardDesk does not know the state “%1”, so it offers no action. Check the envelope in TruCentive.</source>
        <translation>RewardDesk kjenner ikke tilstanden «%1», så ingen handling er tilgjengelig. Kontroller konvolutten i TruCentive.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopeFeedModel</name>
    <message>
        <source>Envelope %1 in the list has no ID.</source>
        <translation>Konvolutt %1 i listen mangler ID.</translation>
    </message>
    <message>
        <source>In your time zone (%1)</source>
        <translation>I din tidssone (%1)</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Konvolutt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Some values of this envelope could not be read; open it to see which.</source>
        <translation>Noen verdier for denne konvolutten kunne ikke leses; åpne den for å se hvilke.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopesPage</name>
    <message>
        <source>Look up</source>
        <translation>Slå opp</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Envelope ID, or paste a redemption link</source>
        <translation>Konvolutt-ID, eller lim inn en innløsningslenke</translation>
    </message>
    <message>
        <source>Envelope ID</source>
        <translation>Konvolutt-ID</translation>
    </message>
    <message>
        <source>Find &amp;envelope:</source>
        <translation>Finn &amp;konvolutt:</translation>
    </message>
    <message>
        <source>Viewed envelopes</source>
        <translation>Viste konvolutter</translation>
    </message>
    <message>
        <source>Opened envelopes</source>
        <translation>Åpnede konvolutter</translation>
    </message>
    <message>
        <source>in the last hour</source>
        <translation>den siste timen</translation>
    </message>
    <message>
        <source>in the last 24 hours</source>
        <translation>de siste 24 timene</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>de siste 7 dagene</translation>
    </message>
    <message>
        <source>in a custom window…</source>
        <translation>i et egendefinert tidsrom…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatisk oppdatering av</translation>
    </message>
    <message>
        <source>Refresh every 30 s</source>
        <translation>Oppdater hvert 30. sekund</translation>
    </message>
    <message>
        <source>Refresh every minute</source>
        <translation>Oppdater hvert minutt</translation>
    </message>
    <message>
        <source>Refresh every 5 minutes</source>
        <translation>Oppdater hvert 5. minutt</translation>
    </message>
    <message>
        <source>Search the list: ID, address, project, state</source>
        <translation>Søk i listen: ID, adresse, prosjekt, tilstand</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle tilstander</translation>
    </message>
    <message>
        <source>Unknown states</source>
        <translation>Ukjente tilstander</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle prosjekter</translation>
    </message>
    <message>
        <source>Loading envelopes…</source>
        <translation>Laster inn konvolutter…</translation>
    </message>
    <message>
        <source>No envelopes in this window. Choose a longer window or the other feed.</source>
        <translation>Ingen konvolutter i dette tidsrommet. Velg et lengre tidsrom eller den andre strømmen.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nylig aktivitet</translation>
    </message>
    <message>
        <source>Looking up envelope %1…</source>
        <translation>Slår opp konvolutt %1…</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
</context>
<context>
    <name>rd::TcFormat</name>
    <message>
        <source>invalid amount</source>
        <translation>ugyldig beløp</translation>
    </message>
    <message>
        <source>fixed %1</source>
        <translation>fast %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1 (maximum unreadable)</source>
        <translation>fra %1 (maksimum kan ikke leses)</translation>
    </message>
    <message>
        <source>up to %1 (minimum unreadable)</source>
        <translation>opptil %1 (minimum kan ikke leses)</translation>
    </message>
    <message>
        <source>unreadable value range</source>
        <translation>verdiområdet kan ikke leses</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>om %n minutt(er)</numerusform>
            <numerusform>om %n minutt(er)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt(er) siden</numerusform>
            <numerusform>for %n minutt(er) siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>om %n time(r)</numerusform>
            <numerusform>om %n time(r)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time(r) siden</numerusform>
            <numerusform>for %n time(r) siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag(er)</numerusform>
            <numerusform>om %n dag(er)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag(er) siden</numerusform>
            <numerusform>for %n dag(er) siden</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>ukjent format</translation>
    </message>
    <message>
        <source>unknown format (%1)</source>
        <translation>ukjent format (%1)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ingen adresse)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>not reported by TruCentive</source>
        <translation>ikke rapportert av TruCentive</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>not delivered by TruCentive (batch)</source>
        <translation>ikke levert av TruCentive (batch)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>no expiry reported</source>
        <translation>ingen utløpsdato rapportert</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::InstrumentModel</name>
    <message>
        <source>The TruCentive connection is not available.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n instrument</numerusform>
            <numerusform>%n instrumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Some values could not be read:
%1</source>
        <translation>Noen verdier kunne ikke leses:
%1</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::OpenFlow</name>
    <message>
        <source>An earlier action on this envelope has no known outcome yet. RewardDesk checks it with TruCentive; if it stays unknown, look at View &gt; Audit log.</source>
        <translation>En tidligere handling på denne konvolutten har ennå ikke noe kjent utfall. RewardDesk kontrollerer den med TruCentive; hvis utfallet forblir ukjent, se Vis &gt; Revisjonslogg.</translation>
    </message>
    <message>
        <source>Open envelope</source>
        <translation>Åpne konvolutt</translation>
    </message>
    <message>
        <source>Ask TruCentive to open this envelope for its recipient?</source>
        <translation>Vil du be TruCentive om å åpne denne konvolutten for mottakeren?</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Konvolutt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>no delivery address reported</source>
        <translation>ingen leveringsadresse rapportert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Gjeldende tilstand</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Opening happens at TruCentive shortly after the request; RewardDesk watches the envelope and shows the result.</source>
        <translation>TruCentive åpner konvolutten kort tid etter forespørselen; RewardDesk følger med på konvolutten og viser resultatet.</translation>
    </message>
    <message>
        <source>The envelope&apos;s expiry date has passed: TruCentive will probably not open it.</source>
        <translation>Konvoluttens utløpsdato er passert: TruCentive åpner den sannsynligvis ikke.</translation>
    </message>
    <message>
        <source>The TruCentive connection is not available.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Open envelope %1</source>
        <translation>Åpne konvolutt %1</translation>
    </message>
    <message>
        <source>Open envelope %1 for %2</source>
        <translation>Åpne konvolutt %1 for %2</translation>
    </message>
    <message>
        <source>Queued for opening</source>
        <translation>Satt i kø for åpning</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::ProjectModel</name>
    <message>
        <source>The TruCentive connection is not available.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n prosjekt</numerusform>
            <numerusform>%n prosjekter</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Some values could not be read:
%1</source>
        <translation>Noen verdier kunne ikke leses:
%1</translation>
    </message>
    <message>
        <source>Fixed value: the amount of a send is ignored by TruCentive.</source>
        <translation>Fast verdi: TruCentive ignorerer beløpet i en sending.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::ProjectsPage</name>
    <message>
        <source>Send from this project…</source>
        <translation>Send fra dette prosjektet…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Laster inn prosjekter…</translation>
    </message>
    <message>
        <source>This account has no projects.</source>
        <translation>Denne kontoen har ingen prosjekter.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message>
        <source>Loading instruments…</source>
        <translation>Laster inn instrumenter…</translation>
    </message>
    <message>
        <source>This project offers no instruments.</source>
        <translation>Dette prosjektet tilbyr ingen instrumenter.</translation>
    </message>
    <message>
        <source>Choose a project to see its instruments.</source>
        <translation>Velg et prosjekt for å se instrumentene.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <source>Instruments of “%1”</source>
        <translation>Instrumenter i «%1»</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::SendDialog</name>
    <message>
        <source>Custom fields of the project</source>
        <translation>Prosjektets egendefinerte felt</translation>
    </message>
    <message>
        <source>Batch: TruCentive does not deliver it; you pass the link on (Reveal links)</source>
        <translation>Batch: TruCentive leverer den ikke; du gir lenken videre (Vis lenker)</translation>
    </message>
    <message>
        <source>Review and send…</source>
        <translation>Se over og send…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Send envelope — %1</source>
        <translation>Send konvolutt — %1</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Velg et prosjekt</translation>
    </message>
    <message>
        <source>Choose an instrument</source>
        <translation>Velg et instrument</translation>
    </message>
    <message>
        <source>e.g. 5.50</source>
        <translation>f.eks. 5.50</translation>
    </message>
    <message>
        <source>e-mail address or phone number</source>
        <translation>e-postadresse eller telefonnummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>This project has no custom fields.</source>
        <translation>Dette prosjektet har ingen egendefinerte felt.</translation>
    </message>
    <message>
        <source>batch_allowed: TruCentive will not e-mail the recipient. Fetch the link from the envelope and send it yourself.</source>
        <translation>batch_allowed: TruCentive sender ikke e-post til mottakeren. Hent lenken fra konvolutten og send den selv.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Prosjekt:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>&amp;Amount (US$):</source>
        <translation>&amp;Beløp (US$):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottaker:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Laster inn prosjekter…</translation>
    </message>
    <message>
        <source>This account has no projects.</source>
        <translation>Denne kontoen har ingen prosjekter.</translation>
    </message>
    <message>
        <source>The envelope&apos;s project is not in this account&apos;s project list; choose one.</source>
        <translation>Konvoluttens prosjekt finnes ikke i prosjektlisten for denne kontoen; velg et.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s instruments…</source>
        <translation>Laster inn prosjektets instrumenter…</translation>
    </message>
    <message>
        <source>This project offers no instruments.</source>
        <translation>Dette prosjektet tilbyr ingen instrumenter.</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Velg et prosjekt først.</translation>
    </message>
    <message>
        <source>optional; left out when empty</source>
        <translation>valgfritt; utelates hvis tomt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Choose a project to see its allowed amounts.</source>
        <translation>Velg et prosjekt for å se hvilke beløp som er tillatt.</translation>
    </message>
    <message>
        <source>This project has a fixed value of %1: TruCentive ignores the amount and sends that value.</source>
        <translation>Dette prosjektet har en fast verdi på %1: TruCentive ignorerer beløpet og sender denne verdien.</translation>
    </message>
    <message>
        <source>Between %1 and %2 for this project.</source>
        <translation>Mellom %1 og %2 for dette prosjektet.</translation>
    </message>
    <message>
        <source>The project&apos;s value range could not be read: TruCentive checks the amount.</source>
        <translation>Prosjektets verdiområde kunne ikke leses: TruCentive kontrollerer beløpet.</translation>
    </message>
    <message>
        <source>Wait for the project&apos;s instruments to load.</source>
        <translation>Vent til prosjektets instrumenter er lastet inn.</translation>
    </message>
    <message>
        <source>Nothing was sent. Please fix:
• %1</source>
        <translation>Ingenting ble sendt. Rett opp dette:
• %1</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Venter på bekreftelsen din…</translation>
    </message>
    <message>
        <source>Check the feeds</source>
        <translation>Sjekk strømmene</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::SendFlow</name>
    <message>
        <source>%1 %2 to %3 (%4)</source>
        <translation>%1 %2 til %3 (%4)</translation>
    </message>
    <message>
        <source>RewardDesk already sent to this address %1: %2 (%3, by %4).</source>
        <translation>RewardDesk har allerede sendt til denne adressen %1: %2 (%3, av %4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Send envelope</source>
        <translation>Send konvolutt</translation>
    </message>
    <message>
        <source>Send %1?</source>
        <translation>Vil du sende %1?</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>%1 (the project&apos;s fixed value)</source>
        <translation>%1 (prosjektets faste verdi)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>not delivered by TruCentive (batch): you pass the link on</source>
        <translation>ikke levert av TruCentive (batch): du gir lenken videre</translation>
    </message>
    <message>
        <source>TruCentive e-mails or texts the recipient</source>
        <translation>TruCentive sender e-post eller SMS til mottakeren</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>This project is in test mode: the recipient gets no real reward.</source>
        <translation>Dette prosjektet er i testmodus: mottakeren får ingen ekte belønning.</translation>
    </message>
    <message>
        <source>Sending cannot be undone and is never repeated automatically.</source>
        <translation>Sending kan ikke angres og gjentas aldri automatisk.</translation>
    </message>
    <message>
        <source>The TruCentive connection is not available. Nothing was sent.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>A send of this project to this address is still in progress or its outcome is unknown. Check the viewed/opened feeds or View &gt; Audit log before sending again. Nothing was sent.</source>
        <translation>En sending fra dette prosjektet til denne adressen pågår fortsatt, eller utfallet er ukjent. Sjekk strømmene over viste/åpnede konvolutter eller Vis &gt; Revisjonslogg før du sender på nytt. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Envelope %1 queued for delivery</source>
        <translation>Konvolutt %1 er satt i kø for levering</translation>
    </message>
    <message>
        <source>Envelope %1 queued for delivery.</source>
        <translation>Konvolutt %1 er satt i kø for levering.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::SessionModel</name>
    <message>
        <source>IP address</source>
        <translation>IP-adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(ikke rapportert)</translation>
    </message>
    <message>
        <source>Some values could not be read:
%1</source>
        <translation>Noen verdier kunne ikke leses:
%1</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::SessionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Successful logins to this TruCentive account, newest first. An address or e-mail you do not recognise may mean someone else has the account&apos;s password.</source>
        <translation>Vellykkede pålogginger på denne TruCentive-kontoen, nyeste først. En adresse eller e-post du ikke kjenner igjen, kan bety at noen andre har passordet til kontoen.</translation>
    </message>
    <message>
        <source>Search the loaded sessions: IP address or e-mail</source>
        <translation>Søk i de innlastede øktene: IP-adresse eller e-post</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Laster inn økter…</translation>
    </message>
    <message>
        <source>TruCentive reports no sessions for this account.</source>
        <translation>TruCentive rapporterer ingen økter for denne kontoen.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ActionFlow</name>
    <message>
        <source>an earlier action on it has no known outcome yet (RewardDesk is reading it back; see View &gt; Audit log)</source>
        <translation>en tidligere handling på den har ennå ikke noe kjent utfall (RewardDesk henter den på nytt for å kontrollere; se Vis &gt; Revisjonslogg)</translation>
    </message>
    <message>
        <source>Another Tremendous action is still being confirmed or running. Wait for it to finish, then try again.</source>
        <translation>En annen Tremendous-handling venter fortsatt på bekreftelse eller pågår. Vent til den er ferdig, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The Tremendous connection is not available: nothing was sent.</source>
        <translation>Tremendous-tilkoblingen er ikke tilgjengelig: ingenting ble sendt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>None of the %1 can be %2. %3</source>
        <translation>%1: ingen av dem kan bli %2. %3</translation>
    </message>
    <message>
        <source>A reward can be resent to a new address only one at a time: select a single reward. Nothing was sent.</source>
        <translation>En belønning kan bare sendes på nytt til en ny adresse én om gangen: velg én enkelt belønning. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>the same address as before</source>
        <translation>samme adresse som før</translation>
    </message>
    <message>
        <source>new e-mail address %1</source>
        <translation>ny e-postadresse %1</translation>
    </message>
    <message>
        <source>new phone number %1</source>
        <translation>nytt telefonnummer %1</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send til</translation>
    </message>
    <message>
        <source>Tremendous refused this for %1; checking whether it was already %2…</source>
        <translation>Tremendous avviste dette for %1; kontrollerer om den allerede var %2…</translation>
    </message>
    <message>
        <source>No clear answer from Tremendous for %1: reading it back to see what happened…</source>
        <translation>Tremendous ga ikke noe klart svar for %1: henter den på nytt for å se hva som skjedde…</translation>
    </message>
    <message>
        <source>%1 was not %2; nothing was changed.</source>
        <translation>%1 ble ikke %2; ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 was not sent.</source>
        <translation>%1 ble ikke sendt.</translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <translation>
            <numerusform> · %n hoppet over</numerusform>
            <numerusform> · %n hoppet over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to check (applied, but Tremendous reports a problem)</source>
        <translation>
            <numerusform> · %n må kontrolleres (gjennomført, men Tremendous rapporterer et problem)</numerusform>
            <numerusform> · %n må kontrolleres (gjennomført, men Tremendous rapporterer et problem)</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped by you)</source>
        <translation> (stoppet av deg)</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 · %5 not applied · %6 unknown</source>
        <translation>%1 %2: %3 %4 · %5 ikke gjennomført · %6 ukjent</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ActionWords</name>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Fraud review (reward)</source>
        <translation>Svindelvurdering (belønning)</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordre %1</translation>
    </message>
    <message>
        <source>the fraud review of reward %1</source>
        <translation>svindelvurderingen av belønning %1</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>belønning %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Belønning %1</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <translation>%1 kan ikke bli %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordre</numerusform>
            <numerusform>%n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fraud review(s)</source>
        <translation>
            <numerusform>%n svindelvurdering</numerusform>
            <numerusform>%n svindelvurderinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation>
            <numerusform>%n belønning</numerusform>
            <numerusform>%n belønninger</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve order %1?</source>
        <translation>Vil du godkjenne ordre %1?</translation>
    </message>
    <message>
        <source>Reject order %1?</source>
        <translation>Vil du avvise ordre %1?</translation>
    </message>
    <message>
        <source>Release reward %1 to its recipient?</source>
        <translation>Vil du frigi belønning %1 til mottakeren?</translation>
    </message>
    <message>
        <source>Block reward %1?</source>
        <translation>Vil du blokkere belønning %1?</translation>
    </message>
    <message>
        <source>Resend reward %1?</source>
        <translation>Vil du sende belønning %1 på nytt?</translation>
    </message>
    <message>
        <source>Cancel reward %1?</source>
        <translation>Vil du kansellere belønning %1?</translation>
    </message>
    <message>
        <source>Tremendous pays for the order from its funding source and delivers the rewards. This cannot be undone here.</source>
        <translation>Tremendous betaler for ordren fra finansieringskilden og leverer belønningene. Dette kan ikke angres her.</translation>
    </message>
    <message>
        <source>The order is canceled and its rewards are never delivered. This cannot be undone.</source>
        <translation>Ordren kanselleres, og belønningene blir aldri levert. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>The flagged reward is released: the recipient can redeem it. This cannot be undone.</source>
        <translation>Den flaggede belønningen frigis: mottakeren kan løse den inn. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>The reward is canceled and its amount refunded: the recipient cannot redeem it. This cannot be undone.</source>
        <translation>Belønningen kanselleres og beløpet refunderes: mottakeren kan ikke løse den inn. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Tremendous delivers the reward again. The recipient may receive it twice if the first delivery arrives late.</source>
        <translation>Tremendous leverer belønningen på nytt. Mottakeren kan få den to ganger hvis den første leveringen kommer frem sent.</translation>
    </message>
    <message>
        <source>The reward is canceled and its amount refunded: the recipient cannot redeem it any more. This cannot be undone.</source>
        <translation>Belønningen kanselleres og beløpet refunderes: mottakeren kan ikke lenger løse den inn. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Approve order</source>
        <translation>Godkjenn ordre</translation>
    </message>
    <message>
        <source>Reject order</source>
        <translation>Avvis ordre</translation>
    </message>
    <message>
        <source>Release reward</source>
        <translation>Frigi belønning</translation>
    </message>
    <message>
        <source>Block reward</source>
        <translation>Blokker belønning</translation>
    </message>
    <message>
        <source>Resend reward</source>
        <translation>Send belønning på nytt</translation>
    </message>
    <message>
        <source>Cancel reward</source>
        <translation>Kanseller belønning</translation>
    </message>
    <message>
        <source>Order %1 approved.</source>
        <translation>Ordre %1 er godkjent.</translation>
    </message>
    <message>
        <source>Order %1 rejected.</source>
        <translation>Ordre %1 er avvist.</translation>
    </message>
    <message>
        <source>Reward %1 released.</source>
        <translation>Belønning %1 er frigitt.</translation>
    </message>
    <message>
        <source>Reward %1 blocked.</source>
        <translation>Belønning %1 er blokkert.</translation>
    </message>
    <message>
        <source>Reward %1 resent.</source>
        <translation>Belønning %1 er sendt på nytt.</translation>
    </message>
    <message>
        <source>Reward %1 canceled.</source>
        <translation>Belønning %1 er kansellert.</translation>
    </message>
    <message>
        <source>Order %1 was already approved; the row is refreshed.</source>
        <translation>Ordre %1 var allerede godkjent; raden er oppdatert.</translation>
    </message>
    <message>
        <source>Order %1 was already rejected; the row is refreshed.</source>
        <translation>Ordre %1 var allerede avvist; raden er oppdatert.</translation>
    </message>
    <message>
        <source>Reward %1 was already released; the row is refreshed.</source>
        <translation>Belønning %1 var allerede frigitt; raden er oppdatert.</translation>
    </message>
    <message>
        <source>Reward %1 was already blocked; the row is refreshed.</source>
        <translation>Belønning %1 var allerede blokkert; raden er oppdatert.</translation>
    </message>
    <message>
        <source>Reward %1 was already delivered again; the row is refreshed.</source>
        <translation>Belønning %1 var allerede levert på nytt; raden er oppdatert.</translation>
    </message>
    <message>
        <source>Reward %1 was already canceled; the row is refreshed.</source>
        <translation>Belønning %1 var allerede kansellert; raden er oppdatert.</translation>
    </message>
    <message>
        <source>RewardDesk could not confirm whether %1 was %2; the audit log keeps it locked until it is resolved.</source>
        <translation>RewardDesk kunne ikke bekrefte om %1 ble %2; revisjonsloggen holder den låst til saken er løst.</translation>
    </message>
    <message>
        <source>Approving order %1…</source>
        <translation>Godkjenner ordre %1…</translation>
    </message>
    <message>
        <source>Rejecting order %1…</source>
        <translation>Avviser ordre %1…</translation>
    </message>
    <message>
        <source>Releasing reward %1…</source>
        <translation>Frigir belønning %1…</translation>
    </message>
    <message>
        <source>Blocking reward %1…</source>
        <translation>Blokkerer belønning %1…</translation>
    </message>
    <message>
        <source>Resending reward %1…</source>
        <translation>Sender belønning %1 på nytt…</translation>
    </message>
    <message>
        <source>Canceling reward %1…</source>
        <translation>Kansellerer belønning %1…</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>ukjent beløp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(ingen valuta)</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>omtrent %n sekund</numerusform>
            <numerusform>omtrent %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>omtrent %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ApprovalsPage</name>
    <message>
        <source>Show all orders</source>
        <translation>Vis alle ordrer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkjenn…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avvis…</translation>
    </message>
    <message>
        <source>Select all pending</source>
        <translation>Velg alle ventende</translation>
    </message>
    <message>
        <source>Search the list: order ID, external ID, recipient, campaign, channel</source>
        <translation>Søk i listen: ordre-ID, ekstern ID, mottaker, kampanje, kanal</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søk i ordrer</translation>
    </message>
    <message>
        <source>Show every order, not only those waiting for approval (Tremendous has no status filter: RewardDesk reads every order and filters them itself).</source>
        <translation>Vis alle ordrer, ikke bare dem som venter på godkjenning (Tremendous har ikke noe statusfilter: RewardDesk leser alle ordrer og filtrerer dem selv).</translation>
    </message>
    <message>
        <source>Approve the selected orders (A). One order: a confirmation; several: a summary first.</source>
        <translation>Godkjenn de valgte ordrene (A). Én ordre: en bekreftelse; flere: et sammendrag først.</translation>
    </message>
    <message>
        <source>Reject the selected orders (R). Nothing is sent to their recipients.</source>
        <translation>Avvis de valgte ordrene (R). Ingenting sendes til mottakerne.</translation>
    </message>
    <message>
        <source>Select every order waiting for approval in the list (Ctrl+Shift+A).</source>
        <translation>Velg alle ordrer i listen som venter på godkjenning (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>59 min</source>
        <translation>59 min</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Orders waiting for approval</source>
        <translation>Ordrer som venter på godkjenning</translation>
    </message>
    <message>
        <source>A approve · R reject · Enter details · Shift/Ctrl+click to select several</source>
        <translation>A godkjenn · R avvis · Enter detaljer · Shift/Ctrl+klikk for å velge flere</translation>
    </message>
    <message>
        <source>Reading orders…</source>
        <translation>Leser ordrer…</translation>
    </message>
    <message>
        <source>This account has no orders.</source>
        <translation>Denne kontoen har ingen ordrer.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message>
        <source>Reading orders to find those waiting for approval…</source>
        <translation>Leser ordrer for å finne dem som venter på godkjenning…</translation>
    </message>
    <message>
        <source>No orders are waiting for approval.</source>
        <translation>Ingen ordrer venter på godkjenning.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n…</source>
        <translation>
            <numerusform>Godkjenn %n…</numerusform>
            <numerusform>Godkjenn %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>Avvis %n…</numerusform>
            <numerusform>Avvis %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ingenting er valgt</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n not pending</source>
        <translation>
            <numerusform> · %n venter ikke på godkjenning</numerusform>
            <numerusform> · %n venter ikke på godkjenning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read</source>
        <translation>
            <numerusform>%n ordre lest</numerusform>
            <numerusform>%n ordrer lest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 venter · %2</translation>
    </message>
    <message>
        <source>%1 shown of %2 waiting · %3</source>
        <translation>%1 vist av %2 som venter · %3</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkDialog</name>
    <message>
        <source>&amp;Stop after this item</source>
        <translation>&amp;Stopp etter dette elementet</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The item being sent finishes (and is read back if its answer is lost); the rest are not sent.</source>
        <translation>Elementet som sendes nå, fullføres (og hentes på nytt hvis svaret går tapt); resten blir ikke sendt.</translation>
    </message>
    <message>
        <source>Save every item&apos;s outcome as a CSV file (for the ticket or a spreadsheet).</source>
        <translation>Lagre utfallet for hvert element som en CSV-fil (for saken eller et regneark).</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 applied · %4 not applied · %5 unknown</source>
        <translation>%1 av %2 · %3 gjennomført · %4 ikke gjennomført · %5 ukjent</translation>
    </message>
    <message numerus="yes">
        <source> · %n being read back</source>
        <translation>
            <numerusform> · %n hentes på nytt for kontroll</numerusform>
            <numerusform> · %n hentes på nytt for kontroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <translation>
            <numerusform> · %n hoppet over</numerusform>
            <numerusform> · %n hoppet over</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: the item being sent finishes, the rest are not sent.</source>
        <translation>Stopper: elementet som sendes nå, fullføres, resten blir ikke sendt.</translation>
    </message>
    <message>
        <source>Running: one request at a time, at most one every %1 ms. Each item is journaled before it is sent and never retried automatically.</source>
        <translation>Kjører: én forespørsel om gangen, høyst én per %1 ms. Hvert element føres i journalen før det sendes, og prøves aldri på nytt automatisk.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Stopped. Items after the one in flight were not sent (Skipped).</source>
        <translation>Stoppet. Elementene etter det som var underveis, ble ikke sendt (Hoppet over).</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Ferdig.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be confirmed even after reading them back: they stay locked in the audit log (View &gt; Audit log) until they are resolved.</source>
        <translation>
            <numerusform>%n element kunne ikke bekreftes selv etter at det ble hentet på nytt: det forblir låst i revisjonsloggen (Vis &gt; Revisjonslogg) til det er løst.</numerusform>
            <numerusform>%n elementer kunne ikke bekreftes selv etter at de ble hentet på nytt: de forblir låst i revisjonsloggen (Vis &gt; Revisjonslogg) til de er løst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Eksporter resultater som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>CSV-filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultatene er lagret i %1.</translation>
    </message>
    <message>
        <source>Stop the run?</source>
        <translation>Vil du stoppe kjøringen?</translation>
    </message>
    <message>
        <source>The run is still going. Stop it after the item being sent? The remaining items will not be sent.</source>
        <translation>Kjøringen pågår fortsatt. Vil du stoppe den etter elementet som sendes nå? De gjenværende elementene blir ikke sendt.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkResultModel</name>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n gjennomført</numerusform>
            <numerusform>%n gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n ikke gjennomført</numerusform>
            <numerusform>%n ikke gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n ukjent</numerusform>
            <numerusform>%n ukjente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>applied, not applied, unknown</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>applied, not applied, unknown, to go</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n gjenstår</numerusform>
            <numerusform>%n gjenstår</numerusform>
        </translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkRunner</name>
    <message>
        <source>order</source>
        <translation>ordren</translation>
    </message>
    <message>
        <source>fraud review</source>
        <translation>svindelvurderingen</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>belønningen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation>Allerede håndtert</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Ikke gjennomført</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>RewardDesk stopped waiting for the answer (the bulk run was closed); the object will be read back.</source>
        <translation>RewardDesk sluttet å vente på svaret (massekjøringen ble lukket); objektet blir hentet på nytt for kontroll.</translation>
    </message>
    <message>
        <source>Skipped: no ID.</source>
        <translation>Hoppet over: ingen ID.</translation>
    </message>
    <message>
        <source>Skipped: listed twice; the action is sent once.</source>
        <translation>Hoppet over: oppført to ganger; handlingen sendes én gang.</translation>
    </message>
    <message>
        <source>Skipped: listed twice; the action is sent once for this %1.</source>
        <translation>Hoppet over: oppført to ganger; handlingen sendes én gang for %1.</translation>
    </message>
    <message>
        <source>The Tremendous connection is not available.</source>
        <translation>Tremendous-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>resent to %1</source>
        <translation>sendt på nytt til %1</translation>
    </message>
    <message>
        <source>Recording in the journal.</source>
        <translation>Fører inn i journalen.</translation>
    </message>
    <message>
        <source>Not sent: another action on this %1 is unresolved (see the audit log).</source>
        <translation>Ikke sendt: en annen handling på %1 er ikke løst (se revisjonsloggen).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Avbrutt før den ble sendt.</translation>
    </message>
    <message>
        <source>Not sent: the Tremendous connection was closed.</source>
        <translation>Ikke sendt: Tremendous-tilkoblingen ble lukket.</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>Sendt; venter på svar.</translation>
    </message>
    <message>
        <source>Order %1 approved, but Tremendous reports it FAILED: the payment could not be processed. Check the order.</source>
        <translation>Ordre %1 er godkjent, men Tremendous rapporterer den som FAILED: betalingen kunne ikke behandles. Kontroller ordren.</translation>
    </message>
    <message>
        <source>Order %1 approved, but Tremendous reports it CANCELED: it will not be delivered. Check the order.</source>
        <translation>Ordre %1 er godkjent, men Tremendous rapporterer den som CANCELED: den blir ikke levert. Kontroller ordren.</translation>
    </message>
    <message>
        <source>Approved. The order is now %1.</source>
        <translation>Godkjent. Ordren er nå %1.</translation>
    </message>
    <message>
        <source>Rejected. The order is now %1.</source>
        <translation>Avvist. Ordren er nå %1.</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Frigitt.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Blokkert.</translation>
    </message>
    <message>
        <source>Resent.</source>
        <translation>Sendt på nytt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Kansellert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Ferdig.</translation>
    </message>
    <message>
        <source>Rate limited: not applied.</source>
        <translation>Forespørselsgrensen er nådd: ikke gjennomført.</translation>
    </message>
    <message>
        <source>Confirmed by reading the %1 back: %2</source>
        <translation>Bekreftet ved å hente %1 på nytt: %2</translation>
    </message>
    <message>
        <source>Not applied (read back): %1</source>
        <translation>Ikke gjennomført (hentet på nytt): %1</translation>
    </message>
    <message>
        <source>Still unknown: %1 The entry stays locked in the audit log until it is resolved.</source>
        <translation>Fortsatt ukjent: %1 Oppføringen forblir låst i revisjonsloggen til den er løst.</translation>
    </message>
    <message>
        <source>Already %1: %2</source>
        <translation>Allerede %1: %2</translation>
    </message>
    <message>
        <source>Tremendous did not answer the read-back in time.</source>
        <translation>Tremendous svarte ikke i tide da objektet ble hentet på nytt.</translation>
    </message>
    <message>
        <source>RewardDesk cannot read this %1 back here.</source>
        <translation>RewardDesk kan ikke hente %1 på nytt her.</translation>
    </message>
    <message>
        <source>Cancelled before this item: nothing was sent.</source>
        <translation>Avbrutt før dette elementet: ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped. %1</source>
        <translation>Ikke sendt: kjøringen stoppet. %1</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaloppføring</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkSummaryDialog</name>
    <message>
        <source>Will be %1</source>
        <translation>Blir %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  (+ %n without a known amount)</source>
        <translation>
            <numerusform>%1  (+ %n uten kjent beløp)</numerusform>
            <numerusform>%1  (+ %n uten kjent beløp)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Samlet verdi</translation>
    </message>
    <message>
        <source>each reward&apos;s current e-mail address or phone number</source>
        <translation>hver belønnings nåværende e-postadresse eller telefonnummer</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send til</translation>
    </message>
    <message>
        <source>Cannot take the action</source>
        <translation>Kan ikke utføre handlingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <source>%n (skipped, listed below)</source>
        <translation>
            <numerusform>%n (hoppes over, se listen nedenfor)</numerusform>
            <numerusform>%n (hoppes over, se listen nedenfor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>one request at a time, at most one every %1 ms: %2</source>
        <translation>én forespørsel om gangen, høyst én per %1 ms: %2</translation>
    </message>
    <message>
        <source>%1 %2?</source>
        <translation>%1 %2?</translation>
    </message>
    <message>
        <source>Each item is journaled, then sent once; nothing is retried automatically. An item whose outcome is unknown is read back from Tremendous. You can stop the run between items.</source>
        <translation>Hvert element føres i journalen og sendes deretter én gang; ingenting prøves på nytt automatisk. Et element med ukjent utfall hentes på nytt fra Tremendous for kontroll. Du kan stoppe kjøringen mellom elementene.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Miljø: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Hoppet over %1: %2</translation>
    </message>
    <message>
        <source>%1: dry run</source>
        <translation>%1: prøvekjøring</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped</source>
        <translation>
            <numerusform>… og %n til hoppes over</numerusform>
            <numerusform>… og %n til hoppes over</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what the run would do:</source>
        <translation>Ingenting er sendt ennå. Dette er hva kjøringen ville gjort:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>Skipped (cannot be %1):</source>
        <translation>Hoppes over (kan ikke bli %1):</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log for every item):</source>
        <translation>Begrunnelse (påkrevd, lagres i revisjonsloggen for hvert element):</translation>
    </message>
    <message>
        <source>e.g. ticket number, or &quot;morning approval queue&quot;</source>
        <translation>f.eks. saksnummer, eller «morgenens godkjenningskø»</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FailedDeliveriesPage</name>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>Send på nytt…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Kanseller…</translation>
    </message>
    <message>
        <source>Cancel reward…</source>
        <translation>Kanseller belønning…</translation>
    </message>
    <message>
        <source>Search the list: reward, order, recipient, custom fields (Ctrl+F)</source>
        <translation>Søk i listen: belønning, ordre, mottaker, egendefinerte felt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deliver the selected rewards again (R). One reward: choose the same or an updated address; several: a dry run first.</source>
        <translation>Lever de valgte belønningene på nytt (R). Én belønning: velg samme eller oppdatert adresse; flere: en prøvekjøring først.</translation>
    </message>
    <message>
        <source>Cancel the selected rewards and refund them (C). One: a confirmation; several: a dry run first.</source>
        <translation>Kanseller de valgte belønningene og refunder dem (C). Én: en bekreftelse; flere: en prøvekjøring først.</translation>
    </message>
    <message>
        <source>Looking for failed deliveries…</source>
        <translation>Ser etter mislykkede leveringer…</translation>
    </message>
    <message>
        <source>No reward has a failed delivery.</source>
        <translation>Ingen belønninger har mislykket levering.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message>
        <source>Select with Shift/Ctrl or Ctrl+A; R resends, C cancels the selection.</source>
        <translation>Velg med Shift/Ctrl eller Ctrl+A; R sender utvalget på nytt, C kansellerer det.</translation>
    </message>
    <message>
        <source>Choose a reward in the list to see it and resend, cancel or get a link for it.</source>
        <translation>Velg en belønning i listen for å se den og sende den på nytt, kansellere den eller hente en lenke til den.</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Select one or more rewards first.</source>
        <translation>Velg én eller flere belønninger først.</translation>
    </message>
    <message>
        <source>The full reward could not be read; the list&apos;s values are shown. %1</source>
        <translation>Hele belønningen kunne ikke leses; verdiene fra listen vises. %1</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Belønning %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reward ID:</source>
        <translation>Belønnings-ID:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Ordre-ID:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Verdi:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Levering:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Mottaker:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Deliver on:</source>
        <translation>Leveringsdato:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Egendefinerte felt:</translation>
    </message>
    <message>
        <source>Could not read:</source>
        <translation>Kunne ikke leses:</translation>
    </message>
    <message>
        <source>Reading the full reward…</source>
        <translation>Leser hele belønningen…</translation>
    </message>
    <message>
        <source>Resend %1…</source>
        <translation>Send %1 på nytt…</translation>
    </message>
    <message>
        <source>Cancel %1…</source>
        <translation>Kanseller %1…</translation>
    </message>
</context>
<context>
    <name>rd::TrFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>invalid amount</source>
        <translation>ugyldig beløp</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age in hours</comment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>time left in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, hours left</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time left in hours</comment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, minutes left</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column title, time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudReviewDetailPane</name>
    <message>
        <source>Choose a review in the list to see every signal Tremendous gives about it.</source>
        <translation>Velg en vurdering i listen for å se alle signalene Tremendous gir om den.</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Frigi…</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blokker…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Release the reward to its recipient (confirmation first). Shortcut in the list: L</source>
        <translation>Frigi belønningen til mottakeren (bekreftelse først). Hurtigtast i listen: L</translation>
    </message>
    <message>
        <source>Block the reward: it is canceled and refunded (confirmation first). Shortcut in the list: B</source>
        <translation>Blokker belønningen: den kanselleres og refunderes (bekreftelse først). Hurtigtast i listen: B</translation>
    </message>
    <message>
        <source>Read this review again from Tremendous.</source>
        <translation>Les denne vurderingen på nytt fra Tremendous.</translation>
    </message>
    <message>
        <source>Why Tremendous flagged it</source>
        <translation>Hvorfor Tremendous flagget den</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Innløsning</translation>
    </message>
    <message>
        <source>Related rewards</source>
        <translation>Relaterte belønninger</translation>
    </message>
    <message>
        <source>Other rewards Tremendous links to this one (same device, IP, payout account or e-mail).</source>
        <translation>Andre belønninger som Tremendous knytter til denne (samme enhet, IP-adresse, utbetalingskonto eller e-post).</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Show as JSON</source>
        <translation>Vis som JSON</translation>
    </message>
    <message>
        <source>Reading review %1…</source>
        <translation>Leser vurdering %1…</translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation>Skjul JSON</translation>
    </message>
    <message>
        <source>The review&apos;s details (risk, related rewards) could not be read. %1</source>
        <translation>Detaljene for vurderingen (risiko, relaterte belønninger) kunne ikke leses. %1</translation>
    </message>
    <message>
        <source>Tremendous blocks reviews left flagged for 30 days; the redemption date is unknown, so the deadline is too.</source>
        <translation>Tremendous blokkerer vurderinger som har stått flagget i 30 dager; innløsningsdatoen er ukjent, og dermed også fristen.</translation>
    </message>
    <message>
        <source>Auto-block overdue (was due on %1): Tremendous blocks it automatically.</source>
        <translation>Fristen for automatisk blokkering er passert (%1): Tremendous blokkerer den automatisk.</translation>
    </message>
    <message>
        <source>Auto-blocks in %1 (on %2)</source>
        <translation>Blokkeres automatisk om %1 (%2)</translation>
    </message>
    <message>
        <source>Release and block are not available: %1.</source>
        <translation>Frigi og blokker er ikke tilgjengelig: %1.</translation>
    </message>
    <message>
        <source>RewardDesk does not know the status “%1”, so it offers no action. Check the review in the Tremendous dashboard.</source>
        <translation>RewardDesk kjenner ikke statusen «%1», så ingen handling er tilgjengelig. Kontroller vurderingen i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>This review is complete (%1): only flagged reviews can be released or blocked.</source>
        <translation>Denne vurderingen er fullført (%1): bare flaggede vurderinger kan frigis eller blokkeres.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>reading the review&apos;s details…</source>
        <translation>leser detaljene for vurderingen…</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Belønning %1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Risk: …</source>
        <translation>Risiko: …</translation>
    </message>
    <message>
        <source>Tremendous gave no reason.</source>
        <translation>Tremendous oppga ingen årsak.</translation>
    </message>
    <message>
        <source>Redeemed:</source>
        <translation>Innløst:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-adresse:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Country and city:</source>
        <translation>Land og by:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Enhets-ID:</translation>
    </message>
    <message>
        <source>Payout account fingerprint:</source>
        <translation>Fingeravtrykk for utbetalingskonto:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Relaterte:</translation>
    </message>
    <message>
        <source>Tremendous reported none.</source>
        <translation>Tremendous rapporterte ingen.</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Antall:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Blokkert:</translation>
    </message>
    <message>
        <source>Total value:</source>
        <translation>Samlet verdi:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward IDs:</source>
        <translation>Belønnings-ID-er:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Vurdert av:</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <source>Reviewed at:</source>
        <translation>Vurderingstidspunkt:</translation>
    </message>
    <message>
        <source>Reward ID:</source>
        <translation>Belønnings-ID:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Ordre-ID:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Verdi:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Levering:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Some values Tremendous sent could not be read and are shown as unknown:
%1</source>
        <translation>Noen verdier fra Tremendous kunne ikke leses og vises som ukjente:
%1</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudReviewModel</name>
    <message>
        <source>unknown amount</source>
        <translation>ukjent beløp</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>bulk summary: amount, recipient</comment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>the review has no reward ID</source>
        <translation>vurderingen mangler belønnings-ID</translation>
    </message>
    <message>
        <source>unknown status (%1)</source>
        <translation>ukjent status (%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>status is %1, not %2</source>
        <comment>status is blocked, not flagged</comment>
        <translation>statusen er %1, ikke %2</translation>
    </message>
    <message>
        <source>Fraud review %1 of the page has no reward ID.</source>
        <translation>Svindelvurdering %1 på siden mangler belønnings-ID.</translation>
    </message>
    <message>
        <source>Tremendous&apos;s risk assessment (read from each review&apos;s details)</source>
        <translation>Risikovurderingen fra Tremendous (lest fra detaljene for hver vurdering)</translation>
    </message>
    <message>
        <source>In your time zone (%1)</source>
        <translation>I din tidssone (%1)</translation>
    </message>
    <message>
        <source>Tremendous blocks a reward automatically when its review stays flagged for 30 days</source>
        <translation>Tremendous blokkerer en belønning automatisk når vurderingen har stått flagget i 30 dager</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Innløst</translation>
    </message>
    <message>
        <source>Auto-block in</source>
        <translation>Auto-blokkering om</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Årsaker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Country / City</source>
        <translation>Land / by</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <source>The review&apos;s details could not be read. Select it to retry.</source>
        <translation>Detaljene for vurderingen kunne ikke leses. Velg den for å prøve igjen.</translation>
    </message>
    <message>
        <source>Reading the review&apos;s details…</source>
        <translation>Leser detaljene for vurderingen…</translation>
    </message>
    <message numerus="yes">
        <source>%n related reward(s), %1 blocked</source>
        <translation>
            <numerusform>%n relatert belønning, %1 blokkert</numerusform>
            <numerusform>%n relaterte belønninger, %1 blokkert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <comment>first reason, number of other reasons</comment>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>invalid amount</source>
        <translation>ugyldig beløp</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>country / city</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Some values of this review could not be read; open it to see which.</source>
        <translation>Noen verdier for denne vurderingen kunne ikke leses; åpne den for å se hvilke.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudReviewsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>F&amp;rigi…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Blokker…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Frigi…</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blokker…</translation>
    </message>
    <message>
        <source>Flagged (to review)</source>
        <translation>Flagget (skal vurderes)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokkert</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigitt</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Which reviews to load from Tremendous</source>
        <translation>Hvilke vurderinger som skal lastes inn fra Tremendous</translation>
    </message>
    <message>
        <source>Search the list: reward, recipient, reason, country, IP (Ctrl+F)</source>
        <translation>Søk i listen: belønning, mottaker, årsak, land, IP (Ctrl+F)</translation>
    </message>
    <message>
        <source>Release the selected rewards to their recipients (L). One review: a confirmation; several: a dry run first.</source>
        <translation>Frigi de valgte belønningene til mottakerne (L). Én vurdering: en bekreftelse; flere: en prøvekjøring først.</translation>
    </message>
    <message>
        <source>Block the selected rewards: canceled and refunded (B). One review: a confirmation; several: a dry run first.</source>
        <translation>Blokker de valgte belønningene: de kanselleres og refunderes (B). Én vurdering: en bekreftelse; flere: en prøvekjøring først.</translation>
    </message>
    <message>
        <source>Loading fraud reviews…</source>
        <translation>Laster inn svindelvurderinger…</translation>
    </message>
    <message>
        <source>No fraud reviews with this status. The queue is clear.</source>
        <translation>Ingen svindelvurderinger med denne statusen. Køen er tom.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Select with Shift/Ctrl or Ctrl+A; L releases, B blocks the selection.</source>
        <translation>Velg med Shift/Ctrl eller Ctrl+A; L frigir, B blokkerer utvalget.</translation>
    </message>
    <message>
        <source>Select one or more reviews first.</source>
        <translation>Velg én eller flere vurderinger først.</translation>
    </message>
    <message>
        <source>Re&amp;lease %1…</source>
        <translation>F&amp;rigi %1…</translation>
    </message>
    <message>
        <source>&amp;Block %1…</source>
        <translation>&amp;Blokker %1…</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudRuleModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <comment>first items, number of other items</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>ubegrenset</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>no settings</source>
        <translation>ingen innstillinger</translation>
    </message>
    <message>
        <source>All countries except: %1</source>
        <translation>Alle land unntatt: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Countries (%1): %2</source>
        <translation>Land (%1): %2</translation>
    </message>
    <message>
        <source>type missing</source>
        <translation>type mangler</translation>
    </message>
    <message>
        <source>IPs: %1</source>
        <translation>IP-adresser: %1</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-postadresser: %1</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domener: %1</translation>
    </message>
    <message>
        <source>More than %1 rewards</source>
        <translation>Mer enn %1 belønninger</translation>
    </message>
    <message>
        <source>More than %1 rewards in %2</source>
        <translation>Mer enn %1 belønninger (periode: %2)</translation>
    </message>
    <message>
        <source>More than %1 redeemed (organization currency)</source>
        <translation>Mer enn %1 innløst (organisasjonens valuta)</translation>
    </message>
    <message>
        <source>More than %1 redeemed in %2 (organization currency)</source>
        <translation>Mer enn %1 innløst (periode: %2, organisasjonens valuta)</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Beløp: %1</translation>
    </message>
    <message>
        <source>Apple Private Relay not reviewed</source>
        <translation>Apple Private Relay vurderes ikke</translation>
    </message>
    <message>
        <source>Apple Private Relay reviewed</source>
        <translation>Apple Private Relay vurderes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>config key: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudRulesView</name>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Fraud rules (read-only)</source>
        <translation>Svindelregler (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Tremendous checks every redemption against these rules. A redemption that matches a review rule is held and appears under Fraud reviews, where you release or block it; an allow rule lets matching recipients through without review. Rules are changed in the Tremendous dashboard (Fraud prevention), not here.</source>
        <translation>Tremendous kontrollerer hver innløsning mot disse reglene. En innløsning som samsvarer med en vurderingsregel, holdes tilbake og vises under Svindelvurderinger, der du frigir eller blokkerer den; en tillatelsesregel slipper samsvarende mottakere gjennom uten vurdering. Reglene endres i Tremendous-dashbordet (Fraud prevention), ikke her.</translation>
    </message>
    <message>
        <source>Loading fraud rules…</source>
        <translation>Laster inn svindelregler…</translation>
    </message>
    <message>
        <source>This organization has no fraud rules: Tremendous applies only its own checks.</source>
        <translation>Denne organisasjonen har ingen svindelregler: Tremendous bruker bare sine egne kontroller.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet inn ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regler</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of the selected rule</source>
        <translation>Innstillinger for den valgte regelen</translation>
    </message>
    <message>
        <source>Settings of “%1”</source>
        <translation>Innstillinger for «%1»</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::LookupPage</name>
    <message>
        <source>Type an order ID, an external ID, a recipient&apos;s e-mail or phone, or label=value for a custom field.</source>
        <translation>Skriv inn en ordre-ID, en ekstern ID, mottakerens e-post eller telefon, eller etikett=verdi for et egendefinert felt.</translation>
    </message>
    <message>
        <source>Write a custom field as label=value, e.g. employee_id=12345.</source>
        <translation>Skriv et egendefinert felt som etikett=verdi, f.eks. employee_id=12345.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address.</source>
        <translation>«%1» er ikke en fullstendig e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is neither an e-mail address nor a phone number.</source>
        <translation>«%1» er verken en e-postadresse eller et telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” cannot be an order ID or external ID.</source>
        <translation>«%1» kan ikke være en ordre-ID eller ekstern ID.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Partial e-mail/phone</source>
        <translation>Delvis e-post/telefon</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Hva som helst</translation>
    </message>
    <message>
        <source>Order ID / external ID</source>
        <translation>Ordre-ID / ekstern ID</translation>
    </message>
    <message>
        <source>Recipient e-mail / phone</source>
        <translation>Mottakerens e-post / telefon</translation>
    </message>
    <message>
        <source>Custom field label=value</source>
        <translation>Egendefinert felt etikett=verdi</translation>
    </message>
    <message>
        <source>“Anything” decides from what you type; choose a kind when the input is ambiguous.</source>
        <translation>«Hva som helst» avgjør ut fra det du skriver; velg en type når inndataene kan tolkes på flere måter.</translation>
    </message>
    <message>
        <source>Order ID, external ID, e-mail, +phone, or label=value</source>
        <translation>Ordre-ID, ekstern ID, e-post, +telefon eller etikett=verdi</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Slå opp</translation>
    </message>
    <message>
        <source>Match recipients whose e-mail or phone contains what you typed.</source>
        <translation>Finn mottakere der e-post eller telefon inneholder det du skrev.</translation>
    </message>
    <message>
        <source>Stop reading rewards; the matches found so far stay.</source>
        <translation>Slutt å lese belønninger; treffene som er funnet så langt, blir stående.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Levering mislyktes</translation>
    </message>
    <message>
        <source>Searching rewards…</source>
        <translation>Søker i belønninger…</translation>
    </message>
    <message>
        <source>No rewards match.</source>
        <translation>Ingen belønninger samsvarer.</translation>
    </message>
    <message>
        <source>Rewards found by recipient or custom field are listed here; an order ID or external ID opens the order on the right.</source>
        <translation>Belønninger som er funnet etter mottaker eller egendefinert felt, vises her; en ordre-ID eller ekstern ID åpner ordren til høyre.</translation>
    </message>
    <message>
        <source>Order “%1” is shown on the right.</source>
        <translation>Ordre «%1» vises til høyre.</translation>
    </message>
    <message>
        <source>Reading every reward to find this recipient…</source>
        <translation>Leser alle belønninger for å finne denne mottakeren…</translation>
    </message>
    <message>
        <source>No reward went to %1. Check the spelling, or try a partial match.</source>
        <translation>Ingen belønning ble sendt til %1. Kontroller stavemåten, eller prøv et delvis søk.</translation>
    </message>
    <message>
        <source>Asking Tremendous for rewards with %1 = %2…</source>
        <translation>Ber Tremendous om belønninger med %1 = %2…</translation>
    </message>
    <message>
        <source>No reward has the custom field %1 = %2.</source>
        <translation>Ingen belønning har det egendefinerte feltet %1 = %2.</translation>
    </message>
    <message>
        <source>Tremendous reported no order for reward %1.</source>
        <translation>Tremendous rapporterte ingen ordre for belønning %1.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::NameCache</name>
    <message>
        <source>Campaign names could not be read; campaign IDs are shown instead. %1</source>
        <translation>Kampanjenavn kunne ikke leses; kampanje-ID-er vises i stedet. %1</translation>
    </message>
    <message>
        <source>Product names could not be read; product IDs are shown instead. %1</source>
        <translation>Produktnavn kunne ikke leses; produkt-ID-er vises i stedet. %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between product names</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::OrderDetailPane</name>
    <message>
        <source>Choose an order in the list, or look one up by its ID or external ID, to see its payment, rewards and delivery states.</source>
        <translation>Velg en ordre i listen, eller slå opp en etter ID eller ekstern ID, for å se betaling, belønninger og leveringsstatus.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Kopier ID</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkjenn…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avvis…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Approve this order so Tremendous sends its rewards (confirmation and reason first).</source>
        <translation>Godkjenn denne ordren slik at Tremendous sender belønningene (bekreftelse og begrunnelse først).</translation>
    </message>
    <message>
        <source>Reject this order: nothing is sent (confirmation and reason first).</source>
        <translation>Avvis denne ordren: ingenting sendes (bekreftelse og begrunnelse først).</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Vis rå JSON</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Skjul rå JSON</translation>
    </message>
    <message>
        <source>Loading order %1…</source>
        <translation>Laster inn ordre %1…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Tremendous has no order with the ID or external ID “%1”. Check it, or look the recipient up by e-mail.</source>
        <translation>Tremendous har ingen ordre med ID-en eller den eksterne ID-en «%1». Kontroller den, eller slå opp mottakeren etter e-post.</translation>
    </message>
    <message>
        <source>The order could not be read again: %1</source>
        <translation>Ordren kunne ikke leses på nytt: %1</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampanje:</translation>
    </message>
    <message>
        <source>none (products chosen per order)</source>
        <translation>ingen (produktene velges per ordre)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produkter:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>%1  ·  %2 ago</source>
        <translation>%1  ·  for %2 siden</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Ekstern ID:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Faktura:</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>Ordre-ID:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Betaling:</translation>
    </message>
    <message>
        <source>not reported by Tremendous</source>
        <translation>ikke rapportert av Tremendous</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Delsum:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Gebyrer:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabatt:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totalt:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Refusjon:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Some values Tremendous sent could not be read and are shown as unknown:
%1</source>
        <translation>Noen verdier fra Tremendous kunne ikke leses og vises som ukjente:
%1</translation>
    </message>
    <message>
        <source>The order&apos;s status is %1: RewardDesk does not act on a status it does not know. Check the Tremendous dashboard.</source>
        <translation>Ordrens status er %1: RewardDesk utfører ingen handling på en status den ikke kjenner. Kontroller Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>Only orders pending approval can be approved or rejected; this one is %1.</source>
        <translation>Bare ordrer som venter på godkjenning, kan godkjennes eller avvises; denne er %1.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::OrderModel</name>
    <message>
        <source>unknown amount</source>
        <translation>ukjent beløp</translation>
    </message>
    <message>
        <source>%1 to %2 (+%3)</source>
        <comment>bulk summary: amount, first recipient, more recipients</comment>
        <translation>%1 til %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>bulk summary: amount, recipient</comment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>the order has no ID</source>
        <translation>ordren mangler ID</translation>
    </message>
    <message>
        <source>unknown status (%1)</source>
        <translation>ukjent status (%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>status is %1, not %2</source>
        <comment>status is EXECUTED, not Pending approval</comment>
        <translation>statusen er %1, ikke %2</translation>
    </message>
    <message>
        <source>Order %1 of the page has no ID.</source>
        <translation>Ordre %1 på siden mangler ID.</translation>
    </message>
    <message>
        <source>In your time zone (%1)</source>
        <translation>I din tidssone (%1)</translation>
    </message>
    <message>
        <source>Time since the order was created</source>
        <translation>Tid siden ordren ble opprettet</translation>
    </message>
    <message>
        <source>The products of the order&apos;s campaign</source>
        <translation>Produktene i ordrens kampanje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <comment>first recipient, number of other recipients</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Some values of this order could not be read; open it to see which.</source>
        <translation>Noen verdier for denne ordren kunne ikke leses; åpne den for å se hvilke.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 more (%n reward(s)); open the order to see them all</source>
        <comment>first recipient, other recipients, rewards</comment>
        <translation>
            <numerusform>%1 og %2 til (%n belønning); åpne ordren for å se alle</numerusform>
            <numerusform>%1 og %2 til (%n belønninger); åpne ordren for å se alle</numerusform>
        </translation>
    </message>
    <message>
        <source>The order has no payment details: this is the sum of its rewards.</source>
        <translation>Ordren har ingen betalingsdetaljer: dette er summen av belønningene.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::OrderRewardsView</name>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Levering mislyktes</translation>
    </message>
    <message numerus="yes">
        <source>Rewards (%n)</source>
        <translation>
            <numerusform>Belønninger (%n)</numerusform>
            <numerusform>Belønninger (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reward %1 · %2 · %3</source>
        <translation>Belønning %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · expires %1</source>
        <translation> · utløper %1</translation>
    </message>
    <message>
        <source>This order has no rewards.</source>
        <translation>Denne ordren har ingen belønninger.</translation>
    </message>
    <message>
        <source>Choose a reward to resend, cancel or generate its link.</source>
        <translation>Velg en belønning for å sende den på nytt, kansellere den eller generere lenken til den.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ResendDialog</name>
    <message>
        <source>Type the new e-mail address.</source>
        <translation>Skriv inn den nye e-postadressen.</translation>
    </message>
    <message>
        <source>That e-mail address is too long.</source>
        <translation>E-postadressen er for lang.</translation>
    </message>
    <message>
        <source>That is not an e-mail address (name@example.com).</source>
        <translation>Dette er ikke en e-postadresse (navn@example.com).</translation>
    </message>
    <message>
        <source>Type the new phone number.</source>
        <translation>Skriv inn det nye telefonnummeret.</translation>
    </message>
    <message>
        <source>A phone number has only digits, an optional leading +, and spaces, dashes, dots or brackets.</source>
        <translation>Et telefonnummer har bare sifre, eventuelt + først, og mellomrom, bindestreker, punktum eller parenteser.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits (with the country code, e.g. +1 555 010 0199).</source>
        <translation>Et telefonnummer har 7 til 15 sifre (med landskode, f.eks. +1 555 010 0199).</translation>
    </message>
    <message>
        <source>To a new &amp;e-mail address:</source>
        <translation>Til en ny &amp;e-postadresse:</translation>
    </message>
    <message>
        <source>To a new &amp;phone number:</source>
        <translation>Til et nytt &amp;telefonnummer:</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Fortsett…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resend reward %1</source>
        <translation>Send belønning %1 på nytt</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Verdi:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Mottaker:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-postadresse:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Telefonnummer:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Levering:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>To the &amp;same address as before</source>
        <translation>Til &amp;samme adresse som før</translation>
    </message>
    <message>
        <source>To the &amp;same address as before (%1)</source>
        <translation>Til &amp;samme adresse som før (%1)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <translation>Ny e-postadresse</translation>
    </message>
    <message>
        <source>+1 555 010 0199</source>
        <translation>+1 555 010 0199</translation>
    </message>
    <message>
        <source>New phone number</source>
        <translation>Nytt telefonnummer</translation>
    </message>
    <message>
        <source>This reward is delivered by SMS: Tremendous takes only a new phone number.</source>
        <translation>Denne belønningen leveres på SMS: Tremendous godtar bare et nytt telefonnummer.</translation>
    </message>
    <message>
        <source>This reward is delivered by e-mail: Tremendous takes only a new e-mail address.</source>
        <translation>Denne belønningen leveres på e-post: Tremendous godtar bare en ny e-postadresse.</translation>
    </message>
    <message>
        <source>Tremendous takes one new address per resend: an e-mail address or a phone number, not both.</source>
        <translation>Tremendous godtar én ny adresse per ny sending: en e-postadresse eller et telefonnummer, ikke begge.</translation>
    </message>
    <message>
        <source>Send it again:</source>
        <translation>Send den på nytt:</translation>
    </message>
    <message>
        <source>Tremendous reported no address for this reward: type a new e-mail address or phone number.</source>
        <translation>Tremendous rapporterte ingen adresse for denne belønningen: skriv inn en ny e-postadresse eller et nytt telefonnummer.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::RewardActions</name>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Send på nytt…</translation>
    </message>
    <message>
        <source>Cance&amp;l reward…</source>
        <translation>&amp;Kanseller belønning…</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>&amp;Generer lenke</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Deliver the reward again, to the same or an updated address (confirmation first).</source>
        <translation>Lever belønningen på nytt, til samme eller en oppdatert adresse (bekreftelse først).</translation>
    </message>
    <message>
        <source>Ask Tremendous for a redemption link for this reward. The link is money: anyone with it can redeem the reward.</source>
        <translation>Be Tremendous om en innløsningslenke for denne belønningen. Lenken er penger: alle som har den, kan løse inn belønningen.</translation>
    </message>
    <message>
        <source>Redemption link</source>
        <translation>Innløsningslenke</translation>
    </message>
    <message>
        <source>Copies the link; the clipboard is cleared after 20 seconds if unchanged.</source>
        <translation>Kopierer lenken; utklippstavlen tømmes etter 20 sekunder hvis den ikke er endret.</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lenke:</translation>
    </message>
    <message>
        <source>The link was removed from the clipboard.</source>
        <translation>Lenken ble fjernet fra utklippstavlen.</translation>
    </message>
    <message>
        <source>no reward is shown</source>
        <translation>ingen belønning vises</translation>
    </message>
    <message>
        <source>its delivery status is %1</source>
        <translation>leveringsstatusen er %1</translation>
    </message>
    <message>
        <source>its delivery is %1, not failed: Tremendous resends and cancels only rewards whose delivery failed</source>
        <translation>leveringen er %1, ikke mislykket: Tremendous sender på nytt og kansellerer bare belønninger der leveringen mislyktes</translation>
    </message>
    <message>
        <source>it has expired: Tremendous cancels only rewards that have not expired</source>
        <translation>den er utløpt: Tremendous kansellerer bare belønninger som ikke er utløpt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Cannot resend: %1.</source>
        <translation>Kan ikke sende på nytt: %1.</translation>
    </message>
    <message>
        <source>Cancel the reward and refund its amount (confirmation first).</source>
        <translation>Kanseller belønningen og refunder beløpet (bekreftelse først).</translation>
    </message>
    <message>
        <source>Cannot cancel: %1.</source>
        <translation>Kan ikke kansellere: %1.</translation>
    </message>
    <message>
        <source>&amp;Generate new link</source>
        <translation>&amp;Generer ny lenke</translation>
    </message>
    <message>
        <source>Resend and cancel are not available: %1.</source>
        <translation>Send på nytt og kanseller er ikke tilgjengelig: %1.</translation>
    </message>
    <message>
        <source>Cancel is not available: %1.</source>
        <translation>Kanseller er ikke tilgjengelig: %1.</translation>
    </message>
    <message>
        <source>Asking Tremendous for a link to reward %1…</source>
        <translation>Ber Tremendous om en lenke til belønning %1…</translation>
    </message>
    <message>
        <source>No link was generated. %1</source>
        <translation>Ingen lenke ble generert. %1</translation>
    </message>
    <message>
        <source>Tremendous answered without a link.</source>
        <translation>Tremendous svarte uten en lenke.</translation>
    </message>
    <message>
        <source>Link generated for reward %1. It is hidden: Reveal shows it, Copy puts it on the clipboard for 20 seconds. Anyone with the link can redeem the reward.</source>
        <translation>Lenke generert for belønning %1. Den er skjult: Vis viser den, Kopier legger den på utklippstavlen i 20 sekunder. Alle som har lenken, kan løse inn belønningen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>•••••••• hidden: press Reveal</source>
        <translation>•••••••• skjult: trykk Vis</translation>
    </message>
    <message numerus="yes">
        <source>Link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Lenken er kopiert. Utklippstavlen tømmes om %n sekund med mindre du kopierer noe annet.</numerusform>
            <numerusform>Lenken er kopiert. Utklippstavlen tømmes om %n sekunder med mindre du kopierer noe annet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::RewardModel</name>
    <message>
        <source>unknown amount</source>
        <translation>ukjent beløp</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>bulk summary: amount, recipient</comment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>the reward has no ID</source>
        <translation>belønningen mangler ID</translation>
    </message>
    <message>
        <source>unknown delivery status (%1)</source>
        <translation>ukjent leveringsstatus (%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>delivery is %1, not %2</source>
        <comment>delivery is SUCCEEDED, not FAILED</comment>
        <translation>leveringen er %1, ikke %2</translation>
    </message>
    <message>
        <source>the reward expired on %1</source>
        <translation>belønningen utløp %1</translation>
    </message>
    <message>
        <source>Reward %1 of the page has no ID.</source>
        <translation>Belønning %1 på siden mangler ID.</translation>
    </message>
    <message>
        <source>In your time zone (%1)</source>
        <translation>I din tidssone (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Reward ID</source>
        <translation>Belønnings-ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <source>invalid amount</source>
        <translation>ugyldig beløp</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Some values of this reward could not be read; open it to see which.</source>
        <translation>Noen verdier for denne belønningen kunne ikke leses; åpne den for å se hvilke.</translation>
    </message>
    <message>
        <source>Expired: it can no longer be resent.</source>
        <translation>Utløpt: den kan ikke lenger sendes på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s) found</source>
        <translation>
            <numerusform>%n belønning funnet</numerusform>
            <numerusform>%n belønninger funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 of %2 rewards: %n found</source>
        <translation>
            <numerusform>Søkte i %1 av %2 belønninger: %n funnet</numerusform>
            <numerusform>Søkte i %1 av %2 belønninger: %n funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 rewards: %n found</source>
        <translation>
            <numerusform>Søkte i %1 belønninger: %n funnet</numerusform>
            <numerusform>Søkte i %1 belønninger: %n funnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::Client</name>
    <message>
        <source>The ID is empty.</source>
        <translation>ID-en er tom.</translation>
    </message>
    <message>
        <source>Give either a new e-mail address or a new phone number, not both.</source>
        <translation>Oppgi enten en ny e-postadresse eller et nytt telefonnummer, ikke begge.</translation>
    </message>
</context>
<context>
    <name>rd::TremendousErrors</name>
    <message>
        <source>The API key for %1 was rejected. Open File &gt; Accounts to replace it.</source>
        <translation>API-nøkkelen for %1 ble avvist. Åpne Fil &gt; Kontoer for å erstatte den.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Tremendous has no order %1.</source>
        <translation>Tremendous har ingen ordre %1.</translation>
    </message>
    <message>
        <source>Tremendous has no fraud review %1.</source>
        <translation>Tremendous har ingen svindelvurdering %1.</translation>
    </message>
    <message>
        <source>Tremendous has no reward %1.</source>
        <translation>Tremendous har ingen belønning %1.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the approval went through; it is reading the order back.</source>
        <translation>RewardDesk kan ikke avgjøre om godkjenningen gikk gjennom; henter ordren på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the rejection went through; it is reading the order back.</source>
        <translation>RewardDesk kan ikke avgjøre om avvisningen gikk gjennom; henter ordren på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the release went through; it is reading the fraud review back.</source>
        <translation>RewardDesk kan ikke avgjøre om frigivelsen gikk gjennom; henter svindelvurderingen på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the block went through; it is reading the fraud review back.</source>
        <translation>RewardDesk kan ikke avgjøre om blokkeringen gikk gjennom; henter svindelvurderingen på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the resend went through; it is reading the reward back.</source>
        <translation>RewardDesk kan ikke avgjøre om den nye sendingen gikk gjennom; henter belønningen på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the cancellation went through; it is reading the reward back.</source>
        <translation>RewardDesk kan ikke avgjøre om kanselleringen gikk gjennom; henter belønningen på nytt for å kontrollere.</translation>
    </message>
    <message>
        <source>Tremendous refused to approve order %1: %2.</source>
        <translation>Tremendous nektet å godkjenne ordre %1: %2.</translation>
    </message>
    <message>
        <source>Tremendous refused to reject order %1: %2.</source>
        <translation>Tremendous nektet å avvise ordre %1: %2.</translation>
    </message>
    <message>
        <source>Tremendous refused to release the fraud review of reward %1: %2.</source>
        <translation>Tremendous nektet å frigi svindelvurderingen av belønning %1: %2.</translation>
    </message>
    <message>
        <source>Tremendous refused to block the fraud review of reward %1: %2.</source>
        <translation>Tremendous nektet å blokkere svindelvurderingen av belønning %1: %2.</translation>
    </message>
    <message>
        <source>Tremendous refused to resend reward %1: %2.</source>
        <translation>Tremendous nektet å sende belønning %1 på nytt: %2.</translation>
    </message>
    <message>
        <source>Tremendous refused to cancel reward %1: %2.</source>
        <translation>Tremendous nektet å kansellere belønning %1: %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Frigi</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokker</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanseller</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>released</source>
        <translation>frigitt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blokkert</translation>
    </message>
    <message>
        <source>resent</source>
        <translation>sendt på nytt</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>kansellert</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ingenting ble sendt: %1</translation>
    </message>
    <message>
        <source>Approvals via API is turned off for this organization (Tremendous dashboard &gt; Order approvals). Nothing was changed.</source>
        <translation>Godkjenning via API er slått av for denne organisasjonen (Tremendous-dashbordet &gt; Order approvals). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 did not allow this action (HTTP 403). Nothing was changed. Check the API key&apos;s role and the organization&apos;s settings in the Tremendous dashboard.</source>
        <translation>%1 tillot ikke denne handlingen (HTTP 403). Ingenting ble endret. Kontroller rollen til API-nøkkelen og organisasjonens innstillinger i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>Tremendous said: “%1”.</source>
        <translation>Tremendous svarte: «%1».</translation>
    </message>
    <message>
        <source>Insufficient funds: the Tremendous balance cannot pay for this order. Add funds, then try again. Nothing was changed.</source>
        <translation>Ikke nok midler: Tremendous-saldoen kan ikke betale for denne ordren. Fyll på midler, og prøv deretter igjen. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Tremendous is limiting requests; nothing was changed. Try again in a few seconds.</source>
        <translation>Tremendous begrenser antall forespørsler; ingenting ble endret. Prøv igjen om noen sekunder.</translation>
    </message>
    <message>
        <source>Tremendous refused the request (HTTP %1). Nothing was changed.</source>
        <translation>Tremendous avviste forespørselen (HTTP %1). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Tremendous has no record with this ID. Check the ID and try again.</source>
        <translation>Tremendous har ingen oppføring med denne ID-en. Kontroller ID-en og prøv igjen.</translation>
    </message>
    <message>
        <source>Tremendous is limiting requests. Wait a few seconds, then refresh.</source>
        <translation>Tremendous begrenser antall forespørsler. Vent noen sekunder, og oppdater deretter.</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::Reconciler</name>
    <message>
        <source>(no status)</source>
        <translation>(ingen status)</translation>
    </message>
    <message>
        <source>The %1 could not be read back: %2</source>
        <translation>Kunne ikke hente %1 på nytt: %2</translation>
    </message>
    <message>
        <source>The order is still %1: it was not approved.</source>
        <translation>Ordren er fortsatt %1: den ble ikke godkjent.</translation>
    </message>
    <message>
        <source>The order is %1: it was rejected or canceled, not approved.</source>
        <translation>Ordren er %1: den ble avvist eller kansellert, ikke godkjent.</translation>
    </message>
    <message>
        <source>The order is now %1: it was approved, but its payment then failed.</source>
        <translation>Ordren er nå %1: den ble godkjent, men betalingen mislyktes etterpå.</translation>
    </message>
    <message>
        <source>The order is now %1: it was approved.</source>
        <translation>Ordren er nå %1: den ble godkjent.</translation>
    </message>
    <message>
        <source>The order&apos;s status (%1) is not one RewardDesk knows. Check the order in the Tremendous dashboard.</source>
        <translation>Ordrens status (%1) er ikke en som RewardDesk kjenner. Kontroller ordren i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The order is now %1: it was rejected.</source>
        <translation>Ordren er nå %1: den ble avvist.</translation>
    </message>
    <message>
        <source>The order is still %1: it was not rejected.</source>
        <translation>Ordren er fortsatt %1: den ble ikke avvist.</translation>
    </message>
    <message>
        <source>The order is %1: it was approved meanwhile, not rejected.</source>
        <translation>Ordren er %1: den ble godkjent i mellomtiden, ikke avvist.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>noen andre</translation>
    </message>
    <message>
        <source>The fraud review is now released.</source>
        <translation>Svindelvurderingen er nå frigitt.</translation>
    </message>
    <message>
        <source>The fraud review is now blocked.</source>
        <translation>Svindelvurderingen er nå blokkert.</translation>
    </message>
    <message>
        <source>The fraud review is still flagged: it was not released.</source>
        <translation>Svindelvurderingen er fortsatt flagget: den ble ikke frigitt.</translation>
    </message>
    <message>
        <source>The fraud review is still flagged: it was not blocked.</source>
        <translation>Svindelvurderingen er fortsatt flagget: den ble ikke blokkert.</translation>
    </message>
    <message>
        <source>The fraud review was already blocked by %1, not released.</source>
        <translation>Svindelvurderingen var allerede blokkert av %1, ikke frigitt.</translation>
    </message>
    <message>
        <source>The fraud review was already released by %1, not blocked.</source>
        <translation>Svindelvurderingen var allerede frigitt av %1, ikke blokkert.</translation>
    </message>
    <message>
        <source>The fraud review&apos;s status (%1) is not one RewardDesk knows. Check it in the Tremendous dashboard.</source>
        <translation>Statusen til svindelvurderingen (%1) er ikke en som RewardDesk kjenner. Kontroller den i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The reward&apos;s delivery still shows %1: it was not resent.</source>
        <translation>Leveringen av belønningen viser fortsatt %1: den ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The reward&apos;s delivery is now %1: it was resent.</source>
        <translation>Leveringen av belønningen er nå %1: den ble sendt på nytt.</translation>
    </message>
    <message>
        <source>The reward&apos;s delivery status (%1) is not one RewardDesk knows. Check it in the Tremendous dashboard.</source>
        <translation>Leveringsstatusen til belønningen (%1) er ikke en som RewardDesk kjenner. Kontroller den i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The reward&apos;s order is now %1: the reward was canceled.</source>
        <translation>Belønningens ordre er nå %1: belønningen ble kansellert.</translation>
    </message>
    <message>
        <source>The reward&apos;s order shows a refund of %1 %2: the reward was canceled.</source>
        <translation>Belønningens ordre viser en refusjon på %1 %2: belønningen ble kansellert.</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(ingen valuta)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>the refund and the reward are not in the same known currency, so they cannot be compared</source>
        <translation>refusjonen og belønningen er ikke i samme kjente valuta, så de kan ikke sammenlignes</translation>
    </message>
    <message numerus="yes">
        <source>the order has %n reward(s), so the refund may belong to another one</source>
        <translation>
            <numerusform>ordren har %n belønning, så refusjonen kan høre til en annen</numerusform>
            <numerusform>ordren har %n belønninger, så refusjonen kan høre til en annen</numerusform>
        </translation>
    </message>
    <message>
        <source>the order&apos;s reward is not this one</source>
        <translation>ordrens belønning er ikke denne</translation>
    </message>
    <message>
        <source>the refund does not cover the reward</source>
        <translation>refusjonen dekker ikke belønningen</translation>
    </message>
    <message>
        <source>The reward&apos;s order is %1 and shows a refund of %2 %3; this reward is worth %4, but %5. RewardDesk cannot tell whether this reward was canceled: check the order in the Tremendous dashboard.</source>
        <translation>Belønningens ordre er %1 og viser en refusjon på %2 %3; denne belønningen er verdt %4, men %5. RewardDesk kan ikke avgjøre om denne belønningen ble kansellert: kontroller ordren i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The order&apos;s status (%1) is not one RewardDesk knows. Check the reward in the Tremendous dashboard.</source>
        <translation>Ordrens status (%1) er ikke en som RewardDesk kjenner. Kontroller belønningen i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The reward&apos;s order is %1 and shows no refund for it: the reward was not canceled.</source>
        <translation>Belønningens ordre er %1 og viser ingen refusjon for den: belønningen ble ikke kansellert.</translation>
    </message>
    <message>
        <source>RewardDesk does not know how to check this Tremendous action (%1 on %2). Check it in the Tremendous dashboard.</source>
        <translation>RewardDesk vet ikke hvordan denne Tremendous-handlingen skal kontrolleres (%1 på %2). Kontroller den i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The Tremendous account is not ready (its API key is missing or still loading), so the action could not be checked. Try again later.</source>
        <translation>Tremendous-kontoen er ikke klar (API-nøkkelen mangler eller lastes fortsatt inn), så handlingen kunne ikke kontrolleres. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Tremendous has no order %1, so nothing was changed.</source>
        <translation>Tremendous har ingen ordre %1, så ingenting ble endret.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordren</translation>
    </message>
    <message>
        <source>Tremendous has no fraud review for reward %1, so nothing was changed.</source>
        <translation>Tremendous har ingen svindelvurdering for belønning %1, så ingenting ble endret.</translation>
    </message>
    <message>
        <source>fraud review</source>
        <translation>svindelvurderingen</translation>
    </message>
    <message>
        <source>Tremendous has no reward %1, so nothing was resent.</source>
        <translation>Tremendous har ingen belønning %1, så ingenting ble sendt på nytt.</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>belønningen</translation>
    </message>
    <message>
        <source>Tremendous no longer shows reward %1, so RewardDesk cannot tell whether it was canceled. Check its order in the Tremendous dashboard.</source>
        <translation>Tremendous viser ikke lenger belønning %1, så RewardDesk kan ikke avgjøre om den ble kansellert. Kontroller ordren i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>The reward does not name its order, so RewardDesk cannot tell whether it was canceled. Check it in the Tremendous dashboard.</source>
        <translation>Belønningen oppgir ikke ordren sin, så RewardDesk kan ikke avgjøre om den ble kansellert. Kontroller den i Tremendous-dashbordet.</translation>
    </message>
    <message>
        <source>reward&apos;s order</source>
        <translation>belønningens ordre</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::Tab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every action on this tab goes to %1.</source>
        <translation>Alle handlinger i denne fanen går til %1.</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>Saldo: …</translation>
    </message>
    <message>
        <source>The Tremendous balance that pays for approved orders (GET /funding_sources/BALANCE). Read again after every action.</source>
        <translation>Tremendous-saldoen som betaler for godkjente ordrer (GET /funding_sources/BALANCE). Leses på nytt etter hver handling.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Read the visible page and the balance again (F5).</source>
        <translation>Les den synlige siden og saldoen på nytt (F5).</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <source>Fraud reviews</source>
        <translation>Svindelvurderinger</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Mislykkede leveringer</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Oppslag</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>Svindelregler</translation>
    </message>
    <message>
        <source>Orders waiting for approval (Alt+1)</source>
        <translation>Ordrer som venter på godkjenning (Alt+1)</translation>
    </message>
    <message>
        <source>Rewards held for fraud review (Alt+2)</source>
        <translation>Belønninger som holdes tilbake for svindelvurdering (Alt+2)</translation>
    </message>
    <message>
        <source>Rewards whose delivery failed (Alt+3)</source>
        <translation>Belønninger der leveringen mislyktes (Alt+3)</translation>
    </message>
    <message>
        <source>Find an order or a recipient&apos;s rewards (Alt+4)</source>
        <translation>Finn en ordre eller en mottakers belønninger (Alt+4)</translation>
    </message>
    <message>
        <source>The organization&apos;s fraud rules, read-only (Alt+5)</source>
        <translation>Organisasjonens svindelregler, skrivebeskyttet (Alt+5)</translation>
    </message>
    <message>
        <source>The Tremendous connection is not available.</source>
        <translation>Tremendous-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Reading the API key from secure storage…</source>
        <translation>Leser API-nøkkelen fra sikker lagring…</translation>
    </message>
    <message>
        <source>Balance: not connected</source>
        <translation>Saldo: ikke tilkoblet</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
    <message>
        <source>Balance: reading…</source>
        <translation>Saldo: leser…</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>Saldo: utilgjengelig</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>Saldoen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>not reported by Tremendous</source>
        <translation>ikke rapportert av Tremendous</translation>
    </message>
    <message>
        <source>Balance: %1 (pending %2)</source>
        <translation>Saldo: %1 (ventende %2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>The Tremendous balance that pays for approved orders, read %1.</source>
        <translation>Tremendous-saldoen som betaler for godkjente ordrer, lest kl. %1.</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Godkjenninger (%1)</translation>
    </message>
    <message>
        <source>Open File &gt; Accounts to check this account&apos;s API key.</source>
        <translation>Åpne Fil &gt; Kontoer for å kontrollere API-nøkkelen til denne kontoen.</translation>
    </message>
</context>
<context>
    <name>rd::TremendousTypes</name>
    <message>
        <source>unknown (missing)</source>
        <translation>ukjent (mangler)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>ukjent (%1)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Pending internal payment approval</source>
        <translation>Venter på intern betalingsgodkjenning</translation>
    </message>
    <message>
        <source>Pending settlement</source>
        <translation>Venter på oppgjør</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Levering mislyktes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Phone (text message)</source>
        <translation>Telefon (SMS)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagget</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokkert</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigitt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>The recipient redeemed from an IP address your fraud rules send to review.</source>
        <translation>Mottakeren løste inn fra en IP-adresse som svindelreglene dine sender til vurdering.</translation>
    </message>
    <message>
        <source>The recipient&apos;s e-mail address or its domain is on your fraud rules&apos; review list.</source>
        <translation>Mottakerens e-postadresse eller domenet til den står på vurderingslisten i svindelreglene dine.</translation>
    </message>
    <message>
        <source>The recipient redeemed from a country your fraud rules send to review.</source>
        <translation>Mottakeren løste inn fra et land som svindelreglene dine sender til vurdering.</translation>
    </message>
    <message>
        <source>The recipient has redeemed more money than your fraud rules allow for one person.</source>
        <translation>Mottakeren har løst inn mer penger enn svindelreglene dine tillater for én person.</translation>
    </message>
    <message>
        <source>The recipient has redeemed more rewards than your fraud rules allow for one person.</source>
        <translation>Mottakeren har løst inn flere belønninger enn svindelreglene dine tillater for én person.</translation>
    </message>
    <message>
        <source>The recipient redeemed through a VPN or proxy, which hides where they really are.</source>
        <translation>Mottakeren løste inn via en VPN eller proxy, som skjuler hvor mottakeren egentlig befinner seg.</translation>
    </message>
    <message>
        <source>The recipient redeemed through Apple&apos;s iCloud Private Relay, which hides their real IP address.</source>
        <translation>Mottakeren løste inn via Apples iCloud Private Relay, som skjuler den ekte IP-adressen.</translation>
    </message>
    <message>
        <source>The device used to redeem has also been used with other e-mail addresses.</source>
        <translation>Enheten som ble brukt til innløsningen, har også blitt brukt med andre e-postadresser.</translation>
    </message>
    <message>
        <source>The device or the payout account used to redeem is linked to other e-mail addresses.</source>
        <translation>Enheten eller utbetalingskontoen som ble brukt til innløsningen, er knyttet til andre e-postadresser.</translation>
    </message>
    <message>
        <source>The recipient&apos;s IP address is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens IP-adresse står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s bank account is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens bankkonto står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s browser fingerprint is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens nettleserfingeravtrykk står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s e-mail address is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens e-postadresse står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone number is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens telefonnummer står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s device is on Tremendous&apos;s list of known fraud.</source>
        <translation>Mottakerens enhet står på Tremendous&apos; liste over kjent svindel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s IP address was used for a reward that was blocked before.</source>
        <translation>Mottakerens IP-adresse ble brukt for en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s device was used for a reward that was blocked before.</source>
        <translation>Mottakerens enhet ble brukt for en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s bank account was used for a reward that was blocked before.</source>
        <translation>Mottakerens bankkonto ble brukt for en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s browser fingerprint was seen on a reward that was blocked before.</source>
        <translation>Mottakerens nettleserfingeravtrykk ble sett på en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s e-mail address was used for a reward that was blocked before.</source>
        <translation>Mottakerens e-postadresse ble brukt for en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone number was used for a reward that was blocked before.</source>
        <translation>Mottakerens telefonnummer ble brukt for en belønning som tidligere er blokkert.</translation>
    </message>
    <message>
        <source>The IP address is on your allow list (for information: this lowers the risk).</source>
        <translation>IP-adressen står på tillatelseslisten din (til informasjon: dette senker risikoen).</translation>
    </message>
    <message>
        <source>The e-mail address or its domain is on your allow list (for information: this lowers the risk).</source>
        <translation>E-postadressen eller domenet står på tillatelseslisten din (til informasjon: dette senker risikoen).</translation>
    </message>
    <message>
        <source>The country is on your allow list (for information: this lowers the risk).</source>
        <translation>Landet står på tillatelseslisten din (til informasjon: dette senker risikoen).</translation>
    </message>
    <message>
        <source>unknown (%1): not a reason Tremendous documents; check the dashboard.</source>
        <translation>ukjent (%1): ikke en årsak Tremendous dokumenterer; kontroller dashbordet.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>Review redemptions from these countries</source>
        <translation>Vurder innløsninger fra disse landene</translation>
    </message>
    <message>
        <source>Review redemptions from these IP addresses</source>
        <translation>Vurder innløsninger fra disse IP-adressene</translation>
    </message>
    <message>
        <source>Review redemptions by these e-mail addresses or domains</source>
        <translation>Vurder innløsninger fra disse e-postadressene eller domenene</translation>
    </message>
    <message>
        <source>Review recipients who redeem more than a number of rewards</source>
        <translation>Vurder mottakere som løser inn flere enn et visst antall belønninger</translation>
    </message>
    <message>
        <source>Review recipients who redeem more than an amount</source>
        <translation>Vurder mottakere som løser inn mer enn et visst beløp</translation>
    </message>
    <message>
        <source>Review devices or accounts used with several e-mail addresses</source>
        <translation>Vurder enheter eller kontoer som brukes med flere e-postadresser</translation>
    </message>
    <message>
        <source>Review redemptions through a VPN or proxy</source>
        <translation>Vurder innløsninger via VPN eller proxy</translation>
    </message>
    <message>
        <source>Review recipients on Tremendous&apos;s fraud lists</source>
        <translation>Vurder mottakere på Tremendous&apos; svindellister</translation>
    </message>
    <message>
        <source>Review recipients related to a previously blocked reward</source>
        <translation>Vurder mottakere med tilknytning til en tidligere blokkert belønning</translation>
    </message>
    <message>
        <source>Never review these IP addresses</source>
        <translation>Vurder aldri disse IP-adressene</translation>
    </message>
    <message>
        <source>Never review these e-mail addresses or domains</source>
        <translation>Vurder aldri disse e-postadressene eller domenene</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kredittkort</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Invoice (%1)</source>
        <translation>Faktura (%1)</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::Client</name>
    <message>
        <source>Choose a project first.</source>
        <translation>Velg et prosjekt først.</translation>
    </message>
    <message>
        <source>This is not an envelope ID.</source>
        <translation>Dette er ikke en konvolutt-ID.</translation>
    </message>
    <message>
        <source>The TruCentive connection was closed.</source>
        <translation>TruCentive-tilkoblingen ble lukket.</translation>
    </message>
</context>
<context>
    <name>rd::TruCentiveErrors</name>
    <message>
        <source>RewardDesk cannot tell whether the envelope was sent. Check the viewed/opened feeds or look the envelope up before sending again.</source>
        <translation>RewardDesk kan ikke avgjøre om konvolutten ble sendt. Sjekk strømmene over viste/åpnede konvolutter, eller slå opp konvolutten før du sender på nytt.</translation>
    </message>
    <message>
        <source>RewardDesk cannot tell whether the envelope was queued for opening. Opening is safe to retry: look the envelope up to see its state, then open it again if it is still not open.</source>
        <translation>RewardDesk kan ikke avgjøre om konvolutten ble satt i kø for åpning. Det er trygt å prøve å åpne den igjen: slå opp konvolutten for å se tilstanden, og åpne den på nytt hvis den fortsatt ikke er åpen.</translation>
    </message>
    <message>
        <source>The envelope was not sent: %1</source>
        <translation>Konvolutten ble ikke sendt: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ingenting ble sendt: %1</translation>
    </message>
    <message>
        <source>The API key for %1 was rejected. Open File &gt; Accounts to replace it.</source>
        <translation>API-nøkkelen for %1 ble avvist. Åpne Fil &gt; Kontoer for å erstatte den.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <source>No envelope with that ID. Check the ID and try again.</source>
        <translation>Det finnes ingen konvolutt med den ID-en. Kontroller ID-en og prøv igjen.</translation>
    </message>
    <message>
        <source>The project&apos;s funds are used up; add funds in TruCentive or choose another project. Nothing was sent.</source>
        <translation>Prosjektets midler er brukt opp. Fyll på midler i TruCentive, eller velg et annet prosjekt. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>TruCentive could not open the envelope: %1. Nothing was changed.</source>
        <translation>TruCentive kunne ikke åpne konvolutten: %1. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>TruCentive could not open the envelope. Nothing was changed.</source>
        <translation>TruCentive kunne ikke åpne konvolutten. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>TruCentive did not send the envelope: %1. Nothing was sent.</source>
        <translation>TruCentive sendte ikke konvolutten: %1. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>TruCentive did not send the envelope. Nothing was sent.</source>
        <translation>TruCentive sendte ikke konvolutten. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>TruCentive refused the request: %1.</source>
        <translation>TruCentive avviste forespørselen: %1.</translation>
    </message>
    <message>
        <source>%1 is temporarily offline for maintenance (HTTP 503). Try again later.</source>
        <translation>%1 er midlertidig utilgjengelig på grunn av vedlikehold (HTTP 503). Prøv igjen senere.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::Reconciler</name>
    <message>
        <source>TruCentive cannot look envelopes up by recipient, so RewardDesk cannot tell whether this envelope was sent. Check the viewed/opened feeds or TruCentive&apos;s website before sending again, then mark this entry as resolved.</source>
        <translation>TruCentive kan ikke slå opp konvolutter etter mottaker, så RewardDesk kan ikke avgjøre om denne konvolutten ble sendt. Sjekk strømmene over viste/åpnede konvolutter eller nettstedet til TruCentive før du sender på nytt, og merk deretter oppføringen som løst.</translation>
    </message>
    <message>
        <source>RewardDesk does not know how to check this TruCentive action (%1).</source>
        <translation>RewardDesk vet ikke hvordan denne TruCentive-handlingen skal kontrolleres (%1).</translation>
    </message>
    <message>
        <source>The TruCentive account is not ready (its API key is missing or still loading), so the envelope could not be checked. Try again later.</source>
        <translation>TruCentive-kontoen er ikke klar (API-nøkkelen mangler eller lastes fortsatt inn), så konvolutten kunne ikke kontrolleres. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>TruCentive has no envelope with that ID, so nothing was opened.</source>
        <translation>TruCentive har ingen konvolutt med den ID-en, så ingenting ble åpnet.</translation>
    </message>
    <message>
        <source>TruCentive has no envelope with that ID, so it was not sent.</source>
        <translation>TruCentive har ingen konvolutt med den ID-en, så den ble ikke sendt.</translation>
    </message>
    <message>
        <source>The envelope could not be checked: %1</source>
        <translation>Konvolutten kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <source>The envelope exists at TruCentive (state: %1), so it was sent.</source>
        <translation>Konvolutten finnes hos TruCentive (tilstand: %1), så den ble sendt.</translation>
    </message>
    <message>
        <source>TruCentive shows the envelope as open.</source>
        <translation>TruCentive viser konvolutten som åpen.</translation>
    </message>
    <message>
        <source>TruCentive shows the envelope as not open (state: %1). Opening is safe to retry.</source>
        <translation>TruCentive viser konvolutten som ikke åpen (tilstand: %1). Det er trygt å prøve å åpne den igjen.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::Tab</name>
    <message>
        <source>Connecting to TruCentive…</source>
        <translation>Kobler til TruCentive…</translation>
    </message>
    <message>
        <source>Send envelope…</source>
        <translation>Send konvolutt…</translation>
    </message>
    <message>
        <source>Send a reward (a replacement or a goodwill gesture).</source>
        <translation>Send en belønning (en erstatning eller en gest av velvilje).</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Konvolutter</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <source>Who logged in to this TruCentive account</source>
        <translation>Hvem som har logget på denne TruCentive-kontoen</translation>
    </message>
    <message>
        <source>The TruCentive connection is not available.</source>
        <translation>TruCentive-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Reading the API key from secure storage…</source>
        <translation>Leser API-nøkkelen fra sikker lagring…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Åpne Kontoer</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1  ·  API key of %2  ·  %3</source>
        <translation>%1  ·  API-nøkkel for %2  ·  %3</translation>
    </message>
    <message>
        <source>GET /me: the TruCentive user this account&apos;s API key belongs to.</source>
        <translation>GET /me: TruCentive-brukeren som API-nøkkelen til denne kontoen tilhører.</translation>
    </message>
    <message>
        <source>Envelope %1 was queued for delivery. TruCentive delivers it shortly; Refresh shows its progress.</source>
        <translation>Konvolutt %1 er satt i kø for levering. TruCentive leverer den om kort tid; Oppdater viser fremdriften.</translation>
    </message>
    <message>
        <source>Open File &gt; Accounts to check this account&apos;s API key.</source>
        <translation>Åpne Fil &gt; Kontoer for å kontrollere API-nøkkelen til denne kontoen.</translation>
    </message>
</context>
<context>
    <name>rd::TruCentiveTypes</name>
    <message>
        <source>Enter an envelope ID, for example CDVLBYYIOPHLJVWYEF.</source>
        <translation>Skriv inn en konvolutt-ID, for eksempel CDVLBYYIOPHLJVWYEF.</translation>
    </message>
    <message>
        <source>This is not an envelope ID. An envelope ID looks like CDVLBYYIOPHLJVWYEF (letters and digits only).</source>
        <translation>Dette er ikke en konvolutt-ID. En konvolutt-ID ser slik ut: CDVLBYYIOPHLJVWYEF (bare bokstaver og sifre).</translation>
    </message>
    <message>
        <source>The link could not be read. Paste the envelope ID instead.</source>
        <translation>Lenken kunne ikke leses. Lim inn konvolutt-ID-en i stedet.</translation>
    </message>
    <message>
        <source>The link contains more than one possible envelope ID. Paste the envelope ID itself.</source>
        <translation>Lenken inneholder mer enn én mulig konvolutt-ID. Lim inn selve konvolutt-ID-en.</translation>
    </message>
    <message>
        <source>No envelope ID was found in the link. TruCentive does not document its link format: paste the envelope ID itself (it looks like CDVLBYYIOPHLJVWYEF).</source>
        <translation>Fant ingen konvolutt-ID i lenken. TruCentive dokumenterer ikke lenkeformatet sitt: lim inn selve konvolutt-ID-en (den ser slik ut: CDVLBYYIOPHLJVWYEF).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>unknown (missing)</source>
        <translation>ukjent (mangler)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>ukjent (%1)</translation>
    </message>
    <message>
        <source>(hidden: redeemable link)</source>
        <translation>(skjult: innløsbar lenke)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Velg et prosjekt.</translation>
    </message>
    <message>
        <source>Choose an instrument (the type of reward).</source>
        <translation>Velg et instrument (belønningstypen).</translation>
    </message>
    <message>
        <source>Enter an amount in dollars and cents, for example 5.50.</source>
        <translation>Skriv inn et beløp i dollar og cent, for eksempel 5.50.</translation>
    </message>
    <message>
        <source>The amount must be in dollars and cents, for example 5.50.</source>
        <translation>Beløpet må være i dollar og cent, for eksempel 5.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beløpet må være større enn null.</translation>
    </message>
    <message>
        <source>The amount must be between %1 and %2 for this project.</source>
        <translation>Beløpet må være mellom %1 og %2 for dette prosjektet.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address or phone number.</source>
        <translation>Skriv inn mottakerens e-postadresse eller telefonnummer.</translation>
    </message>
    <message>
        <source>The recipient must be an e-mail address or a phone number.</source>
        <translation>Mottakeren må være en e-postadresse eller et telefonnummer.</translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation>Et egendefinert felt mangler navn.</translation>
    </message>
    <message>
        <source>The project has no custom field named “%1”.</source>
        <translation>Prosjektet har ikke noe egendefinert felt som heter «%1».</translation>
    </message>
</context>
<context>
    <name>rd::ActionRunner</name>
    <message>
        <source>RewardDesk stopped waiting for the answer (its window was closed); the object will be read back.</source>
        <translation>RewardDesk sluttet å vente på svaret (vinduet ble lukket); objektet blir hentet på nytt for kontroll.</translation>
    </message>
    <message>
        <source>Skipped: no ID.</source>
        <translation>Hoppet over: ingen ID.</translation>
    </message>
    <message>
        <source>Skipped: listed twice; the action is sent once for this %1.</source>
        <translation>Hoppet over: oppført to ganger; handlingen sendes én gang for %1.</translation>
    </message>
    <message>
        <source>The %1 connection is not available.</source>
        <translation>%1-tilkoblingen er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Recording in the journal.</source>
        <translation>Fører inn i journalen.</translation>
    </message>
    <message>
        <source>Not sent: another action on this %1 is unresolved (see the audit log).</source>
        <translation>Ikke sendt: en annen handling på %1 er ikke løst (se revisjonsloggen).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Avbrutt før den ble sendt.</translation>
    </message>
    <message>
        <source>Not sent: the %1 connection was closed.</source>
        <translation>Ikke sendt: %1-tilkoblingen ble lukket.</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>Sendt; venter på svar.</translation>
    </message>
    <message>
        <source>Rate limited: not applied.</source>
        <translation>Forespørselsgrensen er nådd: ikke gjennomført.</translation>
    </message>
    <message>
        <source>%1 did not answer the read-back in time.</source>
        <translation>%1 svarte ikke i tide da objektet ble hentet på nytt.</translation>
    </message>
    <message>
        <source>Confirmed by reading the %1 back: %2</source>
        <translation>Bekreftet ved å hente %1 på nytt: %2</translation>
    </message>
    <message>
        <source>Not applied (read back): %1</source>
        <translation>Ikke gjennomført (hentet på nytt): %1</translation>
    </message>
    <message>
        <source>Still unknown: %1 The entry stays locked in the audit log until it is resolved.</source>
        <translation>Fortsatt ukjent: %1 Oppføringen forblir låst i revisjonsloggen til den er løst.</translation>
    </message>
    <message>
        <source>Already %1: %2</source>
        <translation>Allerede %1: %2</translation>
    </message>
    <message>
        <source>Cancelled before this item: nothing was sent.</source>
        <translation>Avbrutt før dette elementet: ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped. %1</source>
        <translation>Ikke sendt: kjøringen stoppet. %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation>Allerede håndtert</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Ikke gjennomført</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>Skipped: listed twice; the action is sent once.</source>
        <translation>Hoppet over: oppført to ganger; handlingen sendes én gang.</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaloppføring</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
</context>
<context>
    <name>rd::tremendous::Adapter</name>
    <message>
        <source>order</source>
        <translation>ordren</translation>
    </message>
    <message>
        <source>fraud review</source>
        <translation>svindelvurderingen</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>belønningen</translation>
    </message>
    <message>
        <source>resent to %1</source>
        <translation>sendt på nytt til %1</translation>
    </message>
    <message>
        <source>Order %1 approved, but Tremendous reports it FAILED: the payment could not be processed. Check the order.</source>
        <translation>Ordre %1 er godkjent, men Tremendous rapporterer den som FAILED: betalingen kunne ikke behandles. Kontroller ordren.</translation>
    </message>
    <message>
        <source>Order %1 approved, but Tremendous reports it CANCELED: it will not be delivered. Check the order.</source>
        <translation>Ordre %1 er godkjent, men Tremendous rapporterer den som CANCELED: den blir ikke levert. Kontroller ordren.</translation>
    </message>
    <message>
        <source>Approved. The order is now %1.</source>
        <translation>Godkjent. Ordren er nå %1.</translation>
    </message>
    <message>
        <source>Rejected. The order is now %1.</source>
        <translation>Avvist. Ordren er nå %1.</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Frigitt.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Blokkert.</translation>
    </message>
    <message>
        <source>Resent.</source>
        <translation>Sendt på nytt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Kansellert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Ferdig.</translation>
    </message>
    <message>
        <source>RewardDesk cannot read this %1 back here.</source>
        <translation>RewardDesk kan ikke hente %1 på nytt her.</translation>
    </message>
</context>
<context>
    <name>rd::trucentive::Adapter</name>
    <message>
        <source>Queued for opening</source>
        <translation>Satt i kø for åpning</translation>
    </message>
    <message>
        <source>Envelope %1 queued for delivery.</source>
        <translation>Konvolutt %1 er satt i kø for levering.</translation>
    </message>
    <message>
        <source>Envelope %1 queued for delivery</source>
        <translation>Konvolutt %1 er satt i kø for levering</translation>
    </message>
    <message>
        <source>RewardDesk cannot read this %1 back here.</source>
        <translation>RewardDesk kan ikke hente %1 på nytt her.</translation>
    </message>
    <message>
        <source>A send of this project to this address is still in progress or its outcome is unknown. Check the viewed/opened feeds or View &gt; Audit log before sending again. Nothing was sent.</source>
        <translation>En sending fra dette prosjektet til denne adressen pågår fortsatt, eller utfallet er ukjent. Sjekk strømmene over viste/åpnede konvolutter eller Vis &gt; Revisjonslogg før du sender på nytt. Ingenting ble sendt.</translation>
    </message>
</context>
</TS>
