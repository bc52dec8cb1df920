// Reads one runtime catalog file. Strict: unknown keys, wrong types, values out of range,
// unknown placeholders and duplicate ids are errors, so a typo in an admin's file is named with
// its line instead of silently changing a deployment. The first problem ends the file (one
// message per file). Parsed with libyaml through core/kube's YAML tree (no exceptions, no
// recursion, alias bombs refused), the same reader the kubeconfig import uses.
#include "deploy/catalog.h"

#include "deploy/deploytext.h"
#include "deploy/image.h"
#include "deploy/names.h"
#include "deploy/settings.h"
#include "deploy/sizes.h"
#include "deploy/template.h"
#include "kube/yamltree_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace fd::deploy {

using fd::kube::detail::YamlDocument;
using fd::kube::detail::YamlError;
using fd::kube::detail::YamlNode;

namespace {

QString q(const QString& s) {
    return QLatin1Char('"') + s + QLatin1Char('"');
}

int lineOf(const YamlNode& node) {
    const auto mark = node.mark();
    return mark.isNull() ? 0 : mark.line + 1;
}

class Reader final {
public:
    bool failed() const { return m_failed; }
    CatalogIssue issue(const QString& file) const { return CatalogIssue{file, m_line, m_problem}; }

    bool fail(const YamlNode& at, const QString& problem) { return failAt(lineOf(at), problem); }
    bool failAt(int line, const QString& problem) {
        if (!m_failed) {
            m_failed = true;
            m_line = line;
            m_problem = problem;
        }
        return false;
    }

    // The pairs of a mapping, keyed by name; unknown and duplicate keys fail.
    struct Fields {
        QHash<QString, std::pair<YamlNode, YamlNode>> pairs;
        YamlNode node;
        YamlNode get(const QString& key) const { return pairs.value(key).second; }
        bool has(const QString& key) const { return pairs.contains(key); }
    };
    bool fields(const YamlNode& node, const QString& path, const QStringList& allowed,
                Fields* out) {
        out->node = node;
        if (!node.isMap())
            return fail(node, Text::tr("%1: expected a mapping of keys").arg(path));
        for (const auto& [key, value] : node.pairs()) {
            if (!key.isScalar())
                return fail(key, Text::tr("%1: a key must be plain text").arg(path));
            const QString name = QString::fromStdString(key.scalar());
            if (!allowed.contains(name))
                return fail(key, Text::tr("%1: unknown key %2 (expected one of: %3)")
                                     .arg(path, q(name), allowed.join(QStringLiteral(", "))));
            if (out->pairs.contains(name))
                return fail(key, Text::tr("%1: the key %2 appears twice").arg(path, q(name)));
            out->pairs.insert(name, {key, value});
        }
        return true;
    }

    bool require(const Fields& f, const QString& path, const QString& key) {
        if (f.has(key) && !f.get(key).isNull())
            return true;
        return fail(f.has(key) ? f.get(key) : f.node,
                    Text::tr("%1: the key %2 is required").arg(path, q(key)));
    }

    bool text(const YamlNode& n, const QString& path, QString* out) {
        if (!n.isScalar())
            return fail(n, Text::tr("%1: expected text").arg(path));
        *out = QString::fromStdString(n.scalar());
        return true;
    }

    bool number(const YamlNode& n, const QString& path, double* out) {
        bool ok = false;
        const double v = n.isScalar() ? QString::fromStdString(n.scalar()).toDouble(&ok) : 0;
        if (!ok || !std::isfinite(v))
            return fail(n, Text::tr("%1: expected a number").arg(path));
        *out = v;
        return true;
    }

    bool integer(const YamlNode& n, const QString& path, qint64 lo, qint64 hi, int* out) {
        bool ok = false;
        const qint64 v = n.isScalar() ? QString::fromStdString(n.scalar()).toLongLong(&ok) : 0;
        if (!ok)
            return fail(n, Text::tr("%1: expected a whole number").arg(path));
        if (v < lo || v > hi)
            return fail(n, Text::tr("%1: %2 is outside %3…%4").arg(path).arg(v).arg(lo).arg(hi));
        *out = int(v);
        return true;
    }

