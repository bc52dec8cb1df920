#include "metrics/addprometheusdialog.h"

#include "metrics/alertmanagerclient.h"

#include "common/handoff.h"
#include "metrics/metricsendpoints.h"
#include "metrics/promclient.h"
#include "metrics/serviceproxy.h"
#include "net/endpoint.h"
#include "registry/clusterregistry.h"
#include "secrets/vaultcrypto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
Q_LOGGING_CATEGORY(lcAddProm, "fd.widgets.metrics")

constexpr qint64 kMaxCaBytes = 1024 * 1024;

QLabel* formLabel(QList<QLabel*>& labels, QWidget* parent) {
    auto* label = new QLabel(parent);
    labels << label;
    return label;
}

} // namespace

AddPrometheusDialog::AddPrometheusDialog(fd::metrics::MetricsEndpoints& endpoints,
                                         fd::registry::ClusterRegistry* clusters, QWidget* parent)
    : QDialog(parent)
    , m_endpoints(endpoints)
    , m_clusters(clusters)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_byUrl(new QRadioButton(this))
    , m_byApi(new QRadioButton(this))
    , m_cluster(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_insecure(new QCheckBox(this))
    , m_pin(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_alertmanager(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("addPrometheusDialog"));
    m_name->setObjectName(QStringLiteral("promName"));
    m_url->setObjectName(QStringLiteral("promUrl"));
    m_secret->setObjectName(QStringLiteral("promSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_service->setObjectName(QStringLiteral("promService"));
    m_alertmanager->setObjectName(QStringLiteral("promAlertmanager"));
    m_alertmanager->setPlaceholderText(QStringLiteral("https://alertmanager.example:9093"));
    m_status->setObjectName(QStringLiteral("promStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("promTest"));
    m_save->setObjectName(QStringLiteral("promSave"));
    m_save->setDefault(true);
    m_byUrl->setChecked(true);
    m_ca->setReadOnly(true);
    m_pin->setPlaceholderText(QStringLiteral("AB:CD:…"));
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example:9090"));
    m_service->setPlaceholderText(QStringLiteral("monitoring/prometheus-operated:9090"));
    m_auth->addItem(QString(), int(fd::metrics::AuthKind::None));
    m_auth->addItem(QString(), int(fd::metrics::AuthKind::Basic));
    m_auth->addItem(QString(), int(fd::metrics::AuthKind::Bearer));
    m_cluster->addItem(QString(), QVariant()); // shared by every cluster
    if (m_clusters)
        for (const auto& c : m_clusters->clusters())
            m_cluster->addItem(c.name, c.id);

    // One form, so every label lines up; the rows of the route not chosen are hidden. The
    // labels are made in the order retranslate() names them.
    auto* form = new QFormLayout;
    m_form = form;
    QLabel* url = formLabel(m_labels, this);
    QLabel* auth = formLabel(m_labels, this);
    QLabel* user = formLabel(m_labels, this);
    QLabel* secret = formLabel(m_labels, this);
    QLabel* ca = formLabel(m_labels, this);
    QLabel* pin = formLabel(m_labels, this);
    QLabel* service = formLabel(m_labels, this);
    form->addRow(formLabel(m_labels, this), m_name);
    form->addRow(formLabel(m_labels, this), m_cluster);
    auto* routes = new QVBoxLayout;
    routes->addWidget(m_byUrl);
    routes->addWidget(m_byApi);
    form->addRow(formLabel(m_labels, this), routes);
    form->addRow(url, m_url);
    form->addRow(auth, m_auth);
    form->addRow(user, m_user);
    form->addRow(secret, m_secret);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    m_caRow = form->rowCount();
    form->addRow(ca, caRow);
    form->addRow(QString(), m_insecure);
    form->addRow(pin, m_pin);
    form->addRow(service, m_service);
    form->addRow(formLabel(m_labels, this), m_alertmanager);

    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_byUrl, &QRadioButton::toggled, this, [this] { updateEnabled(); });
    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(m_caBrowse, &QPushButton::clicked, this, &AddPrometheusDialog::chooseCa);
    connect(m_test, &QPushButton::clicked, this, &AddPrometheusDialog::testConnection);
    // Save without closing first: the dialog closes only once the endpoint is stored.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_save, &QPushButton::clicked, this, &AddPrometheusDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateEnabled();
}

AddPrometheusDialog::AddPrometheusDialog(fd::metrics::MetricsEndpoints& endpoints,
                                         fd::registry::ClusterRegistry* clusters,
                                         const fd::metrics::MetricsEndpoint& editing,
                                         QWidget* parent)
    : AddPrometheusDialog(endpoints, clusters, parent) {
    m_editing = editing;
    fill(editing);
    retranslate();
    updateEnabled();
}

void AddPrometheusDialog::fill(const fd::metrics::MetricsEndpoint& e) {
    m_name->setText(e.name);
    const int cluster = e.clusterId ? m_cluster->findData(*e.clusterId) : 0;
    m_cluster->setCurrentIndex(cluster >= 0 ? cluster : 0);
    (e.viaApiServer() ? m_byApi : m_byUrl)->setChecked(true);
    m_auth->setCurrentIndex(m_auth->findData(int(e.auth)));
    m_user->setText(e.username);
    if (e.endpoint) {
        const fd::net::Endpoint& ep = e.endpoint->endpoint;
        m_url->setText(ep.url);
        m_caPem = ep.tls.caPem;
        m_insecure->setChecked(ep.tls.insecure);
        m_pin->setText(ep.tls.pinnedSha256);
    }
    if (e.service)
        m_service->setText(e.service->toString());
    if (e.alertmanager)
        m_alertmanager->setText(e.alertmanager->endpoint.url);
}

bool AddPrometheusDialog::keepsStoredSecret() const {
    return m_editing && m_editing->endpoint && !m_editing->viaApiServer() &&
           m_editing->auth != fd::metrics::AuthKind::None && m_secret->text().isEmpty() &&
           fd::metrics::AuthKind(m_auth->currentData().toInt()) == m_editing->auth;
}

AddPrometheusDialog::~AddPrometheusDialog() {
    // The secret field's text is the only copy of the secret in this dialog.
    m_secret->clear();
}

void AddPrometheusDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddPrometheusDialog::retranslate() {
    setWindowTitle(m_editing ? tr("Edit Prometheus endpoint") : tr("Add Prometheus endpoint"));
    m_intro->setText(tr("The Prometheus that scrapes NVIDIA dcgm-exporter. Reach it at its URL, "
                        "or through a registered cluster's API server with the credentials "
                        "Fleetdeck already holds (no extra address, port or secret)."));
    const QStringList labels{tr("URL:"),
                             tr("Authentication:"),
                             tr("User:"),
                             tr("Password or token:"),
                             tr("CA file:"),
                             tr("Pinned certificate (SHA-256):"),
                             tr("Service:"),
                             tr("Name:"),
                             tr("Cluster:"),
                             tr("Reach it:"),
                             tr("Alertmanager URL (optional):")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_byUrl->setText(tr("At a URL"));
    m_byApi->setText(tr("Through the cluster's API server (service proxy)"));
    m_cluster->setItemText(0, tr("None (shared by every cluster)"));
    m_auth->setItemText(0, tr("None"));
    m_auth->setItemText(1, tr("Basic (user and password)"));
    m_auth->setItemText(2, tr("Bearer token"));
    m_caBrowse->setText(tr("Choose…"));
    m_insecure->setText(tr("Do not verify the server's certificate (insecure)"));
    m_secret->setPlaceholderText(m_editing && m_editing->auth != fd::metrics::AuthKind::None
                                     ? tr("Leave empty to keep the stored one")
                                     : tr("Kept only in the vault"));
    if (!m_caPem.isEmpty() && m_ca->text().isEmpty())
        m_ca->setPlaceholderText(tr("Stored certificate"));
    m_service->setToolTip(tr("NAMESPACE/NAME:PORT; leave empty to discover the Prometheus "
                             "service by its labels."));
    m_alertmanager->setToolTip(tr("Its Alertmanager, for alerts and silences on the Alerts tab. "
                                  "Reached with the same credentials and certificate settings "
                                  "as Prometheus at a URL, without credentials through the API "
                                  "server."));
    m_test->setText(tr("Test connection"));
    m_save->setText(m_editing ? tr("Save") : tr("Add"));
}

void AddPrometheusDialog::updateEnabled() {
    const bool api = m_byApi->isChecked();
    const bool cluster = m_cluster->currentData().isValid();
    // The API-server route needs a cluster; without registered clusters it is not offered.
    m_byApi->setEnabled(m_clusters && m_cluster->count() > 1 && !m_editing);
    // An edit keeps the route and the cluster (remove and add again to change them).
    m_byUrl->setEnabled(!m_editing);
    m_cluster->setEnabled(!m_editing);
    for (QWidget* w : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_auth),
                       static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_secret),
                       static_cast<QWidget*>(m_insecure), static_cast<QWidget*>(m_pin)})
        m_form->setRowVisible(w, !api);
    m_form->setRowVisible(m_caRow, !api); // a row holding a layout, not a widget
    m_form->setRowVisible(m_service, api);
    const auto auth = fd::metrics::AuthKind(m_auth->currentData().toInt());
    m_user->setEnabled(auth == fd::metrics::AuthKind::Basic);
    m_secret->setEnabled(auth != fd::metrics::AuthKind::None);
    const bool ready = !m_busy && !m_name->text().trimmed().isEmpty() && (!api || cluster);
    m_save->setEnabled(ready);
    m_test->setEnabled(!m_busy && (!api || cluster));
    m_name->setEnabled(!m_busy);
}

std::optional<fd::metrics::MetricsEndpoint> AddPrometheusDialog::endpoint(QString* error) const {
    using fd::metrics::AuthKind;
    fd::metrics::MetricsEndpoint e;
    if (m_editing)
        e.id = m_editing->id;
    e.name = m_name->text().trimmed();
    const QString amText = m_alertmanager->text().trimmed();
    if (!amText.isEmpty()) {
        if (!fd::net::isServiceUrl(amText)) {
            *error = tr("Enter the Alertmanager URL starting with http:// or https://, without a "
                        "user name or password, or leave it empty.");
            return std::nullopt;
        }
    }
    if (m_cluster->currentData().isValid())
        e.clusterId = m_cluster->currentData().toLongLong();
    if (m_byApi->isChecked()) {
        if (!e.clusterId) {
            *error = tr("Choose the cluster whose API server leads to Prometheus.");
            return std::nullopt;
        }
        const QString service = m_service->text().trimmed();
        if (!service.isEmpty()) {
            e.service = fd::metrics::ServiceRef::parse(service);
            if (!e.service) {
                *error = tr("Write the service as NAMESPACE/NAME:PORT, e.g. "
                            "monitoring/prometheus-operated:9090, or leave it empty to discover "
                            "it.");
                return std::nullopt;
            }
        }
        if (!amText.isEmpty())
            e.setAlertmanagerUrl(amText);
        return e;
    }
    if (!fd::net::isServiceUrl(m_url->text())) {
        *error = tr("Enter the Prometheus URL, starting with http:// or https://, without a user "
                    "name or password (the password goes in the field below).");
        return std::nullopt;
    }
    fd::store::StoredEndpoint stored;
    stored.endpoint.url = m_url->text().trimmed();
    stored.endpoint.tls.caPem = m_caPem;
    stored.endpoint.tls.insecure = m_insecure->isChecked();
    stored.endpoint.tls.pinnedSha256 = m_pin->text().trimmed().toUpper();
    e.auth = AuthKind(m_auth->currentData().toInt());
    e.username = m_user->text().trimmed();
    if (e.auth == AuthKind::Basic && e.username.isEmpty()) {
        *error = tr("Basic authentication needs a user name.");
        return std::nullopt;
    }
    if (keepsStoredSecret()) // the vault's secret, for the connection test too
        stored.credentialRefs = m_editing->endpoint->credentialRefs;
    e.endpoint = stored;
    if (e.auth != AuthKind::None && m_secret->text().isEmpty() && !keepsStoredSecret()) {
        *error = e.auth == AuthKind::Basic ? tr("Enter the password.") : tr("Enter the token.");
        return std::nullopt;
    }
    if (!amText.isEmpty())
        e.setAlertmanagerUrl(amText);
    return e;
}

void AddPrometheusDialog::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b23b1e;") : QString());
}

void AddPrometheusDialog::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    if (!status.isEmpty())
        setStatus(status, false);
    updateEnabled();
}

