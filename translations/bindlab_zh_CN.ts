<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;set settings</source>
        <translation>重置设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>%1 %2 (Qt %3)
Makes &quot;Connection refused&quot; visible, reproducible and explained.
Licence: MIT.</source>
        <translation>%1 %2 (Qt %3)
让&quot;连接被拒绝&quot;可见、可复现、可解释。
许可证：MIT。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>AttemptResult</name>
    <message numerus="yes">
        <source>%1 greeted with %n byte(s) and closed.</source>
        <translation>
            <numerusform>%1 发送了 %n 字节的问候语后关闭了连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent more than %n byte(s); reading stopped at the cap.</source>
        <translation>
            <numerusform>%1 发送的数据超过 %n 字节；读取已在上限处停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the connection and closed it without sending anything.</source>
        <translation>%1 接受了连接，但未发送任何数据就将其关闭。</translation>
    </message>
    <message numerus="yes">
        <source>%1 reset the connection after %n byte(s).</source>
        <translation>
            <numerusform>%1 在传输 %n 字节后重置了连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 after %3 ms.</source>
        <translation>%1：%2（耗时 %3 ms）。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms.</source>
        <translation>%1：%2 ms 内无应答。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted and kept the connection open (%n byte(s) arrived).</source>
        <translation>
            <numerusform>%1 接受了连接并保持其打开（已收到 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>It sent a greeting and closed the connection.</source>
        <translation>它发送了问候语并关闭了连接。</translation>
    </message>
    <message>
        <source>It sent a banner and kept the connection open, waiting for the client.</source>
        <translation>它发送了横幅并保持连接打开，等待客户端。</translation>
    </message>
    <message>
        <source>It sent nothing back to what was sent.</source>
        <translation>它没有对发送的内容作出任何回应。</translation>
    </message>
    <message>
        <source>It sent nothing: it waits for the client to speak first (as web servers, TLS and most databases do).</source>
        <translation>它没有发送任何数据：它等待客户端先发言（Web 服务器、TLS 和大多数数据库都是如此）。</translation>
    </message>
    <message>
        <source>It answered what was sent.</source>
        <translation>它对发送的内容作出了回应。</translation>
    </message>
    <message>
        <source>It closed the connection at once without sending anything: a server turning this client away does this.</source>
        <translation>它未发送任何数据就立即关闭了连接：服务器拒绝此客户端时会这样做。</translation>
    </message>
    <message>
        <source>It reset the connection after accepting it.</source>
        <translation>它在接受连接后将其重置。</translation>
    </message>
    <message>
        <source>Cancelled before the service showed what it does.</source>
        <translation>在服务表现出其行为之前已取消。</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Qt error</source>
        <translation>Qt 错误</translation>
    </message>
    <message>
        <source>OS error</source>
        <translation>操作系统错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>BindChoice</name>
    <message>
        <source>any address, IPv4 and IPv6</source>
        <translation>任意地址，IPv4 和 IPv6</translation>
    </message>
    <message>
        <source>%1 (does not resolve)</source>
        <translation>%1（无法解析）</translation>
    </message>
    <message>
        <source>All interfaces, IPv4 and IPv6</source>
        <translation>所有接口，IPv4 和 IPv6</translation>
    </message>
    <message>
        <source>All IPv4 interfaces (0.0.0.0)</source>
        <translation>所有 IPv4 接口（0.0.0.0）</translation>
    </message>
    <message>
        <source>All IPv6 interfaces only (::)</source>
        <translation>仅所有 IPv6 接口（::）</translation>
    </message>
    <message>
        <source>Loopback 127.0.0.1 (this machine only)</source>
        <translation>回环 127.0.0.1（仅限本机）</translation>
    </message>
    <message>
        <source>Loopback ::1 (this machine only)</source>
        <translation>回环 ::1（仅限本机）</translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → does not resolve)</source>
        <translation>本机主机名（%1 → 无法解析）</translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → %2)</source>
        <translation>本机主机名（%1 → %2）</translation>
    </message>
    <message>
        <source>%1: IPv6 link-local %2</source>
        <translation>%1：IPv6 链路本地 %2</translation>
    </message>
    <message>
        <source>%1: IPv4 %2</source>
        <translation>%1：IPv4 %2</translation>
    </message>
    <message>
        <source>%1: IPv6 %2</source>
        <translation>%1：IPv6 %2</translation>
    </message>
    <message>
        <source>%1 (typed address)</source>
        <translation>%1（输入的地址）</translation>
    </message>
    <message>
        <source>Every host that can reach this machine, over IPv4 or IPv6, at any of its addresses.</source>
        <translation>任何能通过 IPv4 或 IPv6 访问本机任一地址的主机。</translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv4, at any of its IPv4 addresses. IPv6 clients are refused.</source>
        <translation>任何能通过 IPv4 访问本机任一 IPv4 地址的主机。IPv6 客户端会被拒绝。</translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv6. IPv4 clients are refused: Qt makes :: IPv6-only.</source>
        <translation>任何能通过 IPv6 访问本机的主机。IPv4 客户端会被拒绝：Qt 将 :: 设为仅 IPv6。</translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1. Every other host is refused.</source>
        <translation>仅限本机上连接到 %1 的程序。其他所有主机都会被拒绝。</translation>
    </message>
    <message>
        <source>Nobody: the name %1 does not resolve, so there is nothing to listen on.</source>
        <translation>无人可连接：名称 %1 无法解析，因此没有可监听的地址。</translation>
    </message>
    <message>
        <source>Only programs on this machine: %1 resolves to the loopback address %2, so every other host is refused. This is the classic mistake.</source>
        <translation>仅限本机上的程序：%1 解析为回环地址 %2，因此其他所有主机都会被拒绝。这是典型错误。</translation>
    </message>
    <message>
        <source>Hosts that connect to %1, the address %2 resolves to. Connections to this machine&apos;s other addresses are refused.</source>
        <translation>连接到 %1（即 %2 解析得到的地址）的主机。到本机其他地址的连接会被拒绝。</translation>
    </message>
    <message>
        <source>Hosts on the link of %1 that connect to %2 with a scope. Connections to this machine&apos;s other addresses are refused.</source>
        <translation>与 %1 处于同一链路、并带作用域连接到 %2 的主机。到本机其他地址的连接会被拒绝。</translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1.</source>
        <translation>仅限本机上连接到 %1 的程序。</translation>
    </message>
    <message>
        <source>Hosts that can reach %1 (on %2). Connections to this machine&apos;s other addresses, loopback included, are refused.</source>
        <translation>能访问 %1（位于 %2）的主机。到本机其他地址（包括回环地址）的连接会被拒绝。</translation>
    </message>
    <message>
        <source>Nobody: %1 is not an address of this machine, so listening on it fails.</source>
        <translation>无人可连接：%1 不是本机地址，因此无法在其上监听。</translation>
    </message>
    <message>
        <source>The classic mistake: %1 resolves to %2, a loopback address. Other hosts will get &quot;Connection refused&quot;. Choose &quot;All interfaces&quot; to let them in.</source>
        <translation>典型错误：%1 解析为回环地址 %2。其他主机将收到&quot;连接被拒绝&quot;。请选择&quot;所有接口&quot;以允许它们连接。</translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve: %2</source>
        <translation>主机名 %1 无法解析：%2</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine.</source>
        <translation>%1 不是本机地址。</translation>
    </message>
