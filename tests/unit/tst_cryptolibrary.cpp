#include <QProcess>
#include <QTest>

// CryptoLibrary::keepStateUntilExit(): OpenSSL must not free its state in an exit handler, where it races with
// threads still ending (a double free at the exit of groov-update). CryptoExitProbe uses OpenSSL after every other
// exit handler has run.
class TestCryptoLibrary : public QObject
{
    Q_OBJECT

private:
    struct Ending
    {
        QProcess::ExitStatus status;
        int code;
    };

    static Ending runProbe(const QStringList &arguments)
    {
        QProcess probe;
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start(QStringLiteral(GROOV_CRYPTO_EXIT_PROBE), arguments);
        if (!probe.waitForFinished(60'000))
            qFatal("the probe did not finish");
        return {probe.exitStatus(), probe.exitCode()};
    }

private Q_SLOTS:
    void withoutItOpenSslFreesItsStateAtExit()
    {
        // The hazard itself, so that the next test means something: by default OpenSSL's exit handler frees its
        // state while the process still runs.
        const Ending ending = runProbe({});
        QVERIFY2(ending.status == QProcess::CrashExit || ending.code != 0,
                 "OpenSSL was still usable after its exit handler: the probe cannot tell the difference");
    }

    void keepingStateLeavesItUsableToTheEnd()
    {
        const Ending ending = runProbe({QStringLiteral("--keep-state")});
        QCOMPARE(ending.status, QProcess::NormalExit);
        QCOMPARE(ending.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCryptoLibrary)
#include "tst_cryptolibrary.moc"
