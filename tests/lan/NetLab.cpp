#include "NetLab.h"

#include <QNetworkInterface>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

// Exit code of netlab.sh for "this machine cannot host a lab".
constexpr int kCannotRunHere = 77;

QString nextName()
{
    // Unique per process and per lab; the script's veth names add two characters to it.
    static int serial = 0;
    return QStringLiteral("bl-%1-%2").arg(QCoreApplication::applicationPid()).arg(++serial);
}

QString trimmed(const QByteArray &bytes)
{
    return QString::fromLocal8Bit(bytes).trimmed();
}

} // namespace

NetLab::NetLab()
{
    const QString why = unavailableReason();
    if (!why.isEmpty()) {
        m_state = State::CannotRunHere;
        m_error = why;
        return;
    }
    const QString name = nextName();
    const ToolRun up = run({script(), QStringLiteral("up"), name, QStringLiteral("--owner"),
                            QString::number(QCoreApplication::applicationPid())});
    if (up.exitCode != 0) {
        m_state = up.exitCode == kCannotRunHere ? State::CannotRunHere : State::Failed;
        m_error = trimmed(up.err);
        if (m_error.isEmpty())
            m_error = QStringLiteral("netlab.sh up %1 exited with %2").arg(name).arg(up.exitCode);
        return;
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : up.out.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromLatin1(line.left(eq)),
                          QString::fromLatin1(line.mid(eq + 1)));
    }
    const auto address = [&values](const char *key) {
        return QHostAddress(values.value(QLatin1String(key)));
    };
    m_facts.ns = values.value(QStringLiteral("NETLAB_NS"));
    m_facts.hostInterface = values.value(QStringLiteral("NETLAB_HOST_IF"));
    m_facts.peerInterface = values.value(QStringLiteral("NETLAB_PEER_IF"));
    m_facts.hostName = values.value(QStringLiteral("NETLAB_HOST_NAME"));
    m_facts.peerName = values.value(QStringLiteral("NETLAB_PEER_NAME"));
    m_facts.machineName = values.value(QStringLiteral("NETLAB_MACHINE_NAME"));
    m_facts.hostV4 = address("NETLAB_HOST_V4");
    m_facts.peerV4 = address("NETLAB_PEER_V4");
    m_facts.unusedV4 = address("NETLAB_UNUSED_V4");
    m_facts.hostV6 = address("NETLAB_HOST_V6");
    m_facts.peerV6 = address("NETLAB_PEER_V6");
    m_facts.unusedV6 = address("NETLAB_UNUSED_V6");
    m_facts.offlinkV4 = address("NETLAB_OFFLINK_V4");
    m_facts.offlinkV6 = address("NETLAB_OFFLINK_V6");
    if (m_facts.ns != name || m_facts.peerV4.isNull() || m_facts.peerV6.isNull()) {
        m_error = QStringLiteral("netlab.sh up printed no usable facts: %1").arg(trimmed(up.out));
        run({script(), QStringLiteral("down"), name});
        return;
    }
    m_state = State::Up;
}

NetLab::~NetLab()
{
    if (m_state == State::Up)
        run({script(), QStringLiteral("down"), m_facts.ns});
}

QStringList NetLab::inside(const QStringList &command) const
{
    return QStringList{ipTool(), QStringLiteral("netns"), QStringLiteral("exec"), m_facts.ns} +
           command;
}

QString NetLab::routeDevice(const QHostAddress &to, bool fromInside) const
{
    const QStringList get{ipTool(), QStringLiteral("route"), QStringLiteral("get"), to.toString()};
    const ToolRun r = run(fromInside ? inside(get) : get);
    if (r.exitCode != 0)
        return {};
    const QStringList words = QString::fromLatin1(r.out).simplified().split(QLatin1Char(' '));
    const qsizetype at = words.indexOf(QStringLiteral("dev"));
    return at >= 0 && at + 1 < words.size() ? words.at(at + 1) : QString();
}

bool NetLab::routesAreSafe(QString *why) const
{
    const ToolRun r = run({script(), QStringLiteral("check"), m_facts.ns});
    if (why)
        *why = trimmed(r.err);
    return r.exitCode == 0;
}

bool NetLab::dropTcpInside(quint16 port, QString *why) const
{
    return firewallInside(QStringLiteral("input"),
                          QStringLiteral("tcp dport %1 drop").arg(port).split(QLatin1Char(' ')),
                          why);
}

