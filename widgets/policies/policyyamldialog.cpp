#include "policyyamldialog.h"

#include "fieldmessage.h"

#include "policy/karmadarender.h"
#include "policy/policyformat.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

namespace {

QPlainTextEdit* yamlView(const char* name) {
    auto* view = new QPlainTextEdit;
    view->setObjectName(QString::fromLatin1(name));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

PolicyYamlDialog::PolicyYamlDialog(const PolicyService& service, PolicyKind kind,
                                   const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
    , m_karmada(yamlView("karmadaYaml"))
    , m_policy(yamlView("policyYaml"))
    , m_notes(new FieldMessage) {
    setObjectName(QStringLiteral("policyYamlDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("YAML of %1").arg(name));
    const PolicySet& set = service.policies();
    const KarmadaCapabilities caps = service.capabilities();

    RenderResult rendered;
    PolicySet one;
    QString karmadaNote;
    switch (kind) {
    case PolicyKind::Placement:
        if (const auto* s = set.strategy(name)) {
            one.strategies << *s;
            rendered = renderStrategy(*s, set, caps);
        }
        break;
    case PolicyKind::Resource:
        if (const auto* p = set.profile(name)) {
            one.profiles << *p;
            rendered = renderProfile(*p, caps);
        }
        break;
    case PolicyKind::Failover:
        if (const auto* f = set.failoverPolicy(name))
            one.failoverPolicies << *f;
        // No object of its own: it is written into the strategies that use it.
        for (const PlacementStrategy& s : set.strategies)
            if (s.failoverPolicy.compare(name, Qt::CaseInsensitive) == 0) {
                RenderResult part = renderStrategy(s, set, caps);
                rendered.objects += part.objects;
                rendered.notExpressed += part.notExpressed;
            }
        karmadaNote = rendered.objects.isEmpty()
                          ? tr("A failover policy has no Karmada object of its own, and no "
                               "strategy uses this one yet.")
                          : tr("A failover policy has no Karmada object of its own: it is "
                               "written into the strategies that use it, shown here.");
        break;
    }
    m_karmada->setPlainText(QString::fromUtf8(toYaml(rendered.objects)));
    m_policy->setPlainText(QString::fromUtf8(writePolicyYaml(one)));

    auto* source = new QLabel(
        service.capabilitiesKnown()
            ? tr("Rendered for the control plane's schema (%1).").arg(caps.source)
            : tr("Rendered for %1; the control plane's own schema is used once policies are "
                 "synced.")
                  .arg(displayName(caps.generation)));
    source->setObjectName(QStringLiteral("hint"));
    source->setWordWrap(true);
    QList<Finding> notes = rendered.notExpressed;
    if (!karmadaNote.isEmpty()) {
        Finding f;
        f.severity = Severity::Info;
        f.message = karmadaNote;
        notes.prepend(f);
    }
    m_notes->setObjectName(QStringLiteral("renderNotes"));
    m_notes->setFindings(notes);

    auto* karmadaPage = new QWidget;
    auto* kl = new QVBoxLayout(karmadaPage);
    kl->addWidget(source);
    kl->addWidget(m_notes);
    kl->addWidget(m_karmada, 1);
    m_tabs->addTab(karmadaPage, tr("Karmada objects"));
    m_tabs->addTab(m_policy, tr("Policy file"));

    auto* copy = new QPushButton(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyButton"));
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        const auto* view = m_tabs->currentIndex() == 0 ? m_karmada : m_policy;
        QApplication::clipboard()->setText(view->toPlainText());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(720, 640);
}

} // namespace fd::widgets
