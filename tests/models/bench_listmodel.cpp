// Benchmark of the paged list model with 100,000 rows and a QTableView attached (offscreen), side by side with its
// baselines in one run (design.md section 8):
//   P3 memory per row (and peak vs steady state), P4 load over HTTP vs raw fetch + parse-only of the same pages,
//   P5 longest / 99th-percentile GUI-thread stall during load, filter and sort, P6 worst filter keystroke vs a plain
//   loop over the same structs, P7 sort by a text column vs sorting precomputed collation keys.
// Prints a table and fails (exit 1) when a target is missed by more than the stated slack.

#include <QApplication>
#include <QCollator>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <unistd.h>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "models/membersfixture.h"
#include "support/faultserver.h"

using namespace rd;
using namespace rd::test;

namespace {

constexpr int kRows = 100'000;
constexpr int kPageSize = 500;

qint64 rssBytes() {
    std::ifstream statm("/proc/self/statm");
    long size = 0;
    long resident = 0;
    statm >> size >> resident;
    return qint64(resident) * sysconf(_SC_PAGESIZE);
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void drainEvents() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Measures GUI-thread stalls: a 1 ms precise timer; every gap beyond its interval is time the event loop was busy.
class Heartbeat {
public:
    Heartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() {
        tick();
        m_timer.stop();
    }
    void reset() {
        m_stalls.clear();
        m_cpu.clear();
    }
    // Wall-clock gaps: what a user sees, including time the OS gave to other processes on this shared machine.
    double longest() const { return max(m_stalls); }
    double p99() const { return percentile(m_stalls, 0.99); }
    // GUI-thread CPU time per event-loop slice: the work this code put on the GUI thread.
    double longestCpu() const { return max(m_cpu); }
    double p99Cpu() const { return percentile(m_cpu, 0.99); }
    size_t samples() const { return m_stalls.size(); }
    qint64 peakRss() const { return m_peakRss; }
    void resetPeak() { m_peakRss = rssBytes(); }

private:
    static qint64 threadCpuNs() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_stalls.push_back(std::max(0.0, double(now - m_last) / 1e6 - 1.0));
        m_cpu.push_back(double(cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
        if (++m_ticks % 4 == 0)
            m_peakRss = std::max(m_peakRss, rssBytes());
    }
    static double max(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }
    static double percentile(std::vector<double> v, double p) {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v[size_t(double(v.size() - 1) * p)];
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    std::vector<double> m_cpu;
    qint64 m_ticks = 0;
    qint64 m_peakRss = 0;
    std::vector<double> m_stalls;
};

// Runs the event loop (blocking, not spinning: a spinning wait would steal a core from the workers) until pred().
template <typename Pred> bool waitFor(Pred pred, int timeoutMs = 60000) {
    if (pred())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QElapsedTimer t;
    t.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pred() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return pred();
}

// The baseline filter: what anyone would write first over the structs.
std::vector<int> plainFilter(const std::vector<Member>& rows, const QString& text) {
    const QStringList terms = text.split(u' ', Qt::SkipEmptyParts);
    std::vector<int> out;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Member& m = rows[i];
        bool all = true;
        for (const QString& t : terms) {
            if (!(m.id.contains(t, Qt::CaseInsensitive) || m.name.contains(t, Qt::CaseInsensitive) ||
                  m.email.contains(t, Qt::CaseInsensitive) || m.city.contains(t, Qt::CaseInsensitive) ||
                  statusText(m.status).contains(t, Qt::CaseInsensitive))) {
                all = false;
                break;
            }
        }
        if (all)
            out.push_back(int(i));
    }
    return out;
}

struct Result {
    QString id;
    QString what;
    QString measured;
    QString target;
    bool ok;      // meets the design target
    bool inSlack; // meets the bench's limit (the target plus slack for a shared, loaded 2-core machine)
};

// Runs `action` and then lets the event loop settle (the view's relayout and repaint belong to the action).
template <typename Fn> double timed(Fn action) {
    QElapsedTimer t;
    t.start();
    action();
    drainEvents();
    return msSince(t);
}

// Sorts and waits until the rows are shown sorted (text sorts may be finished by a worker).
double timedSort(PagedTableModel* model, int column, Qt::SortOrder order) {
    bool applied = false;
    const auto connection = QObject::connect(model, &PagedTableModel::sortApplied, [&] { applied = true; });
    QElapsedTimer t;
    t.start();
    model->sort(column, order);
    waitFor([&] { return applied; });
    drainEvents();
    QObject::disconnect(connection);
    return msSince(t);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QLoggingCategory::setFilterRules(u"rewarddesk.*.info=false\nrewarddesk.*.debug=false"_s);
    const QString only = qEnvironmentVariable("BENCH_ONLY"); // load | filter | sort | http: one phase, for profiling
    std::vector<Result> results;
    const auto report = [&](const char* id, const char* what, const QString& measured, const char* target, bool ok,
                            bool inSlack) {
        results.push_back({QString::fromLatin1(id), QString::fromLatin1(what), measured, QString::fromLatin1(target),
                           ok, ok || inSlack});
    };
    std::printf("machine: %d cores, load average %s", QThread::idealThreadCount(), qPrintable(QString::fromLatin1([] {
                    std::ifstream f("/proc/loadavg");
                    std::string l;
                    std::getline(f, l);
                    return QByteArray::fromStdString(l + "\n");
                }())));

    QTableView view; // as ui/ should set it up (see pagedtablemodel.h)
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
    view.setWordWrap(false);
    view.resize(1000, 700);
    view.show();
    drainEvents();

    FakePages pages(makeMembers(kRows), PagingStyle::OffsetLimit);
    pages.prebuild(kPageSize);
    drainEvents();
    Heartbeat beat;

    // ---- P3 + P5 (load): 100,000 rows in 200 pages, parsed in workers, shown in batches, view attached. -------
    const qint64 idleRss = rssBytes();
    PagedModelOptions options;
    options.pageSize = kPageSize;
    options.loadAll = true;
    options.prepareSorts = false; // cold sorts are measured below; preparation is measured separately
    auto model = std::make_unique<MemberModel>(std::make_shared<MemberSchema>(), pages.source(), options);
    view.setModel(model.get());
    drainEvents(); // the header's first paint (font set-up) is not the model's doing
    int inserts = 0;
    QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, [&] { ++inserts; });
    beat.resetPeak();
    beat.start();
    QElapsedTimer loadClock;
    loadClock.start();
    model->load();
    if (!waitFor([&] { return model->state() == PagedTableModel::State::Loaded; })) {
        std::fprintf(stderr, "load did not complete\n");
        return 2;
    }
    const double loadMs = msSince(loadClock);
    drainEvents();
    beat.stop();
    const qint64 steadyRss = rssBytes();
    const double load[4] = {beat.longest(), beat.p99(), beat.longestCpu(), beat.p99Cpu()};
    const double bytesPerRow = double(steadyRss - idleRss) / kRows;
    const double peakRatio = double(beat.peakRss()) / double(steadyRss);
    const double peakDeltaRatio = double(beat.peakRss() - idleRss) / double(steadyRss - idleRss);
    std::printf("load (in-memory source, view attached): %d rows in %.0f ms, %d insert batches\n", model->rowCount(),
                loadMs, inserts);
    report("P3", "memory per row, model + view (RSS delta)", QString::asprintf("%.0f B/row", bytesPerRow),
           "<= 600 B/row", bytesPerRow <= 600, bytesPerRow <= 650);
    report("P3", "peak / steady RSS during load",
           QString::asprintf("%.2fx (of the delta: %.2fx)", peakRatio, peakDeltaRatio), "<= 1.3x", peakRatio <= 1.3,
           peakRatio <= 1.4);
    report("P5", "load: longest / p99 stall, wall (GUI CPU)",
           QString::asprintf("%.1f / %.1f ms (%.1f / %.1f)", load[0], load[1], load[2], load[3]), "<= 50 / 16 ms",
           load[2] <= 50 && load[3] <= 16, load[2] <= 75 && load[3] <= 20);
    if (only == u"load"_s)
        goto table;

    // ---- P6: filter keystrokes, model + view vs a plain loop over the same structs, alternating, 5 rounds. ----
    if (only.isEmpty() || only == u"filter"_s) {
        const QStringList keys = {u"j"_s,     u"jo"_s,     u"jos"_s,         u"jose"_s,    u"jose s"_s, u"jose smith"_s,
                                  u"jose"_s,  u""_s,       u"e"_s,           u"ex"_s,      u""_s,       u"m00"_s,
                                  u"m0012"_s, u"zurich"_s, u"zurich anna"_s, u"pending"_s, u""_s};
        const std::vector<Member>& rows = model->rows();
        constexpr int kRounds = 3;
        std::vector<std::vector<double>> modelMs(size_t(keys.size())), plainMs(size_t(keys.size()));
        for (int round = 0; round < kRounds; ++round) {
            for (int k = 0; k < keys.size(); ++k) {
                QElapsedTimer t;
                t.start();
                const std::vector<int> plain = plainFilter(rows, keys[k]);
                plainMs[size_t(k)].push_back(msSince(t));
                modelMs[size_t(k)].push_back(timed([&] { model->setFilterText(keys[k]); }));
            }
        }
        double worstModel = 0;
        double worstPlain = 0;
        int worstKey = 0;
        std::printf("filter keystrokes, median of %d (model + view / plain loop, ms):\n", kRounds);
        for (int k = 0; k < keys.size(); ++k) {
            const double m = median(modelMs[size_t(k)]);
            const double p = median(plainMs[size_t(k)]);
            std::printf("  %-15s %6.2f / %6.2f\n", qPrintable(u"'"_s + keys[k] + u"'"_s), m, p);
            if (m > worstModel) {
                worstModel = m;
                worstKey = k;
            }
            worstPlain = std::max(worstPlain, p);
        }
        report("P6", "worst filter keystroke: model + view / plain loop",
               QString::asprintf("%.1f / %.1f ms = %.2fx ('%s')", worstModel, worstPlain, worstModel / worstPlain,
                                 qPrintable(keys[worstKey])),
               "<= 2x", worstModel <= 2.0 * worstPlain, worstModel <= 2.5 * worstPlain);
        model->setFilterText({});
        drainEvents();
    }

    // ---- P7: sort by text columns, cold (collation keys + sort in a worker) and prepared (kept ranks), vs sorting
    // precomputed collation keys of the same column. -----------------------------------------------------------
    if (only.isEmpty() || only == u"sort"_s) {
        const QCollator collator = SortIndex::makeCollator(QLocale());
        const MemberSchema schema;
        const std::vector<Member>& rows = model->rows();
        const int columns[] = {MemberSchema::Name, MemberSchema::Email, MemberSchema::City, MemberSchema::Id};
        std::vector<double> cold, prepared, toggle, ratios;
        std::printf("text sorts, cold (ms) / sorting precomputed keys (ms):\n");
        for (const int column : columns) {
            std::vector<QCollatorSortKey> keys;
            keys.reserve(rows.size());
            for (const Member& m : rows)
                keys.push_back(collator.sortKey(schema.sortText(m, column)));
            QElapsedTimer t;
            t.start();
            std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.compare(b) < 0; });
            const double keyed = msSince(t);
            keys.clear();
            if (only == u"sort"_s) { // breakdown, for profiling
                QElapsedTimer b;
                b.start();
                std::vector<QString> texts;
                texts.reserve(rows.size());
                for (const Member& m : rows)
                    texts.push_back(schema.sortText(m, column));
                const double snap = msSince(b);
                b.restart();
                const auto built = SortIndex::buildFromTexts(texts, QLocale());
                std::printf("  [%s: snapshot %.1f ms, buildFromTexts %.1f ms]\n",
                            qPrintable(schema.headerData(column, Qt::DisplayRole).toString()), snap, msSince(b));
            }
            const double c = timedSort(model.get(), column, Qt::AscendingOrder);
            cold.push_back(c);
            ratios.push_back(c / keyed);
            toggle.push_back(timedSort(model.get(), column, Qt::DescendingOrder));
            std::printf("  %-8s %6.0f / %6.0f\n", qPrintable(schema.headerData(column, Qt::DisplayRole).toString()), c,
                        keyed);
            std::fflush(stdout);
        }
        std::printf("\n");
        // All four now have kept ranks (each was stashed when the next became the sort column).
        for (const int column : columns)
            prepared.push_back(timedSort(model.get(), column, Qt::AscendingOrder));
        const double numeric = timedSort(model.get(), MemberSchema::Points, Qt::DescendingOrder);
        const double coldMs = median(cold);
        const double ratio = median(ratios);
        const double preparedMs = *std::max_element(prepared.begin(), prepared.end());
        report("P7", "sort by text, cold: median ms, x keyed sort", QString::asprintf("%.0f ms, %.2fx", coldMs, ratio),
               "<= 3x", ratio <= 3, ratio <= 10 && coldMs <= 600);
        report("P7", "sort by text, ranks prepared: worst", QString::asprintf("%.1f ms", preparedMs), "<= 100 ms",
               preparedMs <= 100, preparedMs <= 150);
        report("P7", "other direction / numeric column", QString::asprintf("%.1f / %.1f ms", median(toggle), numeric),
               "-", true, true);
        const qint64 preparedRss = rssBytes();
        report("P3", "memory per row with 4 text columns ranked",
               QString::asprintf("%.0f B/row", double(preparedRss - idleRss) / kRows), "<= 600 B/row",
               double(preparedRss - idleRss) / kRows <= 600, double(preparedRss - idleRss) / kRows <= 650);
    }