bool NetLab::firewallInside(const QString &hook, const QStringList &rule, QString *why) const
{
    // The table lives in the lab's namespace and goes with it. "add" of an existing table or
    // chain is a no-op, so rules for several ports share them.
    const QString table = QStringLiteral("bindlab_lab");
    const QList<QStringList> commands{
        {QStringLiteral("add"), QStringLiteral("table"), QStringLiteral("inet"), table},
        {QStringLiteral("add"), QStringLiteral("chain"), QStringLiteral("inet"), table, hook,
         QStringLiteral("{ type filter hook %1 priority 0; policy accept; }").arg(hook)},
        QStringList{QStringLiteral("add"), QStringLiteral("rule"), QStringLiteral("inet"), table,
                    hook} +
            rule};
    for (const QStringList &args : commands) {
        const ToolRun r = run(inside(QStringList{QStringLiteral("nft")} + args));
        if (r.exitCode != 0) {
            if (why)
                *why =
                    QStringLiteral("nft %1: %2").arg(args.join(QLatin1Char(' ')), trimmed(r.err));
            return false;
        }
    }
    return true;
}

QString NetLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("The LAN lab needs root (it creates a network namespace and a veth "
                              "pair); run ctest as root, as CI does.");
    if (script().isEmpty())
        return QStringLiteral("BINDLAB_NETLAB does not name tests/lan/netlab.sh.");
    if (ipTool().isEmpty())
        return QStringLiteral("The ip command (package iproute2) is not installed.");
    return {};
}

QString NetLab::script()
{
    const QString path = qEnvironmentVariable("BINDLAB_NETLAB");
    return QFileInfo(path).isExecutable() ? path : QString();
}

void NetLab::sweepStale()
{
    if (unavailableReason().isEmpty())
        run({script(), QStringLiteral("sweep")});
}

bool NetLab::namespaceExists(const QString &ns)
{
    return QFileInfo::exists(QStringLiteral("/run/netns/") + ns);
}

bool NetLab::interfaceExists(const QString &name)
{
    return QFileInfo::exists(QStringLiteral("/sys/class/net/") + name);
}

QString NetLab::ipTool()
{
    static const QString path = [] {
        QString found = QStandardPaths::findExecutable(QStringLiteral("ip"));
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(
                QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                       QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        return found;
    }();
    return path;
}

NetLab::ToolRun NetLab::run(const QStringList &command, int timeoutMs)
{
    ToolRun result;
    if (command.isEmpty())
        return result;
    QProcess p;
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(timeoutMs)) {
        result.err = p.errorString().toLocal8Bit();
        return result;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.err = "timed out: " + command.join(QLatin1Char(' ')).toLocal8Bit();
        return result;
    }
    result.out = p.readAllStandardOutput();
    result.err = p.readAllStandardError();
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return result;
}

void NetLab::diesWithThisProcess(QProcess &process)
{
    // Runs in the child between fork and exec; prctl is async-signal-safe. The setting survives
    // exec, also through `ip netns exec`, which execs the command in place.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The test may have died between fork and prctl: then nobody would send the signal.
        if (::getppid() != parent)
            ::_exit(127);
    });
}

NetLab::ForTest NetLab::upForTest()
{
    ForTest result;
    sweepStale();
    result.lab = std::make_unique<NetLab>();
    if (result.lab->state() == State::CannotRunHere)
        result.skip = result.lab->error();
    else if (result.lab->state() != State::Up)
        result.failure = result.lab->error();
    else if (QString why; !result.lab->routesAreSafe(&why))
        result.failure = why;
    if (!result.skip.isEmpty() || !result.failure.isEmpty())
        result.lab.reset();
    return result;
}

QString NetLab::tearDown(std::unique_ptr<NetLab> &lab)
{
    if (!lab || lab->state() != State::Up)
        return {};
    const QString ns = lab->facts().ns;
    const QString veth = lab->facts().hostInterface;
    lab.reset();
    if (namespaceExists(ns))
        return QStringLiteral("namespace %1 is still there").arg(ns);
    if (interfaceExists(veth))
        return QStringLiteral("interface %1 is still there").arg(veth);
    return {};
}

bool NetLab::isLabAddress(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("198.18.0.0")), 24) ||
           address.isInSubnet(QHostAddress(QStringLiteral("2001:db8:18::")), 64);
}

QHostAddress NetLab::otherInterfaceAddress(QAbstractSocket::NetworkLayerProtocol protocol)
{
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.protocol() == protocol && !a.isLoopback() && !a.isLinkLocal() && !isLabAddress(a))
                return a;
        }
    }
    return {};
}

QHostAddress NetLab::unmapped(const QString &text)
{
    const QHostAddress a(text);
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : a;
}