    bool boolean(const YamlNode& n, const QString& path, bool* out) {
        bool ok = false;
        const bool v = n.toBool(&ok);
        if (!ok)
            return fail(n, Text::tr("%1: expected true or false").arg(path));
        *out = v;
        return true;
    }

    bool textList(const YamlNode& n, const QString& path, QStringList* out) {
        if (!n.isSequence())
            return fail(n, Text::tr("%1: expected a list").arg(path));
        out->clear();
        int i = 0;
        for (const YamlNode& item : n.items()) {
            QString s;
            if (!text(item, path + QStringLiteral("[%1]").arg(i++), &s))
                return false;
            out->append(s);
        }
        return true;
    }

    bool localized(const YamlNode& n, const QString& path, LocalizedText* out) {
        if (n.isScalar())
            return text(n, path, &out->en);
        Fields f;
        if (!fields(n, path, {QStringLiteral("en"), QStringLiteral("ko")}, &f) ||
            !require(f, path, QStringLiteral("en")) ||
            !text(f.get(QStringLiteral("en")), path + QStringLiteral(".en"), &out->en))
            return false;
        if (f.has(QStringLiteral("ko")))
            return text(f.get(QStringLiteral("ko")), path + QStringLiteral(".ko"), &out->ko);
        return true;
    }

    bool templ(const YamlNode& n, const QString& path, const QString& value,
               const QStringList& allowed) {
        const QString problem = checkTemplate(value, allowed);
        return problem.isEmpty() || fail(n, path + QStringLiteral(": ") + problem);
    }

    bool templList(const YamlNode& n, const QString& path, QStringList* out) {
        if (!textList(n, path, out))
            return false;
        const auto items = n.items();
        for (qsizetype i = 0; i < out->size(); ++i)
            if (!templ(items[size_t(i)], path + QStringLiteral("[%1]").arg(i), out->at(i),
                       templatePlaceholders()))
                return false;
        return true;
    }

private:
    bool m_failed = false;
    int m_line = 0;
    QString m_problem;
};

const QRegularExpression& envNamePattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

const QRegularExpression& presetIdPattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$"));
    return re;
}

const QRegularExpression& settingKeyPattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,62}$"));
    return re;
}

bool parseSettingType(const QString& s, SettingType* out) {
    static const QHash<QString, SettingType> kTypes{
        {QStringLiteral("int"), SettingType::Int},
        {QStringLiteral("float"), SettingType::Float},
        {QStringLiteral("bool"), SettingType::Bool},
        {QStringLiteral("enum"), SettingType::Enum},
        {QStringLiteral("string"), SettingType::String},
        {QStringLiteral("duration"), SettingType::Duration},
    };
    const auto it = kTypes.constFind(s);
    if (it == kTypes.constEnd())
        return false;
    *out = *it;
    return true;
}

bool parseRole(const QString& s, SettingRole* out) {
    for (SettingRole r :
         {SettingRole::ContextLength, SettingRole::Parallel, SettingRole::ContextSlots,
          SettingRole::GpuLayers, SettingRole::GpuMemoryUtilization, SettingRole::TensorParallel,
          SettingRole::Dtype, SettingRole::Quantization}) {
        if (settingRoleName(r) == s) {
            *out = r;
            return true;
        }
    }
    return false;
}

