#pragma once

#include "metrics/promtypes.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// A matcher as Alertmanager writes it: name="value", name=~"regex", name!="value", name!~"regex".
QString matcherText(const fd::metrics::Matcher& matcher);
// One matcher per line in that syntax (the quotes are optional); nullopt names the bad line in
// `error` (one sentence).
std::optional<QList<fd::metrics::Matcher>> parseMatchers(const QString& text, QString* error);
// The equality matchers that select exactly this alert's label set.
QList<fd::metrics::Matcher> matchersFor(const fd::metrics::Labels& labels);

// The alerts the Alertmanager holds (/api/v2/alerts): active before suppressed, the
// longest-active first; suppressed ones say by which silences or inhibiting alerts.
class AmAlertModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmAlertModel)

public:
    enum Column { State, Alert, Severity, Since, SuppressedBy, Summary, Labels, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit AmAlertModel(QObject* parent = nullptr);

    void setAlerts(QList<fd::metrics::AmAlert> alerts);
    const QList<fd::metrics::AmAlert>& alerts() const { return m_alerts; }
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::AmAlert> m_alerts;
};

// The Alertmanager's silences (/api/v2/silences): active, then pending, then expired (the most
// recently ended first), with their matchers, creator, comment and end.
class SilenceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceModel)

public:
    enum Column { State, Matchers, CreatedBy, Comment, Ends, Id, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit SilenceModel(QObject* parent = nullptr);

    void setSilences(QList<fd::metrics::Silence> silences);
    const QList<fd::metrics::Silence>& silences() const { return m_silences; }
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::Silence> m_silences;
};

} // namespace fd::widgets
