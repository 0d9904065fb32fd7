#include "ApiReply.h"

#include "DeviceText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace groov {

bool ApiReply::isTransient() const
{
    switch (failure) {
    case Failure::Network:
    case Failure::TimedOut:
    // Retrying re-checks the file first: a file that really changed then fails the update with its own message.
    case Failure::FileRead:
        return true;
    case Failure::HttpError:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    default:
        return false;
    }
}

QString ApiReply::describe() const
{
    switch (failure) {
    case Failure::None:
        return tr("OK");
    case Failure::Unauthorized:
        return tr("Unauthorized: check the API key (it must belong to an administrator)");
    case Failure::HttpError:
        if (deviceMessage.isEmpty())
            return tr("The device answered HTTP %1").arg(httpStatus);
        return tr("The device answered HTTP %1: %2").arg(QString::number(httpStatus), deviceMessage);
    case Failure::Redirect:
        return tr("The device answered with a redirect (HTTP %1), which is not followed so that the API key is never "
                  "sent elsewhere. Check the address.")
            .arg(httpStatus);
    case Failure::Network:
        switch (connectionProblem()) {
        case ConnectionProblem::Refused:
            return tr("Network error: the connection was refused (nothing accepts connections on that port)");
        case ConnectionProblem::HostNotFound:
            return tr("Network error: the host name was not found");
        case ConnectionProblem::Closed:
            return tr("Network error: the device closed the connection");
        default: // a timeout is Failure::TimedOut
            return tr("Network error: %1").arg(networkErrorText);
        }
    case Failure::TimedOut:
        if (timeoutMs > 0 && timeoutIsDeadline)
            return tr("The device did not answer completely within %1 s (timed out)").arg(timeoutMs / 1000.0);
        if (timeoutMs > 0)
            return tr("No answer from the device for %1 s (timed out)").arg(timeoutMs / 1000.0);
        return tr("The device stopped answering (timed out)");
    case Failure::FileRead:
        return tr("Reading the firmware file failed, so the chunk was not sent completely: %1").arg(fileProblem);
    case Failure::Untrusted:
        return tr("The device's certificate is not trusted; nothing was sent");
    case Failure::TooLarge:
        return tr("The device's answer was larger than any answer of groov Manage, so it was not read. Check the "
                  "address: something other than a groov device may be answering there");
    case Failure::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

Error ApiReply::toError() const
{
    ErrorCode code = ErrorCode::DeviceRejected;
    switch (failure) {
    case Failure::Unauthorized:
        code = ErrorCode::Unauthorized;
        break;
    case Failure::Network:
    case Failure::TimedOut:
        code = ErrorCode::Network;
        break;
    case Failure::Untrusted:
        code = ErrorCode::CertificateUntrusted;
        break;
    case Failure::Cancelled:
        code = ErrorCode::Cancelled;
        break;
    case Failure::FileRead:
        code = ErrorCode::FileChanged;
        break;
    default:
        break;
    }
    return Error{code, describe()};
}

ApiReply::ConnectionProblem ApiReply::connectionProblem() const
{
    if (failure == Failure::TimedOut) {
        if (timeoutMs <= 0)
            return ConnectionProblem::NoAnswer;
        return timeoutIsDeadline ? ConnectionProblem::AnsweredTooSlowly : ConnectionProblem::StoppedAnswering;
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return ConnectionProblem::Refused;
    case QNetworkReply::HostNotFoundError:
        return ConnectionProblem::HostNotFound;
    case QNetworkReply::RemoteHostClosedError:
        return ConnectionProblem::Closed;
    default:
        return ConnectionProblem::Other;
    }
}

QString ApiReply::timeoutSeconds() const
{
    return QString::number(timeoutMs / 1000.0);
}

QString ApiReply::connectionAdvice(const QString &host, int port) const
{
    if (failure == Failure::TimedOut) {
        return tr("Check that the device is powered and connected to this network, that %1 is its address, and that "
                  "no firewall blocks port %2.")
            .arg(host)
            .arg(port);
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        if (port == 443)
            return tr("Check that %1 is the device's address (groov Manage answers on HTTPS port 443, the one tried). "
                      "If the device is restarting, wait a minute and try again.")
                .arg(host);
        return tr("Check the address and the port: groov Manage normally answers on HTTPS port 443, and port %1 was "
                  "tried. If the device is restarting, wait a minute and try again.")
            .arg(port);
    case QNetworkReply::HostNotFoundError:
        return tr("Check the spelling of \"%1\" and this computer's DNS settings, or use the device's IP address "
                  "instead.")
            .arg(host);
    default:
        return tr("Check the address, that the device is powered and on this network, and that port %1 is not "
                  "blocked.")
            .arg(port);
    }
}

QString ApiReply::deviceMessageFrom(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonValue error = document.object().value(QLatin1String("error"));
    QString message = error.toObject().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = document.object().value(QLatin1String("message")).toString();
    return printableDeviceText(message.simplified(), 500);
}

} // namespace groov