bool readSetting(Reader& r, const YamlNode& node, const QString& path, SettingSpec* s) {
    Reader::Fields f;
    if (!r.fields(node, path,
                  {QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("description"),
                   QStringLiteral("type"), QStringLiteral("min"), QStringLiteral("max"),
                   QStringLiteral("choices"), QStringLiteral("pattern"), QStringLiteral("default"),
                   QStringLiteral("arg"), QStringLiteral("env"), QStringLiteral("requestOption"),
                   QStringLiteral("unit"), QStringLiteral("role")},
                  &f))
        return false;
    s->line = lineOf(node);
    if (!r.require(f, path, QStringLiteral("key")) ||
        !r.text(f.get(QStringLiteral("key")), path + QStringLiteral(".key"), &s->key))
        return false;
    if (!settingKeyPattern().match(s->key).hasMatch())
        return r.fail(f.get(QStringLiteral("key")),
                      Text::tr("%1.key: %2 is not a valid setting key (a letter, then letters, "
                               "digits, \".\", \"_\" or \"-\")")
                          .arg(path, q(s->key)));
    if (f.has(QStringLiteral("label"))) {
        if (!r.localized(f.get(QStringLiteral("label")), path + QStringLiteral(".label"),
                         &s->label))
            return false;
    } else {
        s->label.en = s->key;
    }
    if (f.has(QStringLiteral("description")) &&
        !r.localized(f.get(QStringLiteral("description")), path + QStringLiteral(".description"),
                     &s->description))
        return false;
    QString type;
    if (!r.require(f, path, QStringLiteral("type")) ||
        !r.text(f.get(QStringLiteral("type")), path + QStringLiteral(".type"), &type))
        return false;
    if (!parseSettingType(type, &s->type))
        return r.fail(f.get(QStringLiteral("type")),
                      Text::tr("%1.type: %2 is not one of int, float, bool, enum, string, duration")
                          .arg(path, q(type)));
    const bool numeric = s->type == SettingType::Int || s->type == SettingType::Float;
    for (const char* bound : {"min", "max"}) {
        const QString key = QLatin1String(bound);
        if (!f.has(key))
            continue;
        if (!numeric)
            return r.fail(
                f.get(key),
                Text::tr("%1.%2: only int and float settings have a range").arg(path, key));
        double v = 0;
        if (!r.number(f.get(key), path + QLatin1Char('.') + key, &v))
            return false;
        (key == QLatin1String("min") ? s->min : s->max) = v;
    }
    if (s->min && s->max && *s->min > *s->max)
        return r.fail(f.get(QStringLiteral("max")), Text::tr("%1: max is below min").arg(path));
    if (f.has(QStringLiteral("choices"))) {
        if (s->type != SettingType::Enum)
            return r.fail(f.get(QStringLiteral("choices")),
                          Text::tr("%1.choices: only enum settings have choices").arg(path));
        if (!r.textList(f.get(QStringLiteral("choices")), path + QStringLiteral(".choices"),
                        &s->choices))
            return false;
    }
    if (s->type == SettingType::Enum && s->choices.isEmpty())
        return r.fail(node, Text::tr("%1: an enum setting needs choices").arg(path));
    if (f.has(QStringLiteral("pattern"))) {
        if (s->type != SettingType::String)
            return r.fail(f.get(QStringLiteral("pattern")),
                          Text::tr("%1.pattern: only string settings have a pattern").arg(path));
        if (!r.text(f.get(QStringLiteral("pattern")), path + QStringLiteral(".pattern"),
                    &s->pattern))
            return false;
        if (!QRegularExpression(s->pattern).isValid())
            return r.fail(f.get(QStringLiteral("pattern")),
                          Text::tr("%1.pattern: not a valid regular expression").arg(path));
    }
    int applies = 0;
    for (const auto& [key, how] :
         {std::pair{QStringLiteral("arg"), SettingApply::Arg},
          std::pair{QStringLiteral("env"), SettingApply::Env},
          std::pair{QStringLiteral("requestOption"), SettingApply::RequestOption}}) {
        if (!f.has(key))
            continue;
        ++applies;
        s->apply = how;
        if (!r.text(f.get(key), path + QLatin1Char('.') + key, &s->target))
            return false;
        const bool valid = how == SettingApply::Env
                               ? envNamePattern().match(s->target).hasMatch()
                               : !s->target.isEmpty() && !s->target.contains(QLatin1Char(' '));
        if (!valid)
            return r.fail(f.get(key),
                          Text::tr("%1.%2: %3 is not a valid name").arg(path, key, q(s->target)));
    }
    if (applies != 1)
        return r.fail(node,
                      Text::tr("%1: say how the setting is passed with exactly one of arg, env or "
                               "requestOption")
                          .arg(path));
    if (f.has(QStringLiteral("unit")) &&
        !r.text(f.get(QStringLiteral("unit")), path + QStringLiteral(".unit"), &s->unit))
        return false;
    if (f.has(QStringLiteral("role"))) {
        QString role;
        if (!r.text(f.get(QStringLiteral("role")), path + QStringLiteral(".role"), &role))
            return false;
        if (!parseRole(role, &s->role))
            return r.fail(f.get(QStringLiteral("role")),
                          Text::tr("%1.role: %2 is not a known role").arg(path, q(role)));
    }
    if (f.has(QStringLiteral("default"))) {
        const YamlNode d = f.get(QStringLiteral("default"));
        QString text;
        if (!r.text(d, path + QStringLiteral(".default"), &text))
            return false;
        auto value = parseSettingValue(*s, text);
        if (!value)
            return r.fail(d, path + QStringLiteral(".default: ") + value.error().message);
        s->defaultValue = *value;
    }
    return true;
}

