#include "ui/common/clipboardguard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QByteArray digestOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT expired(clearNow()); });
}

ClipboardGuard::~ClipboardGuard() {
    if (!m_digest.isEmpty())
        clearNow();
}

void ClipboardGuard::copy(const QString& text) {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || text.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(text);
    m_timer.start(m_delay);
    Q_EMIT copied();
}

bool ClipboardGuard::stillOurs() const {
    QClipboard* clipboard = QGuiApplication::clipboard();
    return clipboard && !m_digest.isEmpty() && digestOf(clipboard->text(QClipboard::Clipboard)) == m_digest;
}

bool ClipboardGuard::clearNow() {
    m_timer.stop();
    const bool ours = stillOurs();
    if (ours)
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_digest.clear();
    return ours;
}

} // namespace rd
