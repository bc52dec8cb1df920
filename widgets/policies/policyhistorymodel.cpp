#include "policyhistorymodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace fd::widgets {

using fd::policy::repository::PolicyVersion;
using fd::policy::repository::VersionAction;

namespace {

QString valueText(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

PolicyHistoryModel::PolicyHistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PolicyHistoryModel::setVersions(const QList<PolicyVersion>& versions) {
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

int PolicyHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PolicyHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const PolicyVersion& v = m_versions[index.row()];
    if (role == VersionRole)
        return QVariant::fromValue(v);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return v.version;
    case TimeColumn:
        return QLocale().toString(v.changedAt.toLocalTime(), QLocale::ShortFormat);
    case AuthorColumn:
        return v.changedBy.isEmpty() ? tr("unknown") : v.changedBy;
    case ActionColumn:
        switch (v.action) {
        case VersionAction::Created:
            return tr("Created");
        case VersionAction::Updated:
            return tr("Changed");
        case VersionAction::Deleted:
            return tr("Deleted");
        }
        return {};
    case ChangesColumn: {
        QStringList parts;
        for (const auto& c : v.changes)
            parts << (role == Qt::ToolTipRole
                          ? tr("%1: %2 → %3").arg(c.path, valueText(c.from), valueText(c.to))
                          : c.path);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant PolicyHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case TimeColumn:
        return tr("When");
    case AuthorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Changed fields");
    default:
        return {};
    }
}

} // namespace fd::widgets
