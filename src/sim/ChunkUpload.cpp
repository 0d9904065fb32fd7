#include "ChunkUpload.h"

namespace groov::sim {

ChunkUpload::ChunkUpload(const QByteArray &contentType, DraftFactory makeDraft)
    : m_parser(contentType, this), m_makeDraft(std::move(makeDraft))
{}

void ChunkUpload::write(const char *data, qint64 size)
{
    m_parser.feed(data, qsizetype(size));
}

bool ChunkUpload::finish(QString *error)
{
    if (m_parser.finish())
        return true;
    *error = m_parser.errorString();
    m_draft.reset();
    return false;
}

void ChunkUpload::partBegan(const MultipartPart &part)
{
    m_partNames << part.name;
    // Only a body whose one part is "file" can be stored: keep the bytes of a leading "file" part, and stop keeping
    // them as soon as a second part shows that the request will be refused.
    if (m_partNames.size() == 1 && part.name == "file")
        m_draft = m_makeDraft();
    else
        m_draft.reset();
}

void ChunkUpload::partContent(const char *data, qsizetype size)
{
    if (m_draft)
        m_draft->write(data, size);
}

} // namespace groov::sim
