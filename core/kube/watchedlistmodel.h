#pragma once

// A table model of a live collection (nodes, pods, events, deployments, custom resources): fed by
// a typed watch (KubeClient::watch<T>, or ClusterConnections::watch<T> which also survives a
// changed connection), it keeps one row per object and applies changes coalesced — everything
// that arrived within the coalescing window becomes one removal, one update range and one
// insertion — so a burst of thousands of events costs a few model signals, not thousands.
// A relist (start, 410 Gone) resets the model. Columns are values: a title and a data function
// per column, so pages describe their tables without subclassing. QtCore only; widgets supply
// colours and fonts through the roles their column functions answer.

#include "kube/kubewatch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

namespace fd::kube {

// The signals and state of every WatchedListModel<T> (a template cannot declare signals).
class WatchedModelBase : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedModelBase)

public:
    enum class State {
        Idle,         // not fed yet
        Loading,      // waiting for the first list
        Live,         // listed; changes stream in
        Reconnecting, // the stream broke; the watch reconnects by itself (rows kept)
        Failed,       // the watch stopped (error()); rows kept as last seen
    };
    // data(index, KeyRole): the row's key (namespace/name unless the model was given another);
    // the object itself is at(row) of the typed model.
    static constexpr int KeyRole = Qt::UserRole + 100;

    State state() const { return m_state; }
    const KubeError& error() const { return m_error; }
    void setCoalesceMs(int ms) { m_coalesce.setInterval(ms); }
    // Re-reads the column titles (after a language change).
    void retranslate();

Q_SIGNALS:
    void stateChanged(fd::kube::WatchedModelBase::State state);
    // A relist replaced every row (the first list included).
    void relisted();
    // A coalesced batch of changes was applied (after the row signals).
    void batchApplied(int removed, int updated, int inserted);

protected:
    explicit WatchedModelBase(QObject* parent);
    void setState(State state, const KubeError& error = {});
    QTimer m_coalesce;

private:
    State m_state = State::Idle;
    KubeError m_error;
};

template <typename T> class WatchedListModel final : public WatchedModelBase {
public:
    struct Column {
        std::function<QString()> title; // called again on retranslate()
        std::function<QVariant(const T& object, int role)> data;
    };
    using KeyFn = std::function<QString(const T&)>;

    // The default key is namespace/name from T's metadata; pass one for other types.
    explicit WatchedListModel(QList<Column> columns, QObject* parent = nullptr, KeyFn key = {})
        : WatchedModelBase(parent)
        , m_columns(std::move(columns))
        , m_key(key ? std::move(key) : KeyFn(&defaultKey)) {
        connect(&m_coalesce, &QTimer::timeout, this, [this] { flush(); });
    }

    // Handlers to pass to a watch; the model stays consistent whichever order they run in.
    WatchHandlers<T> handlers() {
        WatchHandlers<T> h;
        QPointer<WatchedListModel> self(this);
        h.onRelisted = [self](ObjectList<T>&& state) {
            if (self)
                self->replaceAll(std::move(state.items));
        };
        h.onDeltas = [self](QList<WatchDelta<T>>&& deltas) {
            if (self)
                self->queue(std::move(deltas));
        };
        h.onError = [self](const KubeError& e, bool fatal) {
            if (self)
                self->setState(fatal ? State::Failed : State::Reconnecting, e);
        };
        return h;
    }

    // Marks the model as waiting for its first list (rows are kept until it arrives).
    void beginLoading() { setState(State::Loading); }
    void fail(const KubeError& error) { setState(State::Failed, error); }

    const QList<T>& items() const { return m_items; }
    const T& at(int row) const { return m_items.at(row); }
    int rowOf(const QString& key) const { return m_rows.value(key, -1); }
    QString rowKey(int row) const { return m_key(m_items.at(row)); }
    // Applies what is waiting in the coalescing window now (tests, and before a snapshot).
    void flushNow() { flush(); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= m_items.size() || index.column() >= m_columns.size())
            return {};
        if (role == KeyRole)
            return m_key(m_items.at(index.row()));
        return m_columns.at(index.column()).data(m_items.at(index.row()), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).title();
        return {};
    }

private:
    static QString defaultKey(const T& object) {
        return object.metadata.namespaceName + QLatin1Char('/') + object.metadata.name;
    }

    void replaceAll(QList<T> items) {
        m_coalesce.stop();
        m_pending.clear();
        beginResetModel();
        m_items = std::move(items);
        reindex();
        endResetModel();
        setState(State::Live);
        Q_EMIT relisted();
    }

    void queue(QList<WatchDelta<T>>&& deltas) {
        for (WatchDelta<T>& d : deltas) {
            const QString key = m_key(d.object);
            if (d.type == WatchDelta<T>::Type::Deleted)
                m_pending[key] = std::nullopt;
            else
                m_pending[key] = std::move(d.object);
        }
        if (state() != State::Live)
            setState(State::Live);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    }

    void reindex() {
        m_rows.clear();
        m_rows.reserve(m_items.size());
        for (int row = 0; row < m_items.size(); ++row)
            m_rows.insert(m_key(m_items.at(row)), row);
    }

    void flush() {
        m_coalesce.stop();
        if (m_pending.empty())
            return;
        std::map<QString, std::optional<T>> pending;
        pending.swap(m_pending);

        // 1. Removals, from the bottom up, in contiguous runs.
        QList<int> removedRows;
        for (const auto& [key, value] : pending)
            if (!value && m_rows.contains(key))
                removedRows.append(m_rows.value(key));
        std::sort(removedRows.begin(), removedRows.end(), std::greater<int>());
        for (int i = 0; i < removedRows.size();) {
            int last = removedRows[i];
            int first = last;
            int j = i + 1;
            while (j < removedRows.size() && removedRows[j] == first - 1)
                first = removedRows[j++];
            beginRemoveRows({}, first, last);
            m_items.remove(first, last - first + 1);
            endRemoveRows();
            i = j;
        }
        if (!removedRows.isEmpty())
            reindex();

        // 2. Updates in place, as one range.
        int firstUpdated = int(m_items.size());
        int lastUpdated = -1;
        QList<T> added;
        for (auto& [key, value] : pending) {
            if (!value)
                continue;
            const int row = m_rows.value(key, -1);
            if (row < 0) {
                added.append(std::move(*value));
                continue;
            }
            m_items[row] = std::move(*value);
            firstUpdated = std::min(firstUpdated, row);
            lastUpdated = std::max(lastUpdated, row);
        }
        if (lastUpdated >= 0)
            Q_EMIT dataChanged(index(firstUpdated, 0), index(lastUpdated, columnCount() - 1));

        // 3. Insertions at the end (views sort through a proxy).
        if (!added.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (T& item : added) {
                m_rows.insert(m_key(item), int(m_items.size()));
                m_items.append(std::move(item));
            }
            endInsertRows();
        }
        Q_EMIT batchApplied(int(removedRows.size()),
                            lastUpdated >= 0 ? lastUpdated - firstUpdated + 1 : 0,
                            int(added.size()));
    }

    QList<Column> m_columns;
    KeyFn m_key;
    QList<T> m_items;
    QHash<QString, int> m_rows;
    std::map<QString, std::optional<T>> m_pending; // key -> new state (nullopt: deleted)
};

} // namespace fd::kube
