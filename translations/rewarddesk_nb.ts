<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <source>Tab %1</source>
        <translation>Fane %1</translation>
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
    <message>
        <source>The list has more than %n item(s), more than RewardDesk loads at once. Narrow the search to see the rest.</source>
        <translation>Listen har mer enn %n elementer, mer enn RewardDesk laster inn om gangen. Begrens søket for å se resten.</translation>
    </message>
    <message>
        <source>The server reported far more pages than RewardDesk loads at once (more than %n item(s)). Narrow the search to see the rest.</source>
        <translation>Serveren rapporterte langt flere sider enn RewardDesk laster inn om gangen (mer enn %n elementer). Begrens søket for å se resten.</translation>
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
</TS>