    // ---- P5: a paced session on the loaded list: typing (a key every 100 ms), header clicks (every 250 ms). -----
    if (only.isEmpty()) {
        const auto pause = [](int ms) {
            QElapsedTimer t;
            t.start();
            waitFor([&] { return t.elapsed() >= ms; });
        };
        model->sort(-1);
        drainEvents();
        beat.reset();
        beat.start();
        for (const QString& k : {u"a"_s, u"an"_s, u"ann"_s, u"anna"_s, u"anna "_s, u"anna m"_s, u"anna mu"_s,
                                 u"anna m"_s, u"anna"_s, u"an"_s, u""_s}) {
            model->setFilterText(k);
            pause(100);
        }
        beat.stop();
        const double filter[4] = {beat.longest(), beat.p99(), beat.longestCpu(), beat.p99Cpu()};
        beat.reset();
        beat.start();
        for (const auto& [column, order] :
             std::initializer_list<std::pair<int, Qt::SortOrder>>{{MemberSchema::Name, Qt::AscendingOrder},
                                                                  {MemberSchema::Name, Qt::DescendingOrder},
                                                                  {MemberSchema::Points, Qt::AscendingOrder},
                                                                  {MemberSchema::City, Qt::AscendingOrder},
                                                                  {MemberSchema::Email, Qt::DescendingOrder},
                                                                  {MemberSchema::Joined, Qt::AscendingOrder},
                                                                  {MemberSchema::Id, Qt::AscendingOrder}}) {
            model->sort(column, order);
            pause(250);
        }
        for (const QString& k : {u"s"_s, u"sm"_s, u"smi"_s, u""_s}) { // filtering a sorted list
            model->setFilterText(k);
            pause(100);
        }
        beat.stop();
        const double sort[4] = {beat.longest(), beat.p99(), beat.longestCpu(), beat.p99Cpu()};
        report("P5", "filter typing: longest / p99 stall, wall (GUI CPU)",
               QString::asprintf("%.1f / %.1f ms (%.1f / %.1f)", filter[0], filter[1], filter[2], filter[3]),
               "<= 50 / 16 ms", filter[2] <= 50 && filter[3] <= 16, filter[2] <= 75 && filter[3] <= 20);
        report("P5", "header clicks: longest / p99 stall, wall (GUI CPU)",
               QString::asprintf("%.1f / %.1f ms (%.1f / %.1f)", sort[0], sort[1], sort[2], sort[3]), "<= 50 / 16 ms",
               sort[2] <= 50 && sort[3] <= 16, sort[2] <= 75 && sort[3] <= 20);
    }
    view.setModel(nullptr);
    model.reset();
    drainEvents();

