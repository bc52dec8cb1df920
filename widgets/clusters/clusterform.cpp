#include "clusterform.h"

#include "adddatacenterdialog.h"
#include "clusterformat.h"
#include "common/gpumodellist.h"
#include "zonecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using fd::registry::AuthKind;

namespace {
constexpr int AddDataCenterItem = -1; // item data of the "Add data center…" entry
const QString ProblemStyle = QStringLiteral("color: #c62828;");
} // namespace

ClusterForm::ClusterForm(fd::registry::ClusterRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_nameProblem(new QLabel)
    , m_useSuggestion(new QPushButton)
    , m_identityNote(new QLabel)
    , m_dataCenterLabel(new QLabel)
    , m_dataCenter(new QComboBox)
    , m_zoneLabel(new QLabel)
    , m_zone(new ZoneCombo)
    , m_gpuLabel(new QLabel)
    , m_gpus(new GpuModelList)
    , m_labelsLabel(new QLabel)
    , m_labels(new QTableWidget(0, 2))
    , m_addLabel(new QPushButton)
    , m_removeLabel(new QPushButton)
    , m_serverLabel(new QLabel)
    , m_server(new QLineEdit)
    , m_tlsNameLabel(new QLabel)
    , m_tlsName(new QLineEdit)
    , m_insecure(new QCheckBox)
    , m_caLabel(new QLabel)
    , m_ca(new QPlainTextEdit)
    , m_credentialLabel(new QLabel)
    , m_credentialKind(new QLabel)
    , m_tokenLabel(new QLabel)
    , m_token(new QLineEdit)
    , m_usernameLabel(new QLabel)
    , m_username(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_execLabel(new QLabel)
    , m_execPath(new QLineEdit)
    , m_locate(new QPushButton)
    , m_pinned(new QLabel)
    , m_result(new QLabel)
    , m_trustCa(new QPushButton) {
    setObjectName(QStringLiteral("clusterForm"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setStyleSheet(ProblemStyle);
    m_nameProblem->setWordWrap(true);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_identityNote->setObjectName(QStringLiteral("hint"));
    m_identityNote->setWordWrap(true);
    m_dataCenter->setObjectName(QStringLiteral("dataCenter"));
    m_labels->setObjectName(QStringLiteral("labelsTable"));
    m_labels->verticalHeader()->hide();
    m_labels->horizontalHeader()->setStretchLastSection(true);
    m_labels->setMaximumHeight(110);
    m_server->setObjectName(QStringLiteral("server"));
    m_tlsName->setObjectName(QStringLiteral("tlsServerName"));
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_ca->setObjectName(QStringLiteral("caPem"));
    m_ca->setMaximumHeight(70);
    m_ca->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_ca->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 0.85);
    m_ca->setFont(mono);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password); // secrets are shown masked
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_execPath->setObjectName(QStringLiteral("execPath"));
    m_locate->setObjectName(QStringLiteral("locateBinary"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustCa->setObjectName(QStringLiteral("trustCertificate"));
    m_trustCa->hide();
    m_pinned->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pinned->setWordWrap(true);
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinned->hide();

    auto* clusterBox = new QGroupBox;
    auto* clusterForm = new QFormLayout(clusterBox);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(4);
    nameColumn->addWidget(m_name);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_nameProblem, 1);
    problemRow->addWidget(m_useSuggestion);
    nameColumn->addLayout(problemRow);
    nameColumn->addWidget(m_identityNote);
    clusterForm->addRow(m_nameLabel, nameColumn);
    clusterForm->addRow(m_dataCenterLabel, m_dataCenter);
    clusterForm->addRow(m_zoneLabel, m_zone);
    clusterForm->addRow(m_gpuLabel, m_gpus);
    auto* labelsColumn = new QVBoxLayout;
    labelsColumn->addWidget(m_labels);
    auto* labelButtons = new QHBoxLayout;
    labelButtons->addWidget(m_addLabel);
    labelButtons->addWidget(m_removeLabel);
    labelButtons->addStretch(1);
    labelsColumn->addLayout(labelButtons);
    clusterForm->addRow(m_labelsLabel, labelsColumn);

    auto* connectionBox = new QGroupBox;
    auto* connectionForm = new QFormLayout(connectionBox);
    connectionForm->addRow(m_serverLabel, m_server);
    connectionForm->addRow(m_tlsNameLabel, m_tlsName);
    connectionForm->addRow(QString(), m_insecure);
    connectionForm->addRow(m_caLabel, m_ca);
    connectionForm->addRow(QString(), m_pinned);
    connectionForm->addRow(m_credentialLabel, m_credentialKind);
    connectionForm->addRow(m_tokenLabel, m_token);
    connectionForm->addRow(m_usernameLabel, m_username);
    connectionForm->addRow(m_passwordLabel, m_password);
    auto* execRow = new QHBoxLayout;
    execRow->addWidget(m_execPath, 1);
    execRow->addWidget(m_locate);
    connectionForm->addRow(m_execLabel, execRow);

    auto* testBox = new QGroupBox;
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_result);
    auto* fixRow = new QHBoxLayout;
    fixRow->addWidget(m_trustCa);
    fixRow->addStretch(1);
    testLayout->addLayout(fixRow);
    m_groups = {clusterBox, connectionBox, testBox};
    m_gpus->list()->setMaximumHeight(130);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The test result first: it is what the user waits for after "Test connection".
    layout->addWidget(testBox);
    layout->addWidget(clusterBox);
    layout->addWidget(connectionBox);
    layout->addStretch(1);

    const auto emitEdited = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_name, &QLineEdit::textChanged, this, [this, emitEdited] {
        checkName();
        emitEdited();
    });
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { m_name->setText(m_useSuggestion->property("suggestion").toString()); });
    connect(m_dataCenter, &QComboBox::activated, this, &ClusterForm::onDataCenterActivated);
    connect(m_zone, &QComboBox::activated, this, emitEdited);
    connect(m_gpus, &GpuModelList::changed, this, emitEdited);
    connect(m_labels, &QTableWidget::itemChanged, this, emitEdited);
    connect(m_addLabel, &QPushButton::clicked, this, [this] {
        addLabelRow({}, {});
        m_labels->editItem(m_labels->item(m_labels->rowCount() - 1, 0));
    });
    connect(m_removeLabel, &QPushButton::clicked, this, [this, emitEdited] {
        if (m_labels->currentRow() >= 0)
            m_labels->removeRow(m_labels->currentRow());
        emitEdited();
    });
    for (QLineEdit* edit : {m_server, m_tlsName, m_token, m_username, m_password, m_execPath})
        connect(edit, &QLineEdit::textEdited, this, emitEdited);
    connect(m_insecure, &QCheckBox::toggled, this, emitEdited);
    connect(m_ca, &QPlainTextEdit::textChanged, this, emitEdited);
    connect(m_trustCa, &QPushButton::clicked, this, &ClusterForm::trustCertificateRequested);
    connect(m_locate, &QPushButton::clicked, this, &ClusterForm::locateBinary);
    if (m_registry)
        connect(m_registry, &fd::registry::ClusterCatalog::dataCentersChanged, this,
                [this] { fillDataCenters(m_dataCenter->currentData().toString()); });
    retranslate();
}