</context>
<context>
    <name>BindChoices</name>
    <message>
        <source>No bind choice given. Use one of: %1, an interface name or an address.</source>
        <translation>未指定绑定选项。可用的选项：%1、接口名称或地址。</translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve to any address: %2</source>
        <translation>主机名 %1 未解析到任何地址：%2</translation>
    </message>
    <message>
        <source>Unknown bind choice &quot;%1&quot;. Use one of: %2, an interface name or an address of this machine (see --list-binds).</source>
        <translation>未知的绑定选项&quot;%1&quot;。可用的选项：%2、接口名称或本机地址（参见 --list-binds）。</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: add the interface it belongs to, as in %1%%2.</source>
        <translation>%1 是 IPv6 链路本地地址：请加上它所属的接口，例如 %1%%2。</translation>
    </message>
    <message>
        <source>No interface &quot;%1&quot; on this machine: the part after % must name one of its interfaces (see --list-binds).</source>
        <translation>本机上没有接口 &quot;%1&quot;：% 之后的部分必须是本机的某个接口名（参见 --list-binds）。</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>BindLab client: connects to a server, shows its greeting or the exact error, and explains why.</source>
        <translation>BindLab 客户端：连接到服务器，显示其问候语或确切的错误，并解释原因。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Run without a window: connect once, print, exit.</source>
        <translation>无窗口运行：连接一次，输出结果，然后退出。</translation>
    </message>
    <message>
        <source>With --headless: print JSON lines.</source>
        <translation>与 --headless 一起使用：输出 JSON 行。</translation>
    </message>
    <message>
        <source>Window: fill in TARGET and PORT and connect at once.</source>
        <translation>窗口模式：填入 TARGET 和 PORT 并立即连接。</translation>
    </message>
    <message>
        <source>Longest wait for the connection, in ms (default 5000).</source>
        <translation>等待连接的最长时间，单位 ms（默认 5000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation>界面语言（en, de, zh_CN）；默认：系统语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Host name or address, optionally with :port.</source>
        <translation>主机名或地址，可附带 :port。</translation>
    </message>
    <message>
        <source>Too many arguments: give a target and at most one port.</source>
        <translation>参数过多：请指定一个目标，最多再加一个端口。</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 1 到 600000 之间的毫秒数，而不是&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No target given. Usage: bindlab-client --headless TARGET [PORT]</source>
        <translation>未指定目标。用法：bindlab-client --headless TARGET [PORT]</translation>
    </message>
    <message>
        <source>Window: start in presenter mode (large type, the demo&apos;s two steps).</source>
        <translation>窗口模式：以演示模式启动（大字号，演示的两个步骤）。</translation>
    </message>
    <message>
        <source>Presenter mode: the address the demo connects to (default: this machine&apos;s network address).</source>
        <translation>演示模式：演示所连接的地址（默认：本机的网络地址）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>target</source>
        <comment>positional argument name in --help</comment>
        <translation>目标</translation>
    </message>
    <message>
        <source>port</source>
        <comment>positional argument name in --help</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>[port]</source>
        <comment>positional argument syntax in --help</comment>
        <translation>[端口]</translation>
    </message>
    <message>
        <source>TCP port (default %1).</source>
        <translation>TCP 端口（默认 %1）。</translation>
    </message>
    <message>
        <source>--send: %1</source>
        <translation>--send：%1</translation>
    </message>
    <message>
        <source>Once connected, how long to listen for what the service sends, in ms (default 1000).</source>
        <translation>连接后监听服务所发送内容的时长，单位 ms（默认 1000）。</translation>
    </message>
    <message>
        <source>Text to send once connected; \r, \n, \t, \\ and \xNN are escapes, e.g. &quot;HEAD / HTTP/1.0\r\n\r\n&quot;.</source>
        <translation>连接后要发送的文本；\r、\n、\t、\\ 和 \xNN 为转义序列，例如 &quot;HEAD / HTTP/1.0\r\n\r\n&quot;。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>--%1 takes milliseconds from 1 to 600000, not &quot;%2&quot;.</source>
        <translation>--%1 接受 1 到 600000 之间的毫秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>When another host refuses, do not ask its server why (no UDP question is sent).</source>
        <translation>当其他主机拒绝连接时，不询问其服务器原因（不发送 UDP 询问）。</translation>
    </message>
    <message>
        <source>When another host refuses, how long to wait for its server&apos;s answer to why, in ms (default %1).</source>
        <translation>当其他主机拒绝连接时，等待其服务器说明原因的时长，单位 ms（默认 %1）。</translation>
    </message>
    <message>
        <source>--explain-timeout takes milliseconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--explain-timeout 接受 1 到 %1 之间的毫秒数，而不是&quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>BindLab Client</source>
        <translation>BindLab 客户端</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>host name, IPv4, IPv6, host:port or [IPv6]:port</source>
        <translation>主机名、IPv4、IPv6、host:port 或 [IPv6]:port</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation>已尝试的地址</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Double-click or press Enter to run again.</source>
        <translation>双击或按 Enter 键重新运行。</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Will dial %1</source>
        <translation>将连接到 %1</translation>
    </message>
    <message>
        <source>Will not dial: %1</source>
        <translation>不会发起连接：%1</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>未发起连接</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>正在连接到 %1 …</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>重新运行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>The server to connect to: a host name, an IPv4 or IPv6 address, host:port, [IPv6]:port or an IPv6 address with %scope. Recent targets are offered as you type.</source>
        <translation>要连接的服务器：主机名、IPv4 或 IPv6 地址、host:port、[IPv6]:port，或带 %scope 的 IPv6 地址。输入时会提示最近使用的目标。</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port, 1 to 65535; a port in the address itself wins.</source>
        <translation>服务器的 TCP 端口，1 到 65535；若地址本身含有端口，则以地址中的为准。</translation>
    </message>
    <message>
        <source>How long to wait for each address to accept the connection, in milliseconds.</source>
        <translation>等待每个地址接受连接的时长，单位为毫秒。</translation>
    </message>
    <message>
        <source>The exact address and port the typed text becomes, before anything is sent.</source>
        <translation>输入的文本对应的确切地址和端口，在发送任何数据之前显示。</translation>
    </message>
    <message>
        <source>Connects to the address and port above; while connecting, cancels.</source>
        <translation>连接到上方的地址和端口；连接过程中则取消连接。</translation>
    </message>
    <message>
        <source>What the server sent, with control characters shown as visible escapes.</source>
        <translation>服务器发送的内容，控制字符以可见的转义序列显示。</translation>
    </message>
    <message>
        <source>The exact error: Qt&apos;s error name and text, the operating system&apos;s error name, the time it took and every address tried.</source>
        <translation>确切的错误：Qt 的错误名称和文本、操作系统的错误名称、耗时以及尝试过的每个地址。</translation>
    </message>
    <message>
        <source>One row per address tried: its outcome, Qt&apos;s and the operating system&apos;s error, and the time it took.</source>
        <translation>每个尝试过的地址占一行：结果、Qt 错误和操作系统错误，以及耗时。</translation>
    </message>
    <message>
        <source>Earlier runs, newest first. Enter runs the current one again; Ctrl+C copies the selected rows.</source>
        <translation>较早的运行记录，最新的在前。按 Enter 键重新运行当前记录；按 Ctrl+C 复制所选行。</translation>
    </message>
    <message>
        <source>Forget recent targets, port, timeout and window size.</source>
        <translation>清除最近使用的目标、端口、超时和窗口大小。</translation>
    </message>
    <message>
        <source>Settings reset: recent targets forgotten, defaults restored.</source>
        <translation>设置已重置：已清除最近使用的目标，并恢复默认值。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The evidence behind the verdict: the wire, the greeting, the diagnosis, the exact errors, the addresses tried and earlier runs.</source>
        <translation>结论背后的证据：网络交互、问候语、诊断、确切错误、已尝试的地址以及之前的运行。</translation>
    </message>
    <message>
        <source>Why the connection failed, the evidence, and every next step.</source>
        <translation>连接失败的原因、证据以及所有后续步骤。</translation>
    </message>
    <message>
        <source>On the &amp;wire</source>
        <translation>网络交互(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Greeting</source>
        <translation>问候语(&amp;G)</translation>
    </message>
    <message>
        <source>W&amp;hy, and what to do</source>
        <translation>原因及解决方法(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Error details</source>
        <translation>错误详情(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Addresses tried</source>
        <translation>已尝试的地址(&amp;A)</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>历史记录(&amp;I)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and press Connect; the verdict appears here.</source>
        <translation>输入服务器地址并按&quot;连接&quot;；结论将显示在这里。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>To %1 …</source>
        <translation>到 %1 …</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无应答</translation>
    </message>
    <message>
        <source>SYN sent to %1, waiting for an answer.</source>
        <translation>已向 %1 发送 SYN，正在等待应答。</translation>
    </message>
    <message>
        <source>Looking up the name …</source>
        <translation>正在解析名称 …</translation>
    </message>
    <message>
        <source>Trying %1 (address %2 of %3)</source>
        <translation>正在尝试 %1（第 %2 个地址，共 %3 个）</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>它发送了：%1</translation>
    </message>
    <message>
        <source>Banner wait</source>
        <translation>横幅等待时间</translation>
    </message>
    <message>
        <source>Once connected, how long to listen for what the service says, in milliseconds.</source>
        <translation>连接建立后等待服务发送内容的时长（毫秒）。</translation>
    </message>
    <message>
        <source>optional, e.g. HEAD / HTTP/1.0\r\n\r\n</source>
        <translation>可选，例如 HEAD / HTTP/1.0\r\n\r\n</translation>
    </message>
    <message>
        <source>Send once connected</source>
        <translation>连接后发送</translation>
    </message>
    <message>
        <source>Text sent once connected, with \r, \n, \t, \\ and \xNN escapes; empty sends nothing.</source>
        <translation>连接后发送的文本，可使用 \r、\n、\t、\\ 和 \xNN 转义；留空则不发送。</translation>
    </message>
    <message>
        <source>&amp;Listen for:</source>
        <translation>等待时长(&amp;L)：</translation>
    </message>
    <message>
        <source>Sen&amp;d:</source>
        <translation>发送(&amp;D)：</translation>
    </message>
    <message>
        <source>After a backslash write r, n, t, another backslash, or x and two hex digits.</source>
        <translation>反斜杠后请写 r、n、t、另一个反斜杠，或 x 加两位十六进制数字。</translation>
    </message>
    <message>
        <source>Refused by %1. Asking the server why …</source>
        <translation>被 %1 拒绝。正在询问服务器原因…</translation>
    </message>
    <message>
        <source>Asked the server why at UDP %1: %2 after %3 ms.</source>
        <translation>已在 UDP %1 询问服务器原因：%2（耗时 %3 ms）。</translation>
    </message>
    <message>
        <source>Confirmed by the server (%1).</source>
        <translation>已由服务器确认（%1）。</translation>
    </message>
    <message>
        <source>It listens on: %1, TCP port %2</source>
        <translation>它监听于：%1，TCP 端口 %2</translation>
    </message>
    <message>
        <source>Its bind choice: %1</source>
        <translation>它的绑定选项：%1</translation>
    </message>
    <message>
        <source>Its hostname: %1</source>
        <translation>它的主机名：%1</translation>
    </message>
    <message>
        <source>Which resolves there to: %1</source>
        <translation>在那里解析为：%1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
</context>
<context>
    <name>ConnectRun</name>
    <message>
        <source>The name has no IPv4 or IPv6 address.</source>
        <translation>该名称没有 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>The name lookup did not finish within %1 ms.</source>
        <translation>名称解析未在 %1 ms 内完成。</translation>
    </message>
</context>
<context>
    <name>ConnectionLogModel</name>
    <message>
        <source>greeted</source>
        <translation>已发送问候语</translation>
    </message>
    <message>
        <source>gone before the greeting (%1)</source>
        <translation>问候前已断开（%1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From (peer)</source>
        <translation>来自（对端）</translation>
    </message>
    <message>
        <source>Arrived at (local)</source>
        <translation>到达（本地）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (self-test of &quot;Reachable at&quot;)</source>
        <translation>%1（&quot;可达性&quot;自检）</translation>
    </message>
    <message>
        <source>This client was refused by this machine and asked the server why. The address it tried is what its question says.</source>
        <translation>此客户端被本机拒绝，并询问了服务器原因。它尝试的地址取自其询问内容。</translation>
    </message>
    <message>
        <source>tried %1</source>
        <translation>尝试了 %1</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>A link-local IPv6 address needs the interface it is on (its scope); without a usable one nothing can be dialled.</source>
        <translation>IPv6 链路本地地址需要指明其所在的接口（即作用域）；没有可用的接口就无法发起连接。</translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0; the interface is the one that shares a link with the other host.</source>
        <translation>在 % 之后加上接口，例如 fe80::1%eth0；该接口应与对方主机处于同一链路。</translation>
    </message>
    <message>
        <source>Or use the host&apos;s global IPv6 or its IPv4 address instead.</source>
        <translation>或者改用该主机的全局 IPv6 地址或 IPv4 地址。</translation>
    </message>
    <message>
        <source>The address was not dialled: it is not a form BindLab can dial as shown.</source>
        <translation>未连接该地址：BindLab 无法按所示形式连接它。</translation>
    </message>
    <message>
        <source>Correct the address as the message says, then connect again.</source>
        <translation>请按提示修正地址，然后重新连接。</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>在收到应答前已取消。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so nothing was dialled.</source>
        <translation>无法解析名称 %1，因此未发起任何连接。</translation>
    </message>
    <message>
        <source>Check the spelling, or use the server&apos;s IP address.</source>
        <translation>请检查拼写，或改用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>On the server, a command such as &quot;hostname -I&quot; (Linux) or &quot;ipconfig&quot; (Windows) shows its addresses.</source>
        <translation>在服务器上，可用 &quot;hostname -I&quot;（Linux）或 &quot;ipconfig&quot;（Windows）等命令查看其地址。</translation>
    </message>
    <message>
        <source>No address was tried.</source>
        <translation>未尝试任何地址。</translation>
    </message>
    <message>
        <source>No answer from %1 at all until the timeout: packets are being dropped on the way, typically by a firewall. A closed port would have been refused at once.</source>
        <translation>直到超时，%1 都没有任何应答：数据包在途中被丢弃，通常是防火墙所致。如果只是端口关闭，连接会立即被拒绝。</translation>
    </message>
    <message>
        <source>Check the firewall on the server (Linux: &quot;nft list ruleset&quot; or &quot;ufw status&quot;; Windows Defender Firewall; macOS application firewall) and allow TCP port %1.</source>
        <translation>请检查服务器上的防火墙（Linux：&quot;nft list ruleset&quot; 或 &quot;ufw status&quot;；Windows Defender 防火墙；macOS 应用程序防火墙），并放行 TCP 端口 %1。</translation>
    </message>
    <message>
        <source>Check that %1 is really the server&apos;s address and that it is switched on.</source>
        <translation>请确认 %1 确实是服务器的地址，并且服务器已开机。</translation>
    </message>
    <message>
        <source>No host answered at %1: the network reported it unreachable (no reply to ARP or neighbour discovery, or an ICMP &quot;host unreachable&quot;).</source>
        <translation>%1 处没有主机应答：网络报告其不可达（ARP 或邻居发现无应答，或收到 ICMP &quot;host unreachable&quot;）。</translation>
    </message>
    <message>
        <source>Check the address and that the server is on and on the same network.</source>
        <translation>请检查地址，并确认服务器已开机且位于同一网络中。</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>本机没有到 %1 的路由。</translation>
    </message>
    <message>
        <source>Check this machine&apos;s network connection and routes (&quot;ip route&quot;).</source>
        <translation>请检查本机的网络连接和路由（&quot;ip route&quot;）。</translation>
    </message>
    <message>
        <source>The link-local address %1 cannot be used without a valid interface.</source>
        <translation>链路本地地址 %1 必须指定有效的接口才能使用。</translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0.</source>
        <translation>在 % 之后加上接口，例如 fe80::1%eth0。</translation>
    </message>
    <message>
        <source>The connection failed with %1; BindLab has no rule that explains it.</source>
        <translation>连接失败，错误为 %1；BindLab 没有能解释该情况的规则。</translation>
    </message>
    <message>
        <source>%1 answered at once with a refusal: the host is up, but nothing accepts connections on port %2 at that address.</source>
        <translation>%1 立即拒绝了连接：主机在线，但该地址的端口 %2 上没有程序接受连接。</translation>
    </message>
    <message>
        <source>On the server, check that BindLab&apos;s server (or yours) is started on port %1.</source>
        <translation>请在服务器上确认 BindLab 服务器（或您自己的服务器）已在端口 %1 上启动。</translation>
    </message>
    <message>
        <source>Check what it is bound to: bound to 127.0.0.1, or to a hostname that resolves to it, it refuses every other host. Bind it to all interfaces (0.0.0.0, or &apos;&apos; in Python).</source>
        <translation>请检查它绑定到了哪里：若绑定到 127.0.0.1 或解析为该地址的主机名，它会拒绝其他所有主机。请将其绑定到所有接口（0.0.0.0，或 Python 中的 &apos;&apos;）。</translation>
    </message>
    <message>
        <source>Some firewalls reject rather than drop; check the server&apos;s firewall too.</source>
        <translation>有些防火墙会拒绝而不是丢弃连接；也请检查服务器的防火墙。</translation>
    </message>
    <message>
        <source>This machine refused the connection to %1, and this platform cannot list which addresses listen on port %2.</source>
        <translation>本机拒绝了到 %1 的连接，且此平台无法列出哪些地址在监听端口 %2。</translation>
    </message>
    <message>
        <source>Check that the server is started and which address it is bound to.</source>
        <translation>请确认服务器已启动，并检查它绑定的地址。</translation>
    </message>
    <message>
        <source>No socket of this machine listens on port %1 (%2).</source>
        <translation>本机没有套接字在监听端口 %1（%2）。</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on this machine, so every connection to it is refused.</source>
        <translation>本机没有程序监听端口 %1，因此到该端口的所有连接都会被拒绝。</translation>
    </message>
    <message>
        <source>Start the server, and check that client and server use the same port.</source>
        <translation>请启动服务器，并确认客户端和服务器使用相同的端口。</translation>
    </message>
    <message>
        <source>Listening on port %1 here: %2 (%3).</source>
        <translation>本机在端口 %1 上监听的有：%2（%3）。</translation>
    </message>
    <message>
        <source>The server listens on port %1 on loopback only (%2), so it accepts connections from this machine through loopback and refuses everyone who comes by %3. This is the classic &quot;Connection refused&quot;.</source>
        <translation>服务器仅在回环地址上监听端口 %1（%2），因此只接受本机经回环发起的连接，并拒绝所有经由 %3 的连接。这就是典型的&quot;连接被拒绝&quot;。</translation>
    </message>
    <message>
        <source>Bind the server to all interfaces: 0.0.0.0 (&quot;All IPv4 interfaces&quot;), or &apos;&apos; in Python, instead of 127.0.0.1.</source>
        <translation>请将服务器绑定到所有接口，而不是 127.0.0.1：0.0.0.0（&quot;所有 IPv4 接口&quot;），或 Python 中的 &apos;&apos;。</translation>
    </message>
    <message>
        <source>If it binds to the machine&apos;s hostname, check what that name resolves to (&quot;getent hosts $(hostname)&quot;): here it is a loopback address.</source>
        <translation>如果它绑定到本机主机名，请检查该名称解析到的地址（&quot;getent hosts $(hostname)&quot;）：此处为回环地址。</translation>
    </message>
    <message>
        <source>The server listens on port %1 only over %2 (%3); %4 is an %5 address, so it is refused.</source>
        <translation>服务器仅通过 %2 监听端口 %1（%3）；%4 是 %5 地址，因此连接被拒绝。</translation>
    </message>
    <message>
        <source>Bind the server to &quot;All interfaces, IPv4 and IPv6&quot;, or connect with an address of the family it listens on.</source>
        <translation>请将服务器绑定到&quot;所有接口，IPv4 和 IPv6&quot;，或使用其监听的地址族中的地址进行连接。</translation>
    </message>
    <message>
        <source>A server listens on every %1 address on port %2, yet %3 was refused; a local firewall rule that rejects connections may be the reason.</source>
        <translation>有服务器在所有 %1 地址的端口 %2 上监听，但 %3 仍被拒绝；原因可能是某条本地防火墙规则拒绝了连接。</translation>
    </message>
    <message>
        <source>Check the local firewall rules for TCP port %1.</source>
        <translation>请检查 TCP 端口 %1 的本地防火墙规则。</translation>
    </message>
    <message>
        <source>The server listens on port %1 here, but only on %2, not on %3.</source>
        <translation>服务器在本机端口 %1 上监听，但仅限 %2，不包括 %3。</translation>
    </message>
    <message>
        <source>Connect to the address it listens on, or bind it to all interfaces.</source>
        <translation>请连接到它监听的地址，或将其绑定到所有接口。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（由 %2）</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection. %2</source>
        <translation>可达：%1 接受了连接。%2</translation>
    </message>
    <message>
        <source>It sent: %1</source>
        <translation>它发送了：%1</translation>
    </message>
    <message>
        <source>On this machine, %1 listens on %2.</source>
        <translation>在本机上，%1 在 %2 上监听。</translation>
    </message>
    <message>
        <source>This machine&apos;s own firewall rejected the connection to %1: on its own addresses and loopback no other host is involved. Whether a program listens there is not even asked.</source>
        <translation>本机自己的防火墙拒绝了到 %1 的连接：在本机自己的地址和回环上不涉及其他主机。是否有程序在那里监听根本没有被询问。</translation>
    </message>
    <message>
        <source>A firewall rejected the connection to %1: the host is up (the rejection came back at once), but a rule refuses TCP port %2. The error text (&quot;%3&quot;) sounds like a missing host; it is not.</source>
        <translation>防火墙拒绝了到 %1 的连接：主机在线（拒绝立即返回），但有一条规则拒绝 TCP 端口 %2。错误文本（&quot;%3&quot;）听起来像是主机不存在，但并非如此。</translation>
    </message>
    <message>
        <source>The rejection came back after %1 ms (a missing host takes seconds).</source>
        <translation>拒绝在 %1 ms 后返回（主机不存在时需要数秒）。</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>On %1, firewalld: &quot;firewall-cmd --list-all&quot; shows the rules; &quot;firewall-cmd --add-port=%2/tcp&quot; opens the port (add --permanent to keep it).</source>
        <translation>在%1上，firewalld：&quot;firewall-cmd --list-all&quot; 显示规则；&quot;firewall-cmd --add-port=%2/tcp&quot; 开放该端口（加上 --permanent 以持久保存）。</translation>
    </message>
    <message>
        <source>ufw: &quot;ufw status verbose&quot; shows the rules; &quot;ufw allow %1/tcp&quot; opens the port.</source>
        <translation>ufw：&quot;ufw status verbose&quot; 显示规则；&quot;ufw allow %1/tcp&quot; 开放该端口。</translation>
    </message>
    <message>
        <source>nftables: &quot;nft list ruleset&quot; shows the rule that rejects; add an accept rule for TCP port %1 before it (&quot;nft insert rule inet filter input tcp dport %1 accept&quot;, with your table and chain).</source>
        <translation>nftables：&quot;nft list ruleset&quot; 显示拒绝的规则；在其之前为 TCP 端口 %1 添加一条接受规则（&quot;nft insert rule inet filter input tcp dport %1 accept&quot;，使用您的表和链）。</translation>
    </message>
    <message>
        <source>Windows Defender Firewall: &quot;netsh advfirewall firewall show rule name=all&quot; shows the rules; &quot;New-NetFirewallRule -DisplayName BindLab -Direction Inbound -Protocol TCP -LocalPort %1 -Action Allow&quot; (PowerShell, as administrator) opens the port.</source>
        <translation>Windows Defender 防火墙：&quot;netsh advfirewall firewall show rule name=all&quot; 显示规则；&quot;New-NetFirewallRule -DisplayName BindLab -Direction Inbound -Protocol TCP -LocalPort %1 -Action Allow&quot;（PowerShell，以管理员身份）开放该端口。</translation>
    </message>
    <message>
        <source>A rule in the output chain rejects this machine&apos;s own connections too: look there as well as in the input chain.</source>
        <translation>输出链中的规则也会拒绝本机自己的连接：请同时检查输出链和输入链。</translation>
    </message>
    <message>
        <source>Asked the server why: its explain service answered from UDP %1 in %2 ms.</source>
        <translation>已询问服务器原因：其解释服务在 %2 ms 内从 UDP %1 作出了回答。</translation>
    </message>
    <message>
        <source>The server says: it listens on %1, TCP port %2 (bind choice &quot;%3&quot;); cause %4.</source>
        <translation>服务器表示：它在 %1 上监听，TCP 端口 %2（绑定选项&quot;%3&quot;）；原因 %4。</translation>
    </message>
    <message>
        <source>Its hostname is %1, which resolves to no address there.</source>
        <translation>它的主机名是 %1，在那里不解析到任何地址。</translation>
    </message>
    <message>
        <source>Its hostname is %1, which resolves there to %2.</source>
        <translation>它的主机名是 %1，在那里解析为 %2。</translation>
    </message>
    <message>
        <source>Or, on that server, make its hostname resolve to its network address (&quot;getent hosts $(hostname)&quot; shows what it resolves to now).</source>
        <translation>或者，在该服务器上让其主机名解析为它的网络地址（&quot;getent hosts $(hostname)&quot; 显示它当前解析到的地址）。</translation>
    </message>
    <message>
        <source>Or connect to the address it listens on.</source>
        <translation>或者连接到它正在监听的地址。</translation>
    </message>
    <message>
        <source>Asked the server why at UDP %1: no answer (%2). %3</source>
        <translation>已在 UDP %1 询问服务器原因：没有回答（%2）。%3</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>%1: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it with --headless, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>%1：没有可以打开窗口的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请使用 --headless 运行，或设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>The text ends with a lone backslash (character %1); write \\ to send a backslash.</source>
        <translation>文本以单个反斜杠结尾（第 %1 个字符）；要发送反斜杠请写 \\。</translation>
    </message>
    <message>
        <source>\x at character %1 needs two hex digits, as in \x0d.</source>
        <translation>第 %1 个字符处的 \x 需要两位十六进制数字，例如 \x0d。</translation>
    </message>
    <message>
        <source>\%1 at character %2 is not an escape BindLab knows; use \r, \n, \t, \\ or \xNN.</source>
        <translation>第 %2 个字符处的 \%1 不是 BindLab 认识的转义序列；请使用 \r、\n、\t、\\ 或 \xNN。</translation>
    </message>
    <message>
        <source>The text is %1 bytes long; at most %2 bytes can be sent.</source>
        <translation>文本长 %1 字节；最多可发送 %2 字节。</translation>
    </message>
</context>
<context>
    <name>ExplainMessage</name>
    <message>
        <source>The datagram is empty.</source>
        <translation>数据报为空。</translation>
    </message>
    <message>
        <source>The datagram is larger than %1 bytes.</source>
        <translation>数据报大于 %1 字节。</translation>
    </message>
    <message>
        <source>The datagram does not start with BindLab&apos;s mark: it is not a BindLab explain message.</source>
        <translation>数据报不以 BindLab 的标记开头：它不是 BindLab 的解释消息。</translation>
    </message>
    <message>
        <source>The message ends in the middle of a field.</source>
        <translation>消息在某个字段中间结束。</translation>
    </message>
    <message>
        <source>The message is of version %1; this BindLab speaks version %2.</source>
        <translation>消息的版本为 %1；此 BindLab 使用版本 %2。</translation>
    </message>
    <message>
        <source>The message is neither a question nor an answer.</source>
        <translation>消息既不是询问也不是应答。</translation>
    </message>
    <message>
        <source>The message is of the other kind: a question where an answer was expected, or the reverse.</source>
        <translation>消息类型相反：应为应答时收到询问，或者反之。</translation>
    </message>
    <message>
        <source>The question is shorter than %1 bytes: it is not padded.</source>
        <translation>询问短于 %1 字节：未进行填充。</translation>
    </message>
    <message>
        <source>The question&apos;s padding is not all zero bytes.</source>
        <translation>询问的填充并非全为零字节。</translation>
    </message>
    <message>
        <source>An address field names an unknown address family.</source>
        <translation>某个地址字段指定了未知的地址族。</translation>
    </message>
    <message>
        <source>An address field holds an address that cannot be meant (a wildcard, multicast, broadcast or IPv4-mapped address).</source>
        <translation>某个地址字段包含不可能的地址（通配、组播、广播或 IPv4 映射地址）。</translation>
    </message>
    <message>
        <source>A port field is 0.</source>
        <translation>某个端口字段为 0。</translation>
    </message>
    <message>
        <source>The answer names an unknown cause.</source>
        <translation>应答给出了未知的原因。</translation>
    </message>
    <message>
        <source>A text field is empty or longer than its limit.</source>
        <translation>某个文本字段为空或超出长度上限。</translation>
    </message>
    <message>
        <source>A text field is not valid UTF-8.</source>
        <translation>某个文本字段不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>A text field holds control or formatting characters.</source>
        <translation>某个文本字段包含控制字符或格式字符。</translation>
    </message>
    <message>
        <source>The answer lists more than %1 addresses for the hostname.</source>
        <translation>应答为主机名列出了超过 %1 个地址。</translation>
    </message>
    <message>
        <source>The answer has bytes after its last field.</source>
        <translation>应答在最后一个字段之后还有字节。</translation>
    </message>
    <message>
        <source>every address, IPv4 and IPv6</source>
        <translation>所有地址，IPv4 和 IPv6</translation>
    </message>
    <message>
        <source>every IPv4 address (0.0.0.0)</source>
        <translation>所有 IPv4 地址（0.0.0.0）</translation>
    </message>
    <message>
        <source>every IPv6 address (::)</source>
        <translation>所有 IPv6 地址（::）</translation>
    </message>
</context>
<context>
    <name>ExplainQuery</name>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 ms 内无应答。</translation>
    </message>
    <message>
        <source>There is no address and port to ask.</source>
        <translation>没有可询问的地址和端口。</translation>
    </message>
    <message>
        <source>%1 cannot be asked about.</source>
        <translation>无法就 %1 进行询问。</translation>
    </message>
    <message>
        <source>Only answers to other questions arrived.</source>
        <translation>只收到了针对其他询问的应答。</translation>
    </message>
    <message>
        <source>Something answered, but not as a BindLab server: %1</source>
        <translation>有程序应答了，但不是 BindLab 服务器：%1</translation>
    </message>
    <message>
        <source>The answer is not valid: %1</source>
        <translation>应答无效：%1</translation>
    </message>
    <message>
        <source>The network reported UDP port %1 of %2 unreachable: no explain service answers there.</source>
        <translation>网络报告 %2 的 UDP 端口 %1 不可达：那里没有解释服务应答。</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only, so every other host is refused.</source>
        <translation>已由服务器确认：它仅在 %1 上监听，因此其他所有主机都被拒绝。</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only, not at the address that was tried.</source>
        <translation>已由服务器确认：它仅在 %1 上监听，而不在所尝试的地址上。</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens over %1 only (%2).</source>
        <translation>已由服务器确认：它仅通过 %1 监听（%2）。</translation>
    </message>
    <message>
        <source>The server says it listens at %1 on port %2: a firewall or something on the way refused the connection.</source>
        <translation>服务器表示它在 %1 的端口 %2 上监听：是防火墙或途中的某个设备拒绝了连接。</translation>
    </message>
    <message>
        <source>On that server, choose &quot;All interfaces, IPv4 and IPv6&quot; in its window (or start it with --bind any), then connect again.</source>
        <translation>在该服务器的窗口中选择&quot;所有接口，IPv4 和 IPv6&quot;（或使用 --bind any 启动它），然后重新连接。</translation>
    </message>
    <message>
        <source>On that server, choose &quot;All interfaces, IPv4 and IPv6&quot; in its window (or start it with --bind any), or connect to its %1 address.</source>
        <translation>在该服务器的窗口中选择&quot;所有接口，IPv4 和 IPv6&quot;（或使用 --bind any 启动它），或者连接到它的 %1 地址。</translation>
    </message>
    <message>
        <source>Check the firewall on that server, and any on the way, for TCP port %1.</source>
        <translation>检查该服务器上以及途中所有防火墙对 TCP 端口 %1 的设置。</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only (what its hostname %2 resolves to there), so every other host is refused.</source>
        <translation>已由服务器确认：它仅在 %1 上监听（即其主机名 %2 在那里解析到的地址），因此其他所有主机都被拒绝。</translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>the listening facts cannot be put into an answer</source>
        <translation>监听信息无法放入应答</translation>
    </message>
    <message>
        <source>Explaining refusals on UDP %1</source>
        <translation>正在 UDP %1 上解释拒绝原因</translation>
    </message>
    <message>
        <source>Not explaining refusals: %1</source>
        <translation>不解释拒绝原因：%1</translation>
    </message>
    <message>
        <source>Not explaining refusals: UDP port %1: %2</source>
        <translation>不解释拒绝原因：UDP 端口 %1：%2</translation>
    </message>
    <message>
        <source>Not explaining refusals</source>
        <translation>不解释拒绝原因</translation>
    </message>
    <message>
        <source>refused: bound to %1 only</source>
        <translation>已拒绝：仅绑定到 %1</translation>
    </message>
    <message>
        <source>refused: listening on %1 only</source>
        <translation>已拒绝：仅在 %1 上监听</translation>
    </message>
    <message>
        <source>refused: listening over %1 only (%2)</source>
        <translation>已拒绝：仅通过 %1 监听（%2）</translation>
    </message>
    <message>
        <source>refused on the way: the server listens there (%1), so a firewall or something in between refused the connection</source>
        <translation>途中被拒绝：服务器确实在那里监听（%1），因此是防火墙或中间的某个设备拒绝了连接</translation>
    </message>
</context>
<context>
    <name>GreetingServer</name>
    <message>
        <source>The hostname %1 does not resolve to any address (%2), so there is nothing to listen on. Listen on all interfaces instead.</source>
        <translation>主机名 %1 无法解析为任何地址（%2），因此没有可监听的地址。请改为在所有接口上监听。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: the same address can exist on every interface, so name the interface it belongs to, as in %1%%2.</source>
        <translation>%1 是链路本地 IPv6 地址：同一地址可能存在于每个接口上，因此请指明它所属的接口，例如 %1%%2。</translation>
    </message>
    <message>
        <source>There is no interface &quot;%1&quot; on this machine. A link-local address needs the name of the interface it is on, as in %2%%3 (see --list-binds).</source>
        <translation>本机上没有接口 &quot;%1&quot;。链路本地地址需要其所在接口的名称，例如 %2%%3（参见 --list-binds）。</translation>
    </message>
    <message>
        <source>Another socket already listens on %1 (or on a wildcard address with the same port). Stop that program or choose another port; &quot;ss -ltnp&quot; shows which program holds it.</source>
        <translation>已有另一个套接字在 %1（或使用相同端口的通配地址）上监听。请停止该程序或选择其他端口；&quot;ss -ltnp&quot; 可显示占用它的程序。</translation>
    </message>
    <message>
        <source>Port %1 is a privileged port: listening on it needs root or the CAP_NET_BIND_SERVICE capability. Choose a port from 1024 up.</source>
        <translation>端口 %1 是特权端口：在其上监听需要 root 权限或 CAP_NET_BIND_SERVICE 能力。请选择 1024 及以上的端口。</translation>
    </message>
    <message>
        <source>The system refused to let this program listen on %1 (a security policy?).</source>
        <translation>系统拒绝让本程序在 %1 上监听（可能是安全策略所致）。</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine: listen on one of its own addresses (see --list-binds) or on all interfaces.</source>
        <translation>%1 不是本机的地址：请在本机自己的某个地址（参见 --list-binds）或所有接口上监听。</translation>
    </message>
    <message>
        <source>This process has no descriptor left to open a socket with.</source>
        <translation>本进程已没有可用于打开套接字的描述符。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Another program already listens on %1: %2. Stop it or choose another port (&quot;ss -ltnp&quot; lists every listener).</source>
        <translation>另一个程序已在 %1 上监听：%2。请停止它或选择其他端口（&quot;ss -ltnp&quot; 列出所有监听套接字）。</translation>
    </message>
</context>
<context>
    <name>HandshakeDiagram</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Handshake diagram</source>
        <translation>握手示意图</translation>
    </message>
    <message>
        <source>Connect to see what happened on the wire.</source>
        <translation>连接后即可查看网络上发生了什么。</translation>
    </message>
    <message>
        <source>Drawn from what the socket reported, not from a packet capture.</source>
        <translation>根据套接字报告的信息绘制，而非来自抓包。</translation>
    </message>
</context>
<context>
    <name>HandshakeTrace</name>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>no packet sent</source>
        <translation>未发送数据包</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>cancelled while waiting</source>
        <translation>等待时已取消</translation>
    </message>
    <message>
        <source>Cancelled before the other end answered.</source>
        <translation>在对端应答前已取消。</translation>
    </message>
    <message>
        <source>SYN (retry)</source>
        <translation>SYN（重传）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The SYN went out and nothing came back until the timeout: packets are dropped on the way (a firewall).</source>
        <translation>SYN 已发出，但直到超时都没有任何回应：数据包在途中被丢弃（防火墙）。</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>The other end answered the SYN with a reset at once: its kernel has no socket listening on that address and port.</source>
        <translation>对端立即以复位（RST）回应了 SYN：其内核在该地址和端口上没有正在监听的套接字。</translation>
    </message>
    <message>
        <source>SYN (not delivered)</source>
        <translation>SYN（未送达）</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>No host answered for that address (no ARP or neighbour reply, or an ICMP &quot;host unreachable&quot;), so the SYN was never delivered.</source>
        <translation>该地址没有主机应答（ARP 或邻居发现无应答，或收到 ICMP &quot;host unreachable&quot;），因此 SYN 从未送达。</translation>
    </message>
    <message>
        <source>no route: nothing sent</source>
        <translation>无路由：未发送任何数据</translation>
    </message>
    <message>
        <source>This machine has no route to the address: no packet left it.</source>
        <translation>本机没有到该地址的路由：没有任何数据包发出。</translation>
    </message>
    <message>
        <source>The connect failed with %1.</source>
        <translation>连接失败，错误为 %1。</translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message numerus="yes">
        <source>greeting (%n byte(s))</source>
        <translation>
            <numerusform>问候语（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Connected, received the greeting, and the server closed: the whole exchange worked.</source>
        <translation>已连接并收到问候语，随后服务器关闭了连接：整个交互均正常。</translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s), more coming)</source>
        <translation>
            <numerusform>数据（%n 字节，后续还有）</numerusform>
        </translation>
    </message>
    <message>
        <source>RST (we stop reading)</source>
        <translation>RST（我方停止读取）</translation>
    </message>
    <message>
        <source>The server kept sending; the client stopped at its cap.</source>
        <translation>服务器持续发送；客户端在达到上限时停止了读取。</translation>
    </message>
    <message>
        <source>Connected, but the server closed without sending anything.</source>
        <translation>已连接，但服务器未发送任何数据就关闭了连接。</translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s))</source>
        <translation>
            <numerusform>数据（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, then the server reset the connection.</source>
        <translation>已连接，随后服务器重置了连接。</translation>
    </message>
    <message>
        <source>ICMP type %1 code %2: prohibited</source>
        <translation>ICMP 类型 %1 代码 %2：禁止</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <source>SYN (stopped by a firewall)</source>
        <translation>SYN（被防火墙拦截）</translation>
    </message>
    <message>
        <source>A firewall rule stopped the SYN and answered with an ICMP &quot;administratively prohibited&quot;: the server&apos;s own TCP never saw the connection.</source>
        <translation>一条防火墙规则拦截了 SYN，并以 ICMP &quot;administratively prohibited&quot; 作答：服务器自身的 TCP 从未见到该连接。</translation>
    </message>
    <message numerus="yes">
        <source>banner (%n byte(s))</source>
        <translation>
            <numerusform>横幅（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>connection kept open</source>
        <translation>连接保持打开</translation>
    </message>
    <message>
        <source>Connected; the service sent a banner and kept the connection open, waiting for the client.</source>
        <translation>已连接；服务发送了横幅并保持连接打开，等待客户端。</translation>
    </message>
    <message>
        <source>Connected; the service sent nothing and waits for the client to speak first.</source>
        <translation>已连接；服务未发送任何数据，等待客户端先发言。</translation>
    </message>
