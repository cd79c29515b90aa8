#pragma once

// Synthetic member-like rows for the paged model tests and the list benchmark: a lean row struct, its RowSchema
// (parsing the four vendors' page shapes with parseJsonRows), a deterministic data set, JSON page bodies in each
// paging style, and FakePages, an in-memory PageSource that answers asynchronously (QTimer) like the transport.

#include <QCoreApplication>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <map>
#include <memory>
#include <random>
#include <utility>
#include <vector>

#include "models/common/jsonpage.h"
#include "models/common/pagedrowmodel.h"

using namespace Qt::StringLiterals;

namespace rd::test {

struct Member {
    enum Status : quint8 { Active, Pending, Suspended };
    QString id;
    QString name;
    QString email;
    QString city;
    qint64 points = 0;
    qint64 joinedMs = 0;
    Status status = Active;
};

inline QString statusText(Member::Status status) {
    switch (status) {
    case Member::Active:
        return u"active"_s;
    case Member::Pending:
        return u"pending"_s;
    case Member::Suspended:
        return u"suspended"_s;
    }
    return {};
}

class MemberSchema : public RowSchema<Member> {
public:
    enum Column { Id, Name, Email, City, Status, Points, Joined, ColumnCount };

    // `columns`: show only the first n columns (QAbstractItemModelTester visits every cell on every signal, so the
    // 100,000-row test uses two).
    explicit MemberSchema(int columns = ColumnCount)
        : m_columns(columns) {}

    static QString itemsPath(PagingStyle style) {
        switch (style) {
        case PagingStyle::OffsetLimit:
            return u"members"_s;
        case PagingStyle::PagePerPage:
            return u"data.members"_s;
        case PagingStyle::PageRowsPage:
            return u"data"_s;
        case PagingStyle::PageOnly:
            return {};
        }
        return {};
    }

    ParsedPage<Member> parsePage(const QByteArray& body, PagingStyle style) const override {
        return parseJsonRows<Member>(body, style, itemsPath(style), u"id"_s, [](const QJsonObject& o) {
            Member m;
            m.id = o.value(u"id"_s).toString();
            m.name = o.value(u"name"_s).toString();
            m.email = o.value(u"email"_s).toString();
            m.city = o.value(u"city"_s).toString();
            m.points = qint64(o.value(u"points"_s).toDouble());
            m.joinedMs = qint64(o.value(u"joined"_s).toDouble());
            const QString status = o.value(u"status"_s).toString();
            m.status = status == u"pending"_s ? Member::Pending
                                              : (status == u"suspended"_s ? Member::Suspended : Member::Active);
            return m;
        });
    }
    QString searchText(const Member& m) const override {
        return m.id + u' ' + m.name + u' ' + m.email + u' ' + m.city + u' ' + statusText(m.status);
    }
    int columnCount() const override { return m_columns; }
    QVariant headerData(int column, int role) const override {
        static const char* const titles[] = {"ID", "Name", "E-mail", "City", "Status", "Points", "Joined"};
        if (role != Qt::DisplayRole || column < 0 || column >= ColumnCount)
            return {};
        return QCoreApplication::translate("MemberSchema", titles[column]);
    }
    QVariant data(const Member& m, int column, int role) const override {
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case Id:
            return m.id;
        case Name:
            return m.name;
        case Email:
            return m.email;
        case City:
            return m.city;
        case Status:
            return statusText(m.status);
        case Points:
            return m.points;
        case Joined:
            return m.joinedMs;
        }
        return {};
    }
    QString id(const Member& m) const override { return m.id; }
    PagedTableModel::SortKind sortKind(int column) const override {
        return column == Points || column == Joined ? PagedTableModel::SortKind::Number
                                                    : PagedTableModel::SortKind::Text;
    }
    QString sortText(const Member& m, int column) const override {
        switch (column) {
        case Id:
            return m.id;
        case Name:
            return m.name;
        case Email:
            return m.email;
        case City:
            return m.city;
        case Status:
            return statusText(m.status);
        }
        return {};
    }
    double sortNumber(const Member& m, int column) const override {
        return column == Points ? double(m.points) : (column == Joined ? double(m.joinedMs) : std::nan(""));
    }

private:
    int m_columns;
};

