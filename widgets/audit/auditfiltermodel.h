#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace fd::widgets {

// Text and time filtering plus sorting over AuditModel, on the raw data role: the text matches
// action, target, result or detail case-insensitively; the time range is half-open, either end
// may be open (an invalid QDateTime).
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace fd::widgets
