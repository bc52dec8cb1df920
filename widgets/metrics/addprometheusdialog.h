#pragma once

#include "metrics/metricsendpoints.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace fd::registry {
class ClusterRegistry;
}

namespace fd::widgets {

// Adds a Prometheus endpoint as `fleetdeck-cli metrics add` does, through the same core path
// (MetricsEndpoints::add): at a URL (auth none, basic or bearer; a CA, "insecure", a pinned
// certificate) or through a registered cluster's API server (service proxy; the service is
// discovered when left empty). The password or token goes only to the vault. "Test connection"
// runs the endpoint's own connection test (/-/ready, buildinfo) before anything is saved. An
// optional Alertmanager URL is saved with it (same credentials, CA and "insecure" as the URL
// route; none through the API server).
//
// In edit mode (the second constructor) the same form shows a saved endpoint and Save changes it
// through MetricsEndpoints::update: the route and cluster stay; an empty password or token field
// keeps the stored secret.
class AddPrometheusDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPrometheusDialog)

public:
    // `clusters` may be null (then only shared URL endpoints can be added).
    AddPrometheusDialog(fd::metrics::MetricsEndpoints& endpoints,
                        fd::registry::ClusterRegistry* clusters, QWidget* parent = nullptr);
    // Edits `editing` (a saved endpoint).
    AddPrometheusDialog(fd::metrics::MetricsEndpoints& endpoints,
                        fd::registry::ClusterRegistry* clusters,
                        const fd::metrics::MetricsEndpoint& editing, QWidget* parent = nullptr);
    ~AddPrometheusDialog() override;

    bool isEditing() const { return m_editing.has_value(); }

    // For tests.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QRadioButton* urlRoute() const { return m_byUrl; }
    QRadioButton* apiServerRoute() const { return m_byApi; }
    QComboBox* clusterBox() const { return m_cluster; }
    QComboBox* authBox() const { return m_auth; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* secretEdit() const { return m_secret; }
    QLineEdit* serviceEdit() const { return m_service; }
    QLineEdit* alertmanagerEdit() const { return m_alertmanager; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Saved under this name.
    void added(const QString& name);
    // The edited endpoint was saved under this name.
    void edited(const QString& name);
    // A connection test or discovery answered (the status label says what it found).
    void tested(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    // The endpoint the form describes, or why it cannot be one (one sentence).
    std::optional<fd::metrics::MetricsEndpoint> endpoint(QString* error) const;
    void withService(std::function<void(bool)> next);
    void testConnection();
    void save();
    void chooseCa();
    void setBusy(bool busy, const QString& status);
    void setStatus(const QString& text, bool error);
    void fill(const fd::metrics::MetricsEndpoint& e);
    // Editing, and the password or token field left empty: the stored secret is kept.
    bool keepsStoredSecret() const;

    fd::metrics::MetricsEndpoints& m_endpoints;
    fd::registry::ClusterRegistry* m_clusters;
    QLabel* m_intro;
    QFormLayout* m_form = nullptr;
    int m_caRow = 0;
    QLineEdit* m_name;
    QRadioButton* m_byUrl;
    QRadioButton* m_byApi;
    QComboBox* m_cluster;
    QLineEdit* m_url;
    QComboBox* m_auth;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QLineEdit* m_ca;
    QPushButton* m_caBrowse;
    QCheckBox* m_insecure;
    QLineEdit* m_pin;
    QLineEdit* m_service;
    QLineEdit* m_alertmanager;
    QLabel* m_status;
    QPushButton* m_test;
    QPushButton* m_save;
    QDialogButtonBox* m_buttons;
    QByteArray m_caPem;
    bool m_busy = false;
    std::optional<fd::metrics::MetricsEndpoint> m_editing;
    QList<QLabel*> m_labels; // form labels, retranslated
};

} // namespace fd::widgets
