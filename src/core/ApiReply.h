#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace groov {

// The outcome of one request to groov Manage, in terms the update engine decides on.
struct ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)

public:
    enum class Failure {
        None,
        Unauthorized, // 401
        HttpError,    // any other status >= 400
        Redirect,     // 3xx: never followed, it would carry the key to another place
        Network,      // refused, reset, unreachable, DNS, remote closed
        TimedOut,     // no bytes moved for the inactivity timeout
        Untrusted,    // the certificate was not accepted: nothing was sent
        Cancelled,    // aborted on purpose
        FileRead,     // the firmware file failed or changed while a chunk was read from it: the body was cut short
        TooLarge,     // the answer grew past any size groov Manage sends: reading stopped there
    };

    Failure failure = Failure::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QString deviceMessage;          // error.message from the device's JSON error body, when present
    QString fileProblem;            // FileRead: what went wrong with the firmware file
    int timeoutMs = 0;              // the limit that applied, for the message of a timeout
    bool timeoutIsDeadline = false; // the limit was for the whole answer, not for a pause in it
    QSslCertificate presentedCertificate;
    QList<QSslError> sslErrors;

    bool ok() const { return failure == Failure::None; }
    // Worth retrying the same request: the device or the network may recover.
    bool isTransient() const;
    // Whether the device (or something at its address) answered at all.
    bool deviceAnswered() const { return httpStatus > 0; }
    // One sentence for people; never contains request headers.
    QString describe() const;
    // Network and TimedOut: why the connection failed, specifically. Each message that tells it has a whole
    // sentence for each cause (the cause is never a phrase put into another sentence).
    enum class ConnectionProblem {
        AnsweredTooSlowly, // no whole answer within timeoutMs, the limit for the whole answer
        StoppedAnswering,  // nothing for timeoutMs, the limit for a pause
        NoAnswer,          // timed out, no limit known
        Refused,
        HostNotFound,
        Closed,
        Other, // networkErrorText says what
    };
    ConnectionProblem connectionProblem() const;
    // The timeout that applied, in seconds as messages show it ("2", "0.5").
    QString timeoutSeconds() const;
    // Network and TimedOut: what the user should check for that cause.
    QString connectionAdvice(const QString &host, int port) const;
    Error toError() const;

    static QString deviceMessageFrom(const QByteArray &body);
};

} // namespace groov