bool readPreset(Reader& r, const YamlNode& node, const QString& path, const QString& file,
                ModelPreset* p) {
    Reader::Fields f;
    if (!r.fields(node, path,
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("model"),
                   QStringLiteral("parameters"), QStringLiteral("fileSize"),
                   QStringLiteral("dtype"), QStringLiteral("contextLength"),
                   QStringLiteral("architecture"), QStringLiteral("gpus")},
                  &f))
        return false;
    p->sourceFile = file;
    p->line = lineOf(node);
    for (const char* key : {"id", "model", "parameters", "fileSize"})
        if (!r.require(f, path, QLatin1String(key)))
            return false;
    if (!r.text(f.get(QStringLiteral("id")), path + QStringLiteral(".id"), &p->id))
        return false;
    if (!presetIdPattern().match(p->id).hasMatch())
        return r.fail(f.get(QStringLiteral("id")),
                      Text::tr("%1.id: %2 is not a valid id (lowercase letters, digits, \".\", "
                               "\"_\" and \"-\", at most 63)")
                          .arg(path, q(p->id)));
    if (f.has(QStringLiteral("name"))) {
        if (!r.localized(f.get(QStringLiteral("name")), path + QStringLiteral(".name"), &p->name))
            return false;
    } else {
        p->name.en = p->id;
    }
    if (!r.text(f.get(QStringLiteral("model")), path + QStringLiteral(".model"), &p->model))
        return false;
    if (const QString problem = checkModelReference(p->model); !problem.isEmpty())
        return r.fail(f.get(QStringLiteral("model")), path + QStringLiteral(".model: ") + problem);
    QString text;
    if (!r.text(f.get(QStringLiteral("parameters")), path + QStringLiteral(".parameters"), &text))
        return false;
    const auto params = parseParameterCount(text);
    if (!params)
        return r.fail(f.get(QStringLiteral("parameters")),
                      Text::tr("%1.parameters: %2 is not a parameter count such as 8B or 500M")
                          .arg(path, q(text)));
    p->parameters = *params;
    if (!r.text(f.get(QStringLiteral("fileSize")), path + QStringLiteral(".fileSize"), &text))
        return false;
    const auto bytes = parseByteSize(text);
    if (!bytes)
        return r.fail(
            f.get(QStringLiteral("fileSize")),
            Text::tr("%1.fileSize: %2 is not a size such as 16GB or 4.9GiB").arg(path, q(text)));
    p->fileSizeBytes = *bytes;
    if (f.has(QStringLiteral("dtype")) &&
        !r.text(f.get(QStringLiteral("dtype")), path + QStringLiteral(".dtype"), &p->dtype))
        return false;
    if (f.has(QStringLiteral("contextLength")) &&
        !r.integer(f.get(QStringLiteral("contextLength")), path + QStringLiteral(".contextLength"),
                   1, 16 * 1024 * 1024, &p->contextLength))
        return false;
    if (f.has(QStringLiteral("gpus")) &&
        !r.integer(f.get(QStringLiteral("gpus")), path + QStringLiteral(".gpus"), 0, 64, &p->gpus))
        return false;
    if (f.has(QStringLiteral("architecture"))) {
        const QString apath = path + QStringLiteral(".architecture");
        Reader::Fields a;
        if (!r.fields(
                f.get(QStringLiteral("architecture")), apath,
                {QStringLiteral("layers"), QStringLiteral("kvHeads"), QStringLiteral("headDim")},
                &a))
            return false;
        for (const auto& [key, out] : {std::pair{QStringLiteral("layers"), &p->layers},
                                       std::pair{QStringLiteral("kvHeads"), &p->kvHeads},
                                       std::pair{QStringLiteral("headDim"), &p->headDim}}) {
            if (!r.require(a, apath, key) ||
                !r.integer(a.get(key), apath + QLatin1Char('.') + key, 1, 65536, out))
                return false;
        }
    }
    return true;
}

