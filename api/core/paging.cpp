#include "api/core/paging.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// A non-negative integral count from a JSON number or digit string; nullopt when absent or mistyped.
std::optional<qint64> countOf(const QJsonValue& v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d >= 0 && std::trunc(d) == d && d <= 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

qint64 pagesFor(qint64 items, qint64 pageSize) {
    return pageSize <= 0 ? 0 : (items + pageSize - 1) / pageSize;
}

} // namespace

PageMeta readPageMeta(PagingStyle style, const QJsonObject& root, int itemCount, const QByteArray& fingerprint) {
    PageMeta meta;
    meta.itemCount = itemCount;
    meta.fingerprint = fingerprint;
    switch (style) {
    case PagingStyle::OffsetLimit: // Tremendous: {"orders": [...], "total_count": 123}
        meta.totalItems = countOf(root.value(u"total_count"_s));
        break;
    case PagingStyle::PagePerPage: { // Cheetah: {"success": true, "data": {"total_pages": N, "total_entries": M, ...}}
        // The offer certificates list has no data wrapper (catalog.md 3.3): fall back to the root.
        const QJsonValue data = root.value(u"data"_s);
        const QJsonObject holder = data.isObject() ? data.toObject() : root;
        meta.totalPages = countOf(holder.value(u"total_pages"_s));
        meta.totalItems = countOf(holder.value(u"total_entries"_s));
        break;
    }
    case PagingStyle::PageRowsPage: { // Trigg: {"metaData": {"totalRecords", "totalPages", "activePage"}}
        const QJsonObject md = root.value(u"metaData"_s).toObject();
        meta.totalItems = countOf(md.value(u"totalRecords"_s));
        meta.totalPages = countOf(md.value(u"totalPages"_s));
        meta.activePage = countOf(md.value(u"activePage"_s));
        break;
    }
    case PagingStyle::PageOnly: // TruCentive sessions: bare array, nothing to read
        break;
    }
    return meta;
}

Pager::Pager(PagingStyle style, int pageSize, qint64 maxItems)
    : m_style(style)
    , m_pageSize(qMax(1, pageSize))
    , m_maxItems(qMax<qint64>(1, maxItems)) {}

void Pager::applyTo(QUrlQuery* query) const {
    if (!query)
        return;
    auto set = [query](const QString& key, qint64 value) {
        query->removeAllQueryItems(key);
        query->addQueryItem(key, QString::number(value));
    };
    switch (m_style) {
    case PagingStyle::OffsetLimit:
        set(u"offset"_s, m_offset);
        set(u"limit"_s, m_pageSize);
        break;
    case PagingStyle::PagePerPage:
        set(u"page"_s, m_pageNumber);
        set(u"per_page"_s, m_pageSize);
        break;
    case PagingStyle::PageRowsPage:
        set(u"page"_s, m_pageNumber);
        set(u"rowsPage"_s, m_pageSize);
        break;
    case PagingStyle::PageOnly:
        set(u"page"_s, m_pageNumber);
        break;
    }
}

int Pager::maxItemsForText() const {
    return m_maxItems > INT_MAX ? INT_MAX : int(m_maxItems);
}

Pager::Step Pager::advance(const PageMeta& meta) {
    if (m_finished)
        return m_stopReason.isEmpty() ? Step::Done : Step::Stopped;

    auto done = [this] {
        m_finished = true;
        return Step::Done;
    };
    auto stop = [this](const QString& reason) {
        m_finished = true;
        m_stopReason = reason;
        return Step::Stopped;
    };

    if (meta.itemCount <= 0)
        return done();

    if (!meta.fingerprint.isEmpty() && meta.fingerprint == m_lastFingerprint)
        return stop(QCoreApplication::translate(
            "rd::Pager", "The server sent the same page twice, so loading stopped to avoid an endless list. "
                         "The list may be incomplete; refresh to try again."));
    m_lastFingerprint = meta.fingerprint;

    m_items += meta.itemCount;
    if (m_items > m_maxItems) {
        m_items = m_maxItems;
        return stop(QCoreApplication::translate("rd::Pager",
                                                "The list has more than %n item(s), more than RewardDesk loads at "
                                                "once. Narrow the search to see the rest.",
                                                nullptr, maxItemsForText()));
    }
    if (m_firstPageCount < 0)
        m_firstPageCount = meta.itemCount;

    // Best known total, kept sane: never below what arrived, never above maxItems.
    const bool totalSane = meta.totalItems && *meta.totalItems <= m_maxItems;
    if (totalSane)
        m_totalItems = qMax(*meta.totalItems, m_items);

    // The effective page size: a server may cap per_page below what we asked for.
    const qint64 effectivePageSize = qMax<qint64>(1, qMin<qint64>(m_pageSize, m_firstPageCount));

    std::optional<qint64> totalPages = meta.totalPages;
    bool clampedToMax = false;
    if (totalPages) {
        // Clamp an absurd page count (a billion) to what the item total allows, else to what maxItems allows.
        const qint64 allowed = totalSane ? pagesFor(qMax(*meta.totalItems, m_items), effectivePageSize)
                                         : pagesFor(m_maxItems, effectivePageSize);
        if (*totalPages > allowed) {
            totalPages = qMax<qint64>(allowed, m_pageNumber);
            clampedToMax = !totalSane;
        }
    }

    ++m_pageNumber;
    m_offset += meta.itemCount;

    if (totalSane && m_items >= *meta.totalItems)
        return done();
    if (totalPages && m_pageNumber > *totalPages) {
        if (clampedToMax)
            return stop(QCoreApplication::translate("rd::Pager",
                                                    "The server reported far more pages than RewardDesk loads at "
                                                    "once (more than %n item(s)). Narrow the search to see the rest.",
                                                    nullptr, maxItemsForText()));
        return done();
    }
    if (m_style == PagingStyle::PageOnly && meta.itemCount < m_firstPageCount)
        return done();
    if (!meta.totalItems && !meta.totalPages && m_style != PagingStyle::PageOnly && meta.itemCount < m_pageSize)
        return done(); // no totals reported (e.g. Tremendous balance transactions): a short page is the last
    return Step::More;
}

} // namespace rd