// Deterministic members: a mix of ASCII and accented names/cities, duplicates in every column (ties).
inline std::vector<Member> makeMembers(int count, unsigned seed = 42) {
    static const char* const first[] = {"Jane", "John",  "Émile", "Zoë",   "Ana",  "Bob",  "Chloé", "David",
                                        "Eve",  "Frank", "Grace", "Heidi", "Iván", "Judy", "Anna",  "José"};
    static const char* const last[] = {"Smith", "Müller", "O'Brien", "van Dijk", "Nguyen",   "Ångström",
                                       "Lee",   "García", "Brown",   "Özil",     "Kowalski", "Annan"};
    static const char* const cities[] = {"Zürich", "São Paulo", "Kraków", "Malmö", "New York", "London", "Berlin"};
    std::mt19937 rng(seed);
    std::vector<Member> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Member m;
        m.id = u"M%1"_s.arg(i + 1, 7, 10, QLatin1Char('0'));
        const QString f = QString::fromUtf8(first[rng() % std::size(first)]);
        const QString l = QString::fromUtf8(last[rng() % std::size(last)]);
        m.name = f + u' ' + l;
        m.email = QString(f + u'.' + l).toLower().remove(u'\'').remove(u' ') + QString::number(i) + u"@example.com"_s;
        m.city = QString::fromUtf8(cities[rng() % std::size(cities)]);
        m.points = qint64(rng() % 100000);
        m.joinedMs = 1'600'000'000'000LL + qint64(rng() % 100'000'000) * 1000;
        m.status = Member::Status(rng() % 3);
        out.push_back(std::move(m));
    }
    return out;
}

inline void appendJsonString(QByteArray* out, const QString& s) {
    out->append('"');
    out->append(s.toUtf8()); // the synthetic data has no quotes, backslashes or control characters
    out->append('"');
}

inline QByteArray memberJson(const Member& m) {
    QByteArray out;
    out.reserve(200);
    out.append("{\"id\":");
    appendJsonString(&out, m.id);
    out.append(",\"name\":");
    appendJsonString(&out, m.name);
    out.append(",\"email\":");
    appendJsonString(&out, m.email);
    out.append(",\"city\":");
    appendJsonString(&out, m.city);
    out.append(",\"status\":");
    appendJsonString(&out, statusText(m.status));
    out.append(",\"points\":").append(QByteArray::number(m.points));
    out.append(",\"joined\":").append(QByteArray::number(m.joinedMs));
    out.append(",\"tier\":\"gold\",\"unknown_field\":[1,2,3]}"); // unknown fields are ignored
    return out;
}

// The body of the page [offset, offset + limit) of `members` in `style` (the vendor's shape and metadata).
inline QByteArray pageBody(const std::vector<Member>& members, PagingStyle style, qint64 offset, int limit) {
    const qint64 total = qint64(members.size());
    const qint64 end = std::min<qint64>(total, offset + limit);
    QByteArray items = "[";
    for (qint64 i = offset; i < end; ++i) {
        if (i > offset)
            items.append(',');
        items.append(memberJson(members[size_t(i)]));
    }
    items.append(']');
    const qint64 pages = limit > 0 ? (total + limit - 1) / limit : 0;
    const qint64 page = limit > 0 ? offset / limit + 1 : 1;
    switch (style) {
    case PagingStyle::OffsetLimit:
        return "{\"members\":" + items + ",\"total_count\":" + QByteArray::number(total) + "}";
    case PagingStyle::PagePerPage:
        return "{\"success\":true,\"data\":{\"total_pages\":" + QByteArray::number(pages) +
               ",\"total_entries\":" + QByteArray::number(total) + ",\"members\":" + items + "}}";
    case PagingStyle::PageRowsPage:
        return "{\"metaData\":{\"reportType\":\"customers\",\"totalRecords\":" + QByteArray::number(total) +
               ",\"totalPages\":" + QByteArray::number(pages) + ",\"activePage\":" + QByteArray::number(page) +
               "},\"data\":" + items + "}";
    case PagingStyle::PageOnly:
        return items;
    }
    return {};
}

// Which slice of the list a request asks for, from the query the Pager wrote. PageOnly has no size parameter:
// the server's own page size applies.
inline std::pair<qint64, int> requestedSlice(PagingStyle style, const QUrlQuery& query, int serverPageSize) {
    const auto num = [&](const char* key) { return query.queryItemValue(QString::fromLatin1(key)).toLongLong(); };
    switch (style) {
    case PagingStyle::OffsetLimit:
        return {num("offset"), int(num("limit"))};
    case PagingStyle::PagePerPage:
        return {(num("page") - 1) * num("per_page"), int(num("per_page"))};
    case PagingStyle::PageRowsPage:
        return {(num("page") - 1) * num("rowsPage"), int(num("rowsPage"))};
    case PagingStyle::PageOnly:
        return {(num("page") - 1) * serverPageSize, serverPageSize};
    }
    return {0, 0};
}

