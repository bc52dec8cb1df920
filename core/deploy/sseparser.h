#pragma once

// Server-sent events (the WHATWG event-stream format) read incrementally: bytes in, complete
// events out, whatever the chunk boundaries (a line, or even a CR LF pair, may be split across
// chunks). Lines end in LF, CR LF or CR; "data:" with or without the space after the colon (TGI's
// docs show `data:{…}`, the servers send `data: {…}`); comments (":") ignored; a blank line
// dispatches the event; a BOM at the start is skipped. Untrusted input: an event may not grow
// beyond maxEventBytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace fd::deploy {

struct SseEvent {
    QByteArray event; // "event:" field; empty means "message"
    QByteArray data;  // "data:" lines joined with "\n"
    QByteArray id;
};

class SseParser final {
public:
    // Appends the events completed by `bytes`. False when an event grew beyond the limit (the
    // parser then ignores further input).
    bool feed(QByteArrayView bytes, QList<SseEvent>& out);

    // True when data arrived that no blank line has dispatched yet (a stream cut mid-event).
    bool hasPendingEvent() const { return m_hasData || !m_line.isEmpty(); }
    bool overflowed() const { return m_overflow; }
    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = bytes; }

private:
    void line(QByteArrayView text, QList<SseEvent>& out);

    QByteArray m_line; // a line not yet ended
    QByteArray m_bom;  // leading bytes that may be a BOM
    SseEvent m_event;
    bool m_hasData = false;
    bool m_afterCr = false; // the last byte was CR: a following LF belongs to it
    bool m_started = false; // past a possible BOM
    bool m_overflow = false;
    qsizetype m_maxEventBytes = 4 * 1024 * 1024;
};

// Newline-delimited JSON read incrementally: complete lines out (CR LF tolerated, blank lines
// skipped), whatever the chunk boundaries; a line may not grow beyond maxLineBytes.
class NdjsonParser final {
public:
    bool feed(QByteArrayView bytes, QList<QByteArray>& lines);
    bool hasPendingLine() const { return !m_line.trimmed().isEmpty(); }
    QByteArray takePending(); // the unterminated last line (a server may omit the final "\n")
    bool overflowed() const { return m_overflow; }
    void setMaxLineBytes(qsizetype bytes) { m_maxLineBytes = bytes; }

private:
    QByteArray m_line;
    bool m_overflow = false;
    qsizetype m_maxLineBytes = 4 * 1024 * 1024;
};

} // namespace fd::deploy
