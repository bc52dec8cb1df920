// `fleetdeck-cli vcenter …`: vCenter connections (password in the vault, certificate verified or
// pinned), the inventory (VMs with every guest IP, templates, hosts) and actions (power, clone,
// destroy, scale groups), all through fd::vsphere::VcenterService like the vCenter page.
#include "await.h"
#include "commandregistry.h"
#include "storeaccess.h"

#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"
#include "store/store.h"
#include "vsphere/vcenteractions.h"
#include "vsphere/vcenterservice.h"
#include "vsphere/vsphererepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fd::cli {
namespace {

using namespace fd::vsphere;

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli vcenter add NAME --url URL --user U [--password-stdin]\n"
        "                                [--trust SHA256 | --insecure]\n"
        "       fleetdeck-cli vcenter list\n"
        "       fleetdeck-cli vcenter test NAME\n"
        "       fleetdeck-cli vcenter remove NAME\n"
        "       fleetdeck-cli vcenter vms NAME [--all]\n"
        "       fleetdeck-cli vcenter templates NAME\n"
        "       fleetdeck-cli vcenter hosts NAME\n"
        "       fleetdeck-cli vcenter power NAME VM on|off|reset|shutdown\n"
        "       fleetdeck-cli vcenter clone NAME --template T --name N [--cluster C] [--datastore "
        "D]\n"
        "                                [--folder F] [--ip A/P --gateway G] [--dns X[,Y]]\n"
        "       fleetdeck-cli vcenter destroy NAME VM\n"
        "       fleetdeck-cli vcenter scale NAME GROUP out|in N\n"
        "       fleetdeck-cli vcenter group add NAME GROUP --template T --pattern P [--cluster C]\n"
        "                                [--datastore D] [--folder F] [--pool FIRST-LAST]\n"
        "                                [--prefix N] [--gateway G] [--dns X[,Y]]\n"
        "       fleetdeck-cli vcenter group list NAME\n"
        "All take --json.\n\n"
        "add       stores a vCenter connection; the password is read from stdin "
        "(--password-stdin,\n"
        "          the line after the vault passphrase when --passphrase-stdin is also given) and\n"
        "          kept in the vault, never on the command line. The certificate is verified; a\n"
        "          self-signed vCenter is trusted by its SHA-256 fingerprint (--trust, as "
        "`vcenter\n"
        "          test` shows it), or not verified at all with --insecure.\n"
        "test      signs in and reports the category of any failure (dns, refused, timeout,\n"
        "          tlsUnknownCa, invalid-login, not-vsphere, …) and the certificate's "
        "fingerprint.\n"
        "vms       VMs that are not templates; vCenter's own vCLS-* agents only with --all.\n"
        "power     on, off, reset (tasks) or shutdown (asks the guest through VMware Tools).\n"
        "clone     clones a template, customising the guest: host name = the new name, the static\n"
        "          address with --ip (A/P) and --gateway, else DHCP.\n"
        "destroy   powers the VM off when it is on, then deletes it from disk.\n"
        "scale     clones N VMs with the group's next free names and addresses (out), or removes\n"
        "          its N newest VMs (in); the result is recorded in the group's events.\n"
        "The vault passphrase comes from FLEETDECK_PASSPHRASE or --passphrase-stdin.");
}

// What the sub-commands run on. Destroyed in reverse order.
struct Services {
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    std::unique_ptr<fd::net::HttpClient> http;
    std::unique_ptr<VcenterService> vcenter;
    Services() = default;
    Services(Services&&) noexcept = default;
    Services& operator=(Services&&) noexcept = default;
    ~Services() {
        vcenter.reset();
        http.reset();
        secrets.reset();
        store.reset();
    }
};

std::optional<Services> open(Context& ctx, bool needVault) {
    Services s;
    s.store = openStore(ctx);
    if (!s.store)
        return std::nullopt;
    s.secrets = openSecrets(ctx, *s.store);
    if (!s.secrets)
        return std::nullopt;
    if (needVault && s.secrets->backend() == fd::secrets::Backend::Vault &&
        !s.secrets->isUnlocked() && !unlockSecrets(ctx, *s.secrets))
        return std::nullopt;
    s.http = std::make_unique<fd::net::HttpClient>();
    s.vcenter = std::make_unique<VcenterService>(*s.store, *s.secrets, *s.http);
    if (auto st = await<fd::Status>([&](QObject* c, std::function<void(fd::Status)> d) {
            s.vcenter->reload(c, std::move(d));
        });
        !st) {
        ctx.err << "fleetdeck-cli: " << st.error().message << '\n';
        ctx.err.flush();
        return std::nullopt;
    }
    return std::optional<Services>(std::move(s));
}