</context>
<context>
    <name>HeadlessClient</name>
    <message>
        <source>Not dialled: %1</source>
        <translation>未发起连接：%1</translation>
    </message>
    <message>
        <source>Dialling %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection in %2; listening for up to %3 ms …</source>
        <translation>可达：%1 在 %2 内接受了连接；最多监听 %3 ms …</translation>
    </message>
    <message>
        <source>Refused by another host: asking its server why (UDP %1, up to %2 ms) …</source>
        <translation>被其他主机拒绝：正在询问其服务器原因（UDP %1，最多 %2 ms）…</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>%1	%2
	%3</source>
        <translation>%1	%2
	%3</translation>
    </message>
    <message>
        <source>Cannot listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation>正在 %1 上监听（%2）。</translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation>可连接者：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 greeted</source>
        <translation>%1 #%2 %3 → %4 已发送问候语</translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 gone before the greeting</source>
        <translation>%1 #%2 %3 → %4 问候前已断开</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n connection(s) greeted.</source>
        <translation>
            <numerusform>已停止：已向 %n 个连接发送问候语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not explaining refusals (--no-explain).</source>
        <translation>不解释拒绝原因（--no-explain）。</translation>
    </message>
    <message>
        <source>%1 %2 tried %3: %4</source>
        <translation>%1 %2 尝试了 %3：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n refused client(s) asked why.</source>
        <translation>
            <numerusform>%n 个被拒绝的客户端询问了原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcmpReport</name>
    <message>
        <source>administratively prohibited: a firewall rule rejected it</source>
        <translation>管理性禁止：一条防火墙规则拒绝了它</translation>
    </message>
    <message>
        <source>host unreachable: no answer for that address on its network</source>
        <translation>主机不可达：该地址在其网络上无应答</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>端口不可达</translation>
    </message>
    <message>
        <source>no meaning BindLab knows</source>
        <translation>BindLab 不知道其含义</translation>
    </message>
    <message>
        <source>%1 type %2 code %3 (%4)</source>
        <translation>%1 类型 %2 代码 %3（%4）</translation>
    </message>
    <message>
        <source>%1 type %2 code %3 (%4) from %5</source>
        <translation>%1 类型 %2 代码 %3（%4），来自 %5</translation>
    </message>
