#include "api/core/vendortext.h"

#include "api/core/urlpolicy.h"

namespace rd {

QString safeText(const QString& raw) {
    QString text = raw.simplified();
    if (text.isEmpty() || text.startsWith(u'<'))
        return {};
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    text = stripUrlQueries(text);
    if (text.size() > 300)
        text = text.left(299) + u'…';
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace rd
