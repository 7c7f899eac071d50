#include "app/HeadlessClient.h"

#include "app/EventJson.h"
#include "client/RunReport.h"
#include "diagnosis/Diagnosis.h"
#include "net/AddressText.h"
#include "net/TargetParser.h"
#include "platform/Console.h"

HeadlessClient::HeadlessClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_run, &ConnectRun::attemptConnected, this, &HeadlessClient::onConnected);
    connect(&m_run, &ConnectRun::attemptFinished, this, &HeadlessClient::onAttempt);
    connect(&m_run, &ConnectRun::finished, this, &HeadlessClient::onFinished);
    connect(&m_run, &ConnectRun::explainStarted, this, &HeadlessClient::onExplainStarted);
    m_run.setExplainEnabled(m_options.explain);
    m_run.setExplainTimeout(m_options.explainTimeoutMs);
}

int HeadlessClient::start()
{
    const TargetParser::Result parsed = TargetParser::parse(m_options.target, m_options.port);
    if (!parsed.ok()) {
        const Diagnosis diagnosis = Diagnosis::ofRejection(parsed);
        if (m_options.json) {
            Console::out(EventJson::line(EventJson::rejected(parsed, diagnosis)));
        } else {
            Console::err(tr("Not dialled: %1").arg(parsed.error));
            for (const QString &line : RunReport::diagnosisLines(diagnosis))
                Console::err(line);
        }
        return 2;
    }
    if (m_options.json)
        Console::out(EventJson::line(EventJson::target(parsed.target)));
    else {
        Console::out(tr("Dialling %1 …").arg(parsed.target.dialText()));
        for (const QString &note : parsed.target.notes)
            Console::out(tr("Note: %1").arg(note));
    }
    ConnectAttempt::Limits limits;
    limits.connectTimeoutMs = m_options.timeoutMs;
    limits.readDeadlineMs = m_options.readTimeoutMs;
    limits.send = m_options.sendBytes;
    m_run.start(parsed.target, limits);
    return -1;
}

void HeadlessClient::onConnected(const AttemptResult &attempt)
{
    // Reachable is known now; the banner window only adds what the service does.
    if (m_options.json) {
        Console::out(EventJson::line(EventJson::connected(attempt)));
        return;
    }
    Console::out(tr("Reachable: %1 accepted the connection in %2; listening for up to %3 ms …")
                     .arg(AddressText::withPort(attempt.address, attempt.port),
                          RunReport::milliseconds(qMax<qint64>(0, attempt.connectUsecs)))
                     .arg(m_options.readTimeoutMs));
}

void HeadlessClient::onAttempt(const AttemptResult &attempt)
{
    if (m_options.json)
        Console::out(EventJson::line(EventJson::attempt(attempt)));
}

void HeadlessClient::onExplainStarted(const QHostAddress &address, quint16 port)
{
    // JSON reports the question in the result's "explain"; the terminal says why it waits.
    if (!m_options.json)
        Console::out(tr("Refused by another host: asking its server why (UDP %1, up to %2 ms) …")
                         .arg(AddressText::withPort(address, port))
                         .arg(m_options.explainTimeoutMs));
}

void HeadlessClient::onFinished(const RunResult &run)
{
    const Diagnosis diagnosis = Diagnosis::ofRun(run, Diagnosis::LocalFacts::gather(run));
    if (m_options.json) {
        Console::out(EventJson::line(EventJson::result(run, diagnosis)));
    } else {
        const QStringList lines = RunReport::lines(run, diagnosis);
        for (const QString &line : lines)
            Console::out(line);
    }
    // 0 reachable (the handshake completed), 1 not reachable; 2 is input that could not be used.
    QCoreApplication::exit(run.ok() ? 0 : 1);
}
