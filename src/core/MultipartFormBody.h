#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace groov {

// A multipart/form-data request body with one file field, its bytes streamed from another device. Random access
// with a known size, so Qt sends it with a Content-Length and rewinds it for a resend. Unlike QHttpMultiPart, it
// copes with a field device that has no bytes for a while (a spent BandwidthBudget): a read then returns what it
// has, and the field's readyRead() wakes Qt's upload again (QHttpMultiPart would spin in its read loop).
class MultipartFormBody : public QIODevice
{
    Q_OBJECT

public:
    // file must be open for reading already; the body owns it from here.
    MultipartFormBody(const QByteArray &fieldName, const QByteArray &fileName, std::unique_ptr<QIODevice> file,
                      QObject *parent = nullptr);
    ~MultipartFormBody() override;

    // The request's Content-Type: multipart/form-data with this body's boundary.
    QByteArray contentType() const;
    QIODevice *file() const { return m_file.get(); }

    bool open(OpenMode mode) override; // ReadOnly only
    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 fileEnd() const { return m_head.size() + m_file->size(); }
    static qint64 copyFrom(const QByteArray &bytes, qint64 from, char *data, qint64 maxSize);

    QByteArray m_boundary;
    QByteArray m_head; // the opening boundary and the field's headers
    QByteArray m_tail; // the line break after the file and the closing boundary
    std::unique_ptr<QIODevice> m_file;
};

} // namespace groov
