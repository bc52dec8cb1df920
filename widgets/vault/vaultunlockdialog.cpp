#include "vaultunlockdialog.h"

#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

QLineEdit* makePassphraseEdit(const char* objectName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setEchoMode(QLineEdit::Password);
    // No input-method composition or autocompletion for a secret.
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    edit->setMinimumWidth(280);
    return edit;
}

// Overwrites the line edit's text before clearing it; QLineEdit keeps no other copy we can
// reach, so this is as far as wiping goes for typed text.
void clearSecretEdit(QLineEdit* edit) {
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
}

} // namespace

VaultUnlockDialog::VaultUnlockDialog(fd::secrets::SecretStore& secrets, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_mode(mode)
    , m_heading(new QLabel)
    , m_explanation(new QLabel)
    , m_passphraseLabel(new QLabel)
    , m_passphrase(makePassphraseEdit("vaultPassphrase"))
    , m_confirmLabel(new QLabel)
    , m_confirm(makePassphraseEdit("vaultConfirm"))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_ok(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)) {
    setObjectName(QStringLiteral("vaultUnlockDialog"));

    m_heading->setObjectName(QStringLiteral("dialogHeading"));
    m_explanation->setObjectName(QStringLiteral("hint"));
    m_explanation->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("vaultMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ok->setObjectName(QStringLiteral("vaultOkButton"));
    m_ok->setProperty("primary", true);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(m_passphraseLabel, m_passphrase);
    if (m_mode == Mode::Create)
        form->addRow(m_confirmLabel, m_confirm);
    else {
        m_confirm->hide();
        m_confirmLabel->hide();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &VaultUnlockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VaultUnlockDialog::reject);
    // A new attempt starts with a clean slate: the old problem no longer describes it.
    for (QLineEdit* edit : {m_passphrase, m_confirm})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_busy)
                m_message->clear();
        });

    // Only now that the button is inside the dialog does the dialog remember it as its default
    // (what Return presses, also after the button was disabled during a check).
    m_ok->setDefault(true);
    retranslate();
    setMinimumWidth(480);
    m_passphrase->setFocus();
}

void VaultUnlockDialog::retranslate() {
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Create the secret vault"));
        m_heading->setText(tr("Choose a passphrase for the secret vault"));
        m_explanation->setText(
            tr("Fleetdeck keeps tokens, keys and passwords in an encrypted vault in its data "
               "directory. The passphrase is never stored: if it is lost, the secrets in the "
               "vault cannot be recovered. Use at least %n characters.",
               nullptr, MinimumLength));
        m_passphraseLabel->setText(tr("&Passphrase"));
        m_confirmLabel->setText(tr("&Confirm passphrase"));
        m_ok->setText(tr("Create vault"));
    } else {
        setWindowTitle(tr("Unlock the secret vault"));
        m_heading->setText(tr("Enter the vault passphrase"));
        m_explanation->setText(tr("Fleetdeck needs the stored credentials. The vault stays "
                                  "unlocked until you lock it in Settings or quit."));
        m_passphraseLabel->setText(tr("&Passphrase"));
        m_ok->setText(tr("Unlock"));
    }
}

void VaultUnlockDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VaultUnlockDialog::showProblem(const QString& message, QLineEdit* focus) {
    m_message->setProperty("problem", true);
    m_message->setText(message);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    focus->setFocus();
    focus->selectAll();
}

void VaultUnlockDialog::submit() {
    if (m_busy)
        return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        showProblem(tr("Enter the passphrase."), m_passphrase);
        return;
    }
    if (m_mode == Mode::Create) {
        if (passphrase.size() < MinimumLength) {
            showProblem(tr("The passphrase is too short; use at least %n characters.", nullptr,
                           MinimumLength),
                        m_passphrase);
            return;
        }
        if (m_confirm->text() != passphrase) {
            showProblem(tr("The two passphrases do not match. Type the same passphrase in both "
                           "fields."),
                        m_confirm);
            return;
        }
    }
    setBusy(true,
            m_mode == Mode::Create ? tr("Creating the vault…") : tr("Checking the passphrase…"));
    QByteArray bytes = passphrase.toUtf8();
    clearSecretEdit(m_passphrase);
    clearSecretEdit(m_confirm);
    // unlockAsync keeps its own copy, wiped once the key is derived.
    m_secrets.unlockAsync(bytes, this, [this](fd::Status st) { onUnlockFinished(st); });
    fd::secrets::crypto::wipe(bytes);
}

void VaultUnlockDialog::onUnlockFinished(const fd::Status& st) {
    setBusy(false);
    if (st) {
        accept();
        return;
    }
    // Every failure leaves the vault as it was, so the user can simply try again. The wrong-
    // passphrase sentence is the common case; it is worded here so it is translated with the
    // dialog (it says the same as fd::secrets::wrongPassphraseMessage()).
    showProblem(st.error().kind == fd::ErrorKind::WrongPassphrase
                    ? tr("The passphrase does not open this vault; nothing was changed.")
                    : st.error().message,
                m_passphrase);
}

void VaultUnlockDialog::setBusy(bool busy, const QString& message) {
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (!busy)
        m_ok->setDefault(true);
    if (busy) {
        m_message->setProperty("problem", false);
        m_message->setText(message);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
}

void VaultUnlockDialog::reject() {
    // The key derivation cannot be interrupted; closing now would leave its result nowhere.
    if (m_busy)
        return;
    clearSecretEdit(m_passphrase);
    clearSecretEdit(m_confirm);
    QDialog::reject();
}

} // namespace fd::widgets