void AddPrometheusDialog::chooseCa() {
    auto* dialog = new QFileDialog(this, tr("CA certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // Read off the UI thread: the file may sit on a slow or network drive.
        fd::runOnPool<std::optional<QByteArray>>(
            this,
            [path]() -> std::optional<QByteArray> {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxCaBytes)
                    return std::nullopt;
                return f.readAll();
            },
            [this, path](std::optional<QByteArray> pem) {
                if (!pem || !pem->contains("-----BEGIN CERTIFICATE-----")) {
                    setStatus(tr("%1 is not a readable PEM certificate; choose the CA file "
                                 "again.")
                                  .arg(QDir::toNativeSeparators(path)),
                              true);
                    return;
                }
                m_caPem = *pem;
                m_ca->setText(QDir::toNativeSeparators(path));
                setStatus(QString(), false);
            });
    });
    dialog->open();
}

// For the API-server route without a service: discover it first (as `metrics add` does) and
// show what was found, then continue.
void AddPrometheusDialog::withService(std::function<void(bool)> next) {
    if (!m_byApi->isChecked() || !m_service->text().trimmed().isEmpty() || !m_clusters) {
        next(true);
        return;
    }
    setBusy(true, tr("Looking for the Prometheus service in the cluster…"));
    fd::metrics::discoverPrometheus(
        m_clusters->connections(), m_cluster->currentData().toLongLong(), this,
        [this, next = std::move(next)](fd::Result<QList<fd::metrics::ServiceCandidate>> found) {
            setBusy(false, {});
            if (!found) {
                setStatus(found.error().message, true);
                Q_EMIT tested(false);
                next(false);
                return;
            }
            m_service->setText(found->first().ref.toString());
            setStatus(
                tr("Found %1 (%2).").arg(found->first().ref.toString(), found->first().reason),
                false);
            next(true);
        });
}

