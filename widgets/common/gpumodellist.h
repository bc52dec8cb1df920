#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace fd::widgets {

// Which GPU models a cluster has: a checkable list of common NVIDIA data-center models with
// "CPU only" as a first-class choice at the top (it clears the models, and picking a model
// clears it), plus free text for anything not listed.
class GpuModelList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuModelList)

public:
    explicit GpuModelList(QWidget* parent = nullptr);

    void setSelection(const QStringList& models, bool cpuOnly);
    QStringList models() const;
    bool cpuOnly() const;

    QListWidget* list() const { return m_list; }
    QLineEdit* otherEdit() const { return m_other; }
    QPushButton* addButton() const { return m_add; }
    static QStringList commonModels();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidgetItem* addModel(const QString& model, bool checked);
    void onItemChanged(QListWidgetItem* item);
    void addOther();
    void retranslate();

    QListWidget* m_list;
    QLineEdit* m_other;
    QPushButton* m_add;
    bool m_updating = false;
};

} // namespace fd::widgets