</context>
<context>
    <name>ListeningSockets</name>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1（PID %2）</translation>
    </message>
    <message>
        <source>a program this user may not inspect (another user&apos;s process; an administrator can see which)</source>
        <translation>当前用户无权查看的程序（另一用户的进程；管理员可以看到是哪个）</translation>
    </message>
    <message>
        <source>a program BindLab cannot name here</source>
        <translation>BindLab 在此无法识别名称的程序</translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Binds the server to this machine&apos;s hostname, or connects to it from the network address: the article&apos;s &quot;Connection refused&quot;.</source>
        <translation>将服务器绑定到本机主机名，或通过网络地址连接它：重现文章中的&quot;连接被拒绝&quot;。</translation>
    </message>
    <message>
        <source>Binds the server to all interfaces, or connects again: the greeting arrives.</source>
        <translation>将服务器绑定到所有接口，或重新连接：随即收到问候语。</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large type and high contrast for a projector, with the demo&apos;s two steps.</source>
        <translation>适合投影仪的大字号和高对比度，并提供演示的两个步骤。</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>The whole screen for this window; Esc leaves it.</source>
        <translation>此窗口占满整个屏幕；按 Esc 退出。</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>Half of the screen for each window: the server on the left, the client on the right.</source>
        <translation>每个窗口各占半个屏幕：服务器在左，客户端在右。</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>1. Reproduce the article&apos;s bug</source>
        <translation>1. 重现文章中的错误</translation>
    </message>
    <message>
        <source>2. Apply the fix</source>
        <translation>2. 应用修复</translation>
    </message>
    <message>
        <source>The server binds to this machine&apos;s hostname, like the article&apos;s socket.gethostname(). Here that is %1: only this machine can connect.</source>
        <translation>服务器绑定到本机主机名，就像文章中的 socket.gethostname()。此处为 %1：只有本机可以连接。</translation>
    </message>
    <message>
        <source>The fix: bind to all interfaces (0.0.0.0 / &apos;&apos; in Python). Now every host that can reach this machine is greeted.</source>
        <translation>修复方法：绑定到所有接口（0.0.0.0 / Python 中的 &apos;&apos;）。现在，凡是能访问本机的主机都会收到问候语。</translation>
    </message>
    <message>
        <source>Greeted: the hostname does not resolve to loopback here, so the bug does not show on this machine.</source>
        <translation>已收到问候语：此处主机名不会解析为回环地址，因此该错误不会在本机上出现。</translation>
    </message>
    <message>
        <source>Connection refused: the server listens on loopback only, and we came by the network address.</source>
        <translation>连接被拒绝：服务器只在回环地址上监听，而我们是通过网络地址连接的。</translation>
    </message>
    <message>
        <source>Greeted: the server now listens on every interface.</source>
        <translation>已收到问候语：服务器现在在所有接口上监听。</translation>
    </message>
    <message>
        <source>Still no greeting: check that the server was restarted on all interfaces.</source>
        <translation>仍未收到问候语：请检查服务器是否已在所有接口上重新启动。</translation>
    </message>
