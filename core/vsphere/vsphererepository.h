#pragma once

// SQL for vCenter's own tables (schema step 9): template notes, scale groups, the VMs each group
// made and their scale events. The functions take the sqlite3* that Store::read() or
// Store::write() hands out (writes run on the writer thread inside its transaction).

#include "common/result.h"
#include "vsphere/scaleplan.h"

#include <QList>

struct sqlite3;

namespace fd::vsphere::repository {

// Local notes on a template, merged in the view with what vCenter reports about it.
struct TemplateNote {
    qint64 vcenterId = 0;
    QString templateKey; // "vm:<instanceUuid>" or "library:<item id>"
    QString templateName;
    QString purpose;
    QString owner;
    QString ipPool; // a default IP pool, as the user wrote it ("10.20.0.10-10.20.0.50")
    QDateTime updatedAt;
};

fd::Result<QList<TemplateNote>> loadTemplateNotes(sqlite3* db, qint64 vcenterId);
fd::Status saveTemplateNote(sqlite3* db, TemplateNote& note); // insert or replace
fd::Status deleteTemplateNote(sqlite3* db, qint64 vcenterId, const QString& templateKey);

fd::Result<QList<ScaleGroup>> loadScaleGroups(sqlite3* db, qint64 vcenterId);
fd::Status insertScaleGroup(sqlite3* db, ScaleGroup& group); // sets id and times
fd::Status updateScaleGroup(sqlite3* db, ScaleGroup& group);
fd::Status deleteScaleGroup(sqlite3* db, qint64 groupId); // members and events go with it

fd::Result<QList<ScaleMember>> loadScaleMembers(sqlite3* db, qint64 groupId); // by seq
fd::Status saveScaleMember(sqlite3* db, ScaleMember& member);                 // insert or replace
fd::Status deleteScaleMember(sqlite3* db, qint64 groupId, const QString& vmName);

fd::Status appendScaleEvent(sqlite3* db, ScaleEvent& event);       // sets id (and at when unset)
fd::Status updateScaleEvent(sqlite3* db, const ScaleEvent& event); // done, result, vms, message
// Newest first; limit <= 0: all.
fd::Result<QList<ScaleEvent>> loadScaleEvents(sqlite3* db, qint64 groupId, int limit = 0);

} // namespace fd::vsphere::repository
