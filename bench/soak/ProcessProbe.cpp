#include "ProcessProbe.h"

#include <dirent.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace groov::bench {

qint64 ProcessProbe::residentKb()
{
    // Plain stdio rather than QFile: the probe should allocate as little as possible while it measures.
    std::FILE *file = std::fopen("/proc/self/statm", "r");
    if (!file)
        return -1;
    long long sizePages = 0;
    long long residentPages = 0;
    const int fields = std::fscanf(file, "%lld %lld", &sizePages, &residentPages);
    std::fclose(file);
    if (fields != 2)
        return -1;
    return residentPages * (sysconf(_SC_PAGESIZE) / 1024);
}

int ProcessProbe::openFileDescriptors()
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    const int own = dirfd(dir);
    int count = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        if (std::atoi(entry->d_name) != own)
            ++count;
    }
    closedir(dir);
    return count;
}

} // namespace groov::bench
