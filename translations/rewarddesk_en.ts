<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rd::ApiError</name>
    <message numerus="yes">
        <source>%1 is receiving too many requests right now. Nothing was changed. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 is receiving too many requests right now. Nothing was changed. Wait %n second and try again.</numerusform>
            <numerusform>%1 is receiving too many requests right now. Nothing was changed. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::AuditDialog</name>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected. The API key was accepted (%n funding source(s)).</source>
        <translation>
            <numerusform>Connected. The API key was accepted (%n funding source).</numerusform>
            <numerusform>Connected. The API key was accepted (%n funding sources).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopeOpener</name>
    <message numerus="yes">
        <source>RewardDesk could not confirm within %n second(s) that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</source>
        <translation>
            <numerusform>RewardDesk could not confirm within %n second that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</numerusform>
            <numerusform>RewardDesk could not confirm within %n seconds that the envelope was opened. Opening is safe to retry: look the envelope up, then open it again if it is still not open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The envelope was queued for opening but was not open after %n second(s). TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</source>
        <translation>
            <numerusform>The envelope was queued for opening but was not open after %n second. TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</numerusform>
            <numerusform>The envelope was queued for opening but was not open after %n seconds. TruCentive may still be working on it: look it up again in a minute. Opening is safe to retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::JournalReconciler</name>
    <message numerus="yes">
        <source>The vendor did not answer within %n second(s).</source>
        <translation>
            <numerusform>The vendor did not answer within %n second.</numerusform>
            <numerusform>The vendor did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>Your system&apos;s secure storage did not answer within %n second(s); it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</source>
        <translation>
            <numerusform>Your system&apos;s secure storage did not answer within %n second; it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</numerusform>
            <numerusform>Your system&apos;s secure storage did not answer within %n seconds; it may be waiting for you to unlock it. You can use this credential for this session only; it will not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::PagedTableModel</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Pager</name>
    <message numerus="yes">
        <source>The list has more than %n item(s), more than RewardDesk loads at once. Narrow the search to see the rest.</source>
        <translation>
            <numerusform>The list has more than %n item, more than RewardDesk loads at once. Narrow the search to see the rest.</numerusform>
            <numerusform>The list has more than %n items, more than RewardDesk loads at once. Narrow the search to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server reported far more pages than RewardDesk loads at once (more than %n item(s)). Narrow the search to see the rest.</source>
        <translation>
            <numerusform>The server reported far more pages than RewardDesk loads at once (more than %n item). Narrow the search to see the rest.</numerusform>
            <numerusform>The server reported far more pages than RewardDesk loads at once (more than %n items). Narrow the search to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::trucentive::EnvelopeDetailPane</name>
    <message numerus="yes">
        <source>Redeem link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Redeem link copied. The clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Redeem link copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Redemption link copied. The clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Redemption link copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TcFormat</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::trucentive::InstrumentModel</name>
    <message numerus="yes">
        <source>%n instrument(s)</source>
        <translation>
            <numerusform>%n instrument</numerusform>
            <numerusform>%n instruments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::trucentive::ProjectModel</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ActionFlow</name>
    <message numerus="yes">
        <source> · %n skipped</source>
        <translation>
            <numerusform> · %n skipped</numerusform>
            <numerusform> · %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to check (applied, but Tremendous reports a problem)</source>
        <translation>
            <numerusform> · %n to check (applied, but Tremendous reports a problem)</numerusform>
            <numerusform> · %n to check (applied, but Tremendous reports a problem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ActionWords</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fraud review(s)</source>
        <translation>
            <numerusform>%n fraud review</numerusform>
            <numerusform>%n fraud reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s)</source>
        <translation>
            <numerusform>%n reward</numerusform>
            <numerusform>%n rewards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::ApprovalsPage</name>
    <message numerus="yes">
        <source>Approve %n…</source>
        <translation>
            <numerusform>Approve %n…</numerusform>
            <numerusform>Approve %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>Reject %n…</numerusform>
            <numerusform>Reject %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not pending</source>
        <translation>
            <numerusform> · %n not pending</numerusform>
            <numerusform> · %n not pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read</source>
        <translation>
            <numerusform>%n order read</numerusform>
            <numerusform>%n orders read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkDialog</name>
    <message numerus="yes">
        <source> · %n being read back</source>
        <translation>
            <numerusform> · %n being read back</numerusform>
            <numerusform> · %n being read back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n skipped</source>
        <translation>
            <numerusform> · %n skipped</numerusform>
            <numerusform> · %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be confirmed even after reading them back: they stay locked in the audit log (View &gt; Audit log) until they are resolved.</source>
        <translation>
            <numerusform>%n item could not be confirmed even after reading them back: they stay locked in the audit log (View &gt; Audit log) until they are resolved.</numerusform>
            <numerusform>%n items could not be confirmed even after reading them back: they stay locked in the audit log (View &gt; Audit log) until they are resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkResultModel</name>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n not applied</numerusform>
            <numerusform>%n not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::BulkSummaryDialog</name>
    <message numerus="yes">
        <source>%1  (+ %n without a known amount)</source>
        <translation>
            <numerusform>%1  (+ %n without a known amount)</numerusform>
            <numerusform>%1  (+ %n without a known amount)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (skipped, listed below)</source>
        <translation>
            <numerusform>%n (skipped, listed below)</numerusform>
            <numerusform>%n (skipped, listed below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped</source>
        <translation>
            <numerusform>… and %n more skipped</numerusform>
            <numerusform>… and %n more skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TrFormat</name>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
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
    <message numerus="yes">
        <source>%n d</source>
        <comment>time left in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time left in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudReviewDetailPane</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudReviewModel</name>
    <message numerus="yes">
        <source>%n related reward(s), %1 blocked</source>
        <translation>
            <numerusform>%n related reward, %1 blocked</numerusform>
            <numerusform>%n related rewards, %1 blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudRuleModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::FraudRulesView</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::OrderModel</name>
    <message numerus="yes">
        <source>%1 and %2 more (%n reward(s)); open the order to see them all</source>
        <comment>first recipient, other recipients, rewards</comment>
        <translation>
            <numerusform>%1 and %2 more (%n reward); open the order to see them all</numerusform>
            <numerusform>%1 and %2 more (%n rewards); open the order to see them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::OrderRewardsView</name>
    <message numerus="yes">
        <source>Rewards (%n)</source>
        <translation>
            <numerusform>Rewards (%n)</numerusform>
            <numerusform>Rewards (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::RewardActions</name>
    <message numerus="yes">
        <source>Link copied. The clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Link copied. The clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Link copied. The clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::RewardModel</name>
    <message numerus="yes">
        <source>%n reward(s) found</source>
        <translation>
            <numerusform>%n reward found</numerusform>
            <numerusform>%n rewards found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 of %2 rewards: %n found</source>
        <translation>
            <numerusform>Searched %1 of %2 rewards: %n found</numerusform>
            <numerusform>Searched %1 of %2 rewards: %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %1 rewards: %n found</source>
        <translation>
            <numerusform>Searched %1 rewards: %n found</numerusform>
            <numerusform>Searched %1 rewards: %n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::tremendous::Reconciler</name>
    <message numerus="yes">
        <source>the order has %n reward(s), so the refund may belong to another one</source>
        <translation>
            <numerusform>the order has %n reward, so the refund may belong to another one</numerusform>
            <numerusform>the order has %n rewards, so the refund may belong to another one</numerusform>
        </translation>
    </message>
</context>
</TS>