</context>
<context>
    <name>ReachabilityMap</name>
    <message>
        <source>listening on %1</source>
        <translation>正在 %1 上监听</translation>
    </message>
    <message>
        <source>not listening: preview of %1</source>
        <translation>未在监听：%1 的预览</translation>
    </message>
</context>
<context>
    <name>ReachabilityMapLayout</name>
    <message numerus="yes">
        <source>+ %n more address(es): %1</source>
        <translation>
            <numerusform>+ 另外 %n 个地址：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>− Show fewer</source>
        <translation>− 收起</translation>
    </message>
</context>
<context>
    <name>ReachabilityMapView</name>
    <message>
        <source>Reachability map</source>
        <translation>可达性示意图</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No door open.</source>
        <translation>没有打开的门。</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) open: %1.</source>
        <translation>
            <numerusform>%n 扇门打开：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) shut: %1.</source>
        <translation>
            <numerusform>%n 扇门关闭：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachabilityModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>proved, differs from prediction</source>
        <translation>已验证，与预测不符</translation>
    </message>
    <message>
        <source>proved</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Reaches this server</source>
        <translation>可访问本服务器</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>验证情况</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>clients on that link must add the interface, as in %1</source>
        <translation>该链路上的客户端必须加上接口，例如 %1</translation>
    </message>
    <message>
        <source>a link-local address without its interface (scope) cannot be dialled</source>
        <translation>不带接口（作用域）的链路本地地址无法连接</translation>
    </message>
    <message>
        <source>nothing to listen on: %1</source>
        <translation>没有可监听的地址：%1</translation>
    </message>
    <message>
        <source>listening on %1 accepts %2 only; this is an %3 address</source>
        <translation>在 %1 上监听只接受 %2；这是 %3 地址</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine: listening on it fails</source>
        <translation>%1 不是本机地址：无法在其上监听</translation>
    </message>
    <message>
        <source>bound to %1 only, a loopback address: other hosts are refused</source>
        <translation>仅绑定到回环地址 %1：其他主机会被拒绝</translation>
    </message>
    <message>
        <source>bound to the %1 address %2 only; this is an %3 address</source>
        <translation>仅绑定到 %1 地址 %2；这是 %3 地址</translation>
    </message>
    <message>
        <source>bound to %1 only</source>
        <translation>仅绑定到 %1</translation>
    </message>
    <message>
        <source>Predicted from the bind choice %1, without connecting.</source>
        <translation>根据绑定选项 %1 预测，未实际连接。</translation>
    </message>
    <message>
        <source>The bytes are this server&apos;s greeting.</source>
        <translation>收到的字节正是本服务器的问候语。</translation>
    </message>
    <message>
        <source>That is not this server&apos;s greeting (received: &quot;%1&quot;): another program answers at this address.</source>
        <translation>这不是本服务器的问候语（收到：&quot;%1&quot;）：该地址上应答的是另一个程序。</translation>
    </message>
    <message>
        <source>another program answered instead of this server</source>
        <translation>应答的是另一个程序，而不是本服务器</translation>
    </message>
    <message>
        <source>no answer in time: a local firewall may drop the packets</source>
        <translation>未及时应答：可能是本地防火墙丢弃了数据包</translation>
    </message>
    <message>
        <source>the system rejected the link-local address: its interface (scope) is missing or unknown</source>
        <translation>系统拒绝了该链路本地地址：缺少其接口（作用域）或接口未知</translation>
    </message>
    <message>
        <source>refused although the server listens for it: a firewall rule that rejects may be the reason</source>
        <translation>虽然服务器在监听，连接仍被拒绝：原因可能是某条拒绝连接的防火墙规则</translation>
    </message>
    <message>
        <source>not checked: cancelled</source>
        <translation>未检查：已取消</translation>
    </message>
    <message>
        <source>the connection failed in a way BindLab cannot explain: %1</source>
        <translation>连接失败，BindLab 无法解释原因：%1</translation>
    </message>
