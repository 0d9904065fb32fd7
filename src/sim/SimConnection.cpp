#include "SimConnection.h"

#include "SimExchange.h"
#include "SimHttpResponse.h"
#include "SimLogging.h"
#include "SimRequestHead.h"

#include <QSslSocket>

namespace groov::sim {

SimConnection::SimConnection(QSslSocket *socket, quint64 id, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id)
{
    m_socket->setParent(this);
    // Nothing is read while a request waits for its answer, and Qt would otherwise keep whatever a client sends
    // meanwhile. One piece of a body is enough: more waits in the kernel, and TCP slows the client down.
    m_socket->setReadBufferSize(SimRequestBody::kReadPiece);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &SimConnection::idleTimedOut);
}

bool SimConnection::isConnected() const
{
    return m_state != State::Ended && m_socket->state() == QAbstractSocket::ConnectedState;
}

QString SimConnection::openPath() const
{
    const bool open = m_state == State::Body || m_state == State::Handling;
    return open && isConnected() ? m_path : QString();
}

void SimConnection::start()
{
    connect(m_socket, &QIODevice::readyRead, this, &SimConnection::process);
    connect(m_socket, &QAbstractSocket::disconnected, this, &SimConnection::end);
    // Bytes that came with the handshake raised readyRead before anyone listened; a client may even be gone already.
    QMetaObject::invokeMethod(this, &SimConnection::process, Qt::QueuedConnection);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &SimConnection::end, Qt::QueuedConnection);
    m_idle.start();
}

void SimConnection::process()
{
    // Not again from inside a handler that answered at once: the loop below goes on by itself.
    if (m_processing)
        return;
    m_processing = true;
    while ((m_state == State::Head && readHead()) || (m_state == State::Body && readBody())) {
    }
    m_processing = false;
}

