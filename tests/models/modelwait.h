#pragma once

// Waiting for a paged model's state in tests (header-only).

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QVariant>

#include "models/common/pagedtablemodel.h"

namespace rd::test {

// Waits for `state` on the model's stateChanged signal (QTRY_* polls in 50 ms steps: slow over many waits).
inline bool waitForState(PagedTableModel* model, PagedTableModel::State state, int timeoutMs = 30000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (model->state() != state && !deadline.hasExpired()) {
        QSignalSpy spy(model, &PagedTableModel::stateChanged);
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return model->state() == state;
}

} // namespace rd::test

#define WAIT_FOR_STATE(m, st)                                                                                          \
    QVERIFY2(rd::test::waitForState(m, st),                                                                            \
             qPrintable(QStringLiteral("state is %1").arg(QVariant::fromValue((m)->state()).toString())))
