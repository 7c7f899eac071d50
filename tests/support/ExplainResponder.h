#pragma once

#include "net/ExplainMessage.h"

#include <QUdpSocket>

// A stand-in for a BindLab server's explain service on loopback: it answers every question
// with the given cause and facts, or stays silent, and counts what it heard. With the run told
// that loopback is "another host", a refusal on loopback gets a question, and the whole client
// path (ConnectRun, Diagnosis, JSON, the window) can be tested on one machine.
class ExplainResponder final
{
    Q_DISABLE_COPY_MOVE(ExplainResponder)

public:
    enum class Mode { Answer, Silent };

    // Binds UDP on 127.0.0.1, port 0; port() is where TCP is refused too (nothing listens there).
    explicit ExplainResponder(Mode mode = Mode::Answer);

    bool isBound() const { return m_bound; }
    quint16 port() const { return m_socket.localPort(); }
    // Counted as the event loop delivers them.
    int questions() const { return m_questions; }
    void setAnswer(ExplainMessage::Cause cause, const ExplainMessage::Facts &facts);
    // Facts of a server bound to loopback by its hostname "lab-server", at this port.
    ExplainMessage::Facts loopbackFacts() const;

private:
    void answerPending();

    QUdpSocket m_socket;
    Mode m_mode = Mode::Answer;
    ExplainMessage::Cause m_cause = ExplainMessage::Cause::LoopbackOnly;
    ExplainMessage::Facts m_facts;
    bool m_bound = false;
    int m_questions = 0;
};