bool SimConnection::readHead()
{
    if (m_input.size() < kMaxHeadBytes)
        m_input += m_socket->read(qMin<qint64>(m_socket->bytesAvailable(), kMaxHeadBytes - m_input.size()));
    const qsizetype headEnd = SimRequestHead::endOf(m_input);
    // What follows a chunked body may already be buffered beyond the bound: the bound is on the head itself.
    if (headEnd > kMaxHeadBytes || (headEnd < 0 && m_input.size() >= kMaxHeadBytes)) {
        refuse(431, "its head is too long");
        return false;
    }
    if (headEnd < 0)
        return false;
    const std::optional<SimRequestHead> head = SimRequestHead::parse(m_input.left(headEnd));
    m_input.remove(0, headEnd);
    if (!head) {
        refuse(400, "it is not an HTTP request");
        return false;
    }
    auto exchange = std::shared_ptr<SimExchange>(new SimExchange);
    exchange->m_connection = this;
    exchange->m_connectionId = m_id;
    exchange->m_method = head->method();
    exchange->m_path = head->path();
    exchange->m_headers = head->headers();
    m_body = SimRequestBody::framedBy(*exchange);
    if (!m_body) {
        refuse(400, "where its body ends is unclear");
        return false;
    }
    m_request = exchange;
    m_path = exchange->path();
    m_state = State::Body;
    Q_EMIT headReceived(exchange);
    if (m_state != State::Body)
        return false; // a slot cut the connection
    const std::optional<qint64> length = m_body->announcedLength();
    if (!exchange->m_bodySink && length && *length > kMaxBufferedBodyBytes) {
        refuse(413, "its body is too large");
        return false;
    }
    // curl asks before it sends a large body, and waits a second for this when no answer comes.
    if (exchange->header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write(SimHttpResponse::continueResponse());
    return true;
}

bool SimConnection::readBody()
{
    // Only bytes that arrived bring us here (or the head just read): a body that keeps coming is not idle.
    m_idle.start();
    const std::shared_ptr<SimExchange> exchange = m_request;
    const SimRequestBody::Status status = m_body->read(m_input, *m_socket, [&exchange](const char *data, qint64 size) {
        // A chunked body announces no length: it is refused the moment it would pass the bound, not at its end.
        if (!exchange->m_bodySink && exchange->m_bodySize + size > kMaxBufferedBodyBytes)
            return false;
        exchange->appendBody(data, size);
        return true;
    });
    if (status == SimRequestBody::Status::Malformed) {
        refuse(400, "its chunked body is malformed");
        return false;
    }
    if (status == SimRequestBody::Status::Refused) {
        refuse(413, "its body is too large");
        return false;
    }
    if (status == SimRequestBody::Status::Incomplete)
        return false;
    m_idle.stop();
    m_request.reset();
    m_body.reset();
    m_state = State::Handling;
    exchange->m_serial = ++m_serial;
    // The handler may answer at once, reset the connection, or shut the whole server down.
    Q_EMIT requestReceived(exchange);
    return true;
}

void SimConnection::refuse(int status, const char *why)
{
    qCInfo(lcSim).nospace() << "connection " << m_id << ": refusing a request with " << status << ": " << why;
    m_request.reset();
    m_input.clear();
    m_socket->write(SimHttpResponse::format(status, QByteArray(), QByteArray(), true));
    closeWhenWritten();
}

void SimConnection::idleTimedOut()
{
    if (m_state != State::Head && m_state != State::Body)
        return;
    // A client that began a request is told why it ends; one that never said a word is just closed, as servers do.
    if (m_state == State::Body || !m_input.isEmpty()) {
        refuse(408, "it stalled");
        return;
    }
    qCInfo(lcSim).nospace() << "connection " << m_id << ": closing it, idle for " << m_idle.interval() << " ms";
    closeWhenWritten();
}

void SimConnection::closeWhenWritten()
{
    m_idle.stop();
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

bool SimConnection::isCurrent(const SimExchange &exchange) const
{
    return m_state == State::Handling && exchange.m_serial == m_serial && isConnected();
}

void SimConnection::respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType,
                            const QByteArray &reason)
{
    if (!isCurrent(exchange))
        return;
    const bool close = exchange.wantsClose();
    QByteArray answer = SimHttpResponse::format(status, contentType, body, close, reason);
    if (m_shape.headBytes > 0)
        SimHttpResponse::padHead(answer, m_shape.headBytes);
    write(answer, close);
}

void SimConnection::write(const QByteArray &answer, bool close)
{
    if (m_shape.trickleIntervalMs <= 0) {
        m_socket->write(answer);
        answered(close);
        return;
    }
    // One byte per tick; the next request waits until the last byte is out. A client that gives up ends the trickle.
    m_state = State::Answering;
    auto *timer = new QTimer(this);
    auto written = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, answer, written, close] {
        if (m_state != State::Answering) {
            timer->deleteLater();
            return;
        }
        m_socket->write(answer.mid(*written, 1));
        if (++*written < answer.size())
            return;
        timer->deleteLater();
        answered(close);
    });
    timer->start(m_shape.trickleIntervalMs);
}

void SimConnection::answered(bool close)
{
    if (close) {
        closeWhenWritten();
        return;
    }
    m_state = State::Head;
    m_idle.start();
    // The next request may have arrived already; read it, though not from inside the handler that answered.
    QMetaObject::invokeMethod(this, &SimConnection::process, Qt::QueuedConnection);
}

void SimConnection::reset(SimExchange &exchange)
{
    if (isCurrent(exchange))
        abort();
}

void SimConnection::abort()
{
    if (m_state == State::Ended)
        return;
    m_socket->abort();
    end();
}

void SimConnection::end()
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    m_idle.stop();
    // A request still arriving goes with its connection, and its body sink with it: nothing of it is handled.
    m_request.reset();
    Q_EMIT closed(m_id);
    deleteLater();
}

} // namespace groov::sim
