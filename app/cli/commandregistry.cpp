#include "commandregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::cli {

void Context::printJson(const QJsonValue& value) const {
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

CommandRegistry& CommandRegistry::instance() {
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command) {
    const QString name = command.name;
    m_commands.insert_or_assign(name, std::move(command));
}

const Command* CommandRegistry::find(const QString& name) const {
    auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : &it->second;
}

CommandRegistration::CommandRegistration(Command command) {
    CommandRegistry::instance().add(std::move(command));
}

} // namespace fd::cli