// Waits for queued store writes (audit entries, scale events) before the process exits.
void flush(Services& s) {
    (void)s.store->writeSync([](sqlite3*) { return fd::Status{}; });
}

int fail(Context& ctx, const QString& message, const QString& category = {},
         const QString& certSha256 = {}) {
    if (ctx.global.json) {
        QJsonObject o{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
        if (!category.isEmpty())
            o.insert(QStringLiteral("category"), category);
        if (!certSha256.isEmpty())
            o.insert(QStringLiteral("certSha256"), certSha256);
        ctx.printJson(o);
    }
    ctx.err << "fleetdeck-cli: " << message << '\n';
    ctx.err.flush();
    return ExitFailure;
}

int failVsphere(Context& ctx, const VsphereError& e) {
    const VcenterTestReport r = reportFromError(e);
    return fail(ctx, r.message, r.category, r.certSha256);
}

int done(Context& ctx, const QJsonObject& json, const QString& text) {
    if (ctx.global.json)
        ctx.printJson(json);
    else
        ctx.out << text << '\n';
    ctx.out.flush();
    return ExitOk;
}

VsphereResult<VsphereClient*> clientFor(Services& s, const QString& name) {
    return await<VsphereResult<VsphereClient*>>(
        [&](QObject* c, std::function<void(VsphereResult<VsphereClient*>)> d) {
            s.vcenter->client(name, c, std::move(d));
        });
}

VsphereResult<Inventory> inventoryOf(VsphereClient* client) {
    auto r = await<VsphereResult<InventoryResult>>(
        [&](QObject* c, std::function<void(VsphereResult<InventoryResult>)> d) {
            client->inventory({}, c, std::move(d));
        });
    if (!r)
        return r.error();
    return std::move(r->inventory);
}

QJsonObject connectionJson(const VcenterService::Row& r) {
    const auto& tls = r.endpoint.endpoint.tls;
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("url"), r.endpoint.endpoint.url},
            {QStringLiteral("user"), r.userName},
            {QStringLiteral("trustedSha256"), tls.pinnedSha256},
            {QStringLiteral("insecure"), tls.insecure},
            {QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODate)}};
}

QJsonObject vmJson(const VirtualMachine& vm) {
    return {{QStringLiteral("name"), vm.name},
            {QStringLiteral("powerState"), powerStateName(vm.powerState)},
            {QStringLiteral("guestOS"), vm.guestFullName},
            {QStringLiteral("cpus"), vm.numCpu},
            {QStringLiteral("memoryMB"), vm.memoryMB},
            {QStringLiteral("datacenter"), vm.datacenterName},
            {QStringLiteral("cluster"), vm.clusterName},
            {QStringLiteral("host"), vm.hostName},
            {QStringLiteral("folder"), vm.folderPath},
            {QStringLiteral("ips"), QJsonArray::fromStringList(vm.ipAddresses())},
            {QStringLiteral("toolsStatus"), vm.toolsStatus}};
}

bool singleAddress(const QString& ip) {
    IpPool pool;
    pool.first = ip;
    pool.last = ip;
    return pool.addresses().ok();
}

// Removes flags without a value from args; true when present.
bool takeFlag(QStringList& args, const QString& flag) {
    return args.removeAll(flag) > 0;
}

