#pragma once

#include "policy/policyservice.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QHBoxLayout;
class QVBoxLayout;

namespace fd::widgets {

class SyncBadge;
class FailoverTimelineWidget;

// One policy on the Policies page: its name with badges (default, sync state), description, a
// body that depends on the kind, and its actions (edit, YAML, history, delete; a strategy can also
// be made the default). Cards are rebuilt from the service whenever policies change.
class PolicyCard : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyCard)

public:
    fd::policy::PolicyKind kind() const { return m_kind; }
    QString policyName() const { return m_name; }
    SyncBadge* syncBadge() const { return m_sync; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* yamlButton() const { return m_yaml; }
    QPushButton* historyButton() const { return m_history; }

Q_SIGNALS:
    void editRequested(fd::policy::PolicyKind kind, const QString& name);
    void deleteRequested(fd::policy::PolicyKind kind, const QString& name);
    void yamlRequested(fd::policy::PolicyKind kind, const QString& name);
    void historyRequested(fd::policy::PolicyKind kind, const QString& name);

protected:
    PolicyCard(fd::policy::PolicyKind kind, const QString& name, const QString& description,
               const fd::policy::SyncSummary& sync, QWidget* parent);
    QHBoxLayout* badges() const { return m_badges; }
    QVBoxLayout* body() const { return m_body; }
    QHBoxLayout* actions() const { return m_actions; }
    // A "label: value" line of the body.
    QLabel* addFact(const QString& label, const QString& value, const QString& objectName = {});

private:
    fd::policy::PolicyKind m_kind;
    QString m_name;
    QHBoxLayout* m_badges;
    QVBoxLayout* m_body;
    QHBoxLayout* m_actions;
    SyncBadge* m_sync;
    QPushButton* m_edit;
    QPushButton* m_yaml;
    QPushButton* m_history;
    QPushButton* m_delete;
};

class StrategyCard final : public PolicyCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyCard)

public:
    StrategyCard(const fd::policy::PlacementStrategy& strategy, const QStringList& deployments,
                 const fd::policy::SyncSummary& sync, QWidget* parent = nullptr);
    QPushButton* makeDefaultButton() const { return m_makeDefault; }
    QPushButton* previewButton() const { return m_preview; }

    static QString targetsText(const fd::policy::PlacementStrategy& strategy);
    static QString ruleText(const fd::policy::PlacementRule& rule);

Q_SIGNALS:
    void makeDefaultRequested(const QString& name);
    void previewRequested(const QString& name);

private:
    QPushButton* m_makeDefault = nullptr;
    QPushButton* m_preview = nullptr;
};

class ProfileCard final : public PolicyCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCard)

public:
    ProfileCard(const fd::policy::ResourceProfile& profile, const QStringList& strategies,
                const fd::policy::SyncSummary& sync, QWidget* parent = nullptr);

    static QStringList zoneALines(const fd::policy::ZoneA& zone);
    static QStringList zoneBLines(const fd::policy::ZoneB& zone);
};

class FailoverCard final : public PolicyCard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverCard)

public:
    FailoverCard(const fd::policy::FailoverPolicy& policy, const QStringList& strategies,
                 QWidget* parent = nullptr);
    FailoverTimelineWidget* timeline() const { return m_timeline; }

    static QString summaryText(const fd::policy::FailoverPolicy& policy);

private:
    FailoverTimelineWidget* m_timeline;
};

// A policy object on a control plane that Fleetdeck did not create (found by sync).
class ExternalCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalCard)

public:
    explicit ExternalCard(const fd::policy::repository::SyncRecord& record,
                          QWidget* parent = nullptr);
    QPushButton* adoptButton() const { return m_adopt; }

Q_SIGNALS:
    // Adopting makes a ClusterPropagationPolicy a placement strategy (PolicySync::adopt).
    void adoptRequested(qint64 controlPlaneId, const QString& objectKind,
                        const QString& objectName);

private:
    QPushButton* m_adopt = nullptr;
};

} // namespace fd::widgets
