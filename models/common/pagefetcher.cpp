#include "models/common/pagefetcher.h"

namespace rd {

PageFetcher::PageFetcher(PageSource source, PagingStyle style, int pageSize, qint64 maxItems)
    : m_source(std::move(source))
    , m_style(style)
    , m_pageSize(pageSize)
    , m_maxItems(maxItems) {
    m_pager.emplace(m_style, m_pageSize, m_maxItems);
}

PageFetcher::~PageFetcher() {
    cancel();
}

void PageFetcher::reset() {
    cancel();
    m_pager.emplace(m_style, m_pageSize, m_maxItems);
    m_lastItemCount = 0;
}

void PageFetcher::cancel() {
    m_current.reset();
    const CallHandle call = std::exchange(m_call, {});
    call.cancel();
    cancelAhead();
}

void PageFetcher::cancelAhead() {
    if (!m_ahead)
        return;
    const CallHandle call = m_ahead->call;
    m_ahead.reset();
    call.cancel();
}

void PageFetcher::request(QObject* context, Reply reply) {
    QUrlQuery wanted;
    m_pager->applyTo(&wanted);
    if (m_ahead && m_ahead->query == wanted && !m_ahead->adopted) {
        if (m_ahead->result) { // it already answered
            ApiResult<HttpResponse> result = std::move(*m_ahead->result);
            m_ahead.reset();
            reply(std::move(result));
        } else {
            m_ahead->adopted = true;
            m_ahead->reply = std::move(reply);
        }
        return;
    }
    cancelAhead(); // the guess was wrong (short page, capped page size...)
    const quint64 serial = ++m_serial;
    m_current = serial;
    const CallHandle call =
        m_source(*m_pager, context, [this, serial, reply = std::move(reply)](ApiResult<HttpResponse> r) {
            if (m_current != serial)
                return;
            m_current.reset();
            m_call = {};
            reply(std::move(r));
        });
    if (m_current == serial) // not answered synchronously
        m_call = call;
}

void PageFetcher::readAhead(QObject* context) {
    // Only when the server announced its total: then the guess knows where the list ends, and nothing is wasted
    // unless a page comes back short or the server misbehaves.
    if (m_current || m_ahead || !m_source || !m_pager->totalItems())
        return;
    Pager guess = *m_pager;
    PageMeta full;
    full.itemCount = m_lastItemCount > 0 ? m_lastItemCount : m_pageSize;
    full.totalItems = guess.totalItems();
    if (guess.advance(full) != Pager::Step::More)
        return;
    const quint64 serial = ++m_serial;
    m_ahead.emplace();
    m_ahead->serial = serial;
    guess.applyTo(&m_ahead->query);
    const CallHandle call = m_source(guess, context, [this, serial](ApiResult<HttpResponse> r) {
        if (!m_ahead || m_ahead->serial != serial)
            return;
        if (m_ahead->adopted) {
            Reply reply = std::move(m_ahead->reply);
            m_ahead.reset();
            reply(std::move(r));
        } else {
            m_ahead->call = {};
            m_ahead->result.emplace(std::move(r));
        }
    });
    if (m_ahead && m_ahead->serial == serial && !m_ahead->result)
        m_ahead->call = call;
}

} // namespace rd