int cmdAdd(Context& ctx, QStringList args) {
    const bool passwordStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    const bool insecure = takeFlag(args, QStringLiteral("--insecure"));
    if (args.contains(QLatin1String("--password")))
        return fail(ctx, CliText::tr("The password is never given on the command line: pass "
                                     "--password-stdin and write it to stdin."));
    auto p = parseArgs(
        ctx, args, {QStringLiteral("--url"), QStringLiteral("--user"), QStringLiteral("--trust")},
        usageText());
    if (!p)
        return ExitUsage;
    if (p->positional.size() != 1 || !p->options.contains(QStringLiteral("--url")) ||
        !p->options.contains(QStringLiteral("--user"))) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("vcenter add needs NAME, --url and --user")
                << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    if (insecure && p->options.contains(QStringLiteral("--trust"))) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("--trust and --insecure exclude each other")
                << '\n';
        return ExitUsage;
    }
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    VcenterConnectionInput in;
    in.name = p->positional.first();
    in.url = p->options.value(QStringLiteral("--url"));
    in.userName = p->options.value(QStringLiteral("--user"));
    in.tls.insecure = insecure;
    if (p->options.contains(QStringLiteral("--trust"))) {
        in.tls.pinnedSha256 = normalizeSha256(p->options.value(QStringLiteral("--trust")));
        if (in.tls.pinnedSha256.isEmpty())
            return fail(ctx, CliText::tr("--trust needs the certificate's SHA-256 fingerprint "
                                         "(64 hexadecimal digits, colons allowed)."));
    }
    if (passwordStdin)
        in.password = readStdinLine();
    if (in.password.isEmpty())
        return fail(ctx, CliText::tr("No password: pass --password-stdin and write the "
                                     "password on a line of stdin."));
    auto r = await<fd::Result<VcenterService::Row>>(
        [&](QObject* c, std::function<void(fd::Result<VcenterService::Row>)> d) {
            s->vcenter->add(std::move(in), c, std::move(d));
        });
    flush(*s);
    if (!r)
        return fail(ctx, r.error().message);
    return done(ctx, connectionJson(*r), CliText::tr("added %1").arg(r->name));
}

int cmdList(Context& ctx) {
    auto s = open(ctx, false);
    if (!s)
        return ExitFailure;
    QJsonArray list;
    QString text;
    for (const auto& r : s->vcenter->connections()) {
        list.append(connectionJson(r));
        text += QStringLiteral("%1\t%2\t%3%4\n")
                    .arg(r.name, r.endpoint.endpoint.url, r.userName,
                         r.endpoint.endpoint.tls.insecure ? QStringLiteral("\tinsecure")
                         : r.endpoint.endpoint.tls.pinnedSha256.isEmpty()
                             ? QString()
                             : QStringLiteral("\ttrusted ") + r.endpoint.endpoint.tls.pinnedSha256);
    }
    if (text.endsWith(u'\n'))
        text.chop(1);
    return done(ctx, QJsonObject{{QStringLiteral("vcenters"), list}},
                text.isEmpty() ? CliText::tr("no vCenter connections") : text);
}

int cmdTest(Context& ctx, const QString& name) {
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    const VcenterTestReport r =
        await<VcenterTestReport>([&](QObject* c, std::function<void(VcenterTestReport)> d) {
            s->vcenter->test(name, c, std::move(d));
        });
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("category"), r.category},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("elapsedMs"), r.elapsedMs}};
    if (!r.certSha256.isEmpty())
        o.insert(QStringLiteral("certSha256"), r.certSha256);
    if (r.ok) {
        o.insert(QStringLiteral("product"), r.product);
        o.insert(QStringLiteral("apiVersion"), r.apiVersion);
        o.insert(QStringLiteral("apiType"), r.apiType);
    }
    if (ctx.global.json)
        ctx.printJson(o);
    else
        (r.ok ? ctx.out : ctx.err) << name << ": " << r.category << ": " << r.message << '\n';
    ctx.out.flush();
    ctx.err.flush();
    return r.ok ? ExitOk : ExitFailure;
}

int cmdRemove(Context& ctx, const QString& name) {
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    const fd::Status st = await<fd::Status>([&](QObject* c, std::function<void(fd::Status)> d) {
        s->vcenter->remove(name, c, std::move(d));
    });
    flush(*s);
    if (!st)
        return fail(ctx, st.error().message);
    return done(ctx, QJsonObject{{QStringLiteral("removed"), name}},
                CliText::tr("removed %1").arg(name));
}

