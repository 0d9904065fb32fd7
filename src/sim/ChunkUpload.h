#pragma once

#include "ChunkDraft.h"
#include "MultipartParser.h"
#include "SimBodySink.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace groov::sim {

// The body of one chunk request while it streams in: its multipart structure is followed as the bytes come, and the
// content of a leading part named "file" goes into a draft, so the request can be judged (and the draft stored or
// dropped) once it is complete.
class ChunkUpload : public SimBodySink, private MultipartParser::Receiver
{
public:
    using DraftFactory = std::function<std::unique_ptr<ChunkDraft>()>;

    ChunkUpload(const QByteArray &contentType, DraftFactory makeDraft);

    void write(const char *data, qint64 size) override;

    // Call once the whole body has arrived: whether it was well-formed multipart/form-data (else *error).
    [[nodiscard]] bool finish(QString *error);
    [[nodiscard]] QList<QByteArray> partNames() const { return m_partNames; }
    // The bytes of the leading "file" part (0 without one).
    [[nodiscard]] qint64 fileSize() const { return m_draft ? m_draft->size() : 0; }
    // The leading "file" part's bytes, when the body had exactly that one part.
    [[nodiscard]] std::unique_ptr<ChunkDraft> takeDraft() { return std::move(m_draft); }

private:
    void partBegan(const MultipartPart &part) override;
    void partContent(const char *data, qsizetype size) override;

    MultipartParser m_parser;
    DraftFactory m_makeDraft;
    QList<QByteArray> m_partNames;
    std::unique_ptr<ChunkDraft> m_draft;
};

} // namespace groov::sim
