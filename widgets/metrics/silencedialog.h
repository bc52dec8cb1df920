#pragma once

#include "metrics/promtypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fd::widgets {

// "Silence…" on an Alertmanager alert: matchers (one per line, pre-filled from the alert's
// labels), a duration from now, a comment and the creator (Alertmanager requires both). Only
// collects the silence; the caller sends it and closes the dialog on success, or shows the
// error in it (setError) and keeps it open.
class SilenceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)

public:
    explicit SilenceDialog(const fd::metrics::Labels& labels, QWidget* parent = nullptr);
    ~SilenceDialog() override;

    // The silence the form describes (starting now), or nullopt with the reason in `error`.
    std::optional<fd::metrics::Silence> silence(QString* error) const;
    void setError(const QString& text);
    void setBusy(bool busy);

    // For tests.
    QPlainTextEdit* matchersEdit() const { return m_matchers; }
    QComboBox* durationBox() const { return m_duration; }
    QLineEdit* commentEdit() const { return m_comment; }
    QLineEdit* creatorEdit() const { return m_creator; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    // OK was pressed with a valid form.
    void submitted(const fd::metrics::Silence& silence);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();

    QLabel* m_intro;
    QLabel* m_matchersLabel;
    QLabel* m_durationLabel;
    QLabel* m_commentLabel;
    QLabel* m_creatorLabel;
    QPlainTextEdit* m_matchers;
    QComboBox* m_duration;
    QLineEdit* m_comment;
    QLineEdit* m_creator;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    bool m_busy = false;
};

} // namespace fd::widgets
