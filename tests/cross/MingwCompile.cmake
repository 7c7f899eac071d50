# cmake -P script run by CTest (see CMakeLists.txt beside it). Prints "SKIPPED: <reason>" and
# succeeds when the check cannot run here; fails with the compiler's messages when a file does
# not compile for Windows.
cmake_minimum_required(VERSION 3.21)

if(NOT HOST_SYSTEM STREQUAL "Linux")
    message("SKIPPED: the mingw-w64 cross-compile check runs on Linux hosts; "
            "${HOST_SYSTEM} builds its own platform's files natively.")
    return()
endif()

# BINDLAB_MINGW_CXX picks another compiler (or, set to a name that does not exist, shows the
# skip); otherwise Debian's names.
if(DEFINED ENV{BINDLAB_MINGW_CXX})
    find_program(MINGW_CXX NAMES $ENV{BINDLAB_MINGW_CXX} NO_CACHE)
else()
    find_program(MINGW_CXX NAMES x86_64-w64-mingw32-g++ x86_64-w64-mingw32-g++-posix
                                 x86_64-w64-mingw32-g++-win32 NO_CACHE)
endif()
if(NOT MINGW_CXX)
    message("SKIPPED: x86_64-w64-mingw32-g++ not found; install Debian's g++-mingw-w64-x86-64 "
            "(scripts/install-deps.sh does) to cross-compile the Windows sources.")
    return()
endif()

file(MAKE_DIRECTORY "${OUTPUT_DIR}")
string(REPLACE "|" ";" QT_INCLUDES "${QT_INCLUDES}")
string(REPLACE "|" ";" DEFINITIONS "${DEFINITIONS}")

# The project's warning set, as errors; -O2 so flow-based warnings (bounds, uninitialised
# reads) have the analysis they need. -Wmissing-declarations catches a platform file whose
# function no longer matches its interface (a changed signature defines a new overload, which
# only the Windows linker would notice).
set(common_flags -std=c++17 -O2 -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor
                 -Woverloaded-virtual -Wmissing-declarations -Werror -I${SOURCE_DIR}/common)

set(qt_flags)
foreach(dir IN LISTS QT_INCLUDES)
    # -isystem: Qt's own headers are not ours to warn about.
    list(APPEND qt_flags -isystem ${dir})
endforeach()
foreach(definition IN LISTS DEFINITIONS)
    list(APPEND qt_flags -D${definition})
endforeach()

set(failures 0)
function(compile source)
    cmake_parse_arguments(arg "WITHOUT_QT" "" "" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    set(flags ${common_flags})
    if(NOT arg_WITHOUT_QT)
        list(APPEND flags ${qt_flags})
    endif()
    execute_process(
        COMMAND ${MINGW_CXX} ${flags} -c ${SOURCE_DIR}/${source} -o ${OUTPUT_DIR}/${name}.obj
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE out
        ERROR_VARIABLE out)
    if(rc EQUAL 0)
        message("ok      ${source}")
    else()
        message("FAILED  ${source}\n${out}")
        math(EXPR count "${failures} + 1")
        set(failures ${count} PARENT_SCOPE)
    endif()
endfunction()

execute_process(COMMAND ${MINGW_CXX} --version OUTPUT_VARIABLE version)
string(REGEX REPLACE "\n.*" "" version "${version}")
message("compiler: ${MINGW_CXX} (${version})")

# No Qt on the include path at all: proves the table stays Qt-free, and its static_asserts
# check every Winsock number against <winerror.h>.
compile(common/platform/OsErrorTable_win.cpp WITHOUT_QT)
compile(common/platform/OsError_win.cpp)
compile(common/platform/NativeSocket_win.cpp)
compile(common/platform/ListeningSockets_win.cpp)
compile(common/platform/StopSignals_win.cpp)
compile(common/platform/ConsoleTerminal_win.cpp)
compile(common/platform/ServiceNames_win.cpp)
# Shared by all platforms, and on Windows built with Winsock's headers around.
compile(common/platform/ListeningSocketsProbe.cpp)
compile(common/net/InterfaceFilter.cpp)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} file(s) do not compile for Windows")
endif()
