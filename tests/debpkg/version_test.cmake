# cmake -P tests/debpkg/version_test.cmake: git describe outputs and the versions made of them.
cmake_minimum_required(VERSION 3.25)  # empty list elements kept (CMP0007): "|0.13" is two
include("${CMAKE_CURRENT_LIST_DIR}/../../cmake/VersionFromDescribe.cmake")
set(failures 0)
foreach(case
    "0b4e8d2|0.13+g0b4e8d2" "0b4e8d2-dirty|0.13+g0b4e8d2.dirty" "v1.2|1.2" "1.2|1.2"
    "v1.2-3-gabc1234|1.2+3.gabc1234" "v1.2-3-gabc1234-dirty|1.2+3.gabc1234.dirty"
    "v1.2-dirty|1.2.dirty" "|0.13" "release-x|0.13")
  string(REPLACE "|" ";" pair "${case}")
  list(GET pair 0 describe)
  list(GET pair 1 want)
  judge_version_from_describe("${describe}" "0.13" got)
  if(NOT got STREQUAL want)
    message(SEND_ERROR "'${describe}' gives '${got}', expected '${want}'")
    math(EXPR failures "${failures} + 1")
  endif()
endforeach()
message(STATUS "9 describe outputs checked: ${failures} failures")
