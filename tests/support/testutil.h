#pragma once

// Small helpers shared by tests (header-only).
//   rd::test::CountingNam   QNetworkAccessManager that counts every request it is asked to create, so a test can
//                           prove that "nothing was sent" (no request object was even created).
//   rd::test::LogCapture    captures every Qt message (category + text) while alive, for secret-leak assertions.
//   rd::test::waitFor(...)  waits until a predicate holds, running a real event loop (QTest::qWaitFor sleeps 10 ms
//                           between event-processing rounds, which adds tens of ms to every HTTP round trip).

#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTest>
#include <QTimer>

namespace rd::test {

class CountingNam : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created() const { return m_created; }
    QList<QUrl> urls() const { return m_urls; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override {
        ++m_created;
        m_urls.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    int m_created = 0;
    QList<QUrl> m_urls;
};

// Installs a message handler for its lifetime; messages are still printed through the previous handler.
class LogCapture {
public:
    LogCapture() {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QStringList lines() const {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QStringList lines(const char* category) const {
        QMutexLocker lock(&m_mutex);
        QStringList out;
        const QString prefix = QLatin1String(category) + QLatin1String(": ");
        for (const QString& l : m_lines) {
            if (l.startsWith(prefix))
                out.append(l);
        }
        return out;
    }
    QString all() const { return lines().join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (LogCapture* self = s_current) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(QLatin1String(context.category ? context.category : "default") + QLatin1String(": ") +
                                 message);
            if (self->m_previous)
                self->m_previous(type, context, message);
        }
    }

    inline static LogCapture* s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs = 10000) {
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return predicate();
}

} // namespace rd::test
