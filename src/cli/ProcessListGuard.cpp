#include "ProcessListGuard.h"

#include <cstring>

namespace groov::cli {

namespace {

void mask(char *text)
{
    std::memset(text, '*', std::strlen(text));
}

} // namespace

void hideApiKeyInProcessList(int argc, char *argv[])
{
    static constexpr char kOption[] = "api-key";
    constexpr std::size_t kOptionLength = sizeof(kOption) - 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return; // what follows is not an option
        // The parser takes "-api-key" for "--api-key" too (long options with one dash).
        char *name = argv[i][0] == '-' ? argv[i] + (argv[i][1] == '-' ? 2 : 1) : nullptr;
        if (!name || std::strncmp(name, kOption, kOptionLength) != 0)
            continue;
        if (name[kOptionLength] == '\0' && i + 1 < argc)
            mask(argv[++i]);
        else if (name[kOptionLength] == '=')
            mask(name + kOptionLength + 1);
    }
}

} // namespace groov::cli
