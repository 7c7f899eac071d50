#pragma once

class ServerWindow;

// True once the server window's dropdown lists this machine's bind choices: the hostname is
// looked up in the background, and every machine has at least the six fixed ones (all
// interfaces, all IPv4, all IPv6, 127.0.0.1, ::1, the hostname). Use as
// QVERIFY(serverWindowReady(window)).
bool serverWindowReady(ServerWindow &window, int timeoutMs = 10000);