void ClusterForm::fillDataCenters(const QString& selectId) {
    m_dataCenter->clear();
    m_dataCenter->addItem(tr("(none)"), QString());
    const auto dataCenters =
        m_registry ? m_registry->dataCenters() : fd::registry::defaultDataCenters();
    for (const auto& dc : dataCenters)
        m_dataCenter->addItem(QStringLiteral("%1 (%2)").arg(dc.label, dc.id), dc.id);
    m_dataCenter->insertSeparator(m_dataCenter->count());
    m_dataCenter->addItem(tr("Add data center…"), AddDataCenterItem);
    const int index = m_dataCenter->findData(selectId);
    m_dataCenter->setCurrentIndex(index >= 0 ? index : 0);
    m_lastDataCenter = m_dataCenter->currentData().toString();
}

void ClusterForm::onDataCenterActivated(int index) {
    if (m_dataCenter->itemData(index).userType() != QMetaType::Int) {
        m_lastDataCenter = m_dataCenter->itemData(index).toString();
        if (!m_loading)
            Q_EMIT edited();
        return;
    }
    // "Add data center…": go back to the previous choice until the new one exists.
    fillDataCenters(m_lastDataCenter);
    auto* dialog = new AddDataCenterDialog(m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        fillDataCenters(dialog->dataCenter().id);
        Q_EMIT edited();
    });
    dialog->open();
}

void ClusterForm::addLabelRow(const QString& key, const QString& value) {
    const int row = m_labels->rowCount();
    m_labels->insertRow(row);
    m_labels->setItem(row, 0, new QTableWidgetItem(key));
    m_labels->setItem(row, 1, new QTableWidgetItem(value));
}

