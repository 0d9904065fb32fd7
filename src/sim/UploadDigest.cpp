#include "UploadDigest.h"

namespace groov::sim {

void UploadDigest::add(const char *data, qint64 size)
{
    m_sha256.add(data, size);
    m_scanner.add(data, size);
}

} // namespace groov::sim
