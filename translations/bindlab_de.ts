<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;set settings</source>
        <translation>Einstellungen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2 (Qt %3)
Makes &quot;Connection refused&quot; visible, reproducible and explained.
Licence: MIT.</source>
        <translation>%1 %2 (Qt %3)
Macht &quot;Verbindung verweigert&quot; sichtbar, reproduzierbar und verständlich.
Lizenz: MIT.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AttemptResult</name>
    <message numerus="yes">
        <source>%1 greeted with %n byte(s) and closed.</source>
        <translation>
            <numerusform>%1 hat mit %n Byte begrüßt und die Verbindung geschlossen.</numerusform>
            <numerusform>%1 hat mit %n Bytes begrüßt und die Verbindung geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent more than %n byte(s); reading stopped at the cap.</source>
        <translation>
            <numerusform>%1 hat mehr als %n Byte gesendet; das Lesen wurde an der Obergrenze beendet.</numerusform>
            <numerusform>%1 hat mehr als %n Bytes gesendet; das Lesen wurde an der Obergrenze beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the connection and closed it without sending anything.</source>
        <translation>%1 hat die Verbindung angenommen und ohne Daten zu senden wieder geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reset the connection after %n byte(s).</source>
        <translation>
            <numerusform>%1 hat die Verbindung nach %n Byte zurückgesetzt.</numerusform>
            <numerusform>%1 hat die Verbindung nach %n Bytes zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 after %3 ms.</source>
        <translation>%1: %2 nach %3 ms.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms.</source>
        <translation>%1: keine Antwort innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted and kept the connection open (%n byte(s) arrived).</source>
        <translation>
            <numerusform>%1 hat die Verbindung angenommen und offen gehalten (%n Byte empfangen).</numerusform>
            <numerusform>%1 hat die Verbindung angenommen und offen gehalten (%n Bytes empfangen).</numerusform>
        </translation>
    </message>
    <message>
        <source>It sent a greeting and closed the connection.</source>
        <translation>Er hat eine Begrüßung gesendet und die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>It sent a banner and kept the connection open, waiting for the client.</source>
        <translation>Er hat ein Banner gesendet und die Verbindung offen gehalten; er wartet auf den Client.</translation>
    </message>
    <message>
        <source>It sent nothing back to what was sent.</source>
        <translation>Er hat auf das Gesendete nichts zurückgesendet.</translation>
    </message>
    <message>
        <source>It sent nothing: it waits for the client to speak first (as web servers, TLS and most databases do).</source>
        <translation>Er hat nichts gesendet: Er wartet, bis der Client zuerst spricht (wie Webserver, TLS und die meisten Datenbanken).</translation>
    </message>
    <message>
        <source>It answered what was sent.</source>
        <translation>Er hat auf das Gesendete geantwortet.</translation>
    </message>
    <message>
        <source>It closed the connection at once without sending anything: a server turning this client away does this.</source>
        <translation>Er hat die Verbindung sofort geschlossen, ohne etwas zu senden: So weist ein Server diesen Client ab.</translation>
    </message>
    <message>
        <source>It reset the connection after accepting it.</source>
        <translation>Er hat die Verbindung nach dem Annehmen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled before the service showed what it does.</source>
        <translation>Abgebrochen, bevor der Dienst zeigte, was er tut.</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Qt error</source>
        <translation>Qt-Fehler</translation>
    </message>
    <message>
        <source>OS error</source>
        <translation>OS-Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>BindChoice</name>
    <message>
        <source>any address, IPv4 and IPv6</source>
        <translation>jede Adresse, IPv4 und IPv6</translation>
    </message>
    <message>
        <source>%1 (does not resolve)</source>
        <translation>%1 (nicht auflösbar)</translation>
    </message>
    <message>
        <source>All interfaces, IPv4 and IPv6</source>
        <translation>Alle Schnittstellen, IPv4 und IPv6</translation>
    </message>
    <message>
        <source>All IPv4 interfaces (0.0.0.0)</source>
        <translation>Alle IPv4-Schnittstellen (0.0.0.0)</translation>
    </message>
    <message>
        <source>All IPv6 interfaces only (::)</source>
        <translation>Nur alle IPv6-Schnittstellen (::)</translation>
    </message>
    <message>
        <source>Loopback 127.0.0.1 (this machine only)</source>
        <translation>Loopback 127.0.0.1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <source>Loopback ::1 (this machine only)</source>
        <translation>Loopback ::1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → does not resolve)</source>
        <translation>Hostname dieses Rechners (%1 → nicht auflösbar)</translation>
    </message>
    <message>
        <source>This machine&apos;s hostname (%1 → %2)</source>
        <translation>Hostname dieses Rechners (%1 → %2)</translation>
    </message>
    <message>
        <source>%1: IPv6 link-local %2</source>
        <translation>%1: IPv6-Link-Local %2</translation>
    </message>
    <message>
        <source>%1: IPv4 %2</source>
        <translation>%1: IPv4 %2</translation>
    </message>
    <message>
        <source>%1: IPv6 %2</source>
        <translation>%1: IPv6 %2</translation>
    </message>
    <message>
        <source>%1 (typed address)</source>
        <translation>%1 (eingegebene Adresse)</translation>
    </message>
    <message>
        <source>Every host that can reach this machine, over IPv4 or IPv6, at any of its addresses.</source>
        <translation>Jeder Host, der diesen Rechner über IPv4 oder IPv6 erreichen kann, unter jeder seiner Adressen.</translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv4, at any of its IPv4 addresses. IPv6 clients are refused.</source>
        <translation>Jeder Host, der diesen Rechner über IPv4 erreichen kann, unter jeder seiner IPv4-Adressen. IPv6-Clients werden abgewiesen.</translation>
    </message>
    <message>
        <source>Every host that can reach this machine over IPv6. IPv4 clients are refused: Qt makes :: IPv6-only.</source>
        <translation>Jeder Host, der diesen Rechner über IPv6 erreichen kann. IPv4-Clients werden abgewiesen: Qt bindet :: ausschließlich an IPv6.</translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1. Every other host is refused.</source>
        <translation>Nur Programme auf diesem Rechner, die sich mit %1 verbinden. Alle anderen Hosts werden abgewiesen.</translation>
    </message>
    <message>
        <source>Nobody: the name %1 does not resolve, so there is nothing to listen on.</source>
        <translation>Niemand: Der Name %1 lässt sich nicht auflösen, daher gibt es nichts, worauf gelauscht werden könnte.</translation>
    </message>
    <message>
        <source>Only programs on this machine: %1 resolves to the loopback address %2, so every other host is refused. This is the classic mistake.</source>
        <translation>Nur Programme auf diesem Rechner: %1 wird zur Loopback-Adresse %2 aufgelöst, daher werden alle anderen Hosts abgewiesen. Das ist der klassische Fehler.</translation>
    </message>
    <message>
        <source>Hosts that connect to %1, the address %2 resolves to. Connections to this machine&apos;s other addresses are refused.</source>
        <translation>Hosts, die sich mit %1 verbinden, der Adresse, zu der %2 aufgelöst wird. Verbindungen zu anderen Adressen dieses Rechners werden verweigert.</translation>
    </message>
    <message>
        <source>Hosts on the link of %1 that connect to %2 with a scope. Connections to this machine&apos;s other addresses are refused.</source>
        <translation>Hosts im Link von %1, die sich mit Angabe des Scopes mit %2 verbinden. Verbindungen zu anderen Adressen dieses Rechners werden verweigert.</translation>
    </message>
    <message>
        <source>Only programs on this machine that connect to %1.</source>
        <translation>Nur Programme auf diesem Rechner, die sich mit %1 verbinden.</translation>
    </message>
    <message>
        <source>Hosts that can reach %1 (on %2). Connections to this machine&apos;s other addresses, loopback included, are refused.</source>
        <translation>Hosts, die %1 (an %2) erreichen können. Verbindungen zu anderen Adressen dieses Rechners, auch zu Loopback, werden verweigert.</translation>
    </message>
    <message>
        <source>Nobody: %1 is not an address of this machine, so listening on it fails.</source>
        <translation>Niemand: %1 ist keine Adresse dieses Rechners, daher schlägt das Lauschen darauf fehl.</translation>
    </message>
    <message>
        <source>The classic mistake: %1 resolves to %2, a loopback address. Other hosts will get &quot;Connection refused&quot;. Choose &quot;All interfaces&quot; to let them in.</source>
        <translation>Der klassische Fehler: %1 wird zu %2 aufgelöst, einer Loopback-Adresse. Andere Hosts erhalten &quot;Verbindung verweigert&quot;. Wählen Sie &quot;Alle Schnittstellen&quot;, um sie zuzulassen.</translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve: %2</source>
        <translation>Der Hostname %1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine.</source>
        <translation>%1 ist keine Adresse dieses Rechners.</translation>
    </message>
