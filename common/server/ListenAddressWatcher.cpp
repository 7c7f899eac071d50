#include "server/ListenAddressWatcher.h"

#include <algorithm>
#include <iterator>

namespace {

bool isOn(const QHostAddress &address, const QNetworkInterface &iface,
          const QNetworkAddressEntry &entry)
{
    const QHostAddress ip = entry.ip();
    if (ip.protocol() != address.protocol())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (ip.isEqual(address, QHostAddress::ConvertV4MappedToIPv4))
            return true;
        // Linux answers for all of 127.0.0.0/8 though only 127.0.0.1 is listed on lo.
        return address.isLoopback() && iface.flags().testFlag(QNetworkInterface::IsLoopBack) &&
               address.isInSubnet(ip, entry.prefixLength());
    }
    const Q_IPV6ADDR a = address.toIPv6Address();
    const Q_IPV6ADDR b = ip.toIPv6Address();
    if (!std::equal(std::begin(a.c), std::end(a.c), std::begin(b.c)))
        return false;
    const QString scope = address.scopeId();
    return scope.isEmpty() || scope == iface.name() || scope == QString::number(iface.index());
}

} // namespace

ListenAddressWatcher::ListenAddressWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ListenAddressWatcher::checkNow);
}

bool ListenAddressWatcher::isWatchable(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    return address != QHostAddress(QHostAddress::Any) &&
           address != QHostAddress(QHostAddress::AnyIPv4) &&
           address != QHostAddress(QHostAddress::AnyIPv6);
}

ListenAddressWatcher::Finding ListenAddressWatcher::find(const QHostAddress &address,
                                                         const QList<QNetworkInterface> &interfaces)
{
    Finding down;
    for (const QNetworkInterface &iface : interfaces) {
        const auto entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (!isOn(address, iface, entry))
                continue;
            const auto flags = iface.flags();
            if (flags.testFlag(QNetworkInterface::IsUp) &&
                flags.testFlag(QNetworkInterface::IsRunning))
                return {State::Present, iface.name()};
            down = {State::InterfaceDown, iface.name()};
        }
    }
    if (!down.interfaceName.isEmpty())
        return down;
    return {State::Gone, {}};
}

void ListenAddressWatcher::watch(const QHostAddress &address)
{
    stop();
    if (!isWatchable(address))
        return;
    m_address = address;
    // Assumed present (listening on it just worked); if its interface is down already, the
    // first check says so, once the caller has connected to stateChanged().
    m_state = State::Present;
    m_lastInterface = find(address, QNetworkInterface::allInterfaces()).interfaceName;
    m_timer.start();
    QTimer::singleShot(0, this, &ListenAddressWatcher::checkNow);
}

void ListenAddressWatcher::stop()
{
    m_timer.stop();
    m_address.clear();
    m_state = State::Present;
    m_lastInterface.clear();
}

void ListenAddressWatcher::checkNow()
{
    if (m_address.isNull())
        return;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    if (interfaces.isEmpty())
        return; // could not look (see find()); say nothing rather than something false
    const Finding now = find(m_address, interfaces);
    if (!now.interfaceName.isEmpty())
        m_lastInterface = now.interfaceName;
    if (now.state == m_state)
        return;
    m_state = now.state;
    emit stateChanged(m_state, m_lastInterface);
}