bool readPresets(Reader& r, const YamlNode& node, const QString& file, QList<ModelPreset>* out) {
    if (!node.isSequence())
        return r.fail(node, Text::tr("presets: expected a list"));
    QSet<QString> ids;
    int i = 0;
    for (const YamlNode& item : node.items()) {
        ModelPreset p;
        const QString path = QStringLiteral("presets[%1]").arg(i++);
        if (!readPreset(r, item, path, file, &p))
            return false;
        if (ids.contains(p.id))
            return r.fail(item, Text::tr("%1: the preset id %2 is used twice").arg(path, q(p.id)));
        ids.insert(p.id);
        out->append(p);
    }
    return true;
}

bool readEnv(Reader& r, const YamlNode& node, QList<EnvVar>* out) {
    if (!node.isSequence())
        return r.fail(node, Text::tr("env: expected a list"));
    int i = 0;
    for (const YamlNode& item : node.items()) {
        const QString path = QStringLiteral("env[%1]").arg(i++);
        Reader::Fields f;
        EnvVar e;
        if (!r.fields(item, path, {QStringLiteral("name"), QStringLiteral("value")}, &f) ||
            !r.require(f, path, QStringLiteral("name")) ||
            !r.text(f.get(QStringLiteral("name")), path + QStringLiteral(".name"), &e.name))
            return false;
        if (!envNamePattern().match(e.name).hasMatch())
            return r.fail(
                f.get(QStringLiteral("name")),
                Text::tr("%1.name: %2 is not a valid variable name").arg(path, q(e.name)));
        if (f.has(QStringLiteral("value")) &&
            (!r.text(f.get(QStringLiteral("value")), path + QStringLiteral(".value"), &e.value) ||
             !r.templ(f.get(QStringLiteral("value")), path + QStringLiteral(".value"), e.value,
                      templatePlaceholders())))
            return false;
        out->append(e);
    }
    return true;
}

bool readHealth(Reader& r, const YamlNode& node, HealthSpec* h) {
    Reader::Fields f;
    if (!r.fields(node, QStringLiteral("health"),
                  {QStringLiteral("path"), QStringLiteral("readyPath"), QStringLiteral("readyExec"),
                   QStringLiteral("loading"), QStringLiteral("loadingText")},
                  &f) ||
        !r.require(f, QStringLiteral("health"), QStringLiteral("path")) ||
        !r.require(f, QStringLiteral("health"), QStringLiteral("loading")))
        return false;
    for (const auto& [key, out] : {std::pair{QStringLiteral("path"), &h->path},
                                   std::pair{QStringLiteral("readyPath"), &h->readyPath}}) {
        if (!f.has(key))
            continue;
        if (!r.text(f.get(key), QStringLiteral("health.") + key, out))
            return false;
        if (!out->startsWith(QLatin1Char('/')) || out->contains(QLatin1Char(' ')))
            return r.fail(f.get(key),
                          Text::tr("health.%1: %2 is not an HTTP path (it starts with \"/\")")
                              .arg(key, q(*out)));
    }
    if (f.has(QStringLiteral("readyExec")) &&
        !r.textList(f.get(QStringLiteral("readyExec")), QStringLiteral("health.readyExec"),
                    &h->readyExec))
        return false;
    QString loading;
    if (!r.text(f.get(QStringLiteral("loading")), QStringLiteral("health.loading"), &loading))
        return false;
    if (loading == QLatin1String("refused"))
        h->loading = HealthSpec::Loading::Refused;
    else if (loading == QLatin1String("unavailable503"))
        h->loading = HealthSpec::Loading::Unavailable503;
    else if (loading == QLatin1String("notReady"))
        h->loading = HealthSpec::Loading::NotReady;
    else
        return r.fail(f.get(QStringLiteral("loading")),
                      Text::tr("health.loading: %1 is not one of refused, unavailable503, notReady")
                          .arg(q(loading)));
    if (h->loading == HealthSpec::Loading::NotReady && h->readyExec.isEmpty() &&
        h->readyPath.isEmpty())
        return r.fail(f.get(QStringLiteral("loading")),
                      Text::tr("health: loading notReady needs readyExec or readyPath"));
    if (f.has(QStringLiteral("loadingText")))
        return r.localized(f.get(QStringLiteral("loadingText")),
                           QStringLiteral("health.loadingText"), &h->loadingText);
    return true;
}