</context>
<context>
    <name>BindChoices</name>
    <message>
        <source>No bind choice given. Use one of: %1, an interface name or an address.</source>
        <translation>Keine Bind-Auswahl angegeben. Möglich sind: %1, ein Schnittstellenname oder eine Adresse.</translation>
    </message>
    <message>
        <source>The hostname %1 does not resolve to any address: %2</source>
        <translation>Der Hostname %1 wird zu keiner Adresse aufgelöst: %2</translation>
    </message>
    <message>
        <source>Unknown bind choice &quot;%1&quot;. Use one of: %2, an interface name or an address of this machine (see --list-binds).</source>
        <translation>Unbekannte Bind-Auswahl &quot;%1&quot;. Möglich sind: %2, ein Schnittstellenname oder eine Adresse dieses Rechners (siehe --list-binds).</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: add the interface it belongs to, as in %1%%2.</source>
        <translation>%1 ist eine IPv6-Link-Local-Adresse: Geben Sie die zugehörige Schnittstelle an, etwa %1%%2.</translation>
    </message>
    <message>
        <source>No interface &quot;%1&quot; on this machine: the part after % must name one of its interfaces (see --list-binds).</source>
        <translation>Auf diesem Rechner gibt es keine Schnittstelle &quot;%1&quot;: Der Teil nach % muss eine seiner Schnittstellen nennen (siehe --list-binds).</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>BindLab client: connects to a server, shows its greeting or the exact error, and explains why.</source>
        <translation>BindLab-Client: verbindet sich mit einem Server, zeigt dessen Begrüßung oder den genauen Fehler und erklärt die Ursache.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run without a window: connect once, print, exit.</source>
        <translation>Ohne Fenster ausführen: einmal verbinden, Ergebnis ausgeben, beenden.</translation>
    </message>
    <message>
        <source>With --headless: print JSON lines.</source>
        <translation>Mit --headless: JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Window: fill in TARGET and PORT and connect at once.</source>
        <translation>Fenster: TARGET und PORT eintragen und sofort verbinden.</translation>
    </message>
    <message>
        <source>Longest wait for the connection, in ms (default 5000).</source>
        <translation>Maximale Wartezeit auf die Verbindung, in ms (Standard: 5000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de, zh_CN); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Host name or address, optionally with :port.</source>
        <translation>Hostname oder Adresse, optional mit :port.</translation>
    </message>
    <message>
        <source>Too many arguments: give a target and at most one port.</source>
        <translation>Zu viele Argumente: Geben Sie ein Ziel und höchstens einen Port an.</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet Millisekunden von 1 bis 600000, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No target given. Usage: bindlab-client --headless TARGET [PORT]</source>
        <translation>Kein Ziel angegeben. Aufruf: bindlab-client --headless TARGET [PORT]</translation>
    </message>
    <message>
        <source>Window: start in presenter mode (large type, the demo&apos;s two steps).</source>
        <translation>Fenster: im Präsentationsmodus starten (große Schrift, die zwei Schritte der Demo).</translation>
    </message>
    <message>
        <source>Presenter mode: the address the demo connects to (default: this machine&apos;s network address).</source>
        <translation>Präsentationsmodus: die Adresse, mit der sich die Demo verbindet (Standard: die Netzwerkadresse dieses Rechners).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>target</source>
        <comment>positional argument name in --help</comment>
        <translation>ziel</translation>
    </message>
    <message>
        <source>port</source>
        <comment>positional argument name in --help</comment>
        <translation>port</translation>
    </message>
    <message>
        <source>[port]</source>
        <comment>positional argument syntax in --help</comment>
        <translation>[port]</translation>
    </message>
    <message>
        <source>TCP port (default %1).</source>
        <translation>TCP-Port (Standard: %1).</translation>
    </message>
    <message>
        <source>--send: %1</source>
        <translation>--send: %1</translation>
    </message>
    <message>
        <source>Once connected, how long to listen for what the service sends, in ms (default 1000).</source>
        <translation>Nach dem Verbinden so lange auf das lauschen, was der Dienst sendet, in ms (Standard: 1000).</translation>
    </message>
    <message>
        <source>Text to send once connected; \r, \n, \t, \\ and \xNN are escapes, e.g. &quot;HEAD / HTTP/1.0\r\n\r\n&quot;.</source>
        <translation>Nach dem Verbinden zu sendender Text; \r, \n, \t, \\ und \xNN sind Escapes, z. B. &quot;HEAD / HTTP/1.0\r\n\r\n&quot;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--%1 takes milliseconds from 1 to 600000, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet Millisekunden von 1 bis 600000, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>When another host refuses, do not ask its server why (no UDP question is sent).</source>
        <translation>Wenn ein anderer Host abweist, dessen Server nicht nach dem Grund fragen (es wird keine UDP-Frage gesendet).</translation>
    </message>
    <message>
        <source>When another host refuses, how long to wait for its server&apos;s answer to why, in ms (default %1).</source>
        <translation>Wenn ein anderer Host abweist, wie lange auf die Antwort seines Servers nach dem Grund gewartet wird, in ms (Standard %1).</translation>
    </message>
    <message>
        <source>--explain-timeout takes milliseconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--explain-timeout erwartet Millisekunden von 1 bis %1, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>BindLab Client</source>
        <translation>BindLab Client</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>host name, IPv4, IPv6, host:port or [IPv6]:port</source>
        <translation>Hostname, IPv4, IPv6, host:port oder [IPv6]:port</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Zeitlimit für den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Addresses tried</source>
        <translation>Versuchte Adressen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Double-click or press Enter to run again.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um erneut auszuführen.</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Will dial %1</source>
        <translation>Verbindungsziel: %1</translation>
    </message>
    <message>
        <source>Will not dial: %1</source>
        <translation>Kein Verbindungsversuch: %1</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Kein Verbindungsversuch</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The server to connect to: a host name, an IPv4 or IPv6 address, host:port, [IPv6]:port or an IPv6 address with %scope. Recent targets are offered as you type.</source>
        <translation>Der Server, mit dem verbunden werden soll: ein Hostname, eine IPv4- oder IPv6-Adresse, host:port, [IPv6]:port oder eine IPv6-Adresse mit %scope. Bei der Eingabe werden zuletzt verwendete Ziele vorgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port, 1 to 65535; a port in the address itself wins.</source>
        <translation>Der TCP-Port des Servers, 1 bis 65535; ein Port in der Adresse selbst hat Vorrang.</translation>
    </message>
    <message>
        <source>How long to wait for each address to accept the connection, in milliseconds.</source>
        <translation>Wie lange auf jede Adresse gewartet wird, bis sie die Verbindung annimmt, in Millisekunden.</translation>
    </message>
    <message>
        <source>The exact address and port the typed text becomes, before anything is sent.</source>
        <translation>Die genaue Adresse und der Port, die sich aus der Eingabe ergeben, noch bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Connects to the address and port above; while connecting, cancels.</source>
        <translation>Verbindet mit der Adresse und dem Port oben; bricht einen laufenden Verbindungsaufbau ab.</translation>
    </message>
    <message>
        <source>What the server sent, with control characters shown as visible escapes.</source>
        <translation>Was der Server gesendet hat; Steuerzeichen werden als sichtbare Escape-Sequenzen dargestellt.</translation>
    </message>
    <message>
        <source>The exact error: Qt&apos;s error name and text, the operating system&apos;s error name, the time it took and every address tried.</source>
        <translation>Der genaue Fehler: Name und Text des Qt-Fehlers, Name des Betriebssystemfehlers, die Dauer und jede versuchte Adresse.</translation>
    </message>
    <message>
        <source>One row per address tried: its outcome, Qt&apos;s and the operating system&apos;s error, and the time it took.</source>
        <translation>Eine Zeile pro versuchter Adresse: Ergebnis, Qt-Fehler, Betriebssystemfehler und Dauer.</translation>
    </message>
    <message>
        <source>Earlier runs, newest first. Enter runs the current one again; Ctrl+C copies the selected rows.</source>
        <translation>Frühere Durchläufe, neueste zuerst. Die Eingabetaste führt den ausgewählten erneut aus; Strg+C kopiert die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <source>Forget recent targets, port, timeout and window size.</source>
        <translation>Zuletzt verwendete Ziele, Port, Zeitlimit und Fenstergröße vergessen.</translation>
    </message>
    <message>
        <source>Settings reset: recent targets forgotten, defaults restored.</source>
        <translation>Einstellungen zurückgesetzt: zuletzt verwendete Ziele vergessen, Standardwerte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The evidence behind the verdict: the wire, the greeting, the diagnosis, the exact errors, the addresses tried and earlier runs.</source>
        <translation>Die Belege hinter dem Ergebnis: die Leitung, die Begrüßung, die Diagnose, die genauen Fehler, die versuchten Adressen und frühere Läufe.</translation>
    </message>
    <message>
        <source>Why the connection failed, the evidence, and every next step.</source>
        <translation>Warum die Verbindung fehlschlug, die Belege und alle nächsten Schritte.</translation>
    </message>
    <message>
        <source>On the &amp;wire</source>
        <translation>Auf der &amp;Leitung</translation>
    </message>
    <message>
        <source>&amp;Greeting</source>
        <translation>Be&amp;grüßung</translation>
    </message>
    <message>
        <source>W&amp;hy, and what to do</source>
        <translation>Ursac&amp;he und Abhilfe</translation>
    </message>
    <message>
        <source>&amp;Error details</source>
        <translation>&amp;Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Addresses tried</source>
        <translation>Versuchte &amp;Adressen</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and press Connect; the verdict appears here.</source>
        <translation>Geben Sie die Adresse des Servers ein und drücken Sie Verbinden; das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>To %1 …</source>
        <translation>Mit %1 …</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>SYN sent to %1, waiting for an answer.</source>
        <translation>SYN an %1 gesendet, warte auf eine Antwort.</translation>
    </message>
    <message>
        <source>Looking up the name …</source>
        <translation>Name wird aufgelöst …</translation>
    </message>
    <message>
        <source>Trying %1 (address %2 of %3)</source>
        <translation>Versuche %1 (Adresse %2 von %3)</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er sagte: %1</translation>
    </message>
    <message>
        <source>Banner wait</source>
        <translation>Wartezeit auf Banner</translation>
    </message>
    <message>
        <source>Once connected, how long to listen for what the service says, in milliseconds.</source>
        <translation>Wie lange nach dem Verbindungsaufbau auf das gehört wird, was der Dienst sendet, in Millisekunden.</translation>
    </message>
    <message>
        <source>optional, e.g. HEAD / HTTP/1.0\r\n\r\n</source>
        <translation>optional, z. B. HEAD / HTTP/1.0\r\n\r\n</translation>
    </message>
    <message>
        <source>Send once connected</source>
        <translation>Nach dem Verbinden senden</translation>
    </message>
    <message>
        <source>Text sent once connected, with \r, \n, \t, \\ and \xNN escapes; empty sends nothing.</source>
        <translation>Text, der nach dem Verbinden gesendet wird, mit den Escapes \r, \n, \t, \\ und \xNN; leer sendet nichts.</translation>
    </message>
    <message>
        <source>&amp;Listen for:</source>
        <translation>&amp;Zuhören für:</translation>
    </message>
    <message>
        <source>Sen&amp;d:</source>
        <translation>Sen&amp;den:</translation>
    </message>
    <message>
        <source>After a backslash write r, n, t, another backslash, or x and two hex digits.</source>
        <translation>Schreiben Sie nach einem Backslash r, n, t, einen weiteren Backslash oder x und zwei Hexziffern.</translation>
    </message>
    <message>
        <source>Refused by %1. Asking the server why …</source>
        <translation>Von %1 abgewiesen. Der Server wird nach dem Grund gefragt …</translation>
    </message>
    <message>
        <source>Asked the server why at UDP %1: %2 after %3 ms.</source>
        <translation>Den Server bei UDP %1 nach dem Grund gefragt: %2 nach %3 ms.</translation>
    </message>
    <message>
        <source>Confirmed by the server (%1).</source>
        <translation>Vom Server bestätigt (%1).</translation>
    </message>
    <message>
        <source>It listens on: %1, TCP port %2</source>
        <translation>Er lauscht auf: %1, TCP-Port %2</translation>
    </message>
    <message>
        <source>Its bind choice: %1</source>
        <translation>Seine Bindungswahl: %1</translation>
    </message>
    <message>
        <source>Its hostname: %1</source>
        <translation>Sein Hostname: %1</translation>
    </message>
    <message>
        <source>Which resolves there to: %1</source>
        <translation>Der dort aufgelöst wird auf: %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
