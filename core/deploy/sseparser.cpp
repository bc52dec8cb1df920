#include "deploy/sseparser.h"

#include <utility>

namespace fd::deploy {

bool SseParser::feed(QByteArrayView bytes, QList<SseEvent>& out) {
    if (m_overflow)
        return false;
    qsizetype i = 0;
    if (!m_started) {
        // A UTF-8 BOM may open the stream, and may itself arrive split over chunks.
        static const QByteArrayView bom("\xEF\xBB\xBF");
        while (i < bytes.size() && m_bom.size() < bom.size() && bom[m_bom.size()] == bytes[i])
            m_bom.append(bytes[i++]);
        if (m_bom.size() < bom.size() && i == bytes.size())
            return true; // all of it may still be a BOM
        m_started = true;
        if (m_bom.size() < bom.size()) {
            // Not a BOM after all: those bytes were data.
            const QByteArray prefix = std::exchange(m_bom, QByteArray());
            return feed(prefix, out) && feed(bytes.sliced(i), out);
        }
        m_bom.clear();
    }
    const char* data = bytes.data();
    const qsizetype n = bytes.size();
    if (m_afterCr && i < n && data[i] == '\n')
        ++i;
    m_afterCr = false;
    qsizetype start = i;
    for (; i < n; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        if (m_line.isEmpty()) {
            line(QByteArrayView(data + start, i - start), out);
        } else {
            m_line.append(data + start, i - start);
            line(m_line, out);
            m_line.clear();
        }
        if (c == '\r') {
            if (i + 1 < n) {
                if (data[i + 1] == '\n')
                    ++i;
            } else {
                m_afterCr = true;
            }
        }
        start = i + 1;
        if (m_overflow)
            return false;
    }
    m_line.append(data + start, n - start);
    if (m_line.size() + m_event.data.size() > m_maxEventBytes) {
        m_overflow = true;
        return false;
    }
    return true;
}

void SseParser::line(QByteArrayView text, QList<SseEvent>& out) {
    if (text.isEmpty()) {
        if (m_hasData) {
            if (m_event.data.endsWith('\n'))
                m_event.data.chop(1);
            out.append(std::move(m_event));
        }
        m_event = SseEvent();
        m_hasData = false;
        return;
    }
    if (text.front() == ':')
        return; // comment (keep-alive)
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_event.data.append(value.data(), value.size());
        m_event.data.append('\n');
        m_hasData = true;
        if (m_event.data.size() > m_maxEventBytes)
            m_overflow = true;
    } else if (field == "event") {
        m_event.event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_event.id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the format says.
}

bool NdjsonParser::feed(QByteArrayView bytes, QList<QByteArray>& lines) {
    if (m_overflow)
        return false;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0)
            break;
        m_line.append(bytes.data() + start, nl - start);
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        if (!m_line.trimmed().isEmpty())
            lines.append(m_line);
        m_line.clear();
        start = nl + 1;
    }
    m_line.append(bytes.data() + start, bytes.size() - start);
    if (m_line.size() > m_maxLineBytes) {
        m_overflow = true;
        return false;
    }
    return true;
}

QByteArray NdjsonParser::takePending() {
    QByteArray out = m_line.trimmed();
    m_line.clear();
    return out;
}

} // namespace fd::deploy
