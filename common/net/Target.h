#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// What the client will dial, after parsing: exactly one host (a name or an address literal)
// and one port, plus the notes that explain how the typed text became this.
struct Target
{
    enum class PortSource { Default, Field, Address };

    QString input;        // the text as typed, for display only after PeerText-style escaping
    QString host;         // a lower-case name, or the canonical text of the literal
    QHostAddress literal; // set when host is an address literal (scope included)
    quint16 port = 0;
    PortSource portSource = PortSource::Default;
    QStringList notes; // translated, one sentence each

    bool isLiteral() const { return !literal.isNull(); }
    // "127.0.0.1:12397", "[::1]:12397", "example.org:12397"
    QString dialText() const;
};