bool readGpu(Reader& r, const YamlNode& node, GpuNeeds* g) {
    Reader::Fields f;
    if (!r.fields(node, QStringLiteral("gpu"),
                  {QStringLiteral("required"), QStringLiteral("count"), QStringLiteral("mig"),
                   QStringLiteral("sharedMemory")},
                  &f))
        return false;
    if (f.has(QStringLiteral("required")) &&
        !r.boolean(f.get(QStringLiteral("required")), QStringLiteral("gpu.required"), &g->required))
        return false;
    if (f.has(QStringLiteral("count")) &&
        !r.integer(f.get(QStringLiteral("count")), QStringLiteral("gpu.count"), 0, 64,
                   &g->defaultCount))
        return false;
    if (f.has(QStringLiteral("mig")) &&
        !r.boolean(f.get(QStringLiteral("mig")), QStringLiteral("gpu.mig"), &g->mig))
        return false;
    if (f.has(QStringLiteral("sharedMemory")) &&
        !r.boolean(f.get(QStringLiteral("sharedMemory")), QStringLiteral("gpu.sharedMemory"),
                   &g->sharedMemory))
        return false;
    if (g->required && g->defaultCount < 1)
        return r.fail(f.get(QStringLiteral("count")),
                      Text::tr("gpu.count: a runtime that requires GPUs needs at least one"));
    return true;
}

bool readModel(Reader& r, const YamlNode& node, RuntimeSpec* rt) {
    Reader::Fields f;
    if (!r.fields(
            node, QStringLiteral("model"),
            {QStringLiteral("args"), QStringLiteral("localArgs"), QStringLiteral("storePath")},
            &f) ||
        !r.require(f, QStringLiteral("model"), QStringLiteral("storePath")) ||
        !r.text(f.get(QStringLiteral("storePath")), QStringLiteral("model.storePath"),
                &rt->modelStorePath))
        return false;
    if (!rt->modelStorePath.startsWith(QLatin1Char('/')) ||
        rt->modelStorePath == QLatin1String("/"))
        return r.fail(f.get(QStringLiteral("storePath")),
                      Text::tr("model.storePath: %1 is not an absolute directory in the container")
                          .arg(q(rt->modelStorePath)));
    if (f.has(QStringLiteral("args")) &&
        !r.templList(f.get(QStringLiteral("args")), QStringLiteral("model.args"), &rt->modelArgs))
        return false;
    if (f.has(QStringLiteral("localArgs")) &&
        !r.templList(f.get(QStringLiteral("localArgs")), QStringLiteral("model.localArgs"),
                     &rt->localModelArgs))
        return false;
    return true;
}

