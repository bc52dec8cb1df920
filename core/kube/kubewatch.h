#pragma once

// A watch that keeps going: KubeClient::watch() lists (unless given a resourceVersion), then
// streams newline-delimited watch events from the last version seen. Bookmarks advance the
// version on quiet streams; when the stream ends (server timeout, dropped connection, idle) it
// reconnects from that version with a growing back-off; when the server no longer has the
// version (410 Gone, as an ERROR event or an HTTP status) it lists again and reports the new
// state through onRelisted before watching on.

#include "kube/kubeclient.h"

#include <QPointer>
#include <QTimer>

namespace fd::kube {

class KubeWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeWatch)

public:
    ~KubeWatch() override;

    // Ends the stream; no handler runs afterwards. Deleting the watch does the same.
    void stop();
    bool isStopped() const { return m_stopped; }

    // The last version seen (event, bookmark or list).
    QString resourceVersion() const { return m_resourceVersion; }
    int reconnects() const { return m_reconnects; } // streams started after the first
    int relists() const { return m_relists; }       // lists after the first (410 Gone)

private:
    friend class KubeClient;
    KubeWatch(KubeClient* client, ResourceType type, ListOptions options, WatchOptions watch,
              QObject* context, WatchHandlers handlers);

    void start();
    void relist();
    void openStream();
    void onChunk(QByteArrayView chunk);
    void onLine(const QByteArray& line);
    void onStreamEnd(KubeResult<ApiResponse> result);
    void reconnectLater();
    void fail(const KubeError& error, bool fatal);

    KubeClient* m_client;
    ResourceType m_type;
    ListOptions m_options;
    WatchOptions m_watch;
    QPointer<QObject> m_context;
    WatchHandlers m_handlers;
    std::shared_ptr<KubeClient::Op> m_stream;
    QByteArray m_buffer;
    QString m_resourceVersion;
    QTimer m_retry;
    int m_backoffMs = 0;
    int m_reconnects = 0;
    int m_relists = -1;
    int m_streams = 0;
    bool m_stopped = false;
    bool m_needsRelist = false; // the stream reported 410
};

} // namespace fd::kube
