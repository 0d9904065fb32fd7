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
    static constexpr char kOption[] = "--api-key";
    constexpr std::size_t kOptionLength = sizeof(kOption) - 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return; // what follows is not an option
        if (std::strcmp(argv[i], kOption) == 0 && i + 1 < argc)
            mask(argv[++i]);
        else if (std::strncmp(argv[i], kOption, kOptionLength) == 0 && argv[i][kOptionLength] == '=')
            mask(argv[i] + kOptionLength + 1);
    }
}

} // namespace groov::cli