void ClusterForm::load(const ImportEntry& entry, const QStringList& reserved) {
    m_loading = true;
    const auto& r = entry.candidate.record;
    const auto& c = entry.candidate.credentials;
    m_reserved = reserved;
    const auto same =
        m_registry && entry.sameAs ? m_registry->cluster(*entry.sameAs) : std::nullopt;
    m_sameIdentity = same ? same->id : 0;
    m_identityNote->setText(same ? tr("This cluster is already registered as \"%1\"; saving "
                                      "updates that record.")
                                       .arg(same->name)
                                 : QString());
    m_identityNote->setVisible(same.has_value());
    m_name->setText(r.name);
    fillDataCenters(r.datacenter.id);
    m_zone->setZone(r.zone);
    m_gpus->setSelection(r.gpuModels, r.cpuOnly);
    m_labels->setRowCount(0);
    for (auto it = r.labels.cbegin(); it != r.labels.cend(); ++it)
        addLabelRow(it.key(), it.value());

    const fd::kube::ClusterConnection& conn = r.connection;
    m_server->setText(conn.endpoint.url);
    m_tlsName->setText(conn.endpoint.tls.serverName);
    m_insecure->setChecked(conn.endpoint.tls.insecure);
    m_ca->setPlainText(QString::fromUtf8(conn.endpoint.tls.caPem));
    m_pinned->setText(
        conn.endpoint.tls.pinnedSha256.isEmpty()
            ? QString()
            : tr("Trusted certificate (SHA-256): %1").arg(conn.endpoint.tls.pinnedSha256));
    m_pinned->setVisible(!conn.endpoint.tls.pinnedSha256.isEmpty());
    QString kind = ClusterFormat::authKind(conn.auth);
    if (conn.auth == AuthKind::ClientCert)
        kind += QStringLiteral(" — ") + tr("certificate and key are kept in the vault");
    if (conn.auth == AuthKind::TokenFile)
        kind += QStringLiteral(" — ") + conn.tokenFile;
    if (conn.auth == AuthKind::Oidc)
        kind += QStringLiteral(" — ") + conn.oidc.issuerUrl;
    m_credentialKind->setText(kind);
    const bool token = conn.auth == AuthKind::Token;
    const bool basic = conn.auth == AuthKind::Basic;
    const bool exec = conn.auth == AuthKind::Exec;
    m_token->setText(QString::fromUtf8(c.token));
    m_username->setText(conn.username);
    m_password->setText(QString::fromUtf8(c.password));
    m_execPath->setText(conn.exec.pathOverride);
    m_execPath->setPlaceholderText(exec ? conn.exec.command : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_tokenLabel), static_cast<QWidget*>(m_token)})
        w->setVisible(token);
    for (QWidget* w : {static_cast<QWidget*>(m_usernameLabel), static_cast<QWidget*>(m_username),
                       static_cast<QWidget*>(m_passwordLabel), static_cast<QWidget*>(m_password)})
        w->setVisible(basic);
    for (QWidget* w : {static_cast<QWidget*>(m_execLabel), static_cast<QWidget*>(m_execPath),
                       static_cast<QWidget*>(m_locate)})
        w->setVisible(exec);
    m_loading = false;
    checkName();
    showTest(entry);
}

void ClusterForm::store(ImportEntry& entry) const {
    auto& r = entry.candidate.record;
    auto& c = entry.candidate.credentials;
    r.name = m_name->text().trimmed();
    const QString dcId = m_dataCenter->currentData().toString();
    r.datacenter = {};
    if (m_registry)
        for (const auto& dc : m_registry->dataCenters())
            if (dc.id == dcId)
                r.datacenter = dc;
    r.zone = m_zone->zone();
    r.gpuModels = m_gpus->models();
    r.cpuOnly = m_gpus->cpuOnly();
    r.labels.clear();
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QString key =
            m_labels->item(row, 0) ? m_labels->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            r.labels.insert(key, m_labels->item(row, 1) ? m_labels->item(row, 1)->text() : "");
    }
    fd::net::Endpoint& endpoint = r.connection.endpoint;
    endpoint.url = m_server->text().trimmed();
    endpoint.tls.serverName = m_tlsName->text().trimmed();
    endpoint.tls.insecure = m_insecure->isChecked();
    endpoint.tls.caPem = m_ca->toPlainText().trimmed().toUtf8();
    if (!endpoint.tls.caPem.isEmpty())
        endpoint.tls.caPem += '\n';
    if (r.connection.auth == AuthKind::Token)
        c.token = m_token->text().toUtf8();
    if (r.connection.auth == AuthKind::Basic) {
        r.connection.username = m_username->text();
        c.password = m_password->text().toUtf8();
    }
    if (r.connection.auth == AuthKind::Exec)
        r.connection.exec.pathOverride = m_execPath->text().trimmed();
}

void ClusterForm::setReservedNames(const QStringList& reserved) {
    m_reserved = reserved;
    checkName();
}

