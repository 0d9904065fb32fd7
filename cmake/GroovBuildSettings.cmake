# One interface target carries the compile settings every groov target shares.
add_library(groov_build_settings INTERFACE)
target_compile_features(groov_build_settings INTERFACE cxx_std_17)
target_compile_definitions(groov_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GROOV_VERSION="${PROJECT_VERSION}")
target_compile_options(groov_build_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(WARNINGS_AS_ERRORS)
    target_compile_options(groov_build_settings INTERFACE -Werror)
endif()
if(ENABLE_SANITIZERS)
    target_compile_options(groov_build_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                          -fno-sanitize-recover=undefined)
    # GCC warns that sanitizers raise the rate of false -Wmaybe-uninitialized reports (seen on std::optional
    # assignments); -Werror must not turn those into a red CI, while the normal build keeps the warning.
    target_compile_options(groov_build_settings INTERFACE -Wno-maybe-uninitialized)
    target_link_options(groov_build_settings INTERFACE -fsanitize=address,undefined)
endif()

# groov_add_test(NAME SOURCES ... LIBRARIES ... [LABELS ...])
# One QtTest executable per class or flow, registered with CTest.
function(groov_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE groov_build_settings Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    # English whatever the machine's locale: the tests read the words (the translations' own tests ask for theirs).
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE="
                                            LABELS "${ARG_LABELS}")
endfunction()