void AddPrometheusDialog::testConnection() {
    withService([this](bool ok) {
        if (!ok)
            return;
        QString error;
        const auto e = endpoint(&error);
        if (!e) {
            setStatus(error, true);
            Q_EMIT tested(false);
            return;
        }
        QByteArray secret = m_secret->text().toUtf8();
        // Editing with the secret field empty: the stored secret, read from the vault.
        const bool stored = keepsStoredSecret();
        auto client =
            stored ? m_endpoints.client(*e, this) : m_endpoints.unsavedClient(*e, secret, this);
        // The Alertmanager, when one is given, is tested after Prometheus with the same secret.
        fd::Result<fd::metrics::AlertmanagerClient*> am(nullptr);
        if (e->alertmanager)
            am = stored ? m_endpoints.alertmanagerClient(*e, this)
                        : m_endpoints.unsavedAlertmanagerClient(*e, secret, this);
        fd::secrets::crypto::wipe(secret);
        if (client && !am) {
            delete *client;
            client = am.error();
        } else if (!client && am && *am) {
            delete *am; // holds the typed secret in its headers: not a moment longer
        }
        if (!client) {
            setStatus(client.error().message, true);
            Q_EMIT tested(false);
            return;
        }
        setBusy(true, tr("Testing the connection…"));
        QPointer<fd::metrics::PromClient> owned(*client);
        QPointer<fd::metrics::AlertmanagerClient> ownedAm(*am);
        (*client)->testConnection(
            this, [this, owned, ownedAm](fd::metrics::PromResult<fd::metrics::ConnectionReport> r) {
                if (owned)
                    owned->deleteLater();
                if (!r.ok() || !r->ready || !ownedAm) {
                    if (ownedAm)
                        ownedAm->deleteLater();
                    setBusy(false, {});
                    if (!r.ok()) {
                        setStatus(r.error().message, true);
                        Q_EMIT tested(false);
                        return;
                    }
                    setStatus(r->ready ? tr("Prometheus %1 answers and is ready (%2 ms).")
                                             .arg(r->build.version,
                                                  QLocale().toString(r->latencyMs, 'f', 0))
                                       : tr("Prometheus %1 answers but is not ready yet.")
                                             .arg(r->build.version),
                              !r->ready);
                    Q_EMIT tested(r->ready);
                    return;
                }
                const QString prometheus =
                    tr("Prometheus %1 answers and is ready (%2 ms).")
                        .arg(r->build.version, QLocale().toString(r->latencyMs, 'f', 0));
                ownedAm->status(this, [this, ownedAm, prometheus](
                                          fd::metrics::PromResult<fd::metrics::AmStatus> s) {
                    if (ownedAm)
                        ownedAm->deleteLater();
                    setBusy(false, {});
                    if (!s.ok()) {
                        setStatus(prometheus + QLatin1Char(' ') + s.error().message, true);
                        Q_EMIT tested(false);
                        return;
                    }
                    setStatus(prometheus + QLatin1Char(' ') +
                                  tr("Alertmanager %1 answers.").arg(s->version),
                              false);
                    Q_EMIT tested(true);
                });
            });
    });
}

