#pragma once

// OsError::Kind on its own, free of Qt, so that plain data tables of error codes
// (OsErrorTable_win.h) compile anywhere, also with a bare cross-compiler.
namespace OsError {

// What a code means for a TCP connect, listen or read, independent of the platform's numbering.
enum class Kind {
    None,
    Refused,
    TimedOut,
    HostUnreachable,
    NetworkUnreachable,
    AddressInUse,
    AddressNotAvailable,
    AccessDenied,
    ConnectionReset,
    InvalidArgument,
    FamilyNotSupported,
    TooManyOpenFiles,
    NoBuffers,
    WouldBlock,
    InProgress,
    Other // stays last: tests walk every kind up to it
};

} // namespace OsError
