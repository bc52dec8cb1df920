#include "aboutdialog.h"

#include "common/versioninfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace fd::widgets {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Fleetdeck"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/fleetdeck.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);

    QString rows;
    for (const auto& [name, version] : fd::libraryVersions())
        rows += QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setText(
        QStringLiteral("<h2 style='margin:0'>Fleetdeck %1</h2><p>%2</p><p><b>%3</b></p>"
                       "<table>%4</table><p>%5</p>")
            .arg(fd::fleetdeckVersion().toHtmlEscaped(),
                 tr("Native console for on-premises GPU and AI infrastructure.").toHtmlEscaped(),
                 tr("Built with").toHtmlEscaped(), rows,
                 tr("Fleetdeck works offline: it contacts only the endpoints you configure.")
                     .toHtmlEscaped()));
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(440);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(logo);
    top->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsText() const {
    return m_text->text();
}

} // namespace fd::widgets
