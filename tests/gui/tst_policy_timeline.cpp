// The failover timeline widget at 200 % (QT_SCALE_FACTOR=2, set before the application starts):
// every bar's extent is proportional to its phase's duration on one axis, edits move the bars,
// bar edges fall on device pixels and are painted sharp, the compact variant keeps the
// proportions, observed failovers from a ResourceBinding are drawn on the same axis, and the
// accessible description says it all in words.
#include "guifixture.h"
#include "screenshothelpers.h"

#include "policies/failovertimelinewidget.h"
#include "policy/failovertimeline.h"

#include <QJsonDocument>
#include <QPainter>
#include <QtTest>

#include <cmath>

using fd::policy::FailoverPolicy;
using fd::policy::PurgeMode;
using fd::policy::TimelinePhase;
using fd::widgets::FailoverTimelineWidget;

namespace {

QImage renderAtScreenScale(FailoverTimelineWidget& w) {
    const qreal dpr = w.devicePixelRatioF();
    QImage image(w.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    w.render(&image);
    return image;
}

int colorDistance(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

const char* const kBinding =
    R"({"apiVersion":"work.karmada.io/v1alpha2","kind":"ResourceBinding",
      "metadata":{"name":"llama-deployment","namespace":"ai"},
      "spec":{"clusters":[{"name":"hq-idc-2","replicas":2}],
        "gracefulEvictionTasks":[
          {"fromCluster":"seoul-dc1-a","reason":"TaintUntolerated","producer":"TaintManager",
           "purgeMode":"Gracefully","gracePeriodSeconds":600,"replicas":2,
           "creationTimestamp":"2024-04-17T15:00:00Z"}]},
      "status":{"lastScheduledTime":"2024-04-17T15:00:05Z","conditions":[
        {"lastTransitionTime":"2024-04-17T15:00:40Z","message":"Binding has been scheduled successfully.",
         "reason":"Success","status":"True","type":"Scheduled"}]}})";

} // namespace

class TestPolicyTimeline final : public QObject {
    Q_OBJECT

    // Every phase with a duration: width == duration × (the axis's pixels per second), and
    // starts where its start time is on the axis.
    void checkProportional(const FailoverTimelineWidget& w, int observedRow = -1) {
        const double perSecond =
            (w.xForSeconds(w.axisSeconds()) - w.xForSeconds(0)) / w.axisSeconds();
        QVERIFY(perSecond > 0);
        const auto phases = observedRow < 0 ? w.phases() : w.observed()[observedRow].phases;
        QVERIFY(!phases.isEmpty());
        const double px = 1.0 / w.devicePixelRatioF(); // snapping moves an edge by < 1 px
        for (const TimelinePhase& p : phases) {
            const QRectF r = w.barRect(p.name, observedRow);
            QVERIFY2(!r.isNull() || p.startSeconds == p.endSeconds, qPrintable(p.name));
            const double expected = (p.endSeconds - p.startSeconds) * perSecond;
            QVERIFY2(std::abs(r.width() - expected) <= px + 1e-9,
                     qPrintable(QStringLiteral("%1: width %2, expected %3")
                                    .arg(p.name)
                                    .arg(r.width())
                                    .arg(expected)));
            QVERIFY2(std::abs(r.left() - w.xForSeconds(p.startSeconds)) <= px / 2 + 1e-9,
                     qPrintable(p.name));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        QCOMPARE(qApp->devicePixelRatio(), 2.0); // the whole test runs at 200 %
    }

    void barsAreProportionalToTheirDurations() {
        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Full);
        w.setPolicy(FailoverPolicy{}); // Karmada's defaults: 300 s, Gracefully, 600 s
        w.resize(720, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkProportional(w);
        // Grace period 600 s is twice detection 300 s (each edge may be off by half a device
        // pixel after snapping).
        QVERIFY(std::abs(w.barRect(QStringLiteral("gracePeriod")).width() -
                         2 * w.barRect(QStringLiteral("detection")).width()) <= 1.5);
        // The grace period and the eviction start where detection ends; purge where grace ends.
        QCOMPARE(w.barRect(QStringLiteral("gracePeriod")).left(),
                 w.barRect(QStringLiteral("detection")).right());
        QCOMPARE(w.barRect(QStringLiteral("purge")).left(),
                 w.barRect(QStringLiteral("gracePeriod")).right());
        // The failure is an instant.
        QCOMPARE(w.barRect(QStringLiteral("failure")).width(), 0.0);
        // The axis covers everything and is a round number.
        QVERIFY(w.axisSeconds() >= 905);
        QVERIFY(w.barRect(QStringLiteral("purge")).right() <= w.width());
        // Rows do not overlap.
        QVERIFY(w.barRect(QStringLiteral("detection")).top() >=
                w.barRect(QStringLiteral("failure")).bottom());
    }

    void editsMoveTheBars() {
        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Full);
        FailoverPolicy f;
        w.setPolicy(f);
        w.resize(720, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRectF detection = w.barRect(QStringLiteral("detection"));
        const QRectF eviction = w.barRect(QStringLiteral("eviction"));
        const int axis = w.axisSeconds();

        f.tolerationSeconds = 120; // shorter detection: everything after it moves left
        w.setPolicy(f);
        QVERIFY(w.axisSeconds() <= axis);
        QVERIFY(w.barRect(QStringLiteral("detection")).width() < detection.width());
        QVERIFY(w.barRect(QStringLiteral("eviction")).left() < eviction.left());
        QVERIFY(std::abs(w.barRect(QStringLiteral("eviction")).left() - w.xForSeconds(120)) <= 0.5);
        QVERIFY(std::abs(w.barRect(QStringLiteral("purge")).left() - w.xForSeconds(720)) <= 0.5);
        checkProportional(w);

        // Directly: no grace period, the purge right after detection; the axis shrinks.
        f.purgeMode = PurgeMode::Directly;
        w.setPolicy(f);
        QVERIFY(w.barRect(QStringLiteral("gracePeriod")).isNull());
        QVERIFY(w.axisSeconds() < 720);
        QCOMPARE(w.barRect(QStringLiteral("purge")).left(),
                 w.barRect(QStringLiteral("detection")).right());
        checkProportional(w);

        // Off: only the failure, and the words say so.
        f.enabled = false;
        w.setPolicy(f);
        QCOMPARE(w.phases().size(), 1);
        QVERIFY(w.barRect(QStringLiteral("detection")).isNull());
        QVERIFY(w.accessibleDescription().contains(QLatin1String("Failover is off")));
    }

    void crispAtTwoHundredPercent() {
        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Full);
        FailoverPolicy f;
        f.tolerationSeconds = 137; // odd numbers: edges that fall between logical pixels
        f.gracePeriodSeconds = 413;
        w.setPolicy(f);
        w.resize(733, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.devicePixelRatioF(), 2.0);
        const QImage image = renderAtScreenScale(w);
        QCOMPARE(image.width(), 2 * w.width());
        for (const char* name : {"detection", "gracePeriod"}) {
            const QRectF r = w.barRect(QString::fromLatin1(name));
            // Edges sit on device pixels …
            QCOMPARE(r.left() * 2, std::round(r.left() * 2));
            QCOMPARE(r.right() * 2, std::round(r.right() * 2));
            // … and are painted sharp: the first device pixel inside is the bar's colour, the
            // one just outside the row's background, with no blended column between.
            const int y = int(r.center().y() * 2);
            const int inside = int(r.left() * 2) + 1;
            const int lastInside = int(r.right() * 2) - 1;
            // The reference colour near the left end: the duration text sits in the middle.
            const QColor bar = image.pixelColor(inside + 4, y);
            QVERIFY2(colorDistance(image.pixelColor(inside, y), bar) < 12, name);
            QVERIFY2(colorDistance(image.pixelColor(lastInside, y), bar) < 12, name);
            const QColor outside = image.pixelColor(int(r.right() * 2) + 1, y);
            QVERIFY2(colorDistance(outside, bar) > 120, name);
        }
        // The bar colours differ from each other (detection amber, grace period green).
        const QRectF d = w.barRect(QStringLiteral("detection"));
        const QRectF g = w.barRect(QStringLiteral("gracePeriod"));
        QVERIFY(colorDistance(image.pixelColor(int(d.left() * 2) + 5, int(d.center().y() * 2)),
                              image.pixelColor(int(g.left() * 2) + 5, int(g.center().y() * 2))) >
                100);
        fd::test::saveScreenshot(&w, fd::test::screenshotDir(QStringLiteral("en")) +
                                         QStringLiteral("/policy-timeline-200.png"));
    }

