#pragma once

#include <QUrlQuery>

#include <optional>

#include "models/common/pagesource.h"

class QObject;

namespace rd {

// Drives one walk through a paged list for PagedTableModel: the Pager (with its guards), the PageSource, and never
// more than one page request in flight.
//
// Read-ahead (used when the whole list is wanted): when a page's body has arrived and is being parsed, the page after
// it can be requested at once, assuming the page is as full as the previous one (a Pager copy advanced with that
// guess). When the parsed
// page confirms it (the real Pager asks for the same query), request() adopts that call or its stored answer;
// otherwise it is cancelled. Network time and parse time then overlap instead of adding up, and still only one
// request is ever in flight (read-ahead starts after the previous request completed). It is used only once the
// server has announced a total (so never for the first page, nor for TruCentive's bare arrays): the guess then knows
// where the list ends, and a request is wasted only when a page comes back short or the walk is stopped.
class PageFetcher {
public:
    using Reply = std::function<void(ApiResult<HttpResponse>)>;

    PageFetcher(PageSource source, PagingStyle style, int pageSize, qint64 maxItems);
    ~PageFetcher();
    PageFetcher(const PageFetcher&) = delete;
    PageFetcher& operator=(const PageFetcher&) = delete;

    bool hasSource() const { return bool(m_source); }
    const Pager& pager() const { return *m_pager; }
    // A fresh walk from the first page; cancels the request in flight and any read-ahead.
    void reset();
    // Feed the parsed page (see Pager::advance).
    Pager::Step advance(const PageMeta& meta) {
        m_lastItemCount = meta.itemCount;
        return m_pager->advance(meta);
    }

    // Requests the page the Pager wants next. `reply` runs once, possibly synchronously, on the thread of `context`
    // and only while it lives (PageSource contract) - unless cancel()/reset() comes first.
    void request(QObject* context, Reply reply);
    // Requests the page after the one currently being parsed (see above). No-op if a request is in flight or the
    // guess says the list ends here.
    void readAhead(QObject* context);
    // Cancels the request in flight and the read-ahead.
    void cancel();
    bool isRequestInFlight() const { return m_current.has_value() || (m_ahead && m_ahead->adopted); }

private:
    struct Ahead {
        quint64 serial = 0;
        QUrlQuery query;
        CallHandle call;
        std::optional<ApiResult<HttpResponse>> result;
        bool adopted = false;
        Reply reply;
    };
    void cancelAhead();

    PageSource m_source;
    PagingStyle m_style;
    int m_pageSize;
    qint64 m_maxItems;
    std::optional<Pager> m_pager;
    std::optional<quint64> m_current; // serial of the request in flight
    CallHandle m_call;
    std::optional<Ahead> m_ahead;
    quint64 m_serial = 0;
    int m_lastItemCount = 0; // the guess for the next page's size (a server may cap it below pageSize)
};

} // namespace rd
