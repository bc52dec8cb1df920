#include "importcontextsmodel.h"

#include "clusterformat.h"
#include "contextwarnings.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace fd::widgets {

namespace {

// The Warnings column shows one icon per kind side by side.
QIcon combinedIcon(ContextWarnings flags) {
    const QList<ContextWarning> kinds = ContextWarningText::kinds(flags);
    if (kinds.isEmpty())
        return {};
    constexpr int Size = 16;
    QPixmap pixmap(int(kinds.size()) * (Size + 3), Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    for (int i = 0; i < kinds.size(); ++i)
        painter.drawPixmap(i * (Size + 3), 0, ContextWarningText::icon(kinds[i]).pixmap(Size));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ImportContextsModel::ImportContextsModel(fd::registry::ImportSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &fd::registry::ImportSession::loaded, this, [this] {
        beginResetModel();
        endResetModel();
        Q_EMIT checkedChanged();
    });
    connect(session, &fd::registry::ImportSession::entryChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

const QList<ImportEntry>& ImportContextsModel::entries() const {
    static const QList<ImportEntry> none;
    return m_session ? m_session->entries() : none;
}

int ImportContextsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries().size());
}

int ImportContextsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportContextsModel::testText(const ImportEntry& e) const {
    switch (e.test) {
    case ImportEntry::Test::NotRun:
        return tr("Not tested");
    case ImportEntry::Test::Running:
        return tr("Testing…");
    case ImportEntry::Test::Passed:
        return tr("OK · %1 · %2 ms").arg(e.report.version).arg(e.report.latencyMs);
    case ImportEntry::Test::Failed:
        return tr("Failed: %1").arg(ClusterFormat::failureLabel(e.report));
    case ImportEntry::Test::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant ImportContextsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportEntry& e = entries()[index.row()];
    const auto& r = e.candidate.record;
    if (role == Qt::CheckStateRole && index.column() == Context)
        return e.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Context:
            return e.contextName;
        case Server:
            return r.server();
        case Auth:
            return ClusterFormat::authKind(r.authKind());
        case Namespace:
            return r.kubeNamespace.isEmpty() ? QStringLiteral("default") : r.kubeNamespace;
        case Warnings:
            return e.candidate.warnings.isEmpty() ? QString()
                                                  : QString::number(e.candidate.warnings.size());
        case Test:
            return testText(e);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Warnings)
        return combinedIcon(e.warningKinds);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Warnings && !e.candidate.warnings.isEmpty()) {
            QStringList lines;
            for (ContextWarning k : ContextWarningText::kinds(e.warningKinds))
                lines << QStringLiteral("• ") + ContextWarningText::label(k);
            lines << QString() << e.candidate.warnings;
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Test && e.test == ImportEntry::Test::Failed)
            return e.report.sentence();
        if (index.column() == Server)
            return r.server();
    }
    if (role == Qt::ForegroundRole && index.column() == Test) {
        if (e.test == ImportEntry::Test::Passed)
            return QColor(0x1e, 0x8e, 0x3e);
        if (e.test == ImportEntry::Test::Failed)
            return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

bool ImportContextsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != Context || !index.isValid() || !m_session)
        return false;
    m_session->setChecked(index.row(), value.toInt() == Qt::Checked);
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ImportContextsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Context)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImportContextsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Context:
        return tr("Context");
    case Server:
        return tr("Server");
    case Auth:
        return tr("Authentication");
    case Namespace:
        return tr("Namespace");
    case Warnings:
        return tr("Warnings");
    case Test:
        return tr("Connection test");
    }
    return {};
}

} // namespace fd::widgets