int cmdInventory(Context& ctx, const QString& sub, const QString& name, bool all) {
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto inv = inventoryOf(*client);
    if (!inv)
        return failVsphere(ctx, inv.error());
    QJsonArray list;
    QStringList lines;
    if (sub == QLatin1String("vms")) {
        for (const VirtualMachine& vm : inv->virtualMachines(false, all)) {
            list.append(vmJson(vm));
            lines << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(vm.name, powerStateName(vm.powerState), vm.hostName,
                              vm.ipAddresses().join(u','));
        }
        return done(ctx, QJsonObject{{QStringLiteral("vms"), list}}, lines.join(u'\n'));
    }
    if (sub == QLatin1String("hosts")) {
        for (const HostSystem& h : inv->hostList()) {
            list.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("connectionState"), h.connectionState},
                                    {QStringLiteral("powerState"), powerStateName(h.powerState)},
                                    {QStringLiteral("maintenance"), h.inMaintenanceMode},
                                    {QStringLiteral("datacenter"), h.datacenterName},
                                    {QStringLiteral("cluster"), h.clusterName},
                                    {QStringLiteral("cpuCores"), h.numCpuCores},
                                    {QStringLiteral("memoryMB"), h.memoryBytes / (1024 * 1024)},
                                    {QStringLiteral("product"), h.productName}});
            lines << QStringLiteral("%1\t%2\t%3").arg(h.name, h.clusterName, h.connectionState);
        }
        return done(ctx, QJsonObject{{QStringLiteral("hosts"), list}}, lines.join(u'\n'));
    }
    // templates: VM templates and content-library templates, with the local notes
    QHash<QString, repository::TemplateNote> notes;
    const qint64 vcId = s->vcenter->find(name)->id;
    (void)s->store->read([&](sqlite3* db) -> fd::Status {
        auto r = repository::loadTemplateNotes(db, vcId);
        if (r)
            for (const auto& n : *r)
                notes.insert(n.templateKey, n);
        return {};
    });
    const auto noteJson = [&notes](const QString& key) {
        const auto n = notes.value(key);
        return QJsonObject{{QStringLiteral("purpose"), n.purpose},
                           {QStringLiteral("owner"), n.owner},
                           {QStringLiteral("ipPool"), n.ipPool}};
    };
    for (const VirtualMachine& t : inv->templates()) {
        const QString key = QStringLiteral("vm:") + t.instanceUuid;
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("source"), QStringLiteral("vm")},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("guestOS"), t.guestFullName},
                                {QStringLiteral("cpus"), t.numCpu},
                                {QStringLiteral("memoryMB"), t.memoryMB},
                                {QStringLiteral("datacenter"), t.datacenterName},
                                {QStringLiteral("folder"), t.folderPath},
                                {QStringLiteral("notes"), noteJson(key)}});
        lines << QStringLiteral("%1\tvm\t%2").arg(t.name, t.folderPath);
    }
    auto library = await<VsphereResult<QList<LibraryTemplate>>>(
        [&](QObject* c, std::function<void(VsphereResult<QList<LibraryTemplate>>)> d) {
            (*client)->libraryTemplates(c, std::move(d));
        });
    if (!library)
        return failVsphere(ctx, library.error());
    for (const LibraryTemplate& t : *library) {
        const QString key = QStringLiteral("library:") + t.id;
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("source"), QStringLiteral("library")},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("type"), t.type},
                                {QStringLiteral("library"), t.libraryName},
                                {QStringLiteral("description"), t.description},
                                {QStringLiteral("notes"), noteJson(key)}});
        lines << QStringLiteral("%1\tlibrary\t%2").arg(t.name, t.libraryName);
    }
    return done(ctx, QJsonObject{{QStringLiteral("templates"), list}}, lines.join(u'\n'));
}

