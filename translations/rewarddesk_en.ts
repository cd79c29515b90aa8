<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rd::ApiError</name>
    <message numerus="yes">
        <source>%1 is receiving too many requests right now. Nothing was changed. Wait %n second(s) and try again.</source>
        <translation><numerusform>%1 is receiving too many requests right now. Nothing was changed. Wait %n second and try again.</numerusform><numerusform>%1 is receiving too many requests right now. Nothing was changed. Wait %n seconds and try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::AuditDialog</name>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation><numerusform>%n needs attention</numerusform><numerusform>%n need attention</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation><numerusform>%n request in flight</numerusform><numerusform>%n requests in flight</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected. The API key was accepted (%n funding source(s)).</source>
        <translation><numerusform>Connected. The API key was accepted (%n funding source).</numerusform><numerusform>Connected. The API key was accepted (%n funding sources).</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::EnvelopeOpener</name>
    <message numerus="yes">
        <source>RewardDesk could not confirm within %n second(s) that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</source>
        <translation><numerusform>RewardDesk could not confirm within %n second that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</numerusform><numerusform>RewardDesk could not confirm within %n seconds that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The envelope was queued for opening but was not open after %n second(s). TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</source>
        <translation><numerusform>The envelope was queued for opening but was not open after %n second. TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</numerusform><numerusform>The envelope was queued for opening but was not open after %n seconds. TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::JournalReconciler</name>
    <message numerus="yes">
        <source>The vendor did not answer within %n second(s).</source>
        <translation><numerusform>The vendor did not answer within %n second.</numerusform><numerusform>The vendor did not answer within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>Your system&apos;s secure storage did not answer within %n second(s); it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</source>
        <translation><numerusform>Your system&apos;s secure storage did not answer within %n second; it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</numerusform><numerusform>Your system&apos;s secure storage did not answer within %n seconds; it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::PagedTableModel</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::Pager</name>
    <message numerus="yes">
        <source>The list has more than %n item(s), more than RewardDesk loads at once. Narrow the search to see the rest.</source>
        <translation><numerusform>The list has more than %n item, more than RewardDesk loads at once. Narrow the search to see the rest.</numerusform><numerusform>The list has more than %n items, more than RewardDesk loads at once. Narrow the search to see the rest.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server reported far more pages than RewardDesk loads at once (more than %n item(s)). Narrow the search to see the rest.</source>
        <translation><numerusform>The server reported far more pages than RewardDesk loads at once (more than %n item). Narrow the search to see the rest.</numerusform><numerusform>The server reported far more pages than RewardDesk loads at once (more than %n items). Narrow the search to see the rest.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::TcEnvelopeDetailPane</name>
    <message numerus="yes">
        <source>Redeem link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation><numerusform>Redeem link copied. The clipboard is cleared in %n second unless you copy something else.</numerusform><numerusform>Redeem link copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Redemption link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation><numerusform>Redemption link copied. The clipboard is cleared in %n second unless you copy something else.</numerusform><numerusform>Redemption link copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::TcFormat</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation><numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation><numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::TcInstrumentModel</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation><numerusform>%n instrument</numerusform><numerusform>%n instruments</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::TcProjectModel</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
</context>
</TS>