bool readSettings(Reader& r, const YamlNode& node, QList<SettingSpec>* out) {
    if (!node.isSequence())
        return r.fail(node, Text::tr("settings: expected a list"));
    QSet<QString> keys;
    QSet<QString> targets;
    QSet<int> roles;
    int i = 0;
    for (const YamlNode& item : node.items()) {
        const QString path = QStringLiteral("settings[%1]").arg(i++);
        SettingSpec s;
        if (!readSetting(r, item, path, &s))
            return false;
        if (keys.contains(s.key))
            return r.fail(item, Text::tr("%1: the key %2 is used twice").arg(path, q(s.key)));
        const QString target = QString::number(int(s.apply)) + s.target;
        if (targets.contains(target))
            return r.fail(
                item, Text::tr("%1: %2 is already set by another setting").arg(path, q(s.target)));
        if (s.role != SettingRole::None && roles.contains(int(s.role)))
            return r.fail(item, Text::tr("%1: another setting already has the role %2")
                                    .arg(path, settingRoleName(s.role)));
        keys.insert(s.key);
        targets.insert(target);
        if (s.role != SettingRole::None)
            roles.insert(int(s.role));
        out->append(s);
    }
    return true;
}

bool readRuntime(Reader& r, const Reader::Fields& f, const QString& file, RuntimeSpec* rt) {
    rt->sourceFile = file;
    for (const char* key : {"id", "name", "api", "image", "port", "model", "health"})
        if (!r.require(f, QStringLiteral("runtime"), QLatin1String(key)))
            return false;
    if (!r.text(f.get(QStringLiteral("id")), QStringLiteral("id"), &rt->id))
        return false;
    if (!isDns1123Label(rt->id))
        return r.fail(f.get(QStringLiteral("id")),
                      Text::tr("id: %1 is not a valid runtime id (lowercase letters, digits and "
                               "\"-\", at most 63)")
                          .arg(q(rt->id)));
    if (!r.localized(f.get(QStringLiteral("name")), QStringLiteral("name"), &rt->name))
        return false;
    if (f.has(QStringLiteral("description")) &&
        !r.localized(f.get(QStringLiteral("description")), QStringLiteral("description"),
                     &rt->description))
        return false;
    QString api;
    if (!r.text(f.get(QStringLiteral("api")), QStringLiteral("api"), &api))
        return false;
    if (api == QLatin1String("openai"))
        rt->api = ChatApi::OpenAi;
    else if (api == QLatin1String("ollama"))
        rt->api = ChatApi::Ollama;
    else
        return r.fail(f.get(QStringLiteral("api")),
                      Text::tr("api: %1 is not one of openai, ollama").arg(q(api)));
    rt->chatPath = rt->api == ChatApi::Ollama ? QStringLiteral("/api/chat")
                                              : QStringLiteral("/v1/chat/completions");
    if (f.has(QStringLiteral("chatPath"))) {
        if (!r.text(f.get(QStringLiteral("chatPath")), QStringLiteral("chatPath"), &rt->chatPath))
            return false;
        if (!rt->chatPath.startsWith(QLatin1Char('/')))
            return r.fail(f.get(QStringLiteral("chatPath")),
                          Text::tr("chatPath: %1 is not an HTTP path (it starts with \"/\")")
                              .arg(q(rt->chatPath)));
    }
    if (!r.text(f.get(QStringLiteral("image")), QStringLiteral("image"), &rt->image))
        return false;
    if (!parseImageReference(rt->image))
        return r.fail(f.get(QStringLiteral("image")),
                      Text::tr("image: %1 is not an image reference such as "
                               "registry/repository:tag")
                          .arg(q(rt->image)));
    if (!r.integer(f.get(QStringLiteral("port")), QStringLiteral("port"), 1, 65535, &rt->port))
        return false;
    if (f.has(QStringLiteral("command")) &&
        !r.templList(f.get(QStringLiteral("command")), QStringLiteral("command"), &rt->command))
        return false;
    if (f.has(QStringLiteral("args")) &&
        !r.templList(f.get(QStringLiteral("args")), QStringLiteral("args"), &rt->args))
        return false;
    if (!readModel(r, f.get(QStringLiteral("model")), rt))
        return false;
    if (f.has(QStringLiteral("env")) && !readEnv(r, f.get(QStringLiteral("env")), &rt->env))
        return false;
    if (!readHealth(r, f.get(QStringLiteral("health")), &rt->health))
        return false;
    if (f.has(QStringLiteral("gpu")) && !readGpu(r, f.get(QStringLiteral("gpu")), &rt->gpu))
        return false;
    if (f.has(QStringLiteral("startupScript"))) {
        const YamlNode s = f.get(QStringLiteral("startupScript"));
        if (!r.text(s, QStringLiteral("startupScript"), &rt->startupScript) ||
            !r.templ(s, QStringLiteral("startupScript"), rt->startupScript, scriptPlaceholders()))
            return false;
        if (!rt->command.isEmpty() &&
            !rt->command.join(QLatin1Char(' ')).contains(QLatin1String("/fleetdeck/start.sh")))
            return r.fail(s, Text::tr("startupScript: the command must run /fleetdeck/start.sh"));
        if (rt->command.isEmpty())
            rt->command = {QStringLiteral("/bin/sh"), QStringLiteral("/fleetdeck/start.sh")};
    }
    if (rt->modelArgs.isEmpty()) {
        bool modelInEnv = false;
        for (const EnvVar& e : rt->env)
            modelInEnv |= e.value.contains(QLatin1String("{{model}}"));
        if (!modelInEnv)
            return r.fail(f.get(QStringLiteral("model")),
                          Text::tr("model: the runtime never receives the model (no model.args "
                                   "and no {{model}} in env)"));
    }
    if (f.has(QStringLiteral("settings")) &&
        !readSettings(r, f.get(QStringLiteral("settings")), &rt->settings))
        return false;
    if (f.has(QStringLiteral("presets")) &&
        !readPresets(r, f.get(QStringLiteral("presets")), file, &rt->presets))
        return false;
    return true;
}

} // namespace