    void compactVariantKeepsProportions() {
        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Compact);
        w.setPolicy(FailoverPolicy{});
        w.resize(300, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.sizeHint().height() < 120); // fits on a card
        checkProportional(w);
        // No label column: the axis starts at the left margin.
        QVERIFY(w.xForSeconds(0) < 10);
    }

    void observedFailoversOnTheSameAxis() {
        auto binding = fd::policy::decodeBindingFailovers(
            QJsonDocument::fromJson(QByteArray(kBinding)).object());
        QVERIFY(binding.ok());
        const auto rows = FailoverTimelineWidget::observedRows(*binding, {});
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].label.contains(QLatin1String("seoul-dc1-a")));
        QVERIFY(rows[0].label.contains(QLatin1String("TaintUntolerated")));

        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Full);
        w.setPolicy(FailoverPolicy{});
        const int heightWithout = w.sizeHint().height();
        w.setObserved(rows);
        QVERIFY(w.sizeHint().height() > heightWithout);
        w.resize(720, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkProportional(w, 0);
        // 40 s of rescheduling and a 600 s grace period, on the model's scale.
        const QRectF grace = w.barRect(QStringLiteral("gracePeriod"), 0);
        const QRectF modelGrace = w.barRect(QStringLiteral("gracePeriod"));
        QVERIFY(std::abs(grace.width() - modelGrace.width()) <= 0.5);
        QVERIFY(grace.top() > modelGrace.bottom()); // below the model
        QVERIFY(w.accessibleDescription().contains(QLatin1String("What happened")));
        QVERIFY(w.accessibleDescription().contains(QLatin1String("seoul-dc1-a")));
        fd::test::saveScreenshot(&w, fd::test::screenshotDir(QStringLiteral("en")) +
                                         QStringLiteral("/policy-timeline-observed.png"));
    }

    void accessibleSummary() {
        FailoverTimelineWidget w(FailoverTimelineWidget::Variant::Compact);
        w.setPolicy(FailoverPolicy{});
        QCOMPARE(w.accessibleName(), QStringLiteral("Failover timeline"));
        const QString d = w.accessibleDescription();
        QVERIFY2(d.contains(QLatin1String("Detection (toleration) from 0 s to 5 min (5 min)")),
                 qPrintable(d));
        QVERIFY(d.contains(QLatin1String("Grace period from 5 min to 15 min (10 min)")));
        QVERIFY(d.contains(QLatin1String("Failure at 0 s")));
        FailoverPolicy f;
        f.tolerationSeconds = 45;
        w.setPolicy(f);
        QVERIFY(w.accessibleDescription().contains(QLatin1String("from 0 s to 45 s")));
    }
};

int main(int argc, char** argv) {
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestPolicyTimeline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_policy_timeline.moc"
