#include "kube/pemcert_p.h"

#include <cstdint>

namespace fd::kube::detail {

namespace {

// A bounded view over DER bytes.
struct Der {
    const uint8_t* p = nullptr;
    const uint8_t* end = nullptr;
    bool atEnd() const { return p >= end; }
};

// Reads one TLV with a low-number tag and a definite length (DER allows nothing else).
bool readTlv(Der& in, uint8_t* tag, Der* content) {
    if (in.end - in.p < 2)
        return false;
    *tag = *in.p++;
    if ((*tag & 0x1f) == 0x1f)
        return false;
    uint64_t len = *in.p++;
    if (len & 0x80) {
        const int n = int(len & 0x7f);
        if (n == 0 || n > 4 || in.end - in.p < n)
            return false;
        len = 0;
        for (int i = 0; i < n; ++i)
            len = (len << 8) | *in.p++;
    }
    if (uint64_t(in.end - in.p) < len)
        return false;
    content->p = in.p;
    content->end = in.p + len;
    in.p += len;
    return true;
}

bool expect(Der& in, uint8_t wanted, Der* content) {
    uint8_t tag = 0;
    return readTlv(in, &tag, content) && tag == wanted;
}

int digits(const uint8_t* p, int n) {
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// UTCTime YYMMDDHHMMSSZ (years 1950–2049, RFC 5280) or GeneralizedTime YYYYMMDDHHMMSSZ.
QDateTime derTime(uint8_t tag, const Der& t) {
    const qsizetype size = t.end - t.p;
    int year = -1;
    const uint8_t* rest = nullptr;
    if (tag == 0x17 && size == 13) {
        year = digits(t.p, 2);
        if (year >= 0)
            year += year < 50 ? 2000 : 1900;
        rest = t.p + 2;
    } else if (tag == 0x18 && size == 15) {
        year = digits(t.p, 4);
        rest = t.p + 4;
    }
    if (year < 0 || t.end[-1] != 'Z')
        return {};
    const int mon = digits(rest, 2), day = digits(rest + 2, 2), h = digits(rest + 4, 2),
              m = digits(rest + 6, 2), s = digits(rest + 8, 2);
    const QDate date(year, mon, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<PemCertificate> parseCertificate(const QByteArray& der) {
    Der all{reinterpret_cast<const uint8_t*>(der.constData()),
            reinterpret_cast<const uint8_t*>(der.constData()) + der.size()};
    Der cert, tbs, alg, sig;
    if (!expect(all, 0x30, &cert) || !expect(cert, 0x30, &tbs) || !expect(cert, 0x30, &alg) ||
        !expect(cert, 0x03, &sig) || !cert.atEnd())
        return std::nullopt;
    uint8_t tag = 0;
    Der field;
    if (!readTlv(tbs, &tag, &field))
        return std::nullopt;
    if (tag == 0xa0 && !readTlv(tbs, &tag, &field)) // [0] version, then the serial
        return std::nullopt;
    Der sigAlg, issuer, validity, notBefore, notAfter;
    if (tag != 0x02 || !expect(tbs, 0x30, &sigAlg) || !expect(tbs, 0x30, &issuer) ||
        !expect(tbs, 0x30, &validity))
        return std::nullopt;
    uint8_t beforeTag = 0, afterTag = 0;
    if (!readTlv(validity, &beforeTag, &notBefore) || !readTlv(validity, &afterTag, &notAfter))
        return std::nullopt;
    PemCertificate out;
    out.notAfter = derTime(afterTag, notAfter);
    if (!out.notAfter.isValid() || !derTime(beforeTag, notBefore).isValid())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<PemCertificate> firstPemCertificate(const QByteArray& pem) {
    static const QByteArray kBegin("-----BEGIN ");
    static const QByteArray kDashes("-----");
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pem.indexOf(kBegin, from);
        if (begin < 0)
            return std::nullopt;
        const qsizetype labelStart = begin + kBegin.size();
        const qsizetype labelEnd = pem.indexOf(kDashes, labelStart);
        if (labelEnd < 0)
            return std::nullopt;
        const QByteArray label = pem.mid(labelStart, labelEnd - labelStart);
        from = labelEnd + kDashes.size();
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE")
            continue;
        const qsizetype end = pem.indexOf(QByteArray("-----END " + label + kDashes), from);
        if (end < 0)
            return std::nullopt;
        QByteArray body(end - from, Qt::Uninitialized);
        char* out = body.data();
        for (qsizetype i = from; i < end; ++i) {
            const char ch = pem.at(i);
            if (ch != '\r' && ch != '\n' && ch != ' ' && ch != '\t')
                *out++ = ch;
        }
        body.truncate(out - body.constData());
        const auto der =
            QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (!der)
            return std::nullopt;
        return parseCertificate(der.decoded);
    }
}

} // namespace fd::kube::detail
