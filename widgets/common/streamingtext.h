#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QPlainTextEdit;

namespace fd::widgets {

// Appends streamed text (a model's answer token by token, a followed pod log) to a plain-text
// view at most once per frame. Each insertion lays the view's last paragraph out again, so a
// view fed 200 pieces a second spends its time in text layout and falls behind the stream;
// pieces that arrive within a frame of the last insertion wait for the next one, and a piece
// after a quiet spell shows at once. The view follows the end while it was scrolled there.
class StreamingText final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingText)

public:
    static constexpr int FrameMs = 33;

    // afterFlush runs after each insertion (e.g. to update figures shown next to the view).
    explicit StreamingText(QPlainTextEdit* view, std::function<void()> afterFlush = {});

    void append(const QString& text);
    // Inserts what is pending now (the stream ended or a message follows).
    void flush();
    // Drops what is pending and empties the view.
    void clear();

private:
    QPlainTextEdit* m_view;
    std::function<void()> m_afterFlush;
    QString m_pending;
    QElapsedTimer m_sinceFlush;
    QTimer m_timer;
};

} // namespace fd::widgets