</context>
<context>
    <name>ConnectRun</name>
    <message>
        <source>The name has no IPv4 or IPv6 address.</source>
        <translation>Der Name hat keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The name lookup did not finish within %1 ms.</source>
        <translation>Die Namensauflösung wurde nicht innerhalb von %1 ms abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ConnectionLogModel</name>
    <message>
        <source>greeted</source>
        <translation>begrüßt</translation>
    </message>
    <message>
        <source>gone before the greeting (%1)</source>
        <translation>vor der Begrüßung getrennt (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From (peer)</source>
        <translation>Von (Gegenstelle)</translation>
    </message>
    <message>
        <source>Arrived at (local)</source>
        <translation>Angekommen an (lokal)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (self-test of &quot;Reachable at&quot;)</source>
        <translation>%1 (Selbsttest von &quot;Erreichbar unter&quot;)</translation>
    </message>
    <message>
        <source>This client was refused by this machine and asked the server why. The address it tried is what its question says.</source>
        <translation>Dieser Client wurde von diesem Rechner abgewiesen und hat den Server nach dem Grund gefragt. Die versuchte Adresse ist die, die seine Frage nennt.</translation>
    </message>
    <message>
        <source>tried %1</source>
        <translation>versuchte %1</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>A link-local IPv6 address needs the interface it is on (its scope); without a usable one nothing can be dialled.</source>
        <translation>Eine IPv6-Link-Local-Adresse braucht die Schnittstelle, an der sie liegt (ihren Scope); ohne eine brauchbare Schnittstelle kann keine Verbindung aufgebaut werden.</translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0; the interface is the one that shares a link with the other host.</source>
        <translation>Hängen Sie die Schnittstelle nach einem % an, zum Beispiel fe80::1%eth0; gemeint ist die Schnittstelle, die mit dem anderen Host im selben Link liegt.</translation>
    </message>
    <message>
        <source>Or use the host&apos;s global IPv6 or its IPv4 address instead.</source>
        <translation>Oder verwenden Sie stattdessen die globale IPv6- oder die IPv4-Adresse des Hosts.</translation>
    </message>
    <message>
        <source>The address was not dialled: it is not a form BindLab can dial as shown.</source>
        <translation>Zu der Adresse wurde keine Verbindung aufgebaut: In der angezeigten Form kann BindLab sie nicht verwenden.</translation>
    </message>
    <message>
        <source>Correct the address as the message says, then connect again.</source>
        <translation>Korrigieren Sie die Adresse wie in der Meldung beschrieben und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Cancelled before an answer arrived.</source>
        <translation>Abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so nothing was dialled.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden, daher wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>Check the spelling, or use the server&apos;s IP address.</source>
        <translation>Prüfen Sie die Schreibweise oder verwenden Sie die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>On the server, a command such as &quot;hostname -I&quot; (Linux) or &quot;ipconfig&quot; (Windows) shows its addresses.</source>
        <translation>Auf dem Server zeigt ein Befehl wie &quot;hostname -I&quot; (Linux) oder &quot;ipconfig&quot; (Windows) seine Adressen an.</translation>
    </message>
    <message>
        <source>No address was tried.</source>
        <translation>Es wurde keine Adresse versucht.</translation>
    </message>
    <message>
        <source>No answer from %1 at all until the timeout: packets are being dropped on the way, typically by a firewall. A closed port would have been refused at once.</source>
        <translation>Bis zum Zeitlimit keinerlei Antwort von %1: Pakete werden unterwegs verworfen, typischerweise von einer Firewall. Bei einem geschlossenen Port wäre die Verbindung sofort verweigert worden.</translation>
    </message>
    <message>
        <source>Check the firewall on the server (Linux: &quot;nft list ruleset&quot; or &quot;ufw status&quot;; Windows Defender Firewall; macOS application firewall) and allow TCP port %1.</source>
        <translation>Prüfen Sie die Firewall auf dem Server (Linux: &quot;nft list ruleset&quot; oder &quot;ufw status&quot;; Windows Defender Firewall; macOS-Anwendungsfirewall) und geben Sie TCP-Port %1 frei.</translation>
    </message>
    <message>
        <source>Check that %1 is really the server&apos;s address and that it is switched on.</source>
        <translation>Prüfen Sie, ob %1 wirklich die Adresse des Servers ist und ob der Server eingeschaltet ist.</translation>
    </message>
    <message>
        <source>No host answered at %1: the network reported it unreachable (no reply to ARP or neighbour discovery, or an ICMP &quot;host unreachable&quot;).</source>
        <translation>Unter %1 hat kein Host geantwortet: Das Netzwerk meldete ihn als nicht erreichbar (keine Antwort auf ARP oder Neighbor Discovery, oder ein ICMP &quot;host unreachable&quot;).</translation>
    </message>
    <message>
        <source>Check the address and that the server is on and on the same network.</source>
        <translation>Prüfen Sie die Adresse und ob der Server eingeschaltet und im selben Netzwerk ist.</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>Dieser Rechner hat keine Route zu %1.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s network connection and routes (&quot;ip route&quot;).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Routen dieses Rechners (&quot;ip route&quot;).</translation>
    </message>
    <message>
        <source>The link-local address %1 cannot be used without a valid interface.</source>
        <translation>Die Link-Local-Adresse %1 ist ohne gültige Schnittstelle nicht verwendbar.</translation>
    </message>
    <message>
        <source>Add the interface after a %, for example fe80::1%eth0.</source>
        <translation>Hängen Sie die Schnittstelle nach einem % an, zum Beispiel fe80::1%eth0.</translation>
    </message>
    <message>
        <source>The connection failed with %1; BindLab has no rule that explains it.</source>
        <translation>Die Verbindung ist mit %1 fehlgeschlagen; BindLab hat keine Regel, die das erklärt.</translation>
    </message>
    <message>
        <source>%1 answered at once with a refusal: the host is up, but nothing accepts connections on port %2 at that address.</source>
        <translation>%1 hat sofort mit einer Verweigerung geantwortet: Der Host ist erreichbar, aber unter dieser Adresse nimmt nichts Verbindungen auf Port %2 an.</translation>
    </message>
    <message>
        <source>On the server, check that BindLab&apos;s server (or yours) is started on port %1.</source>
        <translation>Prüfen Sie auf dem Server, ob der BindLab-Server (oder Ihr eigener) auf Port %1 gestartet ist.</translation>
    </message>
    <message>
        <source>Check what it is bound to: bound to 127.0.0.1, or to a hostname that resolves to it, it refuses every other host. Bind it to all interfaces (0.0.0.0, or &apos;&apos; in Python).</source>
        <translation>Prüfen Sie, woran er gebunden ist: An 127.0.0.1 oder an einen Hostnamen gebunden, der dorthin aufgelöst wird, weist er jeden anderen Host ab. Binden Sie ihn an alle Schnittstellen (0.0.0.0 oder &apos;&apos; in Python).</translation>
    </message>
    <message>
        <source>Some firewalls reject rather than drop; check the server&apos;s firewall too.</source>
        <translation>Manche Firewalls verweigern Verbindungen, statt Pakete zu verwerfen; prüfen Sie auch die Firewall des Servers.</translation>
    </message>
    <message>
        <source>This machine refused the connection to %1, and this platform cannot list which addresses listen on port %2.</source>
        <translation>Dieser Rechner hat die Verbindung zu %1 verweigert, und auf dieser Plattform lässt sich nicht auflisten, welche Adressen auf Port %2 lauschen.</translation>
    </message>
    <message>
        <source>Check that the server is started and which address it is bound to.</source>
        <translation>Prüfen Sie, ob der Server gestartet ist und an welche Adresse er gebunden ist.</translation>
    </message>
    <message>
        <source>No socket of this machine listens on port %1 (%2).</source>
        <translation>Kein Socket dieses Rechners lauscht auf Port %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on this machine, so every connection to it is refused.</source>
        <translation>Auf diesem Rechner lauscht nichts auf Port %1, daher wird jede Verbindung dorthin verweigert.</translation>
    </message>
    <message>
        <source>Start the server, and check that client and server use the same port.</source>
        <translation>Starten Sie den Server und prüfen Sie, ob Client und Server denselben Port verwenden.</translation>
    </message>
    <message>
        <source>Listening on port %1 here: %2 (%3).</source>
        <translation>Hier lauschen auf Port %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The server listens on port %1 on loopback only (%2), so it accepts connections from this machine through loopback and refuses everyone who comes by %3. This is the classic &quot;Connection refused&quot;.</source>
        <translation>Der Server lauscht auf Port %1 nur auf Loopback (%2): Er nimmt also Verbindungen dieses Rechners über Loopback an und weist alle ab, die über %3 kommen. Das ist das klassische &quot;Verbindung verweigert&quot;.</translation>
    </message>
    <message>
        <source>Bind the server to all interfaces: 0.0.0.0 (&quot;All IPv4 interfaces&quot;), or &apos;&apos; in Python, instead of 127.0.0.1.</source>
        <translation>Binden Sie den Server statt an 127.0.0.1 an alle Schnittstellen: 0.0.0.0 (&quot;Alle IPv4-Schnittstellen&quot;) oder &apos;&apos; in Python.</translation>
    </message>
    <message>
        <source>If it binds to the machine&apos;s hostname, check what that name resolves to (&quot;getent hosts $(hostname)&quot;): here it is a loopback address.</source>
        <translation>Wenn er an den Hostnamen des Rechners bindet, prüfen Sie, wozu dieser Name aufgelöst wird (&quot;getent hosts $(hostname)&quot;): Hier ist es eine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>The server listens on port %1 only over %2 (%3); %4 is an %5 address, so it is refused.</source>
        <translation>Der Server lauscht auf Port %1 nur über %2 (%3); %4 ist eine %5-Adresse, daher wird die Verbindung verweigert.</translation>
    </message>
    <message>
        <source>Bind the server to &quot;All interfaces, IPv4 and IPv6&quot;, or connect with an address of the family it listens on.</source>
        <translation>Binden Sie den Server an &quot;Alle Schnittstellen, IPv4 und IPv6&quot;, oder verbinden Sie sich über eine Adresse der Familie, auf der er lauscht.</translation>
    </message>
    <message>
        <source>A server listens on every %1 address on port %2, yet %3 was refused; a local firewall rule that rejects connections may be the reason.</source>
        <translation>Ein Server lauscht auf jeder %1-Adresse auf Port %2, dennoch wurde %3 verweigert; möglicherweise verweigert eine lokale Firewall-Regel die Verbindung.</translation>
    </message>
    <message>
        <source>Check the local firewall rules for TCP port %1.</source>
        <translation>Prüfen Sie die lokalen Firewall-Regeln für TCP-Port %1.</translation>
    </message>
    <message>
        <source>The server listens on port %1 here, but only on %2, not on %3.</source>
        <translation>Der Server lauscht hier auf Port %1, aber nur auf %2, nicht auf %3.</translation>
    </message>
    <message>
        <source>Connect to the address it listens on, or bind it to all interfaces.</source>
        <translation>Verbinden Sie sich mit der Adresse, auf der er lauscht, oder binden Sie ihn an alle Schnittstellen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection. %2</source>
        <translation>Erreichbar: %1 hat die Verbindung angenommen. %2</translation>
    </message>
    <message>
        <source>It sent: %1</source>
        <translation>Er hat gesendet: %1</translation>
    </message>
    <message>
        <source>On this machine, %1 listens on %2.</source>
        <translation>Auf diesem Rechner lauscht %1 auf %2.</translation>
    </message>
    <message>
        <source>This machine&apos;s own firewall rejected the connection to %1: on its own addresses and loopback no other host is involved. Whether a program listens there is not even asked.</source>
        <translation>Die eigene Firewall dieses Rechners hat die Verbindung zu %1 abgewiesen: Bei seinen eigenen Adressen und beim Loopback ist kein anderer Host beteiligt. Ob dort ein Programm lauscht, wird gar nicht erst gefragt.</translation>
    </message>
    <message>
        <source>A firewall rejected the connection to %1: the host is up (the rejection came back at once), but a rule refuses TCP port %2. The error text (&quot;%3&quot;) sounds like a missing host; it is not.</source>
        <translation>Eine Firewall hat die Verbindung zu %1 abgewiesen: Der Host ist erreichbar (die Abweisung kam sofort zurück), aber eine Regel verweigert TCP-Port %2. Der Fehlertext (&quot;%3&quot;) klingt nach einem fehlenden Host; das ist er nicht.</translation>
    </message>
    <message>
        <source>The rejection came back after %1 ms (a missing host takes seconds).</source>
        <translation>Die Abweisung kam nach %1 ms zurück (ein fehlender Host braucht Sekunden).</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>On %1, firewalld: &quot;firewall-cmd --list-all&quot; shows the rules; &quot;firewall-cmd --add-port=%2/tcp&quot; opens the port (add --permanent to keep it).</source>
        <translation>Auf %1, firewalld: &quot;firewall-cmd --list-all&quot; zeigt die Regeln; &quot;firewall-cmd --add-port=%2/tcp&quot; öffnet den Port (mit --permanent bleibt es so).</translation>
    </message>
    <message>
        <source>ufw: &quot;ufw status verbose&quot; shows the rules; &quot;ufw allow %1/tcp&quot; opens the port.</source>
        <translation>ufw: &quot;ufw status verbose&quot; zeigt die Regeln; &quot;ufw allow %1/tcp&quot; öffnet den Port.</translation>
    </message>
    <message>
        <source>nftables: &quot;nft list ruleset&quot; shows the rule that rejects; add an accept rule for TCP port %1 before it (&quot;nft insert rule inet filter input tcp dport %1 accept&quot;, with your table and chain).</source>
        <translation>nftables: &quot;nft list ruleset&quot; zeigt die abweisende Regel; fügen Sie davor eine Accept-Regel für TCP-Port %1 ein (&quot;nft insert rule inet filter input tcp dport %1 accept&quot;, mit Ihrer Tabelle und Kette).</translation>
    </message>
    <message>
        <source>Windows Defender Firewall: &quot;netsh advfirewall firewall show rule name=all&quot; shows the rules; &quot;New-NetFirewallRule -DisplayName BindLab -Direction Inbound -Protocol TCP -LocalPort %1 -Action Allow&quot; (PowerShell, as administrator) opens the port.</source>
        <translation>Windows Defender Firewall: &quot;netsh advfirewall firewall show rule name=all&quot; zeigt die Regeln; &quot;New-NetFirewallRule -DisplayName BindLab -Direction Inbound -Protocol TCP -LocalPort %1 -Action Allow&quot; (PowerShell, als Administrator) öffnet den Port.</translation>
    </message>
    <message>
        <source>A rule in the output chain rejects this machine&apos;s own connections too: look there as well as in the input chain.</source>
        <translation>Eine Regel in der Output-Kette weist auch die eigenen Verbindungen dieses Rechners ab: Sehen Sie dort ebenso nach wie in der Input-Kette.</translation>
    </message>
    <message>
        <source>Asked the server why: its explain service answered from UDP %1 in %2 ms.</source>
        <translation>Den Server nach dem Grund gefragt: Sein Erklärdienst hat von UDP %1 in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>The server says: it listens on %1, TCP port %2 (bind choice &quot;%3&quot;); cause %4.</source>
        <translation>Der Server sagt: Er lauscht auf %1, TCP-Port %2 (Bindungswahl &quot;%3&quot;); Ursache %4.</translation>
    </message>
    <message>
        <source>Its hostname is %1, which resolves to no address there.</source>
        <translation>Sein Hostname ist %1, der dort auf keine Adresse aufgelöst wird.</translation>
    </message>
    <message>
        <source>Its hostname is %1, which resolves there to %2.</source>
        <translation>Sein Hostname ist %1, der dort auf %2 aufgelöst wird.</translation>
    </message>
    <message>
        <source>Or, on that server, make its hostname resolve to its network address (&quot;getent hosts $(hostname)&quot; shows what it resolves to now).</source>
        <translation>Oder sorgen Sie auf diesem Server dafür, dass sein Hostname auf seine Netzwerkadresse aufgelöst wird (&quot;getent hosts $(hostname)&quot; zeigt, worauf er jetzt aufgelöst wird).</translation>
    </message>
    <message>
        <source>Or connect to the address it listens on.</source>
        <translation>Oder verbinden Sie sich mit der Adresse, auf der er lauscht.</translation>
    </message>
    <message>
        <source>Asked the server why at UDP %1: no answer (%2). %3</source>
        <translation>Den Server bei UDP %1 nach dem Grund gefragt: keine Antwort (%2). %3</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>%1: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it with --headless, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>%1: Kein Bildschirm, auf dem ein Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie es mit --headless oder mit QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>EscapedText</name>
    <message>
        <source>The text ends with a lone backslash (character %1); write \\ to send a backslash.</source>
        <translation>Der Text endet mit einem einzelnen Backslash (Zeichen %1); schreiben Sie \\, um einen Backslash zu senden.</translation>
    </message>
    <message>
        <source>\x at character %1 needs two hex digits, as in \x0d.</source>
        <translation>\x bei Zeichen %1 braucht zwei Hexziffern, wie in \x0d.</translation>
    </message>
    <message>
        <source>\%1 at character %2 is not an escape BindLab knows; use \r, \n, \t, \\ or \xNN.</source>
        <translation>\%1 bei Zeichen %2 ist kein Escape, das BindLab kennt; verwenden Sie \r, \n, \t, \\ oder \xNN.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long; at most %2 bytes can be sent.</source>
        <translation>Der Text ist %1 Bytes lang; höchstens %2 Bytes können gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ExplainMessage</name>
    <message>
        <source>The datagram is empty.</source>
        <translation>Das Datagramm ist leer.</translation>
    </message>
    <message>
        <source>The datagram is larger than %1 bytes.</source>
        <translation>Das Datagramm ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The datagram does not start with BindLab&apos;s mark: it is not a BindLab explain message.</source>
        <translation>Das Datagramm beginnt nicht mit der Kennung von BindLab: Es ist keine Erklärnachricht von BindLab.</translation>
    </message>
    <message>
        <source>The message ends in the middle of a field.</source>
        <translation>Die Nachricht endet mitten in einem Feld.</translation>
    </message>
    <message>
        <source>The message is of version %1; this BindLab speaks version %2.</source>
        <translation>Die Nachricht hat Version %1; dieses BindLab spricht Version %2.</translation>
    </message>
    <message>
        <source>The message is neither a question nor an answer.</source>
        <translation>Die Nachricht ist weder eine Frage noch eine Antwort.</translation>
    </message>
    <message>
        <source>The message is of the other kind: a question where an answer was expected, or the reverse.</source>
        <translation>Die Nachricht ist von der anderen Art: eine Frage, wo eine Antwort erwartet wurde, oder umgekehrt.</translation>
    </message>
    <message>
        <source>The question is shorter than %1 bytes: it is not padded.</source>
        <translation>Die Frage ist kürzer als %1 Bytes: sie ist nicht aufgefüllt.</translation>
    </message>
    <message>
        <source>The question&apos;s padding is not all zero bytes.</source>
        <translation>Die Auffüllung der Frage besteht nicht nur aus Null-Bytes.</translation>
    </message>
    <message>
        <source>An address field names an unknown address family.</source>
        <translation>Ein Adressfeld nennt eine unbekannte Adressfamilie.</translation>
    </message>
    <message>
        <source>An address field holds an address that cannot be meant (a wildcard, multicast, broadcast or IPv4-mapped address).</source>
        <translation>Ein Adressfeld enthält eine Adresse, die nicht gemeint sein kann (eine Platzhalter-, Multicast-, Broadcast- oder IPv4-gemappte Adresse).</translation>
    </message>
    <message>
        <source>A port field is 0.</source>
        <translation>Ein Portfeld ist 0.</translation>
    </message>
    <message>
        <source>The answer names an unknown cause.</source>
        <translation>Die Antwort nennt eine unbekannte Ursache.</translation>
    </message>
    <message>
        <source>A text field is empty or longer than its limit.</source>
        <translation>Ein Textfeld ist leer oder länger als erlaubt.</translation>
    </message>
    <message>
        <source>A text field is not valid UTF-8.</source>
        <translation>Ein Textfeld ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>A text field holds control or formatting characters.</source>
        <translation>Ein Textfeld enthält Steuer- oder Formatierungszeichen.</translation>
    </message>
    <message>
        <source>The answer lists more than %1 addresses for the hostname.</source>
        <translation>Die Antwort nennt mehr als %1 Adressen für den Hostnamen.</translation>
    </message>
    <message>
        <source>The answer has bytes after its last field.</source>
        <translation>Die Antwort enthält Bytes nach ihrem letzten Feld.</translation>
    </message>
    <message>
        <source>every address, IPv4 and IPv6</source>
        <translation>jeder Adresse, IPv4 und IPv6</translation>
    </message>
    <message>
        <source>every IPv4 address (0.0.0.0)</source>
        <translation>jeder IPv4-Adresse (0.0.0.0)</translation>
    </message>
    <message>
        <source>every IPv6 address (::)</source>
        <translation>jeder IPv6-Adresse (::)</translation>
    </message>
</context>
<context>
    <name>ExplainQuery</name>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>There is no address and port to ask.</source>
        <translation>Es gibt keine Adresse und keinen Port, die gefragt werden könnten.</translation>
    </message>
    <message>
        <source>%1 cannot be asked about.</source>
        <translation>Nach %1 kann nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Only answers to other questions arrived.</source>
        <translation>Es kamen nur Antworten auf andere Fragen an.</translation>
    </message>
    <message>
        <source>Something answered, but not as a BindLab server: %1</source>
        <translation>Etwas hat geantwortet, aber nicht als BindLab-Server: %1</translation>
    </message>
    <message>
        <source>The answer is not valid: %1</source>
        <translation>Die Antwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>The network reported UDP port %1 of %2 unreachable: no explain service answers there.</source>
        <translation>Das Netz meldete UDP-Port %1 von %2 als unerreichbar: Dort antwortet kein Erklärdienst.</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only, so every other host is refused.</source>
        <translation>Vom Server bestätigt: Er lauscht nur auf %1, daher wird jeder andere Host abgewiesen.</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only, not at the address that was tried.</source>
        <translation>Vom Server bestätigt: Er lauscht nur auf %1, nicht an der versuchten Adresse.</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens over %1 only (%2).</source>
        <translation>Vom Server bestätigt: Er lauscht nur über %1 (%2).</translation>
    </message>
    <message>
        <source>The server says it listens at %1 on port %2: a firewall or something on the way refused the connection.</source>
        <translation>Der Server sagt, dass er an %1 auf Port %2 lauscht: Eine Firewall oder etwas auf dem Weg hat die Verbindung verweigert.</translation>
    </message>
    <message>
        <source>On that server, choose &quot;All interfaces, IPv4 and IPv6&quot; in its window (or start it with --bind any), then connect again.</source>
        <translation>Wählen Sie auf diesem Server in seinem Fenster &quot;Alle Schnittstellen, IPv4 und IPv6&quot; (oder starten Sie ihn mit --bind any) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>On that server, choose &quot;All interfaces, IPv4 and IPv6&quot; in its window (or start it with --bind any), or connect to its %1 address.</source>
        <translation>Wählen Sie auf diesem Server in seinem Fenster &quot;Alle Schnittstellen, IPv4 und IPv6&quot; (oder starten Sie ihn mit --bind any), oder verbinden Sie sich mit seiner %1-Adresse.</translation>
    </message>
    <message>
        <source>Check the firewall on that server, and any on the way, for TCP port %1.</source>
        <translation>Prüfen Sie die Firewall auf diesem Server und alle auf dem Weg für TCP-Port %1.</translation>
    </message>
    <message>
        <source>Confirmed by the server: it listens on %1 only (what its hostname %2 resolves to there), so every other host is refused.</source>
        <translation>Vom Server bestätigt: Er lauscht nur auf %1 (worauf sein Hostname %2 dort aufgelöst wird), daher wird jeder andere Host abgewiesen.</translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>the listening facts cannot be put into an answer</source>
        <translation>die Angaben zum Lauschen lassen sich nicht in eine Antwort fassen</translation>
    </message>
    <message>
        <source>Explaining refusals on UDP %1</source>
        <translation>Erklärt Abweisungen auf UDP %1</translation>
    </message>
    <message>
        <source>Not explaining refusals: %1</source>
        <translation>Abweisungen werden nicht erklärt: %1</translation>
    </message>
    <message>
        <source>Not explaining refusals: UDP port %1: %2</source>
        <translation>Abweisungen werden nicht erklärt: UDP-Port %1: %2</translation>
    </message>
    <message>
        <source>Not explaining refusals</source>
        <translation>Abweisungen werden nicht erklärt</translation>
    </message>
    <message>
        <source>refused: bound to %1 only</source>
        <translation>abgewiesen: nur an %1 gebunden</translation>
    </message>
    <message>
        <source>refused: listening on %1 only</source>
        <translation>abgewiesen: lauscht nur auf %1</translation>
    </message>
    <message>
        <source>refused: listening over %1 only (%2)</source>
        <translation>abgewiesen: lauscht nur über %1 (%2)</translation>
    </message>
    <message>
        <source>refused on the way: the server listens there (%1), so a firewall or something in between refused the connection</source>
        <translation>unterwegs abgewiesen: Der Server lauscht dort (%1), also hat eine Firewall oder etwas dazwischen die Verbindung verweigert</translation>
    </message>
</context>
<context>
    <name>GreetingServer</name>
    <message>
        <source>The hostname %1 does not resolve to any address (%2), so there is nothing to listen on. Listen on all interfaces instead.</source>
        <translation>Der Hostname %1 wird in keine Adresse aufgelöst (%2), daher gibt es nichts, worauf gelauscht werden kann. Lauschen Sie stattdessen auf allen Schnittstellen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: the same address can exist on every interface, so name the interface it belongs to, as in %1%%2.</source>
        <translation>%1 ist eine link-lokale IPv6-Adresse: Dieselbe Adresse kann auf jeder Schnittstelle existieren, nennen Sie daher die Schnittstelle, zu der sie gehört, wie in %1%%2.</translation>
    </message>
    <message>
        <source>There is no interface &quot;%1&quot; on this machine. A link-local address needs the name of the interface it is on, as in %2%%3 (see --list-binds).</source>
        <translation>Auf diesem Rechner gibt es keine Schnittstelle &quot;%1&quot;. Eine link-lokale Adresse braucht den Namen der Schnittstelle, auf der sie liegt, wie in %2%%3 (siehe --list-binds).</translation>
    </message>
    <message>
        <source>Another socket already listens on %1 (or on a wildcard address with the same port). Stop that program or choose another port; &quot;ss -ltnp&quot; shows which program holds it.</source>
        <translation>Ein anderer Socket lauscht bereits auf %1 (oder auf einer Platzhalteradresse mit demselben Port). Beenden Sie dieses Programm oder wählen Sie einen anderen Port; &quot;ss -ltnp&quot; zeigt, welches Programm ihn belegt.</translation>
    </message>
    <message>
        <source>Port %1 is a privileged port: listening on it needs root or the CAP_NET_BIND_SERVICE capability. Choose a port from 1024 up.</source>
        <translation>Port %1 ist ein privilegierter Port: Zum Lauschen darauf sind Root-Rechte oder die Fähigkeit CAP_NET_BIND_SERVICE nötig. Wählen Sie einen Port ab 1024.</translation>
    </message>
    <message>
        <source>The system refused to let this program listen on %1 (a security policy?).</source>
        <translation>Das System hat diesem Programm das Lauschen auf %1 verweigert (eine Sicherheitsrichtlinie?).</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine: listen on one of its own addresses (see --list-binds) or on all interfaces.</source>
        <translation>%1 ist keine Adresse dieses Rechners: Lauschen Sie auf einer seiner eigenen Adressen (siehe --list-binds) oder auf allen Schnittstellen.</translation>
    </message>
    <message>
        <source>This process has no descriptor left to open a socket with.</source>
        <translation>Diesem Prozess steht kein Deskriptor mehr zur Verfügung, um einen Socket zu öffnen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Another program already listens on %1: %2. Stop it or choose another port (&quot;ss -ltnp&quot; lists every listener).</source>
        <translation>Ein anderes Programm lauscht bereits auf %1: %2. Beenden Sie es oder wählen Sie einen anderen Port (&quot;ss -ltnp&quot; listet alle lauschenden Sockets).</translation>
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
        <translation>Handshake-Diagramm</translation>
    </message>
    <message>
        <source>Connect to see what happened on the wire.</source>
        <translation>Verbinden Sie sich, um zu sehen, was auf der Leitung geschah.</translation>
    </message>
    <message>
        <source>Drawn from what the socket reported, not from a packet capture.</source>
        <translation>Gezeichnet nach den Angaben des Sockets, nicht nach einem Paketmitschnitt.</translation>
    </message>
</context>
<context>
    <name>HandshakeTrace</name>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>no packet sent</source>
        <translation>kein Paket gesendet</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>cancelled while waiting</source>
        <translation>beim Warten abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before the other end answered.</source>
        <translation>Abgebrochen, bevor die Gegenseite antwortete.</translation>
    </message>
    <message>
        <source>SYN (retry)</source>
        <translation>SYN (Wiederholung)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The SYN went out and nothing came back until the timeout: packets are dropped on the way (a firewall).</source>
        <translation>Das SYN wurde gesendet, aber bis zum Zeitlimit kam nichts zurück: Pakete werden unterwegs verworfen (eine Firewall).</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>The other end answered the SYN with a reset at once: its kernel has no socket listening on that address and port.</source>
        <translation>Die Gegenseite hat das SYN sofort mit einem Reset beantwortet: Ihr Kernel hat keinen Socket, der auf dieser Adresse und diesem Port lauscht.</translation>
    </message>
    <message>
        <source>SYN (not delivered)</source>
        <translation>SYN (nicht zugestellt)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>No host answered for that address (no ARP or neighbour reply, or an ICMP &quot;host unreachable&quot;), so the SYN was never delivered.</source>
        <translation>Für diese Adresse hat kein Host geantwortet (keine ARP- oder Neighbor-Discovery-Antwort, oder ein ICMP &quot;host unreachable&quot;), daher wurde das SYN nie zugestellt.</translation>
    </message>
    <message>
        <source>no route: nothing sent</source>
        <translation>keine Route: nichts gesendet</translation>
    </message>
    <message>
        <source>This machine has no route to the address: no packet left it.</source>
        <translation>Dieser Rechner hat keine Route zu der Adresse: Kein Paket hat ihn verlassen.</translation>
    </message>
    <message>
        <source>The connect failed with %1.</source>
        <translation>Der Verbindungsaufbau ist mit %1 fehlgeschlagen.</translation>
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
            <numerusform>Begrüßung (%n Byte)</numerusform>
            <numerusform>Begrüßung (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Connected, received the greeting, and the server closed: the whole exchange worked.</source>
        <translation>Verbunden, Begrüßung empfangen, dann hat der Server geschlossen: Der gesamte Austausch hat funktioniert.</translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s), more coming)</source>
        <translation>
            <numerusform>Daten (%n Byte, weitere folgen)</numerusform>
            <numerusform>Daten (%n Bytes, weitere folgen)</numerusform>
        </translation>
    </message>
    <message>
        <source>RST (we stop reading)</source>
        <translation>RST (wir lesen nicht weiter)</translation>
    </message>
    <message>
        <source>The server kept sending; the client stopped at its cap.</source>
        <translation>Der Server hat weiter gesendet; der Client hat an seiner Obergrenze aufgehört.</translation>
    </message>
    <message>
        <source>Connected, but the server closed without sending anything.</source>
        <translation>Verbunden, aber der Server hat geschlossen, ohne etwas zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s))</source>
        <translation>
            <numerusform>Daten (%n Byte)</numerusform>
            <numerusform>Daten (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, then the server reset the connection.</source>
        <translation>Verbunden, dann hat der Server die Verbindung zurückgesetzt.</translation>
    </message>
    <message>
        <source>ICMP type %1 code %2: prohibited</source>
        <translation>ICMP Typ %1 Code %2: verboten</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>abgewiesen (%1)</translation>
    </message>
    <message>
        <source>SYN (stopped by a firewall)</source>
        <translation>SYN (von einer Firewall aufgehalten)</translation>
    </message>
    <message>
        <source>A firewall rule stopped the SYN and answered with an ICMP &quot;administratively prohibited&quot;: the server&apos;s own TCP never saw the connection.</source>
        <translation>Eine Firewall-Regel hat das SYN aufgehalten und mit einem ICMP &quot;administratively prohibited&quot; geantwortet: Das TCP des Servers hat die Verbindung nie gesehen.</translation>
    </message>
    <message numerus="yes">
        <source>banner (%n byte(s))</source>
        <translation>
            <numerusform>Banner (%n Byte)</numerusform>
            <numerusform>Banner (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>connection kept open</source>
        <translation>Verbindung bleibt offen</translation>
    </message>
    <message>
        <source>Connected; the service sent a banner and kept the connection open, waiting for the client.</source>
        <translation>Verbunden; der Dienst hat ein Banner gesendet und die Verbindung offen gehalten; er wartet auf den Client.</translation>
    </message>
    <message>
        <source>Connected; the service sent nothing and waits for the client to speak first.</source>
        <translation>Verbunden; der Dienst hat nichts gesendet und wartet, bis der Client zuerst spricht.</translation>
    </message>
</context>
<context>
    <name>HeadlessClient</name>
    <message>
        <source>Not dialled: %1</source>
        <translation>Kein Verbindungsversuch: %1</translation>
    </message>
    <message>
        <source>Dialling %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection in %2; listening for up to %3 ms …</source>
        <translation>Erreichbar: %1 hat die Verbindung in %2 angenommen; lausche bis zu %3 ms …</translation>
    </message>
    <message>
        <source>Refused by another host: asking its server why (UDP %1, up to %2 ms) …</source>
        <translation>Von einem anderen Host abgewiesen: Sein Server wird nach dem Grund gefragt (UDP %1, bis zu %2 ms) …</translation>
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
        <translation>Lauschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation>Lauscht auf %1 (%2).</translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation>Wer sich verbinden kann: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 greeted</source>
        <translation>%1 #%2 %3 → %4 begrüßt</translation>
    </message>
    <message>
        <source>%1 #%2 %3 → %4 gone before the greeting</source>
        <translation>%1 #%2 %3 → %4 vor der Begrüßung getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n connection(s) greeted.</source>
        <translation>
            <numerusform>Gestoppt: %n Verbindung begrüßt.</numerusform>
            <numerusform>Gestoppt: %n Verbindungen begrüßt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not explaining refusals (--no-explain).</source>
        <translation>Abweisungen werden nicht erklärt (--no-explain).</translation>
    </message>
    <message>
        <source>%1 %2 tried %3: %4</source>
        <translation>%1 %2 versuchte %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n refused client(s) asked why.</source>
        <translation>
            <numerusform>%n abgewiesener Client hat nach dem Grund gefragt.</numerusform>
            <numerusform>%n abgewiesene Clients haben nach dem Grund gefragt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcmpReport</name>
    <message>
        <source>administratively prohibited: a firewall rule rejected it</source>
        <translation>administrativ verboten: Eine Firewall-Regel hat es abgewiesen</translation>
    </message>
    <message>
        <source>host unreachable: no answer for that address on its network</source>
        <translation>Host nicht erreichbar: keine Antwort für diese Adresse in ihrem Netz</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>Port nicht erreichbar</translation>
    </message>
    <message>
        <source>no meaning BindLab knows</source>
        <translation>keine Bedeutung, die BindLab kennt</translation>
    </message>
    <message>
        <source>%1 type %2 code %3 (%4)</source>
        <translation>%1 Typ %2 Code %3 (%4)</translation>
    </message>
    <message>
        <source>%1 type %2 code %3 (%4) from %5</source>
        <translation>%1 Typ %2 Code %3 (%4) von %5</translation>
    </message>
</context>
<context>
    <name>ListeningSockets</name>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>a program this user may not inspect (another user&apos;s process; an administrator can see which)</source>
        <translation>ein Programm, das dieser Benutzer nicht einsehen darf (der Prozess eines anderen Benutzers; ein Administrator kann sehen, welches)</translation>
    </message>
    <message>
        <source>a program BindLab cannot name here</source>
        <translation>ein Programm, das BindLab hier nicht benennen kann</translation>
    </message>
</context>
<context>
    <name>PresenterBar</name>
    <message>
        <source>Binds the server to this machine&apos;s hostname, or connects to it from the network address: the article&apos;s &quot;Connection refused&quot;.</source>
        <translation>Bindet den Server an den Hostnamen dieses Rechners oder verbindet sich über die Netzwerkadresse mit ihm: das &quot;Verbindung verweigert&quot; aus dem Artikel.</translation>
    </message>
    <message>
        <source>Binds the server to all interfaces, or connects again: the greeting arrives.</source>
        <translation>Bindet den Server an alle Schnittstellen oder verbindet sich erneut: Die Begrüßung kommt an.</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large type and high contrast for a projector, with the demo&apos;s two steps.</source>
        <translation>Große Schrift und hoher Kontrast für einen Projektor, mit den zwei Schritten der Demo.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>The whole screen for this window; Esc leaves it.</source>
        <translation>Der ganze Bildschirm für dieses Fenster; Esc verlässt ihn.</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Half of the screen for each window: the server on the left, the client on the right.</source>
        <translation>Jedem Fenster eine Bildschirmhälfte: der Server links, der Client rechts.</translation>
    </message>
</context>
<context>
    <name>PresenterScript</name>
    <message>
        <source>1. Reproduce the article&apos;s bug</source>
        <translation>1. Den Fehler aus dem Artikel nachstellen</translation>
    </message>
    <message>
        <source>2. Apply the fix</source>
        <translation>2. Korrektur anwenden</translation>
    </message>
    <message>
        <source>The server binds to this machine&apos;s hostname, like the article&apos;s socket.gethostname(). Here that is %1: only this machine can connect.</source>
        <translation>Der Server bindet an den Hostnamen dieses Rechners, wie socket.gethostname() im Artikel. Hier ist das %1: Nur dieser Rechner kann sich verbinden.</translation>
    </message>
    <message>
        <source>The fix: bind to all interfaces (0.0.0.0 / &apos;&apos; in Python). Now every host that can reach this machine is greeted.</source>
        <translation>Die Korrektur: an alle Schnittstellen binden (0.0.0.0 / &apos;&apos; in Python). Jetzt wird jeder Host begrüßt, der diesen Rechner erreichen kann.</translation>
    </message>
    <message>
        <source>Greeted: the hostname does not resolve to loopback here, so the bug does not show on this machine.</source>
        <translation>Begrüßt: Der Hostname wird hier nicht zu einer Loopback-Adresse aufgelöst, daher tritt der Fehler auf diesem Rechner nicht auf.</translation>
    </message>
    <message>
        <source>Connection refused: the server listens on loopback only, and we came by the network address.</source>
        <translation>Verbindung verweigert: Der Server lauscht nur auf Loopback, und wir kamen über die Netzwerkadresse.</translation>
    </message>
    <message>
        <source>Greeted: the server now listens on every interface.</source>
        <translation>Begrüßt: Der Server lauscht jetzt auf allen Schnittstellen.</translation>
    </message>
    <message>
        <source>Still no greeting: check that the server was restarted on all interfaces.</source>
        <translation>Immer noch keine Begrüßung: Prüfen Sie, ob der Server auf allen Schnittstellen neu gestartet wurde.</translation>
    </message>
</context>
<context>
    <name>ReachabilityMap</name>
    <message>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>not listening: preview of %1</source>
        <translation>lauscht nicht: Vorschau für %1</translation>
    </message>
</context>
<context>
    <name>ReachabilityMapLayout</name>
    <message numerus="yes">
        <source>+ %n more address(es): %1</source>
        <translation>
            <numerusform>+ %n weitere Adresse: %1</numerusform>
            <numerusform>+ %n weitere Adressen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation>Dieser Rechner (%1)</translation>
    </message>
    <message>
        <source>− Show fewer</source>
        <translation>− Weniger anzeigen</translation>
    </message>
</context>
<context>
    <name>ReachabilityMapView</name>
    <message>
        <source>Reachability map</source>
        <translation>Erreichbarkeitskarte</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No door open.</source>
        <translation>Keine Tür offen.</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) open: %1.</source>
        <translation>
            <numerusform>%n Tür offen: %1.</numerusform>
            <numerusform>%n Türen offen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) shut: %1.</source>
        <translation>
            <numerusform>%n Tür geschlossen: %1.</numerusform>
            <numerusform>%n Türen geschlossen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachabilityModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>proved, differs from prediction</source>
        <translation>nachgewiesen, weicht von der Vorhersage ab</translation>
    </message>
    <message>
        <source>proved</source>
        <translation>nachgewiesen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Reaches this server</source>
        <translation>Erreicht diesen Server</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>clients on that link must add the interface, as in %1</source>
        <translation>Clients an diesem Link müssen die Schnittstelle angeben, etwa %1</translation>
    </message>
    <message>
        <source>a link-local address without its interface (scope) cannot be dialled</source>
        <translation>zu einer Link-Local-Adresse ohne ihre Schnittstelle (Scope) kann keine Verbindung aufgebaut werden</translation>
    </message>
    <message>
        <source>nothing to listen on: %1</source>
        <translation>nichts, worauf gelauscht werden könnte: %1</translation>
    </message>
    <message>
        <source>listening on %1 accepts %2 only; this is an %3 address</source>
        <translation>Lauschen auf %1 nimmt nur %2 an; dies ist eine %3-Adresse</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine: listening on it fails</source>
        <translation>%1 ist keine Adresse dieses Rechners: Das Lauschen darauf schlägt fehl</translation>
    </message>
    <message>
        <source>bound to %1 only, a loopback address: other hosts are refused</source>
        <translation>nur an %1 gebunden, eine Loopback-Adresse: Andere Hosts werden abgewiesen</translation>
    </message>
    <message>
        <source>bound to the %1 address %2 only; this is an %3 address</source>
        <translation>nur an die %1-Adresse %2 gebunden; dies ist eine %3-Adresse</translation>
    </message>
    <message>
        <source>bound to %1 only</source>
        <translation>nur an %1 gebunden</translation>
    </message>
    <message>
        <source>Predicted from the bind choice %1, without connecting.</source>
        <translation>Aus der Bind-Auswahl %1 vorhergesagt, ohne Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>The bytes are this server&apos;s greeting.</source>
        <translation>Die empfangenen Bytes sind die Begrüßung dieses Servers.</translation>
    </message>
    <message>
        <source>That is not this server&apos;s greeting (received: &quot;%1&quot;): another program answers at this address.</source>
        <translation>Das ist nicht die Begrüßung dieses Servers (empfangen: &quot;%1&quot;): Unter dieser Adresse antwortet ein anderes Programm.</translation>
    </message>
    <message>
        <source>another program answered instead of this server</source>
        <translation>ein anderes Programm hat statt dieses Servers geantwortet</translation>
    </message>
    <message>
        <source>no answer in time: a local firewall may drop the packets</source>
        <translation>keine rechtzeitige Antwort: Möglicherweise verwirft eine lokale Firewall die Pakete</translation>
    </message>
    <message>
        <source>the system rejected the link-local address: its interface (scope) is missing or unknown</source>
        <translation>das System hat die Link-Local-Adresse zurückgewiesen: Ihre Schnittstelle (Scope) fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>refused although the server listens for it: a firewall rule that rejects may be the reason</source>
        <translation>verweigert, obwohl der Server dafür lauscht: Möglicherweise ist eine Firewall-Regel die Ursache, die Verbindungen verweigert</translation>
    </message>
    <message>
        <source>not checked: cancelled</source>
        <translation>nicht geprüft: abgebrochen</translation>
    </message>
    <message>
        <source>the connection failed in a way BindLab cannot explain: %1</source>
        <translation>die Verbindung ist auf eine Weise fehlgeschlagen, die BindLab nicht erklären kann: %1</translation>
    </message>
