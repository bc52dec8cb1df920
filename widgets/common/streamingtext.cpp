#include "streamingtext.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

namespace fd::widgets {

StreamingText::StreamingText(QPlainTextEdit* view, std::function<void()> afterFlush)
    : QObject(view)
    , m_view(view)
    , m_afterFlush(std::move(afterFlush)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamingText::flush);
}

void StreamingText::append(const QString& text) {
    m_pending += text;
    if (!m_sinceFlush.isValid() || m_sinceFlush.elapsed() >= FrameMs)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(int(FrameMs - m_sinceFlush.elapsed()));
}

void StreamingText::flush() {
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    // At the document's end, not through the view's cursor: moving that scrolls the view, and
    // an admin who scrolled up to read stays where they are.
    QTextCursor end(m_view->document());
    end.movePosition(QTextCursor::End);
    end.insertText(m_pending);
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
    m_sinceFlush.start();
    if (m_afterFlush)
        m_afterFlush();
}

void StreamingText::clear() {
    m_timer.stop();
    m_pending.clear();
    m_sinceFlush.invalidate();
    m_view->clear();
}

} // namespace fd::widgets
