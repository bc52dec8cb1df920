#pragma once

#include "policy/policyservice.h"

#include <QLabel>

namespace fd::widgets {

// A policy's sync state as a small coloured badge: not synced, in sync, drifted, failed, deleting
// or external. The tooltip lists each control plane with its state, when it was checked, the
// server's message of a failure and the fields that drifted.
class SyncBadge final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBadge)

public:
    explicit SyncBadge(QWidget* parent = nullptr);

    void setSummary(const fd::policy::SyncSummary& summary);
    fd::policy::repository::SyncState state() const { return m_summary.state; }

    static QString stateText(fd::policy::repository::SyncState state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTexts();
    fd::policy::SyncSummary m_summary;
};

} // namespace fd::widgets
