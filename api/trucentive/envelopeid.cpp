// Envelope IDs typed or pasted by an agent (see parseEnvelopeIdInput in trucentivetypes.h for the rules).
// The input may be a redemption link, which is money: nothing here logs it.

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include "api/trucentive/trucentivetypes.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

// What a link's last path segment must look like to be taken for an ID: the doc's example format (upper-case
// letters), widened to digits, with at least one letter.
bool looksLikePathId(const QString& segment) {
    static const QRegularExpression re(u"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,64}$"_s);
    return re.match(segment).hasMatch();
}

} // namespace

bool looksLikeEnvelopeId(const QString& text) {
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{4,64}$"_s);
    return re.match(text).hasMatch();
}

EnvelopeIdInput parseEnvelopeIdInput(const QString& input) {
    EnvelopeIdInput out;
    // Surrounding whitespace goes; inside, only line breaks and tabs (a pasted link may wrap). A space inside
    // stays, so a typed sentence ("my gift never arrived") is not taken for an ID.
    QString text = input.trimmed();
    text.removeIf([](QChar c) { return c == u'\n' || c == u'\r' || c == u'\t'; });
    if (text.isEmpty()) {
        out.problem =
            QCoreApplication::translate("rd::TruCentiveTypes", "Enter an envelope ID, for example CDVLBYYIOPHLJVWYEF.");
        return out;
    }

    const bool isLink =
        text.startsWith(u"https://"_s, Qt::CaseInsensitive) || text.startsWith(u"http://"_s, Qt::CaseInsensitive);
    if (!isLink) {
        if (looksLikeEnvelopeId(text)) {
            out.id = text;
            out.source = EnvelopeIdInput::Source::Bare;
        } else {
            out.problem = QCoreApplication::translate(
                "rd::TruCentiveTypes",
                "This is not an envelope ID. An envelope ID looks like CDVLBYYIOPHLJVWYEF (letters and "
                "digits only).");
        }
        return out;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        out.problem = QCoreApplication::translate("rd::TruCentiveTypes",
                                                  "The link could not be read. Paste the envelope ID instead.");
        return out;
    }

    QStringList candidates;
    const QUrlQuery query(url);
    static const QStringList names = {u"envelope_uuid"_s, u"envelope_id"_s, u"envelope"_s, u"id"_s};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        if (names.contains(item.first.toLower()) && looksLikeEnvelopeId(item.second) &&
            !candidates.contains(item.second))
            candidates.append(item.second);
    }
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    QString pathCandidate;
    if (!segments.isEmpty() && looksLikePathId(segments.last()))
        pathCandidate = segments.last();

    if (candidates.size() > 1 ||
        (candidates.size() == 1 && !pathCandidate.isEmpty() && pathCandidate != candidates[0])) {
        out.problem = QCoreApplication::translate(
            "rd::TruCentiveTypes",
            "The link contains more than one possible envelope ID. Paste the envelope ID itself.");
        return out;
    }
    if (candidates.size() == 1) {
        out.id = candidates.first();
        out.source = EnvelopeIdInput::Source::LinkQuery;
        return out;
    }
    if (!pathCandidate.isEmpty()) {
        out.id = pathCandidate;
        out.source = EnvelopeIdInput::Source::LinkPath;
        return out;
    }
    out.problem = QCoreApplication::translate(
        "rd::TruCentiveTypes",
        "No envelope ID was found in the link. TruCentive does not document its link format: paste the "
        "envelope ID itself (it looks like CDVLBYYIOPHLJVWYEF).");
    return out;
}

} // namespace rd::trucentive