bool ClusterForm::nameIsValid() const {
    return m_nameProblem->text().isEmpty();
}

void ClusterForm::checkName() {
    const QString name = m_name->text().trimmed();
    QString problem;
    QString suggestion;
    bool clash = false;
    for (const QString& other : m_reserved)
        clash = clash || other.compare(name, Qt::CaseInsensitive) == 0;
    if (name.isEmpty()) {
        problem = tr("Enter a display name.");
    } else if (clash || (m_registry && m_registry->isNameTaken(name, m_sameIdentity))) {
        suggestion = m_registry ? m_registry->suggestName(name, m_reserved, m_sameIdentity)
                                : name + QStringLiteral("-2");
        problem = tr("The name \"%1\" is already used.").arg(name);
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_useSuggestion->setProperty("suggestion", suggestion);
    m_useSuggestion->setText(tr("Use \"%1\"").arg(suggestion));
    m_useSuggestion->setVisible(!suggestion.isEmpty());
}

void ClusterForm::showTest(const ImportEntry& entry) {
    using fd::registry::ConnectionCategory;
    const auto& report = entry.report;
    m_trustCa->setVisible(entry.test == ImportEntry::Test::Failed &&
                          (report.category == ConnectionCategory::TlsUnknownCa ||
                           report.category == ConnectionCategory::TlsNameMismatch) &&
                          !report.certSha256.isEmpty());
    switch (entry.test) {
    case ImportEntry::Test::NotRun:
        m_result->setText(tr("Not tested yet. \"Test connection\" checks every ticked context."));
        m_result->setStyleSheet({});
        return;
    case ImportEntry::Test::Running:
        m_result->setText(tr("Testing the connection…"));
        m_result->setStyleSheet({});
        return;
    case ImportEntry::Test::Cancelled:
        m_result->setText(tr("The test was cancelled."));
        m_result->setStyleSheet({});
        return;
    case ImportEntry::Test::Passed:
        m_result->setText(ClusterFormat::reportSummary(report));
        m_result->setStyleSheet(QStringLiteral("color: #1e6e34;"));
        return;
    case ImportEntry::Test::Failed:
        break;
    }
    QString text = report.sentence();
    // TLS failures: the sentence already names the certificate's SHA-256 fingerprint.
    if (report.category == ConnectionCategory::Forbidden && !report.missingPermission.isEmpty())
        text += QLatin1Char('\n') + tr("Missing permission: %1").arg(report.missingPermission);
    if (report.category == ConnectionCategory::CredentialPluginMissing) {
        text += QLatin1Char('\n') + tr("Use \"Locate binary…\" to point to the program.");
        if (!report.execInstallHint.isEmpty())
            text += QLatin1Char('\n') + report.execInstallHint;
    }
    m_result->setText(text);
    m_result->setStyleSheet(ProblemStyle);
}

void ClusterForm::locateBinary() {
    // No name filter: plugin binaries have no common extension.
    auto* dialog = new QFileDialog(this, tr("Locate the exec plugin"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("locateBinaryDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_execPath->setText(path);
        Q_EMIT edited();
        Q_EMIT retestRequested();
    });
    dialog->open();
}

void ClusterForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClusterForm::retranslate() {
    static_cast<QGroupBox*>(m_groups[0])->setTitle(tr("Cluster"));
    static_cast<QGroupBox*>(m_groups[1])->setTitle(tr("Connection (from the kubeconfig)"));
    static_cast<QGroupBox*>(m_groups[2])->setTitle(tr("Connection test"));
    m_nameLabel->setText(tr("Display name"));
    m_dataCenterLabel->setText(tr("Data center"));
    m_zoneLabel->setText(tr("Zone"));
    m_gpuLabel->setText(tr("GPU models"));
    m_labelsLabel->setText(tr("Labels"));
    m_labels->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_addLabel->setText(tr("Add label"));
    m_removeLabel->setText(tr("Remove label"));
    m_serverLabel->setText(tr("Server"));
    m_tlsNameLabel->setText(tr("TLS server name"));
    m_insecure->setText(tr("Skip TLS verification (insecure)"));
    m_caLabel->setText(tr("CA certificate"));
    m_ca->setPlaceholderText(tr("PEM; empty = the system's trusted CAs"));
    m_credentialLabel->setText(tr("Credential"));
    m_tokenLabel->setText(tr("Token"));
    m_usernameLabel->setText(tr("Username"));
    m_passwordLabel->setText(tr("Password"));
    m_execLabel->setText(tr("Plugin path"));
    m_locate->setText(tr("Locate binary…"));
    m_trustCa->setText(tr("Trust this certificate"));
    checkName();
}

} // namespace fd::widgets
