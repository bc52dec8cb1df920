#pragma once

#include "vsphere/vcenterservice.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::widgets {

// Adds a vCenter connection: name, URL, user, password (kept in the vault). "Test" signs in
// before saving; a certificate that is not trusted shows its SHA-256 fingerprint and a "Trust
// this certificate" check box that pins exactly that certificate. Nothing waits on the UI
// thread: the test and the save answer through the service's callbacks.
class AddVcenterDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddVcenterDialog)

public:
    AddVcenterDialog(fd::vsphere::VcenterService* service, QWidget* parent = nullptr);

    QString addedName() const { return m_added; }
    void accept() override; // saves; closes once stored

private:
    fd::vsphere::VcenterConnectionInput input() const;
    void test();
    void showReport(const fd::vsphere::VcenterTestReport& report);
    void growToFit();
    void setBusy(bool busy);

    fd::vsphere::VcenterService* m_service;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_trust;
    QLabel* m_result;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
    QString m_offeredSha256; // what the last TLS failure presented
    QString m_added;
};

} // namespace fd::widgets
