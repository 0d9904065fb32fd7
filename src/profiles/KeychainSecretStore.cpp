#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace groov {

namespace {

QString entryKey(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

SecretStore::Answer answerFrom(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretStore::Outcome::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretStore::Outcome::NotFound, {}, job.errorString()};
    // QtKeychain has no "is a keychain there?" call: a missing backend shows up as one of these.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {SecretStore::Outcome::Unavailable,
                {},
                KeychainSecretStore::tr("No keychain is available on this system (%1); the API key cannot be "
                                        "remembered.")
                    .arg(job.errorString())};
    default:
        return {SecretStore::Outcome::Failed, {}, job.errorString()};
    }
}

template<typename JobType>
JobType *makeJob(const QString &profile, QObject *parent)
{
    auto *job = new JobType(KeychainSecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store a key in plain text
    job->setKey(entryKey(profile));
    return job;
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("groov-update");
}

void KeychainSecretStore::readApiKey(const QString &profile, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profile, this);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        Answer answer = answerFrom(*job);
        if (answer.outcome == Outcome::Ok)
            answer.secret = job->textData();
        done(answer);
    });
    job->start();
}

void KeychainSecretStore::writeApiKey(const QString &profile, const QString &apiKey, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile, this);
    job->setTextData(apiKey);
    connect(job, &QKeychain::Job::finished, this, [job, done] { done(answerFrom(*job)); });
    job->start();
}

void KeychainSecretStore::deleteApiKey(const QString &profile, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profile, this);
    connect(job, &QKeychain::Job::finished, this, [job, done] { done(answerFrom(*job)); });
    job->start();
}

} // namespace groov