// An in-memory vendor list answering each page request asynchronously (QTimer), with injectable faults.
class FakePages {
public:
    FakePages(std::vector<Member> members, PagingStyle style)
        : m_members(std::move(members))
        , m_style(style) {}

    std::vector<Member>& members() { return m_members; }
    const std::vector<Member>& members() const { return m_members; }
    int requests = 0;     // page requests received
    int cancelled = 0;    // requests cancelled through their CallHandle before answering
    int delayMs = 0;      // answer after this long
    int slowRequest = -1; // this request (1-based) is answered after slowDelayMs instead
    int slowDelayMs = 10000;
    int serverPageSize = 100;        // PageOnly: the server's fixed page size
    int failRequest = -1;            // this request (1-based) fails with a server error
    int malformedRequest = -1;       // this request (1-based) gets a body that is not JSON
    int repeatFromPage = -1;         // from this page (1-based) on, the server serves page 1 again
    bool cacheBodies = false;        // keep built bodies (the benchmark pre-builds them)
    int maxLimit = 0;                // > 0: the server caps the page size (limit/per_page/rowsPage) at this
    int requestsWhileDelivering = 0; // requests that arrived while a reply was being delivered (read-ahead)
    QList<QUrlQuery> queries;

    QByteArray bodyFor(qint64 offset, int limit) {
        if (!cacheBodies)
            return pageBody(m_members, m_style, offset, limit);
        auto it = m_cache.find({offset, limit});
        if (it == m_cache.end())
            it = m_cache.emplace(std::make_pair(offset, limit), pageBody(m_members, m_style, offset, limit)).first;
        return it->second;
    }
    void prebuild(int limit) {
        cacheBodies = true;
        const int size = m_style == PagingStyle::PageOnly ? serverPageSize : limit;
        for (qint64 offset = 0; offset <= qint64(m_members.size()); offset += size)
            bodyFor(offset, size);
    }
    qsizetype cachedBytes() const {
        qsizetype n = 0;
        for (const auto& [key, body] : m_cache)
            n += body.size();
        return n;
    }

    PageSource source() {
        return [this](const Pager& pager, QObject* context, PageDone done) -> CallHandle {
            const int request = ++requests;
            QUrlQuery query;
            pager.applyTo(&query);
            queries.append(query);
            if (m_delivering)
                ++requestsWhileDelivering;
            auto [offset, limit] = requestedSlice(m_style, query, serverPageSize);
            if (maxLimit > 0)
                limit = std::min(limit, maxLimit);
            const qint64 page = limit > 0 ? offset / limit + 1 : 1;
            if (repeatFromPage > 0 && page >= repeatFromPage)
                offset = 0;
            std::optional<ApiResult<HttpResponse>> result;
            if (request == failRequest) {
                ApiError error;
                error.failure = FailureClass::Unknown;
                error.kind = ErrorKind::ServerError;
                error.httpStatus = 503;
                error.technical = u"HTTP 503 from the fake server"_s;
                result.emplace(error);
            } else {
                HttpResponse response;
                response.status = 200;
                response.body =
                    request == malformedRequest ? QByteArray("<html>Bad gateway</html>") : bodyFor(offset, limit);
                result.emplace(std::move(response));
            }
            auto pending = std::make_shared<bool>(true);
            QTimer::singleShot(request == slowRequest ? slowDelayMs : delayMs, context,
                               [this, pending, done = std::move(done), result = std::move(*result)] {
                                   if (!*pending)
                                       return;
                                   *pending = false;
                                   m_delivering = true;
                                   done(result);
                                   m_delivering = false;
                               });

            return CallHandle([this, pending] {
                if (*pending) {
                    *pending = false;
                    ++cancelled;
                }
            });
        };
    }

private:
    std::vector<Member> m_members;
    PagingStyle m_style;
    std::map<std::pair<qint64, int>, QByteArray> m_cache;
    bool m_delivering = false;
};

using MemberModel = PagedRowModel<Member>;

} // namespace rd::test