</context>
<context>
    <name>ReachabilityRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reachable at %1 — yes</source>
        <translation>Erreichbar unter %1 — ja</translation>
    </message>
    <message>
        <source>Reachable at %1 — yes: %2</source>
        <translation>Erreichbar unter %1 — ja: %2</translation>
    </message>
    <message>
        <source>Reachable at %1 — no: %2</source>
        <translation>Erreichbar unter %1 — nein: %2</translation>
    </message>
    <message>
        <source>Reachable at %1 — no: %2 (%3)</source>
        <translation>Erreichbar unter %1 — nein: %2 (%3)</translation>
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
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Nothing was tried</source>
        <translation>Es wurde nichts versucht</translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation>Keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>Qt error: %1</source>
        <translation>Qt-Fehler: %1</translation>
    </message>
    <message>
        <source>Qt text: %1</source>
        <translation>Qt-Text: %1</translation>
    </message>
    <message>
        <source>OS error: %1</source>
        <translation>OS-Fehler: %1</translation>
    </message>
    <message>
        <source>none (decided by BindLab&apos;s timer or the resolver)</source>
        <translation>keiner (vom Timer von BindLab oder vom Resolver entschieden)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 aufgelöst zu %2</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>Not tried: %1</source>
        <translation>Nicht versucht: %1</translation>
    </message>
    <message>
        <source>Diagnosis (%1): %2</source>
        <translation>Diagnose (%1): %2</translation>
    </message>
    <message>
        <source>  Evidence: %1</source>
        <translation>  Befund: %1</translation>
    </message>
    <message>
        <source>  Next step %1: %2</source>
        <translation>  Nächster Schritt %1: %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>(cut at %n byte(s))</source>
        <translation>
            <numerusform>(bei %n Byte abgeschnitten)</numerusform>
            <numerusform>(bei %n Bytes abgeschnitten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reachable: %1 accepted the connection</source>
        <translation>Erreichbar: %1 hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>%1 (in %2).</source>
        <translation>%1 (in %2).</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <source>Accepting paused: %1 (%2). New clients wait in the queue and are served once descriptors are free again; retrying in %3 ms.</source>
        <translation>Annehmen pausiert: %1 (%2). Neue Clients warten in der Warteschlange und werden bedient, sobald wieder Deskriptoren frei sind; nächster Versuch in %3 ms.</translation>
    </message>
    <message>
        <source>Accepting again after %1 ms (paused by %2).</source>
        <translation>Nimmt nach %1 ms wieder an (pausiert durch %2).</translation>
    </message>
    <message>
        <source>%1 is no longer an address of this machine: clients connecting to it now time out. Stop and Start again to rebind to an address that exists.</source>
        <translation>%1 ist keine Adresse dieses Rechners mehr: Clients, die sich damit verbinden, laufen jetzt in eine Zeitüberschreitung. Beenden und starten Sie erneut, um an eine vorhandene Adresse zu binden.</translation>
    </message>
    <message>
        <source>%1 is no longer an address of this machine (it was on %2): clients connecting to it now time out. Stop and Start again to rebind to an address that exists.</source>
        <translation>%1 ist keine Adresse dieses Rechners mehr (sie lag auf %2): Clients, die sich damit verbinden, laufen jetzt in eine Zeitüberschreitung. Beenden und starten Sie erneut, um an eine vorhandene Adresse zu binden.</translation>
    </message>
    <message>
        <source>Interface %1, which holds %2, is down: clients cannot reach this server. Bring the interface up, or Stop and Start again to rebind elsewhere.</source>
        <translation>Die Schnittstelle %1 mit der Adresse %2 ist inaktiv: Clients können diesen Server nicht erreichen. Aktivieren Sie die Schnittstelle, oder beenden und starten Sie erneut, um anderswo zu binden.</translation>
    </message>
    <message>
        <source>%1 is reachable again.</source>
        <translation>%1 ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>%1 clients are taking the greeting slowly, the most this server holds at once: from now on the one waiting longest is reset to make room.</source>
        <translation>%1 Clients nehmen die Begrüßung langsam ab, so viele hält dieser Server höchstens gleichzeitig: Ab jetzt wird der am längsten wartende zurückgesetzt, um Platz zu schaffen.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>BindLab server: listens on the address you choose and greets every connection, so you can see who can reach it.</source>
        <translation>BindLab-Server: lauscht auf der gewählten Adresse und begrüßt jede Verbindung, damit Sie sehen, wer ihn erreichen kann.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run without a window, printing one line per event.</source>
        <translation>Ohne Fenster ausführen und pro Ereignis eine Zeile ausgeben.</translation>
    </message>
    <message>
        <source>With --headless or --list-binds: print JSON lines.</source>
        <translation>Mit --headless oder --list-binds: JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Print every bind choice of this machine and exit.</source>
        <translation>Alle Bind-Auswahlmöglichkeiten dieses Rechners ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Where to listen: any, any4, any6, loopback, loopback6, hostname, an interface name or an address (with %scope for link-local).</source>
        <translation>Worauf gelauscht wird: any, any4, any6, loopback, loopback6, hostname, ein Schnittstellenname oder eine Adresse (mit %scope bei Link-Local).</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>What to send to every client (UTF-8).</source>
        <translation>Was an jeden Client gesendet wird (UTF-8).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Window: start listening at once.</source>
        <translation>Fenster: sofort mit dem Lauschen beginnen.</translation>
    </message>
    <message>
        <source>Headless: no line per connection, only totals.</source>
        <translation>Headless: keine Zeile pro Verbindung, nur Gesamtzahlen.</translation>
    </message>
    <message>
        <source>Headless: stop after this many connections.</source>
        <translation>Headless: nach dieser Anzahl von Verbindungen beenden.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, zh_CN); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de, zh_CN); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;. Siehe --help.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>Der Port &quot;%1&quot; ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>The greeting is longer than 64 KiB.</source>
        <translation>Die Begrüßung ist länger als 64 KiB.</translation>
    </message>
    <message>
        <source>--count takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--count erwartet eine ganze Zahl ab 1, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Window: start in presenter mode (large type, the demo&apos;s two steps).</source>
        <translation>Fenster: im Präsentationsmodus starten (große Schrift, die zwei Schritte der Demo).</translation>
    </message>
    <message>
        <source>TCP port (default %1).</source>
        <translation>TCP-Port (Standard: %1).</translation>
    </message>
    <message>
        <source>Do not answer refused clients&apos; questions on UDP (the explain service).</source>
        <translation>Fragen abgewiesener Clients über UDP nicht beantworten (der Erklärdienst).</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>BindLab Server</source>
        <translation>BindLab Server</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read this machine&apos;s interfaces and hostname again.</source>
        <translation>Schnittstellen und Hostnamen dieses Rechners neu einlesen.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>0 (any free port)</source>
        <translation>0 (beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>Be&amp;grüßung:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Who could connect: %1</source>
        <translation>Wer sich verbinden könnte: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Listening on %1 (%2).</source>
        <translation>Lauscht auf %1 (%2).</translation>
    </message>
    <message>
        <source>Who can connect: %1</source>
        <translation>Wer sich verbinden kann: %1</translation>
    </message>
    <message>
        <source>Listening on port %1</source>
        <translation>Lauscht auf Port %1</translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation>Lauscht nicht.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Connections: %1 (greeted: %2)</source>
        <translation>Verbindungen: %1 (begrüßt: %2)</translation>
    </message>
    <message>
        <source>The address to listen on: all interfaces, IPv4 or IPv6 only, loopback, this machine&apos;s hostname, or one interface&apos;s own address.</source>
        <translation>Die Adresse, auf der gelauscht wird: alle Schnittstellen, nur IPv4 oder nur IPv6, Loopback, der Hostname dieses Rechners oder die eigene Adresse einer Schnittstelle.</translation>
    </message>
    <message>
        <source>The TCP port to listen on; 0 lets the system pick a free one.</source>
        <translation>Der TCP-Port, auf dem gelauscht wird; bei 0 wählt das System einen freien Port.</translation>
    </message>
    <message>
        <source>The text sent to every client that connects, before the connection is closed.</source>
        <translation>Der Text, der an jeden Client gesendet wird, der sich verbindet, bevor die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>Starts listening on the chosen address and port; while listening, stops.</source>
        <translation>Startet das Lauschen auf der gewählten Adresse und dem gewählten Port; stoppt ein laufendes Lauschen.</translation>
    </message>
    <message>
        <source>One row per connection: when, from which peer address, to which local address, and what happened. Ctrl+C copies the table.</source>
        <translation>Eine Zeile pro Verbindung: wann, von welcher Adresse der Gegenstelle, an welche lokale Adresse und was geschah. Strg+C kopiert die Tabelle.</translation>
    </message>
    <message>
        <source>Copy &amp;log</source>
        <translation>&amp;Protokoll kopieren</translation>
    </message>
    <message>
        <source>Forget the bind choice, port, greeting and window size.</source>
        <translation>Bind-Auswahl, Port, Begrüßung und Fenstergröße vergessen.</translation>
    </message>
    <message>
        <source>Settings reset: defaults restored.</source>
        <translation>Einstellungen zurückgesetzt: Standardwerte wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Self-tests of &quot;Reachable at&quot; among them: %n.</source>
        <translation>
            <numerusform>Darunter %n Selbsttest von &quot;Erreichbar unter&quot;.</numerusform>
            <numerusform>Darunter %n Selbsttests von &quot;Erreichbar unter&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable at</source>
        <translation>Erreichbar unter</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read this machine&apos;s addresses again and, while listening, connect to each of them.</source>
        <translation>Die Adressen dieses Rechners neu einlesen und, während gelauscht wird, sich mit jeder von ihnen verbinden.</translation>
    </message>
    <message>
        <source>For each address of this machine: whether a connection to it reaches this server, and why not.</source>
        <translation>Für jede Adresse dieses Rechners: ob eine Verbindung zu ihr diesen Server erreicht, und wenn nicht, warum.</translation>
    </message>
    <message>
        <source>Reachable at: map or table</source>
        <translation>Erreichbar unter: Karte oder Tabelle</translation>
    </message>
    <message>
        <source>The map draws this machine&apos;s addresses as doors, open where this server can be reached; the table lists the same with the evidence.</source>
        <translation>Die Karte zeigt die Adressen dieses Rechners als Türen, offen dort, wo dieser Server erreichbar ist; die Tabelle listet dasselbe mit Befund auf.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Predicted from the bind choice, without connecting. Start proves it by connecting to each address.</source>
        <translation>Aus der Bind-Auswahl vorhergesagt, ohne Verbindungsaufbau. &quot;Starten&quot; weist es nach, indem es sich mit jeder Adresse verbindet.</translation>
    </message>
    <message>
        <source>Checking: connecting to each address of this machine on port %1…</source>
        <translation>Prüfung läuft: Verbindung mit jeder Adresse dieses Rechners auf Port %1 …</translation>
    </message>
    <message>
        <source>Proved at %1 by connecting to each address from this machine: %2 of %3 reach this server.</source>
        <translation>Um %1 durch Verbindungen von diesem Rechner zu jeder Adresse nachgewiesen: %2 von %3 erreichen diesen Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) differ from the prediction; see the evidence.</source>
        <translation>
            <numerusform>%n Adresse weicht von der Vorhersage ab; siehe Befund.</numerusform>
            <numerusform>%n Adressen weichen von der Vorhersage ab; siehe Befund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>Geprüfte Adressen</translation>
    </message>
    <message>
        <source>Not listening: see why below</source>
        <translation>Lauscht nicht: Grund siehe unten</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <source>Listening, with a problem</source>
        <translation>Lauscht, aber mit einem Problem</translation>
    </message>
    <message>
        <source>Only this machine can connect</source>
        <translation>Nur dieser Rechner kann sich verbinden</translation>
    </message>
    <message>
        <source>Every host can connect</source>
        <translation>Jeder Host kann sich verbinden</translation>
    </message>
    <message>
        <source>Every host can connect over IPv4</source>
        <translation>Jeder Host kann sich über IPv4 verbinden</translation>
    </message>
    <message>
        <source>Only IPv6 hosts can connect</source>
        <translation>Nur IPv6-Hosts können sich verbinden</translation>
    </message>
    <message>
        <source>Only hosts that dial %1 can connect</source>
        <translation>Nur Hosts, die %1 wählen, können sich verbinden</translation>
    </message>
    <message>
        <source>%1 of %2 addresses checked</source>
        <translation>%1 von %2 Adressen geprüft</translation>
    </message>
    <message>
        <source>E&amp;xplain refusals to clients (UDP)</source>
        <translation>Abgewiesenen Clients den Grund erklären (&amp;UDP)</translation>
    </message>
    <message>
        <source>While listening, answer a BindLab client that this machine refused with why (on UDP at the same port number), and show who was refused in the log and on the map. Applies at Start: stop the server to change it.</source>
        <translation>Beim Lauschen einem BindLab-Client, den dieser Rechner abgewiesen hat, den Grund nennen (über UDP an derselben Portnummer) und die Abgewiesenen im Protokoll und auf der Karte zeigen. Gilt ab dem Start: Halten Sie den Server an, um es zu ändern.</translation>
    </message>
    <message>
        <source>Restarts the server on all interfaces, on the same port and with the same greeting, so the refused clients&apos; next attempts are greeted.</source>
        <translation>Startet den Server auf allen Schnittstellen neu, auf demselben Port und mit derselben Begrüßung, damit die nächsten Versuche der abgewiesenen Clients begrüßt werden.</translation>
    </message>
    <message>
        <source>%1 tried %2: %3</source>
        <translation>%1 versuchte %2: %3</translation>
    </message>
    <message>
        <source>Not explaining refusals: turned off (the checkbox above, or --no-explain).</source>
        <translation>Abweisungen werden nicht erklärt: ausgeschaltet (das Kästchen oben oder --no-explain).</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n client(s) asked why (see the log).</source>
        <translation>
            <numerusform>Abgewiesen: %n Client hat nach dem Grund gefragt (siehe Protokoll).</numerusform>
            <numerusform>Abgewiesen: %n Clients haben nach dem Grund gefragt (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Listen on all interfaces</source>
        <translation>Auf allen Schnittstellen lauschen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) refused: the server listens on %1 only. &quot;Apply the fix&quot; listens on all interfaces.</source>
        <translation>
            <numerusform>%n Client abgewiesen: Der Server lauscht nur auf %1. &quot;Korrektur anwenden&quot; lauscht auf allen Schnittstellen.</numerusform>
            <numerusform>%n Clients abgewiesen: Der Server lauscht nur auf %1. &quot;Korrektur anwenden&quot; lauscht auf allen Schnittstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceHint</name>
    <message>
        <source>FTP or SMTP</source>
        <translation>FTP oder SMTP</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>What it sent looks like %1.</source>
        <translation>Was er gesendet hat, sieht nach %1 aus.</translation>
    </message>
    <message>
        <source>Port %1 is registered as &quot;%2&quot; in this system&apos;s service list (a convention, not proof of what listens).</source>
        <translation>Port %1 ist in der Dienstliste dieses Systems als &quot;%2&quot; eingetragen (eine Konvention, kein Beweis dafür, was lauscht).</translation>
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
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The address is %1 characters long; no host name or address is longer than %2.</source>
        <translation>Die Adresse ist %1 Zeichen lang; kein Hostname und keine Adresse ist länger als %2.</translation>
    </message>
    <message>
        <source>No address given. Type a host name, an IPv4 or IPv6 address, or host:port.</source>
        <translation>Keine Adresse angegeben. Geben Sie einen Hostnamen, eine IPv4- oder IPv6-Adresse oder host:port ein.</translation>
    </message>
    <message>
        <source>The address %1 contains a control character at position %2. Resolvers cut or rewrite such input, so it is not dialled.</source>
        <translation>Die Adresse %1 enthält an Position %2 ein Steuerzeichen. Resolver kürzen oder verändern solche Eingaben, daher wird keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>%1 looks like a URL but has no usable host.</source>
        <translation>%1 sieht aus wie eine URL, hat aber keinen verwendbaren Host.</translation>
    </message>
    <message>
        <source>The URL %1 has a colon but no port.</source>
        <translation>Die URL %1 enthält einen Doppelpunkt, aber keinen Port.</translation>
    </message>
    <message>
        <source>Taken from the URL: host %1%2. The scheme &quot;%3&quot;%4 is not used: BindLab speaks plain TCP.</source>
        <translation>Aus der URL übernommen: Host %1%2. Nicht verwendet: Schema &quot;%3&quot;%4, denn BindLab spricht reines TCP.</translation>
    </message>
    <message>
        <source>, port %1</source>
        <translation>, Port %1</translation>
    </message>
    <message>
        <source> and the path</source>
        <translation> und Pfad</translation>
    </message>
    <message>
        <source>The address %1 opens a bracket &quot;[&quot; but never closes it.</source>
        <translation>Die Adresse %1 öffnet eine Klammer &quot;[&quot;, schließt sie aber nicht.</translation>
    </message>
    <message>
        <source>Unexpected text %1 after &quot;]&quot;: write [address]:port.</source>
        <translation>Unerwarteter Text %1 nach &quot;]&quot;: Schreiben Sie [Adresse]:Port.</translation>
    </message>
    <message>
        <source>Brackets are for IPv6 addresses; %1 is not one.</source>
        <translation>Eckige Klammern sind für IPv6-Adressen gedacht; %1 ist keine.</translation>
    </message>
    <message>
        <source>The address %1 closes a bracket &quot;]&quot; it never opened.</source>
        <translation>Die Adresse %1 schließt eine Klammer &quot;]&quot;, die nicht geöffnet wurde.</translation>
    </message>
    <message>
        <source>The address %1 has a port but no host.</source>
        <translation>Die Adresse %1 hat einen Port, aber keinen Host.</translation>
    </message>
    <message>
        <source>The port %1 is not a number from 1 to 65535.</source>
        <translation>Der Port %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The address %1 ends in &quot;:&quot; but names no port.</source>
        <translation>Die Adresse %1 endet auf &quot;:&quot;, nennt aber keinen Port.</translation>
    </message>
    <message>
        <source>The port %1 in the address is not a number from 1 to 65535.</source>
        <translation>Der Port %1 in der Adresse ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The address names port %1 and the port field says %2: port %1 from the address is used.</source>
        <translation>Die Adresse nennt Port %1, das Portfeld %2: Port %1 aus der Adresse wird verwendet.</translation>
    </message>
    <message>
        <source>A scope (%%1) belongs only on an IPv6 link-local address, not on %2.</source>
        <translation>Ein Scope (%%1) gehört nur an eine IPv6-Link-Local-Adresse, nicht an %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address.</source>
        <translation>%1 ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 ends in &quot;%&quot; but names no interface.</source>
        <translation>%1 endet auf &quot;%&quot;, nennt aber keine Schnittstelle.</translation>
    </message>
    <message>
        <source>%1 is a link-local IPv6 address: it exists on every interface, so the interface must be named, as in %1%%2.</source>
        <translation>%1 ist eine IPv6-Link-Local-Adresse: Sie existiert auf jeder Schnittstelle, daher muss die Schnittstelle angegeben werden, etwa %1%%2.</translation>
    </message>
    <message>
        <source>No interface %1 on this machine: the scope of a link-local address must name one of its interfaces.</source>
        <translation>Keine Schnittstelle %1 auf diesem Rechner: Der Scope einer Link-Local-Adresse muss eine der Schnittstellen des Rechners nennen.</translation>
    </message>
    <message>
        <source>The scope %%1 is ignored: only link-local addresses need one.</source>
        <translation>Der Scope %%1 wird ignoriert: Nur Link-Local-Adressen benötigen einen.</translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 address: it reaches the IPv4 address %2.</source>
        <translation>%1 ist eine IPv4-gemappte IPv6-Adresse: Sie führt zur IPv4-Adresse %2.</translation>
    </message>
    <message>
        <source>:: means &quot;all addresses&quot; when a server binds; as a destination the system sends it to this machine itself, like ::1.</source>
        <translation>:: bedeutet beim Binden eines Servers &quot;alle Adressen&quot;; als Ziel leitet das System es an diesen Rechner selbst, wie ::1.</translation>
    </message>
    <message>
        <source>The trailing dot is dropped: %1 is dialled as %2.</source>
        <translation>Der abschließende Punkt wird entfernt: Statt %1 wird %2 verwendet.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is out of range (each part is 0 to 255).</source>
        <translation>%1 ist keine IPv4-Adresse: %2 liegt außerhalb des Bereichs (jeder Teil liegt zwischen 0 und 255).</translation>
    </message>
    <message>
        <source>0.0.0.0 means &quot;all interfaces&quot; when a server binds; as a destination the system sends it to this machine itself, like 127.0.0.1.</source>
        <translation>0.0.0.0 bedeutet beim Binden eines Servers &quot;alle Schnittstellen&quot;; als Ziel leitet das System es an diesen Rechner selbst, wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it has %2 parts, an IPv4 address has 4.</source>
        <translation>%1 ist keine IPv4-Adresse: Sie hat %2 Teile, eine IPv4-Adresse hat 4.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: write four numbers from 0 to 255, separated by dots.</source>
        <translation>%1 ist keine IPv4-Adresse: Schreiben Sie vier Zahlen von 0 bis 255, durch Punkte getrennt.</translation>
    </message>
    <message>
        <source>%1 is an old shorthand (octal, hex, or fewer than four parts) that the system would dial as %2. Type %2 if that is what you mean.</source>
        <translation>%1 ist eine alte Kurzschreibweise (oktal, hexadezimal oder weniger als vier Teile), die das System als %2 verwenden würde. Geben Sie %2 ein, wenn Sie das meinen.</translation>
    </message>
    <message>
        <source>%1 contains full-width or look-alike characters; the resolver would read it as %2. Type %2 if that is what you mean.</source>
        <translation>%1 enthält Vollbreiten- oder ähnlich aussehende Zeichen; der Resolver würde es als %2 lesen. Geben Sie %2 ein, wenn Sie das meinen.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name: the character %2 is not allowed.</source>
        <translation>%1 ist kein gültiger Hostname: Das Zeichen %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not a valid international host name.</source>
        <translation>%1 ist kein gültiger internationaler Hostname.</translation>
    </message>
    <message>
        <source>The international name %1 is dialled as %2.</source>
        <translation>Der internationale Name %1 wird als %2 verwendet.</translation>
    </message>
    <message>
        <source>The host name is %1 characters long; the limit is %2.</source>
        <translation>Der Hostname ist %1 Zeichen lang; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>%1 has an empty part between dots.</source>
        <translation>%1 hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>The part %1 of the host name is %2 characters long; the limit is %3.</source>
        <translation>Der Teil %1 des Hostnamens ist %2 Zeichen lang; die Grenze liegt bei %3.</translation>
    </message>
    <message>
        <source>The address %1 contains a broken character (half of a UTF-16 surrogate pair) at position %2.</source>
        <translation>Die Adresse %1 enthält an Position %2 ein defektes Zeichen (die Hälfte eines UTF-16-Surrogatpaars).</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Greeted</source>
        <translation>Begrüßt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Kein Verbindungsversuch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection and sent its greeting.</source>
        <translation>Der Server unter %1 hat die Verbindung angenommen und seine Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server listens on loopback only, so it refuses everyone who comes by %1.</source>
        <translation>Der Server lauscht nur auf dem Loopback und weist daher alle ab, die über %1 kommen.</translation>
    </message>
    <message>
        <source>The server listens on another of this machine&apos;s addresses, not on %1.</source>
        <translation>Der Server lauscht auf einer anderen Adresse dieses Rechners, nicht auf %1.</translation>
    </message>
    <message>
        <source>The server listens only in the other IP family, not on %1.</source>
        <translation>Der Server lauscht nur in der anderen IP-Familie, nicht auf %1.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on this machine.</source>
        <translation>Auf diesem Rechner lauscht nichts auf Port %1.</translation>
    </message>
    <message>
        <source>The host %1 is up, but nothing accepts connections on port %2 there.</source>
        <translation>Der Host %1 ist erreichbar, aber dort nimmt nichts Verbindungen auf Port %2 an.</translation>
    </message>
    <message>
        <source>Nothing came back until the timeout: packets are dropped on the way, typically by a firewall.</source>
        <translation>Bis zum Zeitlimit kam nichts zurück: Pakete werden unterwegs verworfen, meist von einer Firewall.</translation>
    </message>
    <message>
        <source>No host answers at %1 on the network.</source>
        <translation>Unter %1 antwortet im Netzwerk kein Host.</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>Dieser Rechner hat keine Route zu %1.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so nothing was dialled.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden, daher wurde keine Verbindung versucht.</translation>
    </message>
    <message>
        <source>A link-local IPv6 address needs the interface it is on, so nothing was dialled.</source>
        <translation>Eine link-lokale IPv6-Adresse braucht die Schnittstelle, an der sie liegt; daher wurde keine Verbindung versucht.</translation>
    </message>
    <message>
        <source>The address is not in a form that can be dialled, so nothing was sent.</source>
        <translation>Die Adresse liegt nicht in einer wählbaren Form vor, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and sent a banner; it waits for the client.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen und ein Banner gesendet; er wartet auf den Client.</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and waits for the client to speak first.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen und wartet, bis der Client zuerst etwas sendet.</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection and answered what was sent.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen und auf das Gesendete geantwortet.</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection, then closed it without a word.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen und dann wortlos geschlossen.</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection, then reset it.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen und dann zurückgesetzt.</translation>
    </message>
    <message>
        <source>The service at %1 accepted the connection.</source>
        <translation>Der Dienst unter %1 hat die Verbindung angenommen.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Cop&amp;y command</source>
        <translation>Befehl kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copies the command beside it to the clipboard.</source>
        <translation>Kopiert den daneben stehenden Befehl in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>How much of the time allowed has passed while waiting for an answer.</source>
        <translation>Wie viel der erlaubten Zeit beim Warten auf eine Antwort vergangen ist.</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s von %2 s</translation>
    </message>
    <message>
        <source>How the last run ended: the outcome, its cause and the fix.</source>
        <translation>Wie der letzte Lauf endete: das Ergebnis, seine Ursache und die Abhilfe.</translation>
    </message>
    <message>
        <source>Command to copy: %1</source>
        <translation>Befehl zum Kopieren: %1</translation>
    </message>
</context>
<context>
    <name>WindowShot</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>--screenshot-after takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--screenshot-after erwartet Millisekunden von 0 bis 600000, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No part of the window is called %1.</source>
        <translation>Kein Teil des Fensters heißt %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
</TS>
