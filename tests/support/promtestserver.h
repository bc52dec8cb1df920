#pragma once

// Starts a real Prometheus and Alertmanager (Debian's packages) for one test through
// tests/servers/prometheus/fixture.py: a day of dcgm-exporter history for 2 nodes × 8 GPUs
// (MIG instances, an XID incident, a gap, NaN samples, both host label spellings) backfilled with
// promtool, a live exporter scraped every 2 s, alerting rules that fire into the Alertmanager and
// a silence. Everything on 127.0.0.1 with free ports and temporary data dirs, stopped by PID.
//
//   fd::test::PromTestServer prom;
//   QVERIFY2(prom.start(), qPrintable(prom.errorString()));
//   fd::net::Endpoint ep{prom.prometheusUrl()};
//   prom.truth()["xids"] … the incidents the history holds, with epoch times

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace fd::test {

class PromTestServer final {
public:
    struct Options {
        QString scenario = QStringLiteral("ci"); // "ci" or "bench"
        int benchNodes = 4;
        bool alertmanager = true;
        int startTimeoutMs = 600000; // a cold history cache costs seconds of CPU per day of data
    };

    PromTestServer();
    ~PromTestServer();
    Q_DISABLE_COPY_MOVE(PromTestServer)

    // False with errorString() set when a binary is missing or a server fails to start.
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    void stop(); // SIGTERM to the fixture by PID; it stops its children by PID
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString prometheusUrl() const;
    QString alertmanagerUrl() const;
    QString exporterUrl(const QString& node) const; // gpu-node-a, gpu-node-b
    qint64 anchorMs() const;       // the scenario's reference time (last full hour)
    qint64 historyStartMs() const; // the first backfilled sample
    QJsonObject truth() const;     // generated incidents (see generate_history.py)
    QJsonObject ready() const { return m_ready; }
    double startupSeconds() const { return m_startupSeconds; }
    QString workDir() const;

    // The live exporter's behaviour: "ok", "broken" (a non-numeric line: Prometheus rejects the
    // scrape), "down" (503) or "slow" (5 s).
    bool setExporterMode(const QString& node, const QString& mode);

private:
    bool fail(const QString& message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    QString m_error;
    double m_startupSeconds = 0;
};

} // namespace fd::test
