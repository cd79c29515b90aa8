#include "api/journal/secretguard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rd::SecretGuard {

namespace {

// Group 1, when present, is a label kept by redact(); the rest of the match is the secret.
const QList<QRegularExpression>& patterns() {
    static const QList<QRegularExpression> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<QRegularExpression> l;
        // Header-like and assignment-like forms: "x-api-key: X", "api_key=X", "client_secret: X", ...
        const QString names = uR"(x-api-key|api[_-]?key|apikey|client[_-]?secret|access[_-]?token|refresh[_-]?token)"
                              uR"(|id[_-]?token)"_s;
        l.append(QRegularExpression(uR"((\b(?:)"_s + names + uR"()["']?\s*[:=]\s*["']?)[A-Za-z0-9._~+/=-]{6,})"_s, ci));
        // An Authorization header with a credential-looking value ("Authorization: supervisor ok" is not one).
        l.append(QRegularExpression(
            uR"((\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic)\s+)?[A-Za-z0-9._~+/=-]{16,})"_s,
            ci));
        // "Bearer <token>" anywhere.
        l.append(QRegularExpression(uR"((\bbearer\s+)[A-Za-z0-9._~+/=-]{16,})"_s, ci));
        // Tremendous-style keys.
        l.append(QRegularExpression(uR"(()\b(?:TEST|PROD)_[A-Za-z0-9_-]{16,})"_s));
        // A JWT (header.payload.signature, base64url, header starting with {" = eyJ).
        l.append(QRegularExpression(uR"(()\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)"_s));
        // A PEM private key block (or its first line).
        l.append(QRegularExpression(
            uR"(()-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))"_s));
        return l;
    }();
    return list;
}

} // namespace

bool looksLikeSecret(const QString& text) {
    if (text.isEmpty())
        return false;
    for (const QRegularExpression& re : patterns()) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

QString redact(const QString& text) {
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QRegularExpression& re : patterns())
        out.replace(re, u"\\1[redacted]"_s);
    return out;
}

} // namespace rd::SecretGuard
