#pragma once

#include <QSet>
#include <QString>

namespace rd {

// Makes equal strings share one copy: values that repeat across a page of rows (campaign ids, channels, countries)
// then cost one pointer per row instead of one heap block each. One interner per page (it is not thread-safe; a
// page is parsed in one worker).
class StringInterner {
public:
    void apply(QString* s) {
        if (s->isEmpty())
            return;
        const auto it = m_pool.constFind(*s);
        if (it != m_pool.cend())
            *s = *it;
        else
            m_pool.insert(*s);
    }

private:
    QSet<QString> m_pool;
};

} // namespace rd
