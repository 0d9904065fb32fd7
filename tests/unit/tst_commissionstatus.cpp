#include "CommissionStatus.h"

#include <QTest>

using namespace groov;

Q_DECLARE_METATYPE(groov::CommissionState)

class TestCommissionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestCommissionStatus::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CommissionState>("state");

    const auto row = [](const char *name, const QByteArray &body, CommissionState state) {
        QTest::newRow(name) << body << state;
    };
    row("true", "true", CommissionState::Commissioned);
    row("false", "false", CommissionState::NotCommissioned);
    row("quoted true", "\"true\"", CommissionState::Commissioned);
    row("quoted false with whitespace", " \"false\"\n", CommissionState::NotCommissioned);
    row("TRUE", "TRUE", CommissionState::Commissioned);
    row("False", "False", CommissionState::NotCommissioned);
    row("crlf", "true\r\n", CommissionState::Commissioned);
    row("space inside quotes", "\" true \"", CommissionState::Commissioned);
    row("1", "1", CommissionState::Unknown);
    row("0", "0", CommissionState::Unknown);
    row("yes", "yes", CommissionState::Unknown);
    row("empty", "", CommissionState::Unknown);
    row("whitespace", "  \n", CommissionState::Unknown);
    row("lone quote", "\"", CommissionState::Unknown);
    row("empty quotes", "\"\"", CommissionState::Unknown);
    row("unbalanced quote", "\"true", CommissionState::Unknown);
    row("garbage", "<html>502 Bad Gateway</html>", CommissionState::Unknown);
    row("truthy prefix", "trueish", CommissionState::Unknown);
    row("JSON object", "{\"commissioned\": true}", CommissionState::Unknown);
    row("JSON array", "[true]", CommissionState::Unknown);
    row("binary", QByteArray("\x00\xff\x01", 3), CommissionState::Unknown);
}

void TestCommissionStatus::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(CommissionState, state);
    QCOMPARE(parseCommissionStatus(body), state);
}

QTEST_GUILESS_MAIN(TestCommissionStatus)
#include "tst_commissionstatus.moc"
