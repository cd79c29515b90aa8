#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <optional>

#include "api/core/apierror.h"
#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "models/common/pagedtablemodel.h"

namespace rd {

// The base of a small list that is loaded whole with one request and shown with one model reset (projects,
// instruments, fraud rules): the list states (PagedTableModel::State, so the same status bar shows them), the error
// and its words, and the call in flight, cancelled by a new load and by the destructor. A load without a client
// ends in the Error state with noClientError(): the view says so instead of waiting forever.
class LoadOnceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using State = PagedTableModel::State;

    ~LoadOnceListModel() override;

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    std::optional<ApiError> error() const { return m_error; }
    bool hasLoaded() const { return m_state == State::Loaded || m_state == State::Empty; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    // Emitted on every setState(), also when the state stays the same (a reload that ends Loaded again), so views
    // refresh what depends on the rows.
    void stateChanged(rd::PagedTableModel::State state);

protected:
    LoadOnceListModel(Vendor vendor, int columnCount, QObject* parent);

    virtual int itemCount() const = 0;
    // True for an index data() can answer: valid, of a row that exists, of a known column.
    bool isItemIndex(const QModelIndex& index) const;

    template <typename T> using Done = std::function<void(ApiResult<T>)>;
    // Cancels the load in flight, clears the error and sends one request with `send` (which passes this model as
    // the call's context). A success goes to `apply`, which replaces the rows and calls finishLoad(); a failure
    // becomes the Error state with `describe`'s words. `haveClient` false: the Error state at once.
    template <typename T>
    void startLoad(bool haveClient, std::function<CallHandle(Done<T>)> send, std::function<void(T)> apply,
                   std::function<QString(const ApiError&)> describe) {
        cancelLoad();
        clearError();
        if (!haveClient) {
            failLoad(noClientError(m_vendor), noClientMessage());
            return;
        }
        setState(State::Loading);
        m_call = send([this, apply = std::move(apply), describe = std::move(describe)](ApiResult<T> result) {
            m_call.markFinished();
            if (!result.ok()) {
                failLoad(result.error(), describe(result.error()));
                return;
            }
            apply(std::move(result).value());
        });
    }
    void cancelLoad();
    void clearError();
    // After the rows were replaced: Loaded, or Empty for no rows; the error is cleared.
    void finishLoad(bool empty);
    void failLoad(const ApiError& error, const QString& message);
    void setState(State state);

private:
    QString noClientMessage() const;

    Vendor m_vendor;
    int m_columnCount;
    State m_state = State::Idle;
    QString m_errorMessage;
    std::optional<ApiError> m_error;
    CallHandle m_call;
};

} // namespace rd
