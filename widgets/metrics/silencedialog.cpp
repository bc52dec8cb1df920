#include "metrics/silencedialog.h"

#include "metrics/alertmanagermodels.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDurations[] = {kHour,      2 * kHour,  4 * kHour,
                                 12 * kHour, 24 * kHour, 7 * 24 * kHour};
constexpr int kDefaultDuration = 1; // 2 hours

QString creatorGuess() {
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return {};
}

} // namespace

SilenceDialog::SilenceDialog(const fd::metrics::Labels& labels, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_matchersLabel(new QLabel(this))
    , m_durationLabel(new QLabel(this))
    , m_commentLabel(new QLabel(this))
    , m_creatorLabel(new QLabel(this))
    , m_matchers(new QPlainTextEdit(this))
    , m_duration(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_creator(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_ok(new QPushButton(this)) {
    setObjectName(QStringLiteral("silenceDialog"));
    m_matchers->setObjectName(QStringLiteral("silenceMatchers"));
    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    m_comment->setObjectName(QStringLiteral("silenceComment"));
    m_creator->setObjectName(QStringLiteral("silenceCreator"));
    m_error->setObjectName(QStringLiteral("silenceError"));
    m_ok->setObjectName(QStringLiteral("silenceOk"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b23b1e;"));
    m_error->hide();
    m_matchers->setTabChangesFocus(true);
    QStringList lines;
    for (const fd::metrics::Matcher& m : matchersFor(labels))
        lines << matcherText(m);
    m_matchers->setPlainText(lines.join(QLatin1Char('\n')));
    m_matchers->setMinimumHeight(m_matchers->fontMetrics().lineSpacing() * 7);
    for (qint64 seconds : kDurations)
        m_duration->addItem(QString(), seconds);
    m_duration->setCurrentIndex(kDefaultDuration);
    m_creator->setText(creatorGuess());
    m_ok->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(m_matchersLabel, m_matchers);
    form->addRow(m_durationLabel, m_duration);
    form->addRow(m_commentLabel, m_comment);
    form->addRow(m_creatorLabel, m_creator);
    m_buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    // OK does not close: the caller closes once the Alertmanager has stored the silence.
    connect(m_ok, &QPushButton::clicked, this, [this] {
        QString error;
        const auto s = silence(&error);
        if (!s) {
            setError(error);
            return;
        }
        setError({});
        Q_EMIT submitted(*s);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(m_creator, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    retranslate();
    updateEnabled();
}

SilenceDialog::~SilenceDialog() = default;

void SilenceDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SilenceDialog::retranslate() {
    setWindowTitle(tr("Silence alerts"));
    m_intro->setText(tr("The Alertmanager stops notifying about every alert that matches all of "
                        "these matchers until the silence ends. The matchers start as the "
                        "alert's labels; remove lines to silence more alerts."));
    m_matchersLabel->setText(tr("Matchers:"));
    m_durationLabel->setText(tr("Duration:"));
    m_commentLabel->setText(tr("Comment:"));
    m_creatorLabel->setText(tr("Created by:"));
    const QStringList durations{tr("1 hour"),   tr("2 hours"), tr("4 hours"),
                                tr("12 hours"), tr("1 day"),   tr("1 week")};
    for (int i = 0; i < durations.size(); ++i)
        m_duration->setItemText(i, durations.at(i));
    m_comment->setPlaceholderText(tr("Why, e.g. the ticket of the maintenance"));
    m_ok->setText(tr("Silence"));
}

void SilenceDialog::updateEnabled() {
    m_ok->setEnabled(!m_busy && !m_comment->text().trimmed().isEmpty() &&
                     !m_creator->text().trimmed().isEmpty());
    m_matchers->setReadOnly(m_busy);
    m_comment->setReadOnly(m_busy);
    m_creator->setReadOnly(m_busy);
    m_duration->setEnabled(!m_busy);
}

std::optional<fd::metrics::Silence> SilenceDialog::silence(QString* error) const {
    auto matchers = parseMatchers(m_matchers->toPlainText(), error);
    if (!matchers)
        return std::nullopt;
    fd::metrics::Silence s;
    s.matchers = *matchers;
    s.startsAt = QDateTime::currentDateTimeUtc();
    s.endsAt = s.startsAt.addSecs(m_duration->currentData().toLongLong());
    s.comment = m_comment->text().trimmed();
    s.createdBy = m_creator->text().trimmed();
    if (s.comment.isEmpty() || s.createdBy.isEmpty()) {
        *error = tr("The Alertmanager needs a comment and who created the silence.");
        return std::nullopt;
    }
    return s;
}

void SilenceDialog::setError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SilenceDialog::setBusy(bool busy) {
    m_busy = busy;
    updateEnabled();
}

} // namespace fd::widgets