void AddPrometheusDialog::save() {
    withService([this](bool ok) {
        if (!ok)
            return;
        QString error;
        auto e = endpoint(&error);
        if (!e) {
            setStatus(error, true);
            return;
        }
        QByteArray secret =
            e->auth == fd::metrics::AuthKind::None ? QByteArray() : m_secret->text().toUtf8();
        setBusy(true, tr("Saving…"));
        if (m_editing) {
            m_endpoints.update(
                *e, secret, this, [this](fd::Result<fd::metrics::MetricsEndpoint> saved) {
                    setBusy(false, {});
                    if (!saved) {
                        setStatus(saved.error().kind == fd::ErrorKind::Locked
                                      ? tr("Vault locked: unlock the vault to keep the "
                                           "password or token, then save again.")
                                      : saved.error().message,
                                  true);
                        return;
                    }
                    qCInfo(lcAddProm) << "Prometheus endpoint changed:" << saved->name;
                    m_secret->clear();
                    Q_EMIT edited(saved->name);
                    accept();
                });
            fd::secrets::crypto::wipe(secret);
            return;
        }
        m_endpoints.add(*e, secret, this, [this](fd::Result<fd::metrics::MetricsEndpoint> added) {
            setBusy(false, {});
            if (!added) {
                setStatus(added.error().kind == fd::ErrorKind::Locked
                              ? tr("Vault locked: unlock the vault to keep the "
                                   "password or token, then add again.")
                              : added.error().message,
                          true);
                return;
            }
            qCInfo(lcAddProm) << "Prometheus endpoint added:" << added->name;
            m_secret->clear();
            Q_EMIT this->added(added->name);
            accept();
        });
        fd::secrets::crypto::wipe(secret);
    });
}

} // namespace fd::widgets
