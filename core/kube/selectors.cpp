#include "kube/selectors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd::kube {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::kube::LabelSelector", text);
}

bool isNameSegment(const QString& s, int maxLength) {
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    return !s.isEmpty() && s.size() <= maxLength && re.match(s).hasMatch();
}

bool isDnsSubdomain(const QString& s) {
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !s.isEmpty() && s.size() <= 253 && re.match(s).hasMatch();
}

fd::Error invalid(const QString& part, const QString& why) {
    return fd::makeError(fd::ErrorKind::InvalidInput,
                         tr("The label selector part “%1” is not valid: %2. Use forms like "
                            "app=web, tier!=db, env in (prod,stage), gpu or !canary.")
                             .arg(part, why));
}

// Splits at commas that are not inside parentheses.
QStringList splitTerms(const QString& text, bool* balanced) {
    QStringList out;
    int depth = 0;
    qsizetype start = 0;
    *balanced = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            out.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
        if (depth < 0 || depth > 1)
            *balanced = false;
    }
    if (depth != 0)
        *balanced = false;
    out.append(text.mid(start).trimmed());
    return out;
}

} // namespace

bool isValidLabelKey(const QString& key) {
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return isNameSegment(key, 63);
    return isDnsSubdomain(key.left(slash)) && isNameSegment(key.mid(slash + 1), 63);
}

bool isValidLabelValue(const QString& value) {
    return value.isEmpty() || isNameSegment(value, 63);
}

LabelSelector LabelSelector::fromMatchLabels(const StringMap& labels) {
    LabelSelector s;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        s.equals(it.key(), it.value());
    return s;
}

LabelSelector& LabelSelector::equals(const QString& key, const QString& value) {
    m_requirements.append({key, Op::Equals, {value}});
    return *this;
}
LabelSelector& LabelSelector::notEquals(const QString& key, const QString& value) {
    m_requirements.append({key, Op::NotEquals, {value}});
    return *this;
}
LabelSelector& LabelSelector::in(const QString& key, const QStringList& values) {
    m_requirements.append({key, Op::In, values});
    return *this;
}
LabelSelector& LabelSelector::notIn(const QString& key, const QStringList& values) {
    m_requirements.append({key, Op::NotIn, values});
    return *this;
}
LabelSelector& LabelSelector::exists(const QString& key) {
    m_requirements.append({key, Op::Exists, {}});
    return *this;
}
LabelSelector& LabelSelector::doesNotExist(const QString& key) {
    m_requirements.append({key, Op::DoesNotExist, {}});
    return *this;
}

QString LabelSelector::toString() const {
    QStringList terms;
    for (const Requirement& r : m_requirements) {
        switch (r.op) {
        case Op::Equals:
            terms.append(r.key + u'=' + r.values.value(0));
            break;
        case Op::NotEquals:
            terms.append(r.key + u"!=" + r.values.value(0));
            break;
        case Op::In:
            terms.append(r.key + u" in (" + r.values.join(u',') + u')');
            break;
        case Op::NotIn:
            terms.append(r.key + u" notin (" + r.values.join(u',') + u')');
            break;
        case Op::Exists:
            terms.append(r.key);
            break;
        case Op::DoesNotExist:
            terms.append(u'!' + r.key);
            break;
        }
    }
    return terms.join(u',');
}

bool LabelSelector::matches(const StringMap& labels) const {
    for (const Requirement& r : m_requirements) {
        const auto it = labels.constFind(r.key);
        const bool has = it != labels.constEnd();
        switch (r.op) {
        case Op::Equals:
            if (!has || *it != r.values.value(0))
                return false;
            break;
        case Op::NotEquals:
            if (has && *it == r.values.value(0))
                return false;
            break;
        case Op::In:
            if (!has || !r.values.contains(*it))
                return false;
            break;
        case Op::NotIn:
            if (has && r.values.contains(*it))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

fd::Result<LabelSelector> LabelSelector::parse(const QString& text) {
    LabelSelector out;
    if (text.trimmed().isEmpty())
        return out;
    bool balanced = true;
    const QStringList terms = splitTerms(text, &balanced);
    if (!balanced)
        return invalid(text, tr("parentheses do not match"));
    static const QRegularExpression setRe(
        QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\(([^()]*)\\)$"));
    for (const QString& term : terms) {
        if (term.isEmpty())
            return invalid(text, tr("an empty term"));
        Requirement r;
        if (const auto m = setRe.match(term); m.hasMatch()) {
            r.key = m.captured(1);
            r.op = m.captured(2) == QLatin1String("in") ? Op::In : Op::NotIn;
            for (const QString& v : m.captured(3).split(u','))
                r.values.append(v.trimmed());
            if (r.values.size() == 1 && r.values.first().isEmpty())
                return invalid(term, tr("the value set is empty"));
        } else if (term.startsWith(u'!') && !term.contains(u'=')) {
            r.key = term.mid(1).trimmed();
            r.op = Op::DoesNotExist;
        } else if (const qsizetype ne = term.indexOf(u"!="); ne >= 0) {
            r.key = term.left(ne).trimmed();
            r.op = Op::NotEquals;
            r.values = {term.mid(ne + 2).trimmed()};
        } else if (const qsizetype eq = term.indexOf(u'='); eq >= 0) {
            r.key = term.left(eq).trimmed();
            r.op = Op::Equals;
            const qsizetype valueStart = term.mid(eq, 2) == QLatin1String("==") ? eq + 2 : eq + 1;
            r.values = {term.mid(valueStart).trimmed()};
        } else {
            r.key = term;
            r.op = Op::Exists;
        }
        if (!isValidLabelKey(r.key))
            return invalid(term, tr("“%1” is not a valid label key").arg(r.key));
        for (const QString& v : std::as_const(r.values)) {
            if (!isValidLabelValue(v))
                return invalid(term, tr("“%1” is not a valid label value").arg(v));
        }
        out.m_requirements.append(r);
    }
    return out;
}

FieldSelector& FieldSelector::equals(const QString& field, const QString& value) {
    m_terms.append(field + u'=' + value);
    return *this;
}

FieldSelector& FieldSelector::notEquals(const QString& field, const QString& value) {
    m_terms.append(field + u"!=" + value);
    return *this;
}

} // namespace fd::kube
