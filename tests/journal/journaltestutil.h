#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

#include "api/journal/actionjournal.h"

namespace rd::test {

using namespace Qt::StringLiterals;

inline ActionIntent makeIntent(const QString& objectId, Vendor vendor = Vendor::Tremendous,
                               const QString& objectType = u"order"_s, const QString& action = u"approve"_s) {
    ActionIntent i;
    i.accountId = u"acc-"_s + vendorKey(vendor);
    i.accountLabel = vendorDisplayName(vendor) + u" (production)"_s;
    i.vendor = vendor;
    i.environment = Environment::Production;
    i.objectType = objectType;
    i.objectId = objectId;
    i.action = action;
    i.reason = u"Customer confirmed identity by phone"_s;
    i.summary = u"USD 25.00 to jane@example.com"_s;
    return i;
}

// Opens the journal and waits for it to load.
inline bool openAndWait(ActionJournal& journal) {
    if (journal.isLoaded())
        return true;
    QSignalSpy spy(&journal, &ActionJournal::loaded);
    journal.open();
    return journal.isLoaded() || spy.wait(5000);
}

// Begins an action and waits for the callback (ticket or error).
inline std::optional<BeginResult> beginAndWait(ActionJournal& journal, const ActionIntent& intent,
                                               QObject* context = nullptr, int timeoutMs = 5000) {
    auto result = std::make_shared<std::optional<BeginResult>>();
    journal.beginAction(intent, context, [result](const BeginResult& r) { *result = r; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

// Every line of the file parsed as JSON (unparseable lines become empty objects).
inline QList<QJsonObject> readLines(const QString& path) {
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace rd::test
