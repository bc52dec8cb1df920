// StreamingText: a flood of pieces reaches the view as one insertion per frame, in order and
// complete; a piece after a quiet spell shows at once; flush() and clear() do what the dialog
// relies on at the end of a stream and before the next; the view follows the end only when it
// was there.
#include "common/streamingtext.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

using fd::widgets::StreamingText;

class TestStreamingText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aQuietPieceShowsAtOnce() {
        QPlainTextEdit view;
        int flushes = 0;
        StreamingText stream(&view, [&flushes] { ++flushes; });
        stream.append(QStringLiteral("Hello"));
        QCOMPARE(view.toPlainText(), QStringLiteral("Hello"));
        QCOMPARE(flushes, 1);
    }

    void aFloodIsOneInsertionPerFrame() {
        QPlainTextEdit view;
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int flushes = 0;
        StreamingText stream(&view, [&flushes] { ++flushes; });
        QSignalSpy changes(view.document(), &QTextDocument::contentsChange);
        QString expected;
        QElapsedTimer clock;
        clock.start();
        // 200 pieces a second for half a second, as a fast model streams.
        for (int i = 0; i < 100; ++i) {
            const QString piece = QStringLiteral(" tok%1").arg(i);
            expected += piece;
            stream.append(piece);
            QTest::qWait(5);
        }
        const qint64 elapsed = clock.elapsed();
        stream.flush();
        QCOMPARE(view.toPlainText(), expected);
        // One insertion per frame at most (plus the first, at once, and the final flush).
        const int frames = int(elapsed / StreamingText::FrameMs) + 2;
        QVERIFY2(flushes <= frames,
                 qPrintable(QStringLiteral("%1 insertions in %2 ms").arg(flushes).arg(elapsed)));
        QCOMPARE(changes.count(), flushes);
    }

    void pendingTextShowsWithinAFrame() {
        QPlainTextEdit view;
        StreamingText stream(&view);
        stream.append(QStringLiteral("a"));
        stream.append(QStringLiteral("b")); // within the frame: waits
        QCOMPARE(view.toPlainText(), QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(view.toPlainText(), QStringLiteral("ab"),
                                  StreamingText::FrameMs * 4);
    }

    void clearDropsWhatIsPending() {
        QPlainTextEdit view;
        StreamingText stream(&view);
        stream.append(QStringLiteral("old"));
        stream.append(QStringLiteral(" pending"));
        stream.clear();
        QVERIFY(view.toPlainText().isEmpty());
        QTest::qWait(StreamingText::FrameMs * 2);
        QVERIFY(view.toPlainText().isEmpty());
        stream.append(QStringLiteral("new")); // a cleared view shows the next piece at once
        QCOMPARE(view.toPlainText(), QStringLiteral("new"));
    }

    void followsTheEndOnlyWhenThere() {
        QPlainTextEdit view;
        view.resize(300, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StreamingText stream(&view);
        for (int i = 0; i < 50; ++i) {
            stream.append(QStringLiteral("line %1\n").arg(i));
            stream.flush();
        }
        QScrollBar* bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(0); // the admin scrolled up to read
        stream.append(QStringLiteral("more\n"));
        stream.flush();
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(TestStreamingText)
#include "tst_streamingtext.moc"