fd::Result<CatalogFile, CatalogIssue> parseCatalogFile(const QByteArray& bytes,
                                                       const QString& fileName) {
    if (bytes.size() > kMaxCatalogFileBytes)
        return CatalogIssue{fileName, 0, Text::tr("the file is larger than 1 MiB")};
    YamlDocument doc;
    YamlError error;
    if (!doc.parse(bytes, &error))
        return CatalogIssue{fileName, error.mark.isNull() ? 0 : error.mark.line + 1,
                            Text::tr("not valid YAML: %1").arg(error.problem)};
    Reader r;
    const YamlNode root = doc.root();
    if (!root.isMap())
        return CatalogIssue{fileName, lineOf(root),
                            Text::tr("expected a runtime (id: …) or presets for one (runtime: …)")};
    CatalogFile out;
    bool isRuntime = false;
    for (const auto& [key, value] : root.pairs())
        isRuntime |= key.isScalar() && key.scalar() == "id";
    Reader::Fields f;
    if (isRuntime) {
        RuntimeSpec rt;
        if (r.fields(root, QStringLiteral("runtime"),
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                      QStringLiteral("api"), QStringLiteral("chatPath"), QStringLiteral("image"),
                      QStringLiteral("port"), QStringLiteral("command"), QStringLiteral("args"),
                      QStringLiteral("model"), QStringLiteral("env"), QStringLiteral("health"),
                      QStringLiteral("gpu"), QStringLiteral("startupScript"),
                      QStringLiteral("settings"), QStringLiteral("presets")},
                     &f) &&
            readRuntime(r, f, fileName, &rt))
            out.runtime = rt;
    } else if (r.fields(root, QStringLiteral("presets file"),
                        {QStringLiteral("runtime"), QStringLiteral("presets")}, &f) &&
               r.require(f, QStringLiteral("presets file"), QStringLiteral("runtime")) &&
               r.require(f, QStringLiteral("presets file"), QStringLiteral("presets")) &&
               r.text(f.get(QStringLiteral("runtime")), QStringLiteral("runtime"),
                      &out.addsToRuntime)) {
        readPresets(r, f.get(QStringLiteral("presets")), fileName, &out.presets);
    }
    if (r.failed())
        return r.issue(fileName);
    return out;
}

} // namespace fd::deploy
