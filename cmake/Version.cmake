# The judge's version (issue 18): `judge --version`, the `judge_version` of every JSON report and the
# Debian package's version. From `git describe` at configure time; outside git (a source tarball),
# the VERSION file alone. Always a valid Debian upstream version (digits first, no '-'):
#   tag v1.2 at HEAD           -> 1.2
#   3 commits after v1.2       -> 1.2+3.gabc1234
#   no tag (VERSION says 0.13) -> 0.13+gabc1234
#   uncommitted changes        -> ... .dirty  (e.g. 0.13+gabc1234.dirty)
include("${CMAKE_CURRENT_LIST_DIR}/VersionFromDescribe.cmake")
file(STRINGS "${PROJECT_SOURCE_DIR}/VERSION" judge_version_base LIMIT_COUNT 1)
set(judge_describe "")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(
    COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    OUTPUT_VARIABLE judge_describe OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE judge_describe_status ERROR_QUIET)
  if(NOT judge_describe_status EQUAL 0)
    set(judge_describe "")
  endif()
endif()
judge_version_from_describe("${judge_describe}" "${judge_version_base}" JUDGE_VERSION)
message(STATUS "judge version ${JUDGE_VERSION}")

# One generated source, in a library of its own: a new version recompiles one file, not the judge.
configure_file("${PROJECT_SOURCE_DIR}/cmake/version.cpp.in" "${PROJECT_BINARY_DIR}/generated/judge_version.cpp" @ONLY)
add_library(judge_version STATIC "${PROJECT_BINARY_DIR}/generated/judge_version.cpp")
target_include_directories(judge_version PUBLIC "${PROJECT_SOURCE_DIR}")
target_link_libraries(judge PUBLIC judge_version)