</context>
<context>
    <name>ReachabilityRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reachable at %1 — yes</source>
        <translation>可通过 %1 访问 — 是</translation>
    </message>
    <message>
        <source>Reachable at %1 — yes: %2</source>
        <translation>可通过 %1 访问 — 是：%2</translation>
    </message>
    <message>
        <source>Reachable at %1 — no: %2</source>
        <translation>可通过 %1 访问 — 否：%2</translation>
    </message>
    <message>
        <source>Reachable at %1 — no: %2 (%3)</source>
        <translation>可通过 %1 访问 — 否：%2（%3）</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <source>Nothing was tried</source>
        <translation>未进行任何尝试</translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation>无应答（超时）</translation>
    </message>
    <message>
        <source>Qt error: %1</source>
        <translation>Qt 错误：%1</translation>
    </message>
    <message>
        <source>Qt text: %1</source>
        <translation>Qt 文本：%1</translation>
    </message>
    <message>
        <source>OS error: %1</source>
        <translation>操作系统错误：%1</translation>
    </message>
    <message>
        <source>none (decided by BindLab&apos;s timer or the resolver)</source>
        <translation>无（由 BindLab 的计时器或解析器判定）</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 解析为 %2</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>第 %1 次尝试：%2</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>未尝试：%1</translation>
    </message>
    <message>
        <source>Diagnosis (%1): %2</source>
        <translation>诊断（%1）：%2</translation>
    </message>
    <message>
        <source>  Evidence: %1</source>
        <translation>  依据：%1</translation>
    </message>
    <message>
        <source>  Next step %1: %2</source>
        <translation>  第 %1 步：%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>(cut at %n byte(s))</source>
        <translation>
            <numerusform>（在 %n 字节处截断）</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection</source>
        <translation>可达：%1 接受了连接</translation>
    </message>
    <message>
        <source>%1 (in %2).</source>
        <translation>%1（用时 %2）。</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已收到：%1</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Accepting paused: %1 (%2). New clients wait in the queue and are served once descriptors are free again; retrying in %3 ms.</source>
        <translation>已暂停接受连接：%1（%2）。新客户端在队列中等待，描述符空闲后即会得到服务；%3 ms 后重试。</translation>
    </message>
    <message>
        <source>Accepting again after %1 ms (paused by %2).</source>
        <translation>%1 ms 后恢复接受连接（因 %2 暂停）。</translation>
    </message>
    <message>
        <source>%1 is no longer an address of this machine: clients connecting to it now time out. Stop and Start again to rebind to an address that exists.</source>
        <translation>%1 已不再是本机的地址：连接到它的客户端现在会超时。请停止后重新启动，以绑定到存在的地址。</translation>
    </message>
    <message>
        <source>%1 is no longer an address of this machine (it was on %2): clients connecting to it now time out. Stop and Start again to rebind to an address that exists.</source>
        <translation>%1 已不再是本机的地址（原位于 %2）：连接到它的客户端现在会超时。请停止后重新启动，以绑定到存在的地址。</translation>
    </message>
    <message>
        <source>Interface %1, which holds %2, is down: clients cannot reach this server. Bring the interface up, or Stop and Start again to rebind elsewhere.</source>
        <translation>持有 %2 的接口 %1 已停用：客户端无法访问此服务器。请启用该接口，或停止后重新启动以绑定到其他地址。</translation>
    </message>
    <message>
        <source>%1 is reachable again.</source>
        <translation>%1 已恢复可达。</translation>
    </message>
    <message>
        <source>%1 clients are taking the greeting slowly, the most this server holds at once: from now on the one waiting longest is reset to make room.</source>
        <translation>有 %1 个客户端正在缓慢接收问候语，这已是本服务器同时保持的上限：此后将重置等待时间最长的客户端以腾出空间。</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>BindLab server: listens on the address you choose and greets every connection, so you can see who can reach it.</source>
        <translation>BindLab 服务器：在您选择的地址上监听，并向每个连接发送问候语，让您看到谁能访问它。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Run without a window, printing one line per event.</source>
        <translation>无窗口运行，每个事件输出一行。</translation>
    </message>
    <message>
        <source>With --headless or --list-binds: print JSON lines.</source>
        <translation>与 --headless 或 --list-binds 一起使用：输出 JSON 行。</translation>
    </message>
    <message>
        <source>Print every bind choice of this machine and exit.</source>
        <translation>列出本机的所有绑定选项，然后退出。</translation>
    </message>
    <message>
        <source>Where to listen: any, any4, any6, loopback, loopback6, hostname, an interface name or an address (with %scope for link-local).</source>
        <translation>监听位置：any, any4, any6, loopback, loopback6, hostname、接口名称或地址（链路本地地址需带 %scope）。</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>What to send to every client (UTF-8).</source>
        <translation>发送给每个客户端的内容（UTF-8）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Window: start listening at once.</source>
        <translation>窗口模式：立即开始监听。</translation>
    </message>
    <message>
        <source>Headless: no line per connection, only totals.</source>
        <translation>无窗口模式：不逐个输出连接，只输出总数。</translation>
    </message>
    <message>
        <source>Headless: stop after this many connections.</source>
        <translation>无窗口模式：达到此连接数后停止。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation>界面语言（en, de, zh_CN）；默认：系统语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>意外的参数&quot;%1&quot;。请参阅 --help。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>端口&quot;%1&quot;不是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The greeting is longer than 64 KiB.</source>
        <translation>问候语超过了 64 KiB。</translation>
    </message>
    <message>
        <source>--count takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--count 需要不小于 1 的整数，而不是&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Window: start in presenter mode (large type, the demo&apos;s two steps).</source>
        <translation>窗口模式：以演示模式启动（大字号，演示的两个步骤）。</translation>
    </message>
    <message>
        <source>TCP port (default %1).</source>
        <translation>TCP 端口（默认 %1）。</translation>
    </message>
    <message>
        <source>Do not answer refused clients&apos; questions on UDP (the explain service).</source>
        <translation>不回答被拒绝的客户端通过 UDP 发来的询问（解释服务）。</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>BindLab Server</source>
        <translation>BindLab 服务器</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read this machine&apos;s interfaces and hostname again.</source>
        <translation>重新读取本机的接口和主机名。</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>0 (any free port)</source>
        <translation>0（任意空闲端口）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>问候语(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Who could connect: %1</source>
        <translation>启动后可连接者：%1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation>正在 %1 上监听（%2）。</translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation>可连接者：%1</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>正在监听端口 %1</translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation>未在监听。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Connections: %1 (greeted: %2)</source>
        <translation>连接数：%1（已发送问候语：%2）</translation>
    </message>
    <message>
        <source>The address to listen on: all interfaces, IPv4 or IPv6 only, loopback, this machine&apos;s hostname, or one interface&apos;s own address.</source>
        <translation>要监听的地址：所有接口、仅 IPv4 或仅 IPv6、回环、本机主机名，或某个接口自身的地址。</translation>
    </message>
    <message>
        <source>The TCP port to listen on; 0 lets the system pick a free one.</source>
        <translation>要监听的 TCP 端口；为 0 时由系统选择一个空闲端口。</translation>
    </message>
    <message>
        <source>The text sent to every client that connects, before the connection is closed.</source>
        <translation>在关闭连接之前发送给每个连接上来的客户端的文本。</translation>
    </message>
    <message>
        <source>Starts listening on the chosen address and port; while listening, stops.</source>
        <translation>在所选地址和端口上开始监听；监听期间则停止监听。</translation>
    </message>
    <message>
        <source>One row per connection: when, from which peer address, to which local address, and what happened. Ctrl+C copies the table.</source>
        <translation>每个连接占一行：时间、来自哪个对端地址、到达哪个本地地址，以及结果。按 Ctrl+C 复制整个表格。</translation>
    </message>
    <message>
        <source>Copy &amp;log</source>
        <translation>复制日志(&amp;L)</translation>
    </message>
    <message>
        <source>Forget the bind choice, port, greeting and window size.</source>
        <translation>清除绑定选项、端口、问候语和窗口大小。</translation>
    </message>
    <message>
        <source>Settings reset: defaults restored.</source>
        <translation>设置已重置：已恢复默认值。</translation>
    </message>
    <message numerus="yes">
        <source>Self-tests of &quot;Reachable at&quot; among them: %n.</source>
        <translation>
            <numerusform>其中 %n 个为&quot;可达性&quot;自检。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable at</source>
        <translation>可达性</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>Read this machine&apos;s addresses again and, while listening, connect to each of them.</source>
        <translation>重新读取本机的地址，并在监听期间逐一连接这些地址。</translation>
    </message>
    <message>
        <source>For each address of this machine: whether a connection to it reaches this server, and why not.</source>
        <translation>针对本机的每个地址：连接该地址能否访问本服务器，不能的话原因是什么。</translation>
    </message>
    <message>
        <source>Reachable at: map or table</source>
        <translation>可达性：示意图或表格</translation>
    </message>
    <message>
        <source>The map draws this machine&apos;s addresses as doors, open where this server can be reached; the table lists the same with the evidence.</source>
        <translation>示意图把本机的地址画成门，能访问本服务器的门是打开的；表格列出相同的内容及依据。</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>示意图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Predicted from the bind choice, without connecting. Start proves it by connecting to each address.</source>
        <translation>根据绑定选项预测，未实际连接。&quot;启动&quot;后将逐一连接每个地址加以验证。</translation>
    </message>
    <message>
        <source>Checking: connecting to each address of this machine on port %1…</source>
        <translation>正在检查：在端口 %1 上逐一连接本机的每个地址…</translation>
    </message>
    <message>
        <source>Proved at %1 by connecting to each address from this machine: %2 of %3 reach this server.</source>
        <translation>已于 %1 从本机逐一连接每个地址完成验证：%3 个地址中有 %2 个可访问本服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) differ from the prediction; see the evidence.</source>
        <translation>
            <numerusform>%n 个地址与预测不符；请查看依据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>已检查的地址</translation>
    </message>
    <message>
        <source>Not listening: see why below</source>
        <translation>未在监听：原因见下方</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <source>Listening, with a problem</source>
        <translation>正在监听，但有问题</translation>
    </message>
    <message>
        <source>Only this machine can connect</source>
        <translation>只有本机可以连接</translation>
    </message>
    <message>
        <source>Every host can connect</source>
        <translation>任何主机都可以连接</translation>
    </message>
    <message>
        <source>Every host can connect over IPv4</source>
        <translation>任何主机都可以通过 IPv4 连接</translation>
    </message>
    <message>
        <source>Only IPv6 hosts can connect</source>
        <translation>只有 IPv6 主机可以连接</translation>
    </message>
    <message>
        <source>Only hosts that dial %1 can connect</source>
        <translation>只有连接 %1 的主机可以连接</translation>
    </message>
    <message>
        <source>%1 of %2 addresses checked</source>
        <translation>已检查 %1/%2 个地址</translation>
    </message>
    <message>
        <source>E&amp;xplain refusals to clients (UDP)</source>
        <translation>向被拒绝的客户端解释原因 (UDP)(&amp;X)</translation>
    </message>
    <message>
        <source>While listening, answer a BindLab client that this machine refused with why (on UDP at the same port number), and show who was refused in the log and on the map. Applies at Start: stop the server to change it.</source>
        <translation>监听期间，向被本机拒绝的 BindLab 客户端说明原因（通过相同端口号的 UDP），并在日志和地图上显示被拒绝者。在启动时生效：如需更改，请先停止服务器。</translation>
    </message>
    <message>
        <source>Restarts the server on all interfaces, on the same port and with the same greeting, so the refused clients&apos; next attempts are greeted.</source>
        <translation>在所有接口上以相同端口和相同问候语重新启动服务器，使被拒绝的客户端下次尝试时能收到问候语。</translation>
    </message>
    <message>
        <source>%1 tried %2: %3</source>
        <translation>%1 尝试了 %2：%3</translation>
    </message>
    <message>
        <source>Not explaining refusals: turned off (the checkbox above, or --no-explain).</source>
        <translation>不解释拒绝原因：已关闭（上方的复选框或 --no-explain）。</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n client(s) asked why (see the log).</source>
        <translation>
            <numerusform>已拒绝：%n 个客户端询问了原因（见日志）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>Listen on all interfaces</source>
        <translation>在所有接口上监听</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) refused: the server listens on %1 only. &quot;Apply the fix&quot; listens on all interfaces.</source>
        <translation>
            <numerusform>已拒绝 %n 个客户端：服务器仅在 %1 上监听。&quot;应用修复&quot;会在所有接口上监听。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceHint</name>
    <message>
        <source>FTP or SMTP</source>
        <translation>FTP 或 SMTP</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL 或 MariaDB</translation>
    </message>
    <message>
        <source>What it sent looks like %1.</source>
        <translation>它发送的内容看起来像 %1。</translation>
    </message>
    <message>
        <source>Port %1 is registered as &quot;%2&quot; in this system&apos;s service list (a convention, not proof of what listens).</source>
        <translation>端口 %1 在本系统的服务列表中登记为 &quot;%2&quot;（这只是惯例，不能证明实际监听的是什么）。</translation>
    </message>
