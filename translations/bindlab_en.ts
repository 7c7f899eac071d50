<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttemptResult</name>
    <message numerus="yes">
        <source>%1 greeted with %n byte(s) and closed.</source>
        <translation>
            <numerusform>%1 greeted with %n byte and closed.</numerusform>
            <numerusform>%1 greeted with %n bytes and closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent more than %n byte(s); reading stopped at the cap.</source>
        <translation>
            <numerusform>%1 sent more than %n byte; reading stopped at the cap.</numerusform>
            <numerusform>%1 sent more than %n bytes; reading stopped at the cap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 reset the connection after %n byte(s).</source>
        <translation>
            <numerusform>%1 reset the connection after %n byte.</numerusform>
            <numerusform>%1 reset the connection after %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted and kept the connection open (%n byte(s) arrived).</source>
        <translation>
            <numerusform>%1 accepted and kept the connection open (%n byte arrived).</numerusform>
            <numerusform>%1 accepted and kept the connection open (%n bytes arrived).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandshakeTrace</name>
    <message numerus="yes">
        <source>greeting (%n byte(s))</source>
        <translation>
            <numerusform>greeting (%n byte)</numerusform>
            <numerusform>greeting (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s), more coming)</source>
        <translation>
            <numerusform>data (%n byte, more coming)</numerusform>
            <numerusform>data (%n bytes, more coming)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data (%n byte(s))</source>
        <translation>
            <numerusform>data (%n byte)</numerusform>
            <numerusform>data (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>banner (%n byte(s))</source>
        <translation>
            <numerusform>banner (%n byte)</numerusform>
            <numerusform>banner (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message numerus="yes">
        <source>Stopped: %n connection(s) greeted.</source>
        <translation>
            <numerusform>Stopped: %n connection greeted.</numerusform>
            <numerusform>Stopped: %n connections greeted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused client(s) asked why.</source>
        <translation>
            <numerusform>%n refused client asked why.</numerusform>
            <numerusform>%n refused clients asked why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachabilityMapLayout</name>
    <message numerus="yes">
        <source>+ %n more address(es): %1</source>
        <translation>
            <numerusform>+ %n more address: %1</numerusform>
            <numerusform>+ %n more addresses: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachabilityMapView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) open: %1.</source>
        <translation>
            <numerusform>%n door open: %1.</numerusform>
            <numerusform>%n doors open: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door(s) shut: %1.</source>
        <translation>
            <numerusform>%n door shut: %1.</numerusform>
            <numerusform>%n doors shut: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>(cut at %n byte(s))</source>
        <translation>
            <numerusform>(cut at %n byte)</numerusform>
            <numerusform>(cut at %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message numerus="yes">
        <source>Self-tests of &quot;Reachable at&quot; among them: %n.</source>
        <translation>
            <numerusform>Self-tests of &quot;Reachable at&quot; among them: %n.</numerusform>
            <numerusform>Self-tests of &quot;Reachable at&quot; among them: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) differ from the prediction; see the evidence.</source>
        <translation>
            <numerusform>%n address differs from the prediction; see the evidence.</numerusform>
            <numerusform>%n addresses differ from the prediction; see the evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n client(s) asked why (see the log).</source>
        <translation>
            <numerusform>Refused: %n client asked why (see the log).</numerusform>
            <numerusform>Refused: %n clients asked why (see the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) refused: the server listens on %1 only. &quot;Apply the fix&quot; listens on all interfaces.</source>
        <translation>
            <numerusform>%n client refused: the server listens on %1 only. &quot;Apply the fix&quot; listens on all interfaces.</numerusform>
            <numerusform>%n clients refused: the server listens on %1 only. &quot;Apply the fix&quot; listens on all interfaces.</numerusform>
        </translation>
    </message>
</context>
</TS>