int cmdPower(Context& ctx, const QString& name, const QString& vmName, const QString& action) {
    static const QStringList actions{QStringLiteral("on"), QStringLiteral("off"),
                                     QStringLiteral("reset"), QStringLiteral("shutdown")};
    if (!actions.contains(action)) {
        ctx.err << "fleetdeck-cli: "
                << CliText::tr("vcenter power: expected on, off, reset or shutdown") << '\n';
        return ExitUsage;
    }
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto inv = inventoryOf(*client);
    if (!inv)
        return failVsphere(ctx, inv.error());
    auto vm = findVmByName(*inv, vmName, false);
    if (!vm)
        return failVsphere(ctx, vm.error());
    const QString target = QStringLiteral("%1/%2").arg(name, vm->name);
    std::optional<VsphereError> error;
    QString task;
    if (action == QLatin1String("shutdown")) {
        auto r =
            await<VsphereResult<bool>>([&](QObject* c, std::function<void(VsphereResult<bool>)> d) {
                (*client)->shutdownGuest(vm->ref, QStringLiteral("Shut down %1").arg(vm->name), c,
                                         std::move(d));
            });
        if (!r)
            error = r.error();
    } else {
        const PowerAction a = action == QLatin1String("on")    ? PowerAction::On
                              : action == QLatin1String("off") ? PowerAction::Off
                                                               : PowerAction::Reset;
        TaskOptions options;
        options.label = QStringLiteral("Power %1 %2").arg(action, vm->name);
        auto r = await<VsphereResult<TaskInfo>>(
            [&](QObject* c, std::function<void(VsphereResult<TaskInfo>)> d) {
                (*client)->power(vm->ref, a, options, c, std::move(d));
            });
        if (!r)
            error = r.error();
        else
            task = r->task.value;
    }
    s->vcenter->audit(QStringLiteral("power-") + action, target,
                      error ? QStringLiteral("failed") : QStringLiteral("success"),
                      error ? error->message : QString());
    flush(*s);
    if (error)
        return failVsphere(ctx, *error);
    return done(ctx,
                QJsonObject{{QStringLiteral("ok"), true},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("vm"), vm->name},
                            {QStringLiteral("task"), task}},
                CliText::tr("%1: %2 done").arg(vm->name, action));
}

int cmdClone(Context& ctx, const QStringList& args) {
    auto p = parseArgs(ctx, args,
                       {QStringLiteral("--template"), QStringLiteral("--name"),
                        QStringLiteral("--cluster"), QStringLiteral("--host"),
                        QStringLiteral("--datastore"), QStringLiteral("--folder"),
                        QStringLiteral("--ip"), QStringLiteral("--gateway"),
                        QStringLiteral("--dns"), QStringLiteral("--domain")},
                       usageText());
    if (!p)
        return ExitUsage;
    if (p->positional.size() != 1 || !p->options.contains(QStringLiteral("--template")) ||
        !p->options.contains(QStringLiteral("--name"))) {
        ctx.err << "fleetdeck-cli: "
                << CliText::tr("vcenter clone needs NAME, --template and --name") << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    CloneRequest req;
    req.templateName = p->options.value(QStringLiteral("--template"));
    req.name = p->options.value(QStringLiteral("--name"));
    req.cluster = p->options.value(QStringLiteral("--cluster"));
    req.host = p->options.value(QStringLiteral("--host"));
    req.datastore = p->options.value(QStringLiteral("--datastore"));
    req.folder = p->options.value(QStringLiteral("--folder"));
    req.gateway = p->options.value(QStringLiteral("--gateway"));
    req.domain = p->options.value(QStringLiteral("--domain"));
    if (p->options.contains(QStringLiteral("--dns")))
        req.dnsServers = p->options.value(QStringLiteral("--dns")).split(u',', Qt::SkipEmptyParts);
    if (p->options.contains(QStringLiteral("--ip"))) {
        const QString ip = p->options.value(QStringLiteral("--ip"));
        bool ok = false;
        req.ipAddress = ip.section(u'/', 0, 0);
        req.prefixLength = ip.contains(u'/') ? ip.section(u'/', 1).toInt(&ok) : 24;
        if ((ip.contains(u'/') && !ok) || req.prefixLength < 0 || req.prefixLength > 32 ||
            !singleAddress(req.ipAddress))
            return fail(ctx, CliText::tr("--ip must be an IPv4 address with a prefix length, "
                                         "like 10.0.0.5/24."));
    } else if (p->options.contains(QStringLiteral("--gateway"))) {
        return fail(ctx, CliText::tr("--gateway needs --ip (without --ip the clone uses DHCP)."));
    }
    const QString name = p->positional.first();
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto inv = inventoryOf(*client);
    if (!inv)
        return failVsphere(ctx, inv.error());
    auto plan = planClone(*inv, req);
    if (!plan)
        return failVsphere(ctx, plan.error());
    TaskOptions options;
    options.label = QStringLiteral("Clone %1").arg(req.name);
    auto r = await<VsphereResult<TaskInfo>>(
        [&](QObject* c, std::function<void(VsphereResult<TaskInfo>)> d) {
            (*client)->cloneVM(plan->source.ref, req.name, plan->spec, options, c, std::move(d));
        });
    s->vcenter->audit(QStringLiteral("clone"), QStringLiteral("%1/%2").arg(name, req.name),
                      r ? QStringLiteral("success") : QStringLiteral("failed"),
                      r ? QStringLiteral("from %1").arg(plan->source.name) : r.error().message);
    flush(*s);
    if (!r)
        return failVsphere(ctx, r.error());
    return done(ctx,
                QJsonObject{{QStringLiteral("ok"), true},
                            {QStringLiteral("vm"), req.name},
                            {QStringLiteral("ref"), r->result.value},
                            {QStringLiteral("template"), plan->source.name},
                            {QStringLiteral("ip"), req.ipAddress}},
                CliText::tr("cloned %1 from %2").arg(req.name, plan->source.name));
}

int cmdDestroy(Context& ctx, const QString& name, const QString& vmName) {
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto inv = inventoryOf(*client);
    if (!inv)
        return failVsphere(ctx, inv.error());
    auto vm = findVmByName(*inv, vmName, false);
    if (!vm)
        return failVsphere(ctx, vm.error());
    TaskOptions options;
    options.label = QStringLiteral("Destroy %1").arg(vm->name);
    auto r = await<VsphereResult<TaskInfo>>(
        [&](QObject* c, std::function<void(VsphereResult<TaskInfo>)> d) {
            destroyVm(*client, *vm, options, c, std::move(d));
        });
    s->vcenter->audit(QStringLiteral("destroy"), QStringLiteral("%1/%2").arg(name, vm->name),
                      r ? QStringLiteral("success") : QStringLiteral("failed"),
                      r ? QString() : r.error().message);
    flush(*s);
    if (!r)
        return failVsphere(ctx, r.error());
    return done(ctx,
                QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("destroyed"), vm->name}},
                CliText::tr("destroyed %1").arg(vm->name));
}

