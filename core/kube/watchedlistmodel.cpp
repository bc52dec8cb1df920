#include "kube/watchedlistmodel.h"

namespace fd::kube {

WatchedModelBase::WatchedModelBase(QObject* parent)
    : QAbstractTableModel(parent) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
}

void WatchedModelBase::setState(State state, const KubeError& error) {
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WatchedModelBase::retranslate() {
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace fd::kube
