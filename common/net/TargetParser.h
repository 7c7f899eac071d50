#pragma once

#include "app/Defaults.h"
#include "net/Target.h"

#include <QCoreApplication>
#include <QObject>

// Turns what a person typed into a Target, or a specific reason why not, before anything is
// dialled. The system resolver silently rewrites several forms (010.0.0.1 is octal 8.0.0.1,
// 127.1 and 2130706433 are 127.0.0.1, full-width letters fold to ASCII, text after a NUL is
// dropped); BindLab never dials something other than what the user sees, so such forms are
// rejected with the reason and the address they would have become.
class TargetParser final
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(TargetParser)

public:
    // Closed vocabulary of rejections, shared by the window, JSON ("reason") and tests.
    enum class Rejection {
        None,
        Empty,
        ControlCharacter,
        BadCharacter,
        NameTooLong,
        LabelTooLong,
        AmbiguousIPv4,
        BadIPv4,
        BadIPv6,
        UnclosedBracket,
        BadPort,
        ScopeMissing,
        UnknownScope,
        ScopeNotAllowed,
        NormalisedForm,
        BadUrl
    };
    Q_ENUM(Rejection)

    struct Result
    {
        Target target;
        Rejection rejection = Rejection::None;
        QString error; // translated, names the problem and quotes the input escaped

        bool ok() const { return rejection == Rejection::None; }
    };

    static constexpr int kMaxNameLength = 253;
    static constexpr int kMaxLabelLength = 63;
    static constexpr int kMaxInputLength = 1024;

    // fieldPort: the separate port field's text ("" when there is none); defaultPort is used
    // when neither the address nor the field gives one.
    static Result parse(const QString &text, const QString &fieldPort = {},
                        quint16 defaultPort = Defaults::kPort);

    // "bad-port", "scope-missing", …: stable codes for JSON and tests (the names in kebab
    // case; None is "ok").
    static QString rejectionCode(Rejection rejection);
};