</context>
<context>
    <name>SocketErrorInfo</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The address is %1 characters long; no host name or address is longer than %2.</source>
        <translation>该地址长 %1 个字符；任何主机名或地址都不会超过 %2 个字符。</translation>
    </message>
    <message>
        <source>No address given. Type a host name, an IPv4 or IPv6 address, or host:port.</source>
        <translation>未指定地址。请输入主机名、IPv4 或 IPv6 地址，或 host:port。</translation>
    </message>
    <message>
        <source>The address %1 contains a control character at position %2. Resolvers cut or rewrite such input, so it is not dialled.</source>
        <translation>地址 %1 在第 %2 个位置包含控制字符。解析器会截断或改写此类输入，因此不会发起连接。</translation>
    </message>
    <message>
        <source>%1 looks like a URL but has no usable host.</source>
        <translation>%1 看起来像 URL，但没有可用的主机。</translation>
    </message>
    <message>
        <source>The URL %1 has a colon but no port.</source>
        <translation>URL %1 含有冒号，但没有端口。</translation>
    </message>
    <message>
        <source>Taken from the URL: host %1%2. The scheme &quot;%3&quot;%4 is not used: BindLab speaks plain TCP.</source>
        <translation>已从 URL 中提取：主机 %1%2。未使用协议方案&quot;%3&quot;%4：BindLab 只使用纯 TCP。</translation>
    </message>
    <message>
        <source>, port %1</source>
        <translation>，端口 %1</translation>
    </message>
    <message>
        <source> and the path</source>
        <translation> 及路径</translation>
    </message>
    <message>
        <source>The address %1 opens a bracket &quot;[&quot; but never closes it.</source>
        <translation>地址 %1 有左括号&quot;[&quot;，但没有闭合。</translation>
    </message>
    <message>
        <source>Unexpected text %1 after &quot;]&quot;: write [address]:port.</source>
        <translation>&quot;]&quot; 之后有意外的文本 %1：请写成 [地址]:端口。</translation>
    </message>
    <message>
        <source>Brackets are for IPv6 addresses; %1 is not one.</source>
        <translation>方括号仅用于 IPv6 地址；%1 不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>The address %1 closes a bracket &quot;]&quot; it never opened.</source>
        <translation>地址 %1 有右括号&quot;]&quot;，但没有对应的左括号。</translation>
    </message>
    <message>
        <source>The address %1 has a port but no host.</source>
        <translation>地址 %1 有端口，但没有主机。</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>端口 %1 不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The address %1 ends in &quot;:&quot; but names no port.</source>
        <translation>地址 %1 以&quot;:&quot;结尾，但未指定端口。</translation>
    </message>
    <message>
        <source>The port %1 in the address is not a number from 1 to 65535.</source>
        <translation>地址中的端口 %1 不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The address names port %1 and the port field says %2: port %1 from the address is used.</source>
        <translation>地址中指定了端口 %1，而端口字段为 %2：将使用地址中的端口 %1。</translation>
    </message>
    <message>
        <source>A scope (%%1) belongs only on an IPv6 link-local address, not on %2.</source>
        <translation>作用域 (%%1) 只能用于 IPv6 链路本地地址，不能用于 %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address.</source>
        <translation>%1 不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>%1 ends in &quot;%&quot; but names no interface.</source>
        <translation>%1 以&quot;%&quot;结尾，但未指定接口。</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: it exists on every interface, so the interface must be named, as in %1%%2.</source>
        <translation>%1 是 IPv6 链路本地地址：它存在于每个接口上，因此必须指明接口，例如 %1%%2。</translation>
    </message>
    <message>
        <source>No interface %1 on this machine: the scope of a link-local address must name one of its interfaces.</source>
        <translation>本机没有接口 %1：链路本地地址的作用域必须是本机的某个接口。</translation>
    </message>
    <message>
        <source>The scope %%1 is ignored: only link-local addresses need one.</source>
        <translation>作用域 %%1 已忽略：只有链路本地地址需要作用域。</translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 address: it reaches the IPv4 address %2.</source>
        <translation>%1 是 IPv4 映射的 IPv6 地址：它指向 IPv4 地址 %2。</translation>
    </message>
    <message>
        <source>:: means &quot;all addresses&quot; when a server binds; as a destination the system sends it to this machine itself, like ::1.</source>
        <translation>服务器绑定时，:: 表示&quot;所有地址&quot;；作为目标地址时，系统会将其发送到本机自身，与 ::1 相同。</translation>
    </message>
    <message>
        <source>The trailing dot is dropped: %1 is dialled as %2.</source>
        <translation>末尾的点已去掉：%1 将按 %2 连接。</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is out of range (each part is 0 to 255).</source>
        <translation>%1 不是 IPv4 地址：%2 超出范围（每个部分应为 0 到 255）。</translation>
    </message>
    <message>
        <source>0.0.0.0 means &quot;all interfaces&quot; when a server binds; as a destination the system sends it to this machine itself, like 127.0.0.1.</source>
        <translation>服务器绑定时，0.0.0.0 表示&quot;所有接口&quot;；作为目标地址时，系统会将其发送到本机自身，与 127.0.0.1 相同。</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it has %2 parts, an IPv4 address has 4.</source>
        <translation>%1 不是 IPv4 地址：它有 %2 个部分，而 IPv4 地址有 4 个部分。</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: write four numbers from 0 to 255, separated by dots.</source>
        <translation>%1 不是 IPv4 地址：请写四个 0 到 255 之间的数字，以点分隔。</translation>
    </message>
    <message>
        <source>%1 is an old shorthand (octal, hex, or fewer than four parts) that the system would dial as %2. Type %2 if that is what you mean.</source>
        <translation>%1 是旧式简写（八进制、十六进制或少于四个部分），系统会按 %2 连接。如果这正是您的本意，请输入 %2。</translation>
    </message>
    <message>
        <source>%1 contains full-width or look-alike characters; the resolver would read it as %2. Type %2 if that is what you mean.</source>
        <translation>%1 包含全角字符或形似字符；解析器会将其读作 %2。如果这正是您的本意，请输入 %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name: the character %2 is not allowed.</source>
        <translation>%1 不是有效的主机名：不允许使用字符 %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid international host name.</source>
        <translation>%1 不是有效的国际化主机名。</translation>
    </message>
    <message>
        <source>The international name %1 is dialled as %2.</source>
        <translation>国际化名称 %1 将按 %2 连接。</translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation>主机名长 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 has an empty part between dots.</source>
        <translation>%1 的两个点之间有空的部分。</translation>
    </message>
    <message>
        <source>The part %1 of the host name is %2 characters long; the limit is %3.</source>
        <translation>主机名中的部分 %1 长 %2 个字符；上限为 %3 个字符。</translation>
    </message>
    <message>
        <source>The address %1 contains a broken character (half of a UTF-16 surrogate pair) at position %2.</source>
        <translation>地址 %1 在第 %2 个位置包含损坏的字符（UTF-16 代理对的一半）。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Greeted</source>
        <translation>已收到问候语</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>找不到名称</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>未发起连接</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection and sent its greeting.</source>
        <translation>%1 上的服务器接受了连接并发送了问候语。</translation>
    </message>
    <message>
        <source>The server listens on loopback only, so it refuses everyone who comes by %1.</source>
        <translation>服务器只在回环地址上监听，因此拒绝所有经由 %1 连接的客户端。</translation>
    </message>
    <message>
        <source>The server listens on another of this machine&apos;s addresses, not on %1.</source>
        <translation>服务器在本机的另一个地址上监听，而不是 %1。</translation>
    </message>
    <message>
        <source>The server listens only in the other IP family, not on %1.</source>
        <translation>服务器只在另一个 IP 协议族上监听，而不是 %1。</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on this machine.</source>
        <translation>本机上没有任何程序在端口 %1 上监听。</translation>
    </message>
    <message>
        <source>The host %1 is up, but nothing accepts connections on port %2 there.</source>
        <translation>主机 %1 在线，但其上没有任何程序在端口 %2 上接受连接。</translation>
    </message>
    <message>
        <source>Nothing came back until the timeout: packets are dropped on the way, typically by a firewall.</source>
        <translation>直到超时都没有任何回应：数据包在途中被丢弃，通常是防火墙所为。</translation>
    </message>
    <message>
        <source>No host answers at %1 on the network.</source>
        <translation>网络中没有主机在 %1 上应答。</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>本机没有通往 %1 的路由。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so nothing was dialled.</source>
        <translation>无法解析名称 %1，因此没有发起连接。</translation>
    </message>
    <message>
        <source>A link-local IPv6 address needs the interface it is on, so nothing was dialled.</source>
        <translation>链路本地 IPv6 地址需要指定其所在的接口，因此没有发起连接。</translation>
    </message>
    <message>
        <source>The address is not in a form that can be dialled, so nothing was sent.</source>
        <translation>该地址的格式无法用于连接，因此没有发送任何数据。</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可以连接</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and sent a banner; it waits for the client.</source>
        <translation>%1 上的服务接受了连接并发送了横幅；它在等待客户端。</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and waits for the client to speak first.</source>
        <translation>%1 上的服务接受了连接，正在等待客户端先发送数据。</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and answered what was sent.</source>
        <translation>%1 上的服务接受了连接，并回复了所发送的内容。</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection, then closed it without a word.</source>
        <translation>%1 上的服务接受了连接，随后未发送任何内容就关闭了连接。</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection, then reset it.</source>
        <translation>%1 上的服务接受了连接，随后重置了连接。</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection.</source>
        <translation>%1 上的服务接受了连接。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Cop&amp;y command</source>
        <translation>复制命令(&amp;Y)</translation>
    </message>
    <message>
        <source>Copies the command beside it to the clipboard.</source>
        <translation>将旁边的命令复制到剪贴板。</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>已等待时间</translation>
    </message>
    <message>
        <source>How much of the time allowed has passed while waiting for an answer.</source>
        <translation>等待应答期间，允许的时间已过去多少。</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 秒 / %2 秒</translation>
    </message>
    <message>
        <source>How the last run ended: the outcome, its cause and the fix.</source>
        <translation>上次运行的结果：结论、原因及解决方法。</translation>
    </message>
    <message>
        <source>Command to copy: %1</source>
        <translation>可复制的命令：%1</translation>
    </message>
</context>
<context>
    <name>WindowShot</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--screenshot-after takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--screenshot-after 需要 0 到 600000 之间的毫秒数，而不是&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No part of the window is called %1.</source>
        <translation>窗口中没有名为 %1 的部分。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
</TS>
