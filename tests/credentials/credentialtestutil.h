#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include "api/credentials/credentialstore.h"

#include <functional>
#include <optional>

namespace rd::test {

// Starts one store operation and waits (event loop running) for its callback; nullopt when none came in time.
inline std::optional<CredentialResult> await(const std::function<void(CredentialStore::Callback)>& start,
                                             int timeoutMs = 15000) {
    std::optional<CredentialResult> result;
    start([&result](const CredentialResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

// What the system's Secret Service holds, seen through libsecret's own command-line tool (independent of QtKeychain).
struct SecretTool {
    // `secret-tool lookup server RewardDesk user <key>`: the stored value (base64 for QtKeychain binary entries), or
    // nullopt when there is no such item.
    static std::optional<QByteArray> lookup(const QString& key) {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                QStringLiteral("RewardDesk"), QStringLiteral("user"), key});
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return std::nullopt;
        return p.readAllStandardOutput();
    }

    // Number of items stored under the key (any type attribute).
    static int count(const QString& key) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                 QStringLiteral("RewardDesk"), QStringLiteral("user"), key});
        if (!p.waitForFinished(10000))
            return -1;
        const QByteArray needle = "attribute.user = " + key.toUtf8();
        int n = 0;
        const QList<QByteArray> lines = p.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.trimmed() == needle)
                ++n;
        }
        return n;
    }
};

} // namespace rd::test
