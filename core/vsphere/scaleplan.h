#pragma once

// Scale groups: a template, a placement, a name pattern and an IP pool. Planning a scale-out
// (the next free names and addresses) is pure and happens before anything is cloned, so an
// exhausted pool is an error up front instead of half a scale-out.

#include "common/result.h"
#include "vsphere/moref.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fd::vsphere {

// A range of IPv4 addresses with the network settings the clones get.
struct IpPool {
    QString first; // "10.20.0.10"
    QString last;  // "10.20.0.50" (inclusive)
    int prefixLength = 24;
    QString gateway;
    QStringList dnsServers;
    QString domain;

    bool isEmpty() const { return first.isEmpty(); }
    // The pool's addresses in order; an error for a malformed or reversed range, or one larger
    // than 65,536 addresses.
    fd::Result<QStringList> addresses() const;
};

// Where the clones go: references and the names shown (names survive a vCenter restart; the
// references are re-resolved by name when they are stale).
struct Placement {
    MoRef computeResource; // cluster or standalone host's compute resource
    QString computeName;
    MoRef host; // optional within a cluster
    QString hostName;
    MoRef pool; // resource pool (the compute resource's root pool when empty)
    MoRef datastore;
    QString datastoreName;
    MoRef folder;
    QString folderPath;
};

struct ScaleGroup {
    qint64 id = 0;
    qint64 vcenterId = 0;
    QString name;
    QString templateKey; // "vm:<instanceUuid>" or "library:<item id>"
    QString templateName;
    Placement placement;
    QString namePattern; // "llm-{n}" or "llm-{n:03}": n counts from 1
    IpPool ipPool;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One VM a scale group made.
struct ScaleMember {
    qint64 groupId = 0;
    QString vmName;
    QString vmRef; // MoRef value ("vm-42"); empty until the clone finished
    QString ipAddress;
    int seq = 0; // the n of the name pattern
    QDateTime createdAt;
};

struct ScaleEvent {
    enum class Direction { Out, In };
    enum class Result { Running, Success, Partial, Failed };
    qint64 id = 0;
    qint64 groupId = 0;
    QDateTime at;
    Direction direction = Direction::Out;
    int requested = 0;
    int done = 0;
    Result result = Result::Running;
    QStringList vms; // names made or removed ("name (10.0.0.5)")
    QString message; // the failure's sentence, if any
};

struct PlannedVm {
    QString name;
    QString ipAddress; // empty when the group has no pool (DHCP)
    int seq = 0;
};

// "llm-{n:03}" with n = 7 → "llm-007"; a pattern without {n} gets "-<n>" appended.
QString expandNamePattern(const QString& pattern, int n);
// A pattern is valid when it makes DNS-label-like names: letters, digits and '-', at most 63.
fd::Status validateNamePattern(const QString& pattern);

// The next `count` names and addresses: names not among `takenNames` (the group's members and
// every VM of the vCenter, compared without case), addresses of the pool not in `takenIps`.
// Fails (before anything is cloned) when the pool has fewer free addresses than asked.
fd::Result<QList<PlannedVm>> planScaleOut(const ScaleGroup& group, int count,
                                          const QSet<QString>& takenNames,
                                          const QSet<QString>& takenIps);
// The `count` newest members (highest seq first).
QList<ScaleMember> planScaleIn(QList<ScaleMember> members, int count);

} // namespace fd::vsphere
