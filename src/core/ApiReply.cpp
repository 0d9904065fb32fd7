#include "ApiReply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace groov {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiReply", text);
}
} // namespace

bool ApiReply::isTransient() const
{
    switch (failure) {
    case Failure::Network:
    case Failure::TimedOut:
        return true;
    case Failure::HttpError:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    default:
        return false;
    }
}

QString ApiReply::describe() const
{
    const QString detail = deviceMessage.isEmpty() ? QString() : QStringLiteral(": ") + deviceMessage;
    switch (failure) {
    case Failure::None:
        return tr("OK");
    case Failure::Unauthorized:
        return tr("Unauthorized: check the API key (it must belong to an administrator)");
    case Failure::HttpError:
        return tr("The device answered HTTP %1%2").arg(httpStatus).arg(detail);
    case Failure::Redirect:
        return tr("The device answered with a redirect (HTTP %1), which is not followed so that the API key is never "
                  "sent elsewhere. Check the address.")
            .arg(httpStatus);
    case Failure::Network:
        return tr("Network error: %1").arg(networkErrorText);
    case Failure::TimedOut:
        return tr("The device stopped answering (timed out)");
    case Failure::Untrusted:
        return tr("The device's certificate is not trusted; nothing was sent");
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
    default:
        break;
    }
    return Error{code, describe()};
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
    return message.left(500).simplified();
}

} // namespace groov
