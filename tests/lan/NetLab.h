#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// A second "machine" for one test process: a network namespace joined to this machine by a veth
// pair, made and removed by tests/lan/netlab.sh (named by BINDLAB_NETLAB). The lab is removed
// when this object goes, and also when the test process dies any other way: the script leaves a
// detached guardian that watches this process.
class NetLab final
{
    Q_DISABLE_COPY_MOVE(NetLab)

public:
    enum class State {
        Up,
        CannotRunHere, // not root, no ip, no namespaces: the test skips
        Failed         // the lab could not be made safely: the test fails
    };

    struct Facts
    {
        QString ns;
        QString hostInterface; // this machine's end of the veth
        QString peerInterface; // the lab's end
        QString hostName;      // this machine, by name, as seen from the lab
        QString peerName;      // the lab, by name, from inside it
        QString machineName;   // this machine's hostname: inside the lab it names hostV4/hostV6
        QHostAddress hostV4, peerV4, unusedV4;
        QHostAddress hostV6, peerV6, unusedV6;
        QHostAddress offlinkV4, offlinkV6; // no route to them inside the lab
    };

    struct ToolRun
    {
        int exitCode = -1; // -1: did not start or did not finish
        QByteArray out;
        QByteArray err;
    };

    // A lab for one test case, its routes checked: `skip` says why none can be made here,
    // `failure` why making one went wrong; `lab` is set when neither is.
    struct ForTest
    {
        std::unique_ptr<NetLab> lab;
        QString skip;
        QString failure;
    };

    NetLab();
    ~NetLab();

    static ForTest upForTest();
    // Removes `lab`; returns what it left behind (a namespace, a veth), or "".
    static QString tearDown(std::unique_ptr<NetLab> &lab);

    State state() const { return m_state; }
    QString error() const { return m_error; }
    const Facts &facts() const { return m_facts; }

    // The command line that runs `command` inside the lab.
    QStringList inside(const QStringList &command) const;
    // The device the kernel would send through to reach `to`, from this machine or from inside
    // the lab; empty when there is no route.
    QString routeDevice(const QHostAddress &to, bool fromInside) const;
    // netlab.sh check: every lab address routes through the veth, and the lab has no way out.
    bool routesAreSafe(QString *why = nullptr) const;
    // A firewall rule inside the lab that silently drops TCP to `port`.
    bool dropTcpInside(quint16 port, QString *why = nullptr) const;
    // Adds one nft rule to the lab's own firewall, in the chain on `hook` ("input", "output"):
    // e.g. {"tcp", "dport", "80", "reject", "with", "icmpx", "type", "admin-prohibited"}.
    bool firewallInside(const QString &hook, const QStringList &rule, QString *why = nullptr) const;

    // 198.18.0.0/24 and 2001:db8:18::/64, where every lab lives.
    static bool isLabAddress(const QHostAddress &address);
    // An address of this machine on an up interface other than loopback and the labs' veths,
    // not link-local; null when there is none. Only ever bound to, never dialled.
    static QHostAddress otherInterfaceAddress(QAbstractSocket::NetworkLayerProtocol protocol);
    // The kernel reports a dual-stack socket's IPv4 peers as ::ffff:a.b.c.d: as a.b.c.d.
    static QHostAddress unmapped(const QString &text);

    // Why no lab can be made on this machine, or empty.
    static QString unavailableReason();
    static QString script();
    // Removes labs left by test processes that died while their guardian was gone too.
    static void sweepStale();
    static bool namespaceExists(const QString &ns);
    static bool interfaceExists(const QString &name);
    static QString ipTool();
    static ToolRun run(const QStringList &command, int timeoutMs = 20000);
    // Children of a test die with it (SIGKILL when the test process ends), so a killed test
    // leaves no server running on this machine either.
    static void diesWithThisProcess(QProcess &process);

private:
    State m_state = State::Failed;
    QString m_error;
    Facts m_facts;
};