std::optional<ScaleGroup> groupNamed(Services& s, qint64 vcId, const QString& group) {
    std::optional<ScaleGroup> out;
    (void)s.store->read([&](sqlite3* db) -> fd::Status {
        auto r = repository::loadScaleGroups(db, vcId);
        if (r)
            for (const ScaleGroup& g : *r)
                if (g.name.compare(group, Qt::CaseInsensitive) == 0)
                    out = g;
        return {};
    });
    return out;
}

QJsonObject eventJson(const ScaleEvent& e) {
    return {{QStringLiteral("direction"), e.direction == ScaleEvent::Direction::Out
                                              ? QStringLiteral("out")
                                              : QStringLiteral("in")},
            {QStringLiteral("requested"), e.requested},
            {QStringLiteral("done"), e.done},
            {QStringLiteral("result"), scaleResultName(e.result)},
            {QStringLiteral("vms"), QJsonArray::fromStringList(e.vms)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("at"), e.at.toString(Qt::ISODate)}};
}

int cmdScale(Context& ctx, const QStringList& pos) {
    const QString name = pos.value(1);
    const QString groupName = pos.value(2);
    const QString dir = pos.value(3);
    bool ok = false;
    const int count = pos.value(4).toInt(&ok);
    if ((dir != QLatin1String("out") && dir != QLatin1String("in")) || !ok || count <= 0) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("vcenter scale NAME GROUP out|in N (N > 0)")
                << '\n';
        return ExitUsage;
    }
    auto s = open(ctx, true);
    if (!s)
        return ExitFailure;
    const auto row = s->vcenter->find(name);
    if (!row)
        return fail(ctx, CliText::tr("There is no vCenter connection named \"%1\".").arg(name));
    const auto group = groupNamed(*s, row->id, groupName);
    if (!group)
        return fail(ctx, CliText::tr("There is no scale group named \"%1\" on %2; see `vcenter "
                                     "group list %2`.")
                             .arg(groupName, name));
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto r = await<fd::Result<ScaleEvent>>(
        [&](QObject* c, std::function<void(fd::Result<ScaleEvent>)> d) {
            scaleGroup(*s->vcenter, *client, *group,
                       dir == QLatin1String("out") ? ScaleEvent::Direction::Out
                                                   : ScaleEvent::Direction::In,
                       count, c, {}, std::move(d));
        });
    flush(*s);
    if (!r)
        return fail(ctx, r.error().message);
    QJsonObject o = eventJson(*r);
    o.insert(QStringLiteral("ok"), r->result == ScaleEvent::Result::Success);
    o.insert(QStringLiteral("group"), group->name);
    if (ctx.global.json)
        ctx.printJson(o);
    if (r->result != ScaleEvent::Result::Success) {
        ctx.err << "fleetdeck-cli: " << r->message << '\n';
        ctx.err.flush();
        return ExitFailure;
    }
    if (!ctx.global.json)
        ctx.out << CliText::tr("scaled %1 %2 by %3: %4")
                       .arg(group->name, dir, QString::number(count),
                            r->vms.join(QStringLiteral(", ")))
                << '\n';
    ctx.out.flush();
    return ExitOk;
}

