#include <QSignalSpy>
#include <QTest>

#include "api/credentials/memorycredentialstore.h"

using namespace Qt::StringLiterals;
using rd::CredentialResult;
using rd::MemoryCredentialStore;
using Status = rd::CredentialResult::Status;

namespace {

// Collects the results delivered to one callback.
struct Results {
    QList<CredentialResult> list;
    rd::CredentialStore::Callback callback() {
        return [this](const CredentialResult& result) { list.append(result); };
    }
};

// Every callback of the store is queued: one more queued call after them proves they have all been delivered.
void flush(QObject* store) {
    bool flushed = false;
    QMetaObject::invokeMethod(
        store, [&flushed] { flushed = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(flushed);
}

} // namespace

class TestMemoryCredentialStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isSessionOnly() {
        MemoryCredentialStore store;
        QVERIFY(store.isSessionOnly());
    }

    void writeReadRemove() {
        MemoryCredentialStore store;
        QObject context;
        Results written, read, removed, readAgain;

        store.write(u"acc1"_s, u"api_key"_s, "PROD_secret-value"_ba, &context, written.callback());
        QVERIFY2(written.list.isEmpty(), "the callback must not run inside write()");
        QTRY_COMPARE(written.list.size(), 1);
        QCOMPARE(written.list.first().status, Status::Ok);
        QVERIFY(written.list.first().secret.isEmpty());

        store.read(u"acc1"_s, u"api_key"_s, &context, read.callback());
        QVERIFY(read.list.isEmpty());
        QTRY_COMPARE(read.list.size(), 1);
        QCOMPARE(read.list.first().status, Status::Ok);
        QCOMPARE(read.list.first().secret, "PROD_secret-value"_ba);

        store.remove(u"acc1"_s, u"api_key"_s, &context, removed.callback());
        QVERIFY(removed.list.isEmpty());
        QTRY_COMPARE(removed.list.size(), 1);
        QCOMPARE(removed.list.first().status, Status::Ok);

        store.read(u"acc1"_s, u"api_key"_s, &context, readAgain.callback());
        QTRY_COMPARE(readAgain.list.size(), 1);
        QCOMPARE(readAgain.list.first().status, Status::NotFound);
        QVERIFY(readAgain.list.first().secret.isEmpty());
        QCOMPARE(store.size(), 0);
    }

    void overwriteKeepsLatest() {
        MemoryCredentialStore store;
        Results results;
        store.write(u"acc"_s, u"api_key"_s, "first"_ba, nullptr, results.callback());
        store.write(u"acc"_s, u"api_key"_s, "second"_ba, nullptr, results.callback());
        store.read(u"acc"_s, u"api_key"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(results.list.at(2).secret, "second"_ba);
        QCOMPARE(store.size(), 1);
    }

    void binarySecretSurvives() {
        MemoryCredentialStore store;
        static const char raw[] = "\x00\xff\x01 line\nbreak\x00";
        const QByteArray secret(raw, sizeof(raw) - 1);
        Results results;
        store.write(u"acc"_s, u"client_secret"_s, secret, nullptr, results.callback());
        store.read(u"acc"_s, u"client_secret"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.list.at(1).secret, secret);
    }

    void removeMissingIsOk() {
        MemoryCredentialStore store;
        Results results;
        store.remove(u"nobody"_s, u"api_key"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, Status::Ok);
    }

    void removeAllRemovesOnlyThatAccount() {
        MemoryCredentialStore store;
        Results results;
        store.write(u"a"_s, u"client_id"_s, "id-a"_ba, nullptr, results.callback());
        store.write(u"a"_s, u"client_secret"_s, "secret-a"_ba, nullptr, results.callback());
        store.write(u"ab"_s, u"api_key"_s, "key-ab"_ba, nullptr, results.callback()); // "a" is a prefix of "ab"
        store.write(u"b"_s, u"api_key"_s, "key-b"_ba, nullptr, results.callback());
        store.removeAll(u"a"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 5);
        QCOMPARE(results.list.at(4).status, Status::Ok);
        QCOMPARE(store.size(), 2);

        Results reads;
        store.read(u"a"_s, u"client_id"_s, nullptr, reads.callback());
        store.read(u"a"_s, u"client_secret"_s, nullptr, reads.callback());
        store.read(u"ab"_s, u"api_key"_s, nullptr, reads.callback());
        store.read(u"b"_s, u"api_key"_s, nullptr, reads.callback());
        QTRY_COMPARE(reads.list.size(), 4);
        QCOMPARE(reads.list.at(0).status, Status::NotFound);
        QCOMPARE(reads.list.at(1).status, Status::NotFound);
        QCOMPARE(reads.list.at(2).secret, "key-ab"_ba);
        QCOMPARE(reads.list.at(3).secret, "key-b"_ba);
    }

    void callbacksRunInCallOrderExactlyOnce() {
        MemoryCredentialStore store;
        QStringList order;
        int calls = 0;
        for (int i = 0; i < 20; ++i) {
            store.write(u"acc"_s, u"k%1"_s.arg(i), QByteArray::number(i), nullptr,
                        [&order, &calls, i](const CredentialResult&) {
                            ++calls;
                            order.append(QString::number(i));
                        });
        }
        QTRY_COMPARE(calls, 20);
        flush(&store);
        QCOMPARE(calls, 20);
        QStringList expected;
        for (int i = 0; i < 20; ++i)
            expected.append(QString::number(i));
        QCOMPARE(order, expected);
    }

    void destroyedContextGetsNoCallback() {
        MemoryCredentialStore store;
        auto* context = new QObject;
        bool called = false;
        store.write(u"acc"_s, u"api_key"_s, "value"_ba, context, [&called](const CredentialResult&) { called = true; });
        delete context;
        flush(&store);
        QVERIFY(!called);

        // The operation itself still took effect.
        Results results;
        store.read(u"acc"_s, u"api_key"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().secret, "value"_ba);
    }

    void destroyedStoreGetsNoCallback() {
        auto* store = new MemoryCredentialStore;
        bool called = false;
        store->read(u"acc"_s, u"api_key"_s, nullptr, [&called](const CredentialResult&) { called = true; });
        delete store;
        QObject other;
        flush(&other);
        QVERIFY(!called);
    }

    void checkAvailabilityIsAsynchronousAndTrue() {
        MemoryCredentialStore store;
        int calls = 0;
        bool available = false;
        store.checkAvailability(nullptr, [&](bool ok, const QString& message) {
            ++calls;
            available = ok;
            QVERIFY(message.isEmpty());
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY(available);
    }

    void unavailableSeamChangesNothing() {
        MemoryCredentialStore store;
        store.setUnavailableForTesting(u"no secure storage here"_s);
        Results results;
        store.write(u"acc"_s, u"api_key"_s, "value"_ba, nullptr, results.callback());
        store.read(u"acc"_s, u"api_key"_s, nullptr, results.callback());
        store.removeAll(u"acc"_s, nullptr, results.callback());
        QTRY_COMPARE(results.list.size(), 3);
        for (const CredentialResult& result : std::as_const(results.list)) {
            QCOMPARE(result.status, Status::Unavailable);
            QCOMPARE(result.message, u"no secure storage here"_s);
            QVERIFY(result.secret.isEmpty());
        }
        QCOMPARE(store.size(), 0);

        bool answered = false;
        store.checkAvailability(nullptr, [&](bool ok, const QString& message) {
            answered = true;
            QVERIFY(!ok);
            QCOMPARE(message, u"no secure storage here"_s);
        });
        QTRY_VERIFY(answered);

        store.setUnavailableForTesting({});
        Results after;
        store.write(u"acc"_s, u"api_key"_s, "value"_ba, nullptr, after.callback());
        QTRY_COMPARE(after.list.size(), 1);
        QCOMPARE(after.list.first().status, Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
