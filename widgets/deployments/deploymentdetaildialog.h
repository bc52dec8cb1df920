#pragma once

#include "deploy/chatclient.h"
#include "deploy/deployrecord.h"
#include "kube/kubetypes.h"
#include "kube/watchedlistmodel.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace fd::deploy {
class DeployService;
class DeploymentWatch;
class PodLogFollower;
} // namespace fd::deploy
namespace fd::policy {
class DeploymentFailovers;
}
namespace fd::net {
class HttpClient;
}

namespace fd::widgets {

class StreamingText;

class DeploymentFailoversPanel;

// One deployment: status and endpoints with copyable curl examples, its pods and events (live
// tables), the pod log followed live, and a streaming test prompt (time to first token,
// tokens/s, cancellable). For a Karmada deployment a member selector picks the cluster the
// pods, events and log come from, and a Failovers tab shows the failovers Karmada made, live
// from the deployment's ResourceBinding on the control plane.
class DeploymentDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentDetailDialog)

public:
    DeploymentDetailDialog(fd::deploy::DeployService& service, fd::net::HttpClient* http,
                           fd::deploy::DeploymentRecord record, QWidget* parent = nullptr);
    ~DeploymentDetailDialog() override;

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* endpointsText() const { return m_endpoints; }
    QTableView* podsView() const { return m_podsView; }
    QTableView* eventsView() const { return m_eventsView; }
    QComboBox* logPodCombo() const { return m_logPod; }
    QPlainTextEdit* logText() const { return m_log; }
    QComboBox* promptEndpoint() const { return m_promptEndpoint; }
    QLineEdit* promptInput() const { return m_promptInput; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPlainTextEdit* answerText() const { return m_answer; }
    QLabel* statsLabel() const { return m_stats; }
    fd::kube::WatchedListModel<fd::kube::Pod>* podsModel() const { return m_pods; }
    // The Failovers tab (Karmada deployments only; null otherwise).
    DeploymentFailoversPanel* failoversPanel() const { return m_failovers; }

Q_SIGNALS:
    void promptFinished(bool ok);

private:
    void buildOverview();
    void buildPods();
    void buildEvents();
    void buildLog();
    void buildPrompt();
    void buildFailovers();
    void watchCluster(qint64 clusterId);
    void refreshOverview();
    void followLog();
    void sendPrompt();
    void cancelPrompt();

    fd::deploy::DeployService& m_service;
    fd::net::HttpClient* m_http;
    fd::deploy::DeploymentRecord m_record;
    fd::deploy::DeploymentWatch* m_watch;
    QTabWidget* m_tabs;
    QComboBox* m_member = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_endpoints = nullptr;
    QTableView* m_podsView = nullptr;
    QTableView* m_eventsView = nullptr;
    QObject* m_clusterScope = nullptr; // owns the current cluster's watches
    fd::kube::WatchedListModel<fd::kube::Pod>* m_pods = nullptr;
    fd::kube::WatchedListModel<fd::kube::Event>* m_events = nullptr;
    QSortFilterProxyModel* m_eventsFilter = nullptr;
    qint64 m_clusterId = 0;
    QComboBox* m_logPod = nullptr;
    QPushButton* m_follow = nullptr;
    QPlainTextEdit* m_log = nullptr;
    StreamingText* m_logStream = nullptr;
    QPointer<fd::deploy::PodLogFollower> m_follower;
    QComboBox* m_promptEndpoint = nullptr;
    QLineEdit* m_promptInput = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    StreamingText* m_answerStream = nullptr;
    fd::deploy::ChatStats m_answerStats; // of the text shown so far
    QLabel* m_stats = nullptr;
    std::unique_ptr<fd::deploy::ChatClient> m_chat;
    quint64 m_promptId = 0;
    DeploymentFailoversPanel* m_failovers = nullptr;
};

} // namespace fd::widgets
