#include "models/common/columnranker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "models/common/sortindex.h"

namespace rd {

ColumnRanker::ColumnRanker(Hooks hooks, const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
    , m_locale(locale) {
    m_prepareTimer.setSingleShot(true);
    m_prepareTimer.setInterval(300);
    connect(&m_prepareTimer, &QTimer::timeout, this, &ColumnRanker::prepareNext);
}

void ColumnRanker::setIdle(bool idle) {
    m_idle = idle;
    if (idle && m_preparing)
        m_prepareTimer.start();
    else
        m_prepareTimer.stop();
}

ColumnRanker::Column& ColumnRanker::at(int column) {
    if (m_columns.size() <= size_t(column))
        m_columns.resize(size_t(column) + 1);
    return m_columns[size_t(column)];
}

int ColumnRanker::rankedRows(int column) const {
    return size_t(column) < m_columns.size() ? int(m_columns[size_t(column)].rank.size()) : 0;
}

bool ColumnRanker::isComputing(int column) const {
    return size_t(column) < m_columns.size() && m_columns[size_t(column)].computing;
}

std::vector<quint32> ColumnRanker::take(int column) {
    return std::exchange(at(column).rank, {});
}

void ColumnRanker::keep(int column, std::vector<quint32> rank) {
    Column& c = at(column);
    if (!c.computing)
        c.rank = std::move(rank);
}

void ColumnRanker::clear() {
    ++m_generation;
    m_columns.clear();
    if (m_idle && m_preparing)
        m_prepareTimer.start();
}

void ColumnRanker::compute(int column) {
    Column& c = at(column);
    if (c.computing)
        return;
    c.computing = true;
    auto job = std::make_shared<Snapshot>();
    job->column = column;
    job->generation = m_generation;
    job->count = m_hooks.rowCount();
    job->texts.reserve(size_t(job->count));
    snapshotSlice(std::move(job));
}

// Copies the texts in slices of 10,000 rows, one per event-loop turn: copying 100,000 scattered QStrings takes
// 10-35 ms here, too long for one go on the GUI thread. Rows added meanwhile are beyond `count`; a changed row
// clears everything (generation).
void ColumnRanker::snapshotSlice(std::shared_ptr<Snapshot> job) {
    if (job->generation != m_generation)
        return;
    const int end = std::min(job->count, int(job->texts.size()) + 10'000);
    for (int row = int(job->texts.size()); row < end; ++row)
        job->texts.push_back(m_hooks.sortText(row, job->column)); // implicitly shared copies, safe in the worker
    if (end < job->count) {
        QTimer::singleShot(0, this, [this, job] { snapshotSlice(job); });
        return;
    }
    const quint64 generation = m_generation;
    const int column = job->column;
    auto* watcher = new QFutureWatcher<std::vector<quint32>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, column] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cleared meanwhile
        Column& done = at(column);
        done.computing = false;
        done.rank = watcher->future().takeResult();
#if defined(__GLIBC__)
        // The collation keys (up to ~14 MB per 100,000 rows) were freed into the worker's malloc arena, where glibc
        // keeps them resident; give them back to the system, off the GUI thread and after the result is delivered.
        if (done.rank.size() >= 10'000)
            (void)QtConcurrent::run([] { malloc_trim(0); });
#endif
        Q_EMIT ranked(column);
        if (m_idle && m_preparing && !m_prepareTimer.isActive())
            QTimer::singleShot(0, this, &ColumnRanker::prepareNext); // still idle: the next column at once
    });
    watcher->setFuture(QtConcurrent::run(
        [job = std::move(job), locale = m_locale] { return SortIndex::buildFromTexts(job->texts, locale).rank; }));
}

void ColumnRanker::prepareNext() {
    if (!m_idle || !m_preparing)
        return;
    if (std::any_of(m_columns.begin(), m_columns.end(), [](const Column& c) { return c.computing; }))
        return; // one at a time; the next is scheduled when it arrives
    const int count = m_hooks.rowCount();
    for (const int column : m_hooks.textColumns()) {
        if (rankedRows(column) < count) {
            compute(column);
            return;
        }
    }
}

} // namespace rd
