<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttemptResult</name>
    <message numerus="yes">
        <source>%1 greeted with %n byte(s) and closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent more than %n byte(s); reading stopped at the cap.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the connection and closed it without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 reset the connection after %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted but did not finish sending within the read deadline (%n byte(s) arrived).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 after %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindChoice</name>
    <message>
        <source>any address, IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces, IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All IPv4 interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All IPv6 interfaces only (::)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback 127.0.0.1 (this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback ::1 (this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → does not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IPv6 link-local %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IPv4 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IPv6 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (typed address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host that can reach this machine, over IPv4 or IPv6, at any of its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv4, at any of its IPv4 addresses. IPv6 clients are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv6. IPv4 clients are refused: Qt makes :: IPv6-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1. Every other host is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: the name %1 does not resolve, so there is nothing to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only programs on this machine: %1 resolves to the loopback address %2, so every other host is refused. This is the classic mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that connect to %1, the address %2 resolves to. Connections to this machine&apos;s other addresses are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts on the link of %1 that connect to %2 with a scope. Connections to this machine&apos;s other addresses are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that can reach %1 (on %2). Connections to this machine&apos;s other addresses, loopback included, are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: %1 is not an address of this machine, so listening on it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic mistake: %1 resolves to %2, a loopback address. Other hosts will get &quot;Connection refused&quot;. Choose &quot;All interfaces&quot; to let them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindChoices</name>
    <message>
        <source>No bind choice given. Use one of: %1, an interface name or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve to any address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown bind choice &quot;%1&quot;. Use one of: %2, an interface name or an address of this machine (see --list-binds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: add the interface it belongs to, as in %1%%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>BindLab client: connects to a server, shows its greeting or the exact error, and explains why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window: connect once, print, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: print JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: fill in TARGET and PORT and connect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for the connection, in ms (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for the greeting once connected, in ms (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or address, optionally with :port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 12397).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: give a target and at most one port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target given. Usage: bindlab-client --headless TARGET [PORT]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>BindLab Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, IPv4, IPv6, host:port or [IPv6]:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BindLab Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BindLab Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BindLab Client %1 (Qt %2)
Makes &quot;Connection refused&quot; visible, reproducible and explained.
Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will dial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not dial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectRun</name>
    <message>
        <source>The name has no IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name lookup did not finish within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLogModel</name>
    <message>
        <source>greeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone before the greeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>A link-local IPv6 address needs the interface it is on (its scope); without a usable one nothing can be dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0; the interface is the one that shares a link with the other host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use the host&apos;s global IPv6 or its IPv4 address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was not dialled: it is not a form BindLab can dial as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address as the message says, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 and received the greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so nothing was dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or use the server&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, a command such as &quot;hostname -I&quot; (Linux) or &quot;ipconfig&quot; (Windows) shows its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something accepts connections at %1, but it did not send a greeting and close: it is probably another program, not a BindLab server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which program listens on port %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 at all until the timeout: packets are being dropped on the way, typically by a firewall. A closed port would have been refused at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the firewall on the server (Linux: &quot;nft list ruleset&quot; or &quot;ufw status&quot;; Windows Defender Firewall; macOS application firewall) and allow TCP port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is really the server&apos;s address and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host answered at %1: the network reported it unreachable (no reply to ARP or neighbour discovery, or an ICMP &quot;host unreachable&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and that the server is on and on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this machine&apos;s network connection and routes (&quot;ip route&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link-local address %1 cannot be used without a valid interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed with %1; BindLab has no rule that explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered at once with a refusal: the host is up, but nothing accepts connections on port %2 at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, check that BindLab&apos;s server (or yours) is started on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what it is bound to: bound to 127.0.0.1, or to a hostname that resolves to it, it refuses every other host. Bind it to all interfaces (0.0.0.0, or &apos;&apos; in Python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some firewalls reject rather than drop; check the server&apos;s firewall too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine refused the connection to %1, and this platform cannot list which addresses listen on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is started and which address it is bound to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket of this machine listens on port %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on this machine, so every connection to it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server, and check that client and server use the same port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port %1 here: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on port %1 on loopback only (%2), so it accepts connections from this machine through loopback and refuses everyone who comes by %3. This is the classic &quot;Connection refused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the server to all interfaces: 0.0.0.0 (&quot;All IPv4 interfaces&quot;), or &apos;&apos; in Python, instead of 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it binds to the machine&apos;s hostname, check what that name resolves to (&quot;getent hosts $(hostname)&quot;): here it is a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on port %1 only over %2 (%3); %4 is an %5 address, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the server to &quot;All interfaces, IPv4 and IPv6&quot;, or connect with an address of the family it listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens on every %1 address on port %2, yet %3 was refused; a local firewall rule that rejects connections may be the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the local firewall rules for TCP port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on port %1 here, but only on %2, not on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the address it listens on, or bind it to all interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessClient</name>
    <message>
        <source>Not dialled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>%1	%2
	%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 greeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 gone before the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n connection(s) greeted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but no greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (decided by BindLab&apos;s timer or the resolver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Next step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(cut at %n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>BindLab server: listens on the address you choose and greets every connection, so you can see who can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window, printing one line per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless or --list-binds: print JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every bind choice of this machine and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to listen: any, any4, any6, loopback, loopback6, hostname, an interface name or an address (with %scope for link-local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 12397).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send to every client (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: start listening at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: no line per connection, only totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: stop after this many connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting is longer than 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>BindLab Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this machine&apos;s interfaces and hostname again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BindLab Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BindLab Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BindLab Server %1 (Qt %2)
Makes &quot;Connection refused&quot; visible, reproducible and explained.
Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: %1 (greeted: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketErrorInfo</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The address is %1 characters long; no host name or address is longer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address given. Type a host name, an IPv4 or IPv6 address, or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 contains a control character at position %2. Resolvers cut or rewrite such input, so it is not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a URL but has no usable host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 has a colon but no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the URL: host %1%2. The scheme &quot;%3&quot;%4 is not used: BindLab speaks plain TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 opens a bracket &quot;[&quot; but never closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text %1 after &quot;]&quot;: write [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets are for IPv6 addresses; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 closes a bracket &quot;]&quot; it never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has a port but no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 ends in &quot;:&quot; but names no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 in the address is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names port %1 and the port field says %2: port %1 from the address is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope (%%1) belongs only on an IPv6 link-local address, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in &quot;%&quot; but names no interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: it exists on every interface, so the interface must be named, as in %1%%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface %1 on this machine: the scope of a link-local address must name one of its interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %%1 is ignored: only link-local addresses need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 address: it reaches the IPv4 address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:: means &quot;all addresses&quot; when a server binds; as a destination the system sends it to this machine itself, like ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailing dot is dropped: %1 is dialled as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is out of range (each part is 0 to 255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 means &quot;all interfaces&quot; when a server binds; as a destination the system sends it to this machine itself, like 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it has %2 parts, an IPv4 address has 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: write four numbers from 0 to 255, separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old shorthand (octal, hex, or fewer than four parts) that the system would dial as %2. Type %2 if that is what you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains full-width or look-alike characters; the resolver would read it as %2. Type %2 if that is what you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid host name: the character %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid international host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The international name %1 is dialled as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty part between dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the host name is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
