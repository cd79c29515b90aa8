#pragma once

#include <QLocale>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace rd {

// Ranks the text columns of a PagedTableModel in a worker and keeps the ranks of the columns the list is not sorted
// by (4 bytes per row and column), so that sorting by them is an O(n) counting sort (SortIndex::fromRanks) instead
// of collating every row (~100-200 ms for 100,000 rows here, see SortIndex).
//
// Two uses: compute(column) for a sort the user asked for (the model shows it when ranked(column) arrives), and
// preparation: while the model says it is idle (setIdle(true)), the columns without ranks are ranked one after the
// other, starting 300 ms after loading paused, so a later header click is immediate.
// Texts are copied on the GUI thread (implicitly shared QString copies, 10,000 rows per event-loop turn); the worker
// never touches the model.
class ColumnRanker : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        std::function<int()> rowCount;                 // rows in the model (load order)
        std::function<std::vector<int>()> textColumns; // the columns to prepare, best first
        std::function<QString(int row, int column)> sortText;
    };

    ColumnRanker(Hooks hooks, const QLocale& locale, QObject* parent = nullptr);

    // Background preparation on/off (e.g. off for small lists, where sorting at once is cheap).
    void setPreparing(bool enabled) { m_preparing = enabled; }
    // The model is idle (loading paused or complete): preparation may run.
    void setIdle(bool idle);

    // Rows [0, rankedRows(column)) have kept ranks; 0 when none.
    int rankedRows(int column) const;
    bool isComputing(int column) const;
    // Hands the kept ranks over (they are removed here).
    std::vector<quint32> take(int column);
    // Keeps ranks computed elsewhere (the ranks of the sort column being left).
    void keep(int column, std::vector<quint32> rank);
    // Ranks `column` over the rows as they are now, in a worker; ranked(column) follows. No-op if already running.
    void compute(int column);
    // Forgets every kept rank and ignores computations in progress (reload, or a row's value changed).
    void clear();

Q_SIGNALS:
    void ranked(int column);

private:
    struct Column {
        std::vector<quint32> rank;
        bool computing = false;
    };
    struct Snapshot {
        int column = -1;
        int count = 0;
        quint64 generation = 0;
        std::vector<QString> texts;
    };
    Column& at(int column);
    void snapshotSlice(std::shared_ptr<Snapshot> job);
    void prepareNext();

    Hooks m_hooks;
    QLocale m_locale;
    std::vector<Column> m_columns;
    quint64 m_generation = 0;
    bool m_preparing = true;
    bool m_idle = false;
    QTimer m_prepareTimer;
};

} // namespace rd
