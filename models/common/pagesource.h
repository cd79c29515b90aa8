#pragma once

#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "api/core/httprequest.h"
#include "api/core/paging.h"

#include <QString>

#include <chrono>
#include <functional>
#include <vector>

class QObject;

namespace rd {

// How a paged list model asks for one page. The vendor client applies pager.applyTo(&query) to its list request,
// sends it through the transport with `context` and returns the call's handle. Contract:
//  - `done` is called at most once, on the GUI thread, and only while `context` is alive (the transport guarantees
//    both); it may be called synchronously from inside the call (e.g. "no credential");
//  - cancelling the handle means `done` is never called;
//  - the body is handed over raw: the model parses it off the GUI thread.
// Example (in a vendor model's factory):
//     PageSource source = [client](const Pager& pager, QObject* context, PageDone done) {
//         return client->listOrders(pager, context, std::move(done));
//     };
using PageDone = std::function<void(ApiResult<HttpResponse>)>;
using PageSource = std::function<CallHandle(const Pager& pager, QObject* context, PageDone done)>;

// What the parse worker makes of one page body (RowSchema::parsePage). `meta.itemCount` is the number of items the
// page carried as sent (it drives the Pager); `error` (translated or technical, never containing the body) is set when
// the body is not a list page of the documented shape, and then `rows` is ignored.
template <typename Row> struct ParsedPage {
    std::vector<Row> rows;
    PageMeta meta;
    QString error;
};

struct PagedModelOptions {
    PagingStyle style = PagingStyle::OffsetLimit;
    int pageSize = 100;
    qint64 maxItems = 1'000'000; // Pager guard: a server that pretends to have more is stopped
    // false: load the first page, then one page per fetchMore() (the view asks when scrolled to the end).
    // true: keep loading until the list is complete (queues that must be whole, e.g. pending approvals).
    bool loadAll = false;
    // loadAll only: pause (state MoreAvailable) after this many more rows; fetchMore() resumes. 0 = no limit.
    qint64 loadAllChunk = 0;
    // loadAll only: request the next page while this one is parsed (PageFetcher), so network and parse overlap.
    bool readAhead = true;
    // Parsed rows reach the view at most this often while pages keep arriving (one insert signal per batch),
    // counted from the end of the previous batch.
    std::chrono::milliseconds batchInterval{75};
    // Sorting by a text column runs in a worker from this many rows up (below: at once, on the calling thread).
    int asyncSortThreshold = 5000;
    // Once loading pauses, rank every text column in a worker (4 bytes per row and column), so that clicking a
    // column header sorts at once instead of collating 100,000 strings first.
    bool prepareSorts = true;
};

} // namespace rd