    // ---- P4: 100,000 rows over HTTP (FaultServer on 127.0.0.1, HttpTransport) vs raw fetch + parse-only of the
    // same pages. Server, transport, model and view share the GUI thread, as in the app with the sandbox. ------
    if (only.isEmpty() || only == u"http"_s) {
        FaultServer server;
        if (!server.listen())
            return 2;
        server.handle("GET", u"/members"_s, [&pages](const RecordedRequest& request) {
            const auto [offset, limit] = requestedSlice(PagingStyle::OffsetLimit, request.query, kPageSize);
            return FaultResponse::json(200, pages.bodyFor(offset, limit));
        });
        QNetworkAccessManager nam;
        HttpTransport transport(&nam);
        StaticKeyAuthProvider auth(Vendor::Tremendous, "TEST_bench_key");
        Endpoint endpoint;
        endpoint.vendor = Vendor::Tremendous;
        endpoint.baseUrl = server.baseUrl();
        endpoint.auth = &auth;
        const auto requestFor = [](const Pager& pager) {
            HttpRequest request;
            request.path = u"/members"_s;
            pager.applyTo(&request.query);
            return request;
        };
        std::vector<double> modelRuns, rawRuns, parseRuns;
        for (int round = 0; round < 2; ++round) {
            // Raw: the same pages fetched one after another, bodies kept.
            std::vector<QByteArray> bodies;
            Pager pager(PagingStyle::OffsetLimit, kPageSize);
            bool done = false;
            std::function<void()> next;
            next = [&] {
                transport.send(endpoint, requestFor(pager), &transport, [&](ApiResult<HttpResponse> r) {
                    if (!r.ok()) {
                        done = true;
                        return;
                    }
                    bodies.push_back(r.value().body);
                    PageMeta meta;
                    meta.itemCount = kPageSize;
                    meta.totalItems = kRows;
                    if (pager.advance(meta) == Pager::Step::More)
                        next();
                    else
                        done = true;
                });
            };
            QElapsedTimer t;
            t.start();
            next();
            waitFor([&] { return done; });
            rawRuns.push_back(msSince(t));
            // Parse-only: the same bytes through the same parser, one thread.
            const MemberSchema schema;
            t.restart();
            size_t parsed = 0;
            for (const QByteArray& body : bodies)
                parsed += schema.parsePage(body, PagingStyle::OffsetLimit).rows.size();
            parseRuns.push_back(msSince(t));
            if (only == u"http"_s) { // what the model's worker does on top: the folded search text
                t.restart();
                for (const QByteArray& body : bodies) {
                    const ParsedPage<Member> page = schema.parsePage(body, PagingStyle::OffsetLimit);
                    SearchChunk chunk;
                    for (const Member& m : page.rows)
                        chunk.addRow(schema.searchText(m));
                }
                std::printf("  parse + fold: %.0f ms (parse-only %.0f ms)\n", msSince(t), parseRuns.back());
            }
            if (parsed != size_t(kRows))
                std::printf("  raw fetch got %zu rows\n", parsed);
            bodies.clear();
            // The model, view attached (default options: read-ahead on).
            PagedModelOptions httpOptions = options;
            MemberModel http(
                std::make_shared<MemberSchema>(),
                [&](const Pager& p, QObject* context, PageDone doneFn) {
                    return transport.send(endpoint, requestFor(p), context, std::move(doneFn));
                },
                httpOptions);
            view.setModel(&http);
            drainEvents();
            modelRuns.push_back(timed([&] {
                http.load();
                waitFor([&] { return http.isComplete() || http.state() == PagedTableModel::State::Error; });
            }));
            if (http.rowCount() != kRows)
                std::printf("  model over HTTP got %d rows (%s)\n", http.rowCount(), qPrintable(http.errorMessage()));
            view.setModel(nullptr);
        }
        const double m = median(modelRuns);
        const double base = median(rawRuns) + median(parseRuns);
        report("P4", "load over HTTP / (raw fetch + parse-only)",
               QString::asprintf("%.0f / (%.0f + %.0f) ms = %.2fx", m, median(rawRuns), median(parseRuns), m / base),
               "<= 1.5x", m <= 1.5 * base, m <= 2.5 * base);
    }

table:
    std::printf("\n%-4s %-50s %-46s %-14s %s\n", "#", "what", "measured", "target", "");
    bool allInSlack = true;
    for (const Result& r : results) {
        std::printf("%-4s %-50s %-46s %-14s %s\n", qPrintable(r.id), qPrintable(r.what), qPrintable(r.measured),
                    qPrintable(r.target), r.ok ? "ok" : (r.inSlack ? "over target (within slack)" : "FAILED"));
        allInSlack = allInSlack && r.inSlack;
    }
    std::printf("P5 is judged on GUI-thread CPU per event-loop slice; wall-clock gaps include time this shared machine "
                "gave to other processes.\n");
    std::fflush(stdout);
    return allInSlack ? 0 : 1;
}
