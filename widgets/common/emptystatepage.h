#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// A page that, for now, consists of its empty state: what the page is for and the button that
// starts it. The capabilities behind Policies, Deployments, GPU metrics and vCenter arrive in
// later releases; until then their pages say so honestly instead of offering a fake action.
class EmptyStatePage : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyState* emptyState() const { return m_empty; }

protected:
    // pageId and iconPath are passed in because virtual calls do not reach the subclass while
    // this constructor runs. The subclass constructor calls retranslate() to fill the texts.
    EmptyStatePage(const AppServices& services, const QString& pageId, const QString& iconPath,
                   QWidget* parent);

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