int cmdGroup(Context& ctx, const QStringList& args) {
    auto p = parseArgs(
        ctx, args,
        {QStringLiteral("--template"), QStringLiteral("--pattern"), QStringLiteral("--cluster"),
         QStringLiteral("--host"), QStringLiteral("--datastore"), QStringLiteral("--folder"),
         QStringLiteral("--pool"), QStringLiteral("--prefix"), QStringLiteral("--gateway"),
         QStringLiteral("--dns"), QStringLiteral("--domain")},
        usageText());
    if (!p)
        return ExitUsage;
    const QString sub = p->positional.value(1);
    const QString name = p->positional.value(2);
    if ((sub != QLatin1String("add") && sub != QLatin1String("list")) || name.isEmpty()) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("vcenter group add|list NAME …") << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    auto s = open(ctx, sub == QLatin1String("add"));
    if (!s)
        return ExitFailure;
    const auto row = s->vcenter->find(name);
    if (!row)
        return fail(ctx, CliText::tr("There is no vCenter connection named \"%1\".").arg(name));
    if (sub == QLatin1String("list")) {
        QJsonArray list;
        QStringList lines;
        (void)s->store->read([&](sqlite3* db) -> fd::Status {
            auto groups = repository::loadScaleGroups(db, row->id);
            if (!groups)
                return groups.error();
            for (const ScaleGroup& g : *groups) {
                QJsonArray members;
                if (auto m = repository::loadScaleMembers(db, g.id))
                    for (const ScaleMember& x : *m)
                        members.append(QJsonObject{{QStringLiteral("name"), x.vmName},
                                                   {QStringLiteral("ip"), x.ipAddress}});
                QJsonArray events;
                if (auto e = repository::loadScaleEvents(db, g.id))
                    for (const ScaleEvent& x : *e)
                        events.append(eventJson(x));
                list.append(QJsonObject{{QStringLiteral("name"), g.name},
                                        {QStringLiteral("template"), g.templateName},
                                        {QStringLiteral("pattern"), g.namePattern},
                                        {QStringLiteral("pool"),
                                         g.ipPool.isEmpty() ? QString()
                                                            : QStringLiteral("%1-%2").arg(
                                                                  g.ipPool.first, g.ipPool.last)},
                                        {QStringLiteral("members"), members},
                                        {QStringLiteral("events"), events}});
                lines << QStringLiteral("%1\t%2\t%3 VMs")
                             .arg(g.name, g.templateName)
                             .arg(members.size());
            }
            return {};
        });
        return done(ctx, QJsonObject{{QStringLiteral("groups"), list}}, lines.join(u'\n'));
    }
    const QString groupName = p->positional.value(3);
    if (groupName.isEmpty() || !p->options.contains(QStringLiteral("--template")) ||
        !p->options.contains(QStringLiteral("--pattern"))) {
        ctx.err << "fleetdeck-cli: "
                << CliText::tr("vcenter group add NAME GROUP --template T --pattern P …") << '\n';
        return ExitUsage;
    }
    auto client = clientFor(*s, name);
    if (!client)
        return failVsphere(ctx, client.error());
    auto inv = inventoryOf(*client);
    if (!inv)
        return failVsphere(ctx, inv.error());
    auto tmpl = findVmByName(*inv, p->options.value(QStringLiteral("--template")), true);
    if (!tmpl)
        return failVsphere(ctx, tmpl.error());
    ScaleGroup g;
    g.vcenterId = row->id;
    g.name = groupName;
    g.templateKey = QStringLiteral("vm:") + tmpl->instanceUuid;
    g.templateName = tmpl->name;
    g.namePattern = p->options.value(QStringLiteral("--pattern"));
    if (auto st = validateNamePattern(g.namePattern); !st)
        return fail(ctx, st.error().message);
    g.placement.computeName = p->options.value(QStringLiteral("--cluster"));
    g.placement.hostName = p->options.value(QStringLiteral("--host"));
    g.placement.datastoreName = p->options.value(QStringLiteral("--datastore"));
    g.placement.folderPath = p->options.value(QStringLiteral("--folder"));
    // The placement must resolve now, not at the first scale-out.
    if (auto check = planGroupClone(*inv, g, PlannedVm{QStringLiteral("check"), {}, 1}); !check)
        return failVsphere(ctx, check.error());
    const QString pool = p->options.value(QStringLiteral("--pool"));
    if (!pool.isEmpty()) {
        g.ipPool.first = pool.section(u'-', 0, 0).trimmed();
        g.ipPool.last = pool.section(u'-', 1).trimmed();
        g.ipPool.prefixLength =
            p->options.value(QStringLiteral("--prefix"), QStringLiteral("24")).toInt();
        g.ipPool.gateway = p->options.value(QStringLiteral("--gateway"));
        g.ipPool.dnsServers =
            p->options.value(QStringLiteral("--dns")).split(u',', Qt::SkipEmptyParts);
        g.ipPool.domain = p->options.value(QStringLiteral("--domain"));
        if (auto a = g.ipPool.addresses(); !a)
            return fail(ctx, a.error().message);
    }
    auto saved = std::make_shared<ScaleGroup>(g);
    const fd::Status st = s->store->writeSync(
        [saved](sqlite3* db) { return repository::insertScaleGroup(db, *saved); });
    if (!st)
        return fail(ctx, st.error().message);
    s->vcenter->audit(QStringLiteral("scale-group-add"), QStringLiteral("%1/%2").arg(name, g.name),
                      QStringLiteral("success"));
    flush(*s);
    return done(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("group"), g.name}},
                CliText::tr("added scale group %1").arg(g.name));
}

int run(Context& ctx, const QStringList& argsIn) {
    QStringList args = argsIn;
    const QString sub = args.value(0);
    if (sub == QLatin1String("add"))
        return cmdAdd(ctx, args.mid(1));
    if (sub == QLatin1String("clone"))
        return cmdClone(ctx, args.mid(1));
    if (sub == QLatin1String("group"))
        return cmdGroup(ctx, args);
    const bool all = takeFlag(args, QStringLiteral("--all"));
    auto p = parseArgs(ctx, args, {}, usageText());
    if (!p)
        return ExitUsage;
    const QStringList& pos = p->positional;
    if (sub == QLatin1String("list") && pos.size() == 1)
        return cmdList(ctx);
    if (sub == QLatin1String("test") && pos.size() == 2)
        return cmdTest(ctx, pos[1]);
    if (sub == QLatin1String("remove") && pos.size() == 2)
        return cmdRemove(ctx, pos[1]);
    if ((sub == QLatin1String("vms") || sub == QLatin1String("templates") ||
         sub == QLatin1String("hosts")) &&
        pos.size() == 2 && (!all || sub == QLatin1String("vms")))
        return cmdInventory(ctx, sub, pos[1], all);
    if (sub == QLatin1String("power") && pos.size() == 4)
        return cmdPower(ctx, pos[1], pos[2], pos[3]);
    if (sub == QLatin1String("destroy") && pos.size() == 3)
        return cmdDestroy(ctx, pos[1], pos[2]);
    if (sub == QLatin1String("scale") && pos.size() == 5)
        return cmdScale(ctx, pos);
    ctx.err << "fleetdeck-cli: " << CliText::tr("vcenter: unexpected arguments") << "\n\n"
            << usageText() << '\n';
    ctx.err.flush();
    return ExitUsage;
}

static CommandRegistration reg{
    {QStringLiteral("vcenter"),
     QT_TRANSLATE_NOOP("fd::cli",
                       "vCenter connections, VMs with their IPs, templates, power, clone, scale"),
     usageText, run}};

} // namespace
} // namespace fd::cli
